package app.retention.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static app.retention.export.ExportFixtures.fileNames;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BriefRendererTest {

    private static final ExportOptions OPTIONS = new ExportOptions(false, "ana.lima", Instant.parse("2026-11-20T10:15:30Z"));
    private static CampaignBrief brief;
    private static String size;
    private static String control;

    @TempDir
    Path folder;

    @BeforeAll
    static void assemble() {
        brief = CampaignBrief.assemble(SampleSegment.load().briefRequest());
        size = BriefFormats.count(brief.segment().size());
        control = BriefFormats.count(brief.segment().controlSize());
    }

    @Test
    void htmlStatesSegmentSizeControlGroupAndModelAuc() {
        String html = BriefRenderer.html(brief, "ana.lima");

        assertThat(html).contains(size + " customers", control + " customers", "Model ROC AUC", "0.825",
                "Hold out " + control + " customers");
    }

    @Test
    void aControlGroupTooSmallToMeasureIsFlaggedOnItsTileAndInTheMeasurementPlan() {
        MeasurementPlan m = brief.measurement();
        assertThat((long) m.controlSize()).isLessThan(m.customersPerGroupNeeded());

        String html = BriefRenderer.html(brief, "ana.lima");

        assertThat(m.controlTooSmall()).startsWith("Too small to detect a 5-point drop: ");
        assertThat(html).contains("<div class=\"note warning\">" + m.controlTooSmall() + "</div>",
                "The control group is t" + m.controlTooSmall().substring(1));
    }

    @Test
    void htmlIsWellFormedXhtmlWithEmbeddedCharts() throws Exception {
        String html = BriefRenderer.html(brief, null);

        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        assertThat(document.getElementsByTagName("img").getLength()).isEqualTo(2);
        assertThat(html).contains("src=\"data:image/png;base64,");
    }

    @Test
    void pdfIsAValidDocumentStatingSizeControlGroupAndAuc() throws Exception {
        Path file = folder.resolve("brief.pdf");

        BriefRenderer.writePdf(brief, file, OPTIONS);

        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertThat(pdf.getNumberOfPages()).isBetween(2, 5);
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Campaign brief: High and Medium risk, Brazil", size + " customers",
                    control + " customers", "MODEL ROC AUC 0.825", "Hold out " + control + " customers",
                    brief.measurement().controlTooSmall());
        }
    }

    @Test
    void pdfSpellsOutCharactersTheStandardFontsLack() throws Exception {
        Path file = folder.resolve("brief.pdf");

        BriefRenderer.writePdf(brief, file, OPTIONS);

        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("control group - churn rate", "× save rate").doesNotContain("#", "−");
        }
    }

    @Test
    void writtenBriefsHaveAProvenanceSidecarAndNoTemporaryFiles() throws Exception {
        ExportResult html = BriefRenderer.writeHtml(brief, folder.resolve("brief.html"), OPTIONS);
        ExportResult pdf = BriefRenderer.writePdf(brief, folder.resolve("brief.pdf"), OPTIONS);

        assertThat(fileNames(folder)).containsExactly("brief.html", "brief.html.provenance.json", "brief.pdf",
                "brief.pdf.provenance.json");
        JsonNode json = new ObjectMapper().readTree(pdf.provenanceFile().toFile());
        assertThat(json.get("format").asText()).isEqualTo("pdf");
        assertThat(json.get("sha256").asText()).isEqualTo(pdf.sha256());
        assertThat(json.get("model").get("rocAuc").asDouble()).isEqualTo(0.825);
        assertThat(json.get("capacity").asInt()).isEqualTo(SampleSegment.CAPACITY);
        assertThat(json.get("personalDataIncluded").asBoolean()).isFalse();
        assertThat(html.format()).isEqualTo("html");
        assertThat(Files.readString(html.file())).startsWith("<?xml");
    }

    @Test
    void aBriefIntoAMissingFolderIsRefusedAndNothingIsWritten() {
        Path file = folder.resolve("nowhere").resolve("brief.pdf");

        assertThatThrownBy(() -> BriefRenderer.writePdf(brief, file, OPTIONS)).isInstanceOf(ExportException.class)
                .hasMessageContaining("does not exist");
        assertThat(fileNames(folder)).isEmpty();
    }

    @Test
    void pdfTextMarksControlCharactersButKeepsLineBreaks() {
        assertThat(PdfText.forStandardFonts("High\u001b[31m risk\u0007\u0000\u0085\n\tBR"))
                .isEqualTo("High?[31m risk???\n\tBR");
    }

    @Test
    void pdfTextKeepsAccentsAndSpellsOutSymbols() {
        assertThat(PdfText.forStandardFonts("São Paulo ≥ 0.62 → call − 5 ✓ Δ")).isEqualTo("São Paulo >= 0.62 -> call - 5 yes delta ");
        assertThat(PdfText.forStandardFonts("ő 😀")).isEqualTo("o ?");
    }
}
