package app.retention.export;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;

/**
 * Renders a campaign brief as a self-contained XHTML page (charts embedded as PNG data URIs) from the template
 * {@code app/retention/export/campaign-brief.html.mustache}, and as PDF from the same page. The PDF embeds no
 * font: it uses the standard Helvetica every PDF viewer has (text outside Windows-1252 is spelled out, see
 * {@link PdfText}).
 */
public final class BriefRenderer {

    private static final String TEMPLATE = "/app/retention/export/campaign-brief.html.mustache";
    private static final Template PAGE = compile();

    static {
        // openhtmltopdf reports timings at INFO on every render; keep its warnings (CSS or layout problems) only
        XRLog.listRegisteredLoggers().forEach(name -> XRLog.setLevel(name, Level.WARNING));
    }

    private BriefRenderer() {
    }

    /**
     * The brief as an XHTML document.
     *
     * @param preparedBy who prepares it, or null to leave it out
     */
    public static String html(CampaignBrief brief, String preparedBy) {
        return PAGE.execute(BriefView.of(brief, preparedBy));
    }

    /** The brief as a PDF document (A4). */
    public static byte[] pdf(CampaignBrief brief, String preparedBy) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            renderPdf(html(brief, preparedBy), out);
        } catch (IOException e) {
            throw new UncheckedIOException("rendering into memory cannot fail for I/O reasons", e);
        }
        return out.toByteArray();
    }

    /**
     * Writes the brief as an HTML file and its provenance sidecar, atomically.
     *
     * @throws ExportException when the file cannot be written; nothing was changed
     */
    public static ExportResult writeHtml(CampaignBrief brief, Path target, ExportOptions options) {
        return writeHtml(brief, target, options, ExportJournal.NONE);
    }

    static ExportResult writeHtml(CampaignBrief brief, Path target, ExportOptions options, ExportJournal journal) {
        byte[] html = html(brief, options.exportedBy()).getBytes(StandardCharsets.UTF_8);
        return write(brief, target, options, "html", html, journal);
    }

    /**
     * Writes the brief as a PDF file and its provenance sidecar, atomically.
     *
     * @throws ExportException when the file cannot be written; nothing was changed
     */
    public static ExportResult writePdf(CampaignBrief brief, Path target, ExportOptions options) {
        return writePdf(brief, target, options, ExportJournal.NONE);
    }

    static ExportResult writePdf(CampaignBrief brief, Path target, ExportOptions options, ExportJournal journal) {
        return write(brief, target, options, "pdf", pdf(brief, options.exportedBy()), journal);
    }

    static void renderPdf(String xhtml, OutputStream out) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.withProducer("Retention Workbench");
        builder.withHtmlContent(PdfText.forStandardFonts(xhtml), null);
        builder.toStream(out);
        builder.run();
    }

    private static ExportResult write(CampaignBrief brief, Path target, ExportOptions options, String format,
                                      byte[] content, ExportJournal journal) {
        // a brief never carries personal data: it describes the segment, not its customers
        ExportOptions noPersonalData = new ExportOptions(false, options.exportedBy(), options.createdAt());
        try (StagedFile data = StagedFile.beside(target, journal);
             StagedFile sidecar = StagedFile.beside(TableExport.provenancePath(data.target()), journal)) {
            try (OutputStream out = data.open()) {
                out.write(content);
            }
            String sha256 = data.sha256();
            String json = ExportProvenance.of(brief.provenance(), data.target().getFileName().toString(), format,
                    brief.title(), List.of(), 0, List.of(), noPersonalData).written(0, sha256).toJson();
            try (OutputStream out = sidecar.open()) {
                out.write(json.getBytes(StandardCharsets.UTF_8));
            }
            ExportResult result = new ExportResult(data.target(), sidecar.target(), format, 0, false, List.of(),
                    options.exportedBy(), options.createdAt(), sha256);
            ExportJournal.publish(data, sidecar, result, json, journal);
            return result;
        } catch (IOException e) {
            throw StagedFile.failure(target.toAbsolutePath(), e);
        }
    }

    private static Template compile() {
        try (InputStream in = BriefRenderer.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("the brief template " + TEMPLATE + " is missing from the build");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return Mustache.compiler().emptyStringIsFalse(true).zeroIsFalse(false).compile(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
