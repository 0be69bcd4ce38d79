package app.retention.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Writes the sample campaign brief as HTML and PDF into a folder, to look at it (pdftoppm renders the pages)
 * and to retake docs/screenshots/brief-page1.png: run with the test class path and the folder as argument.
 */
public final class BriefScreenshot {

    private BriefScreenshot() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/brief");
        try {
            Files.createDirectories(folder);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        CampaignBrief brief = CampaignBrief.assemble(SampleSegment.load().briefRequest());
        ExportOptions options = new ExportOptions(false, "ana.lima", Instant.parse("2026-11-20T10:15:30Z"));
        BriefRenderer.writeHtml(brief, folder.resolve("campaign-brief.html"), options);
        BriefRenderer.writePdf(brief, folder.resolve("campaign-brief.pdf"), options);
        System.out.println("Wrote " + folder.toAbsolutePath().resolve("campaign-brief.pdf"));
    }
}
