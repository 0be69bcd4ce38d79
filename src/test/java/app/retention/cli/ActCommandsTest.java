package app.retention.cli;

import app.retention.testing.CliRun;
import app.retention.testing.CliWorkspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * From a model to customers to call, through the CLI: score the October snapshot with a model trained on
 * September, save a segment, export a call list and a brief; the issue's bars on real files.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActCommandsTest {

    @TempDir
    static Path dir;
    private CliWorkspace cli;
    private long model;


    @BeforeAll
    void trainAndScore() throws Exception {
        cli = CliWorkspace.in(dir).withSample();
        // October with formulas where names are: a spreadsheet must never run them
        Path source = Path.of("sample-data", "mcommerce_2026_10.csv");
        List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
        List<String> poisoned = new ArrayList<>(List.of(lines.get(0)));
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            int first = line.indexOf(',');
            int second = line.indexOf(',', first + 1);
            poisoned.add(line.substring(0, first + 1) + "\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\""
                    + line.substring(second));
        }
        Path october = dir.resolve("october_poisoned.csv");
        Files.write(october, poisoned, StandardCharsets.UTF_8);
        cli.ok("import", october.toString(), "--name", "october");
        JsonNode trained = cli.json("train", "mcommerce_2026_09", "--learner", "j48",
                "--folds", "3", "--json");
        model = trained.get(0).get("id").asLong();
        // timed once every fold and the final model are done (issue 13, point 4: it read 0 before)
        assertThat(trained.get(0).get("trainMillis").asLong()).isPositive();
        assertThat(trained.get(0).get("finalMillis").asLong()).isPositive();
        cli.ok("score", "october", "--model", Long.toString(model));
        cli.ok("segment", "create", "at risk", "--dataset", "october", "--model", Long.toString(model),
                "--where", "risk_band = High|Medium");
    }

    private static List<CsvRecord> csv(Path file) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", "");
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(text)) {
            return reader.stream().toList();
        }
    }

    @Test
    void scoringGivesEveryCustomerABandAndTheBandsAreExplained() throws Exception {
        JsonNode scored = cli.json("score", "october", "--model", Long.toString(model),
                "--json");
        assertThat(scored.get("customers").asLong()).isEqualTo(19_697);
        long sum = 0;
        for (JsonNode band : scored.get("bands")) {
            sum += band.get("customers").asLong();
        }
        assertThat(sum).isEqualTo(19_697);
        assertThat(scored.get("bands").get(0).get("description").asText())
                .startsWith("High = top 10% of scores").contains("churned in validation");
    }

    @Test
    void scoringTheModelsTrainingDataSaysInOneLineThatItIsAnInSampleBacktest() {
        CliRun run = cli.ok("score", "mcommerce_2026_09", "--model", Long.toString(model), "--no-reasons");

        assertThat(run.out()).contains("Backtest: mcommerce_2026_09@1 is the data model " + model + " was trained on, "
                + "so its scores are in-sample (optimistic) and churn is already known. 4,302 customers who already "
                + "churned will be left out of segments and lists.");
        assertThat(run.out().lines().filter(l -> l.startsWith("Backtest:"))).hasSize(1);
        assertThat(run.out().lines().filter(l -> l.trim().startsWith("High ")).findFirst().orElseThrow())
                .contains("in-sample").doesNotContain("churned in validation").doesNotContain("% of");
    }

    @Test
    void scoringTheCurrentMonthIsAForecastWithoutABacktestLine() {
        CliRun run = cli.ok("score", "mcommerce_2026_11", "--model", Long.toString(model), "--no-reasons");

        assertThat(run.out()).contains("Scored 19,413 customers of mcommerce_2026_11@1").doesNotContain("Backtest")
                .contains("churned in validation");
    }

    @Test
    void customersWhoAlreadyChurnedAreLeftOutOfSegmentsAndCallListsAndTheCountIsSaid() throws Exception {
        CliRun created = cli.ok("segment", "create", "all of october", "--dataset", "october", "--model",
                Long.toString(model));
        assertThat(created.out()).contains("Saved segment all of october: " + String.format(Locale.US, "%,d",
                19_697 - 3_591) + " customers").contains("3,591 customers who already churned were left out.");

        Path file = dir.resolve("october-calls.csv");
        CliRun exported = cli.ok("export", "calllist", "all of october", "--capacity", "20000", "--out",
                file.toString(),
                "--columns", "customer_id,churned_30d");
        assertThat(exported.out()).contains("Backtest: october@1 already says who churned")
                .contains("3,591 customers who already churned were left out.");
        List<CsvRecord> rows = csv(file);
        int churned = rows.get(0).getFields().indexOf("churned_30d");
        assertThat(churned).isNotNegative();
        assertThat(rows.subList(1, rows.size())).isNotEmpty().allMatch(r -> r.getField(churned).equals("No"));
    }

    @Test
    void theValueGivenOrSetForTheDatasetIsUsedWithItsUnitAndNoneIsSaidWhenThereIsNone() throws Exception {
        String id = Long.toString(model);
        // october was imported by hand: no value is set for it, and none is guessed from clv_brl's name
        assertThat(cli.ok("segment", "create", "no value", "--dataset", "october", "--model", id, "--where",
                "risk_band = High").out()).contains("value at risk not computed (no customer value set");

        CliRun monthly = cli.ok("segment", "create", "monthly value", "--dataset", "october", "--model", id, "--where",
                "risk_band = High", "--value-column", "avg_basket_brl", "--currency", "BRL", "--value-per", "month",
                "--months", "6");
        assertThat(monthly.out()).contains("value at risk R$ ").contains("(avg_basket_brl (R$, monthly amount × 6 months))");
        Path file = dir.resolve("monthly-calls.csv");
        cli.ok("export", "calllist", "monthly value", "--capacity", "10", "--out", file.toString());
        assertThat(csv(file).get(0).getFields()).contains("avg_basket_brl (R$, monthly amount × 6 months)");
        assertThat(Files.readString(dir.resolve("monthly-calls.csv.provenance.json")))
                .contains("\"customerValue\" : \"avg_basket_brl (R$, monthly amount × 6 months)\"");

        // the sample's current snapshot: the value its generator documents, set when it was imported
        assertThat(cli.ok("segment", "create", "sample value", "--dataset", "mcommerce_2026_11", "--model", id,
                "--where", "risk_band = High").out()).contains("(clv_brl (R$, lifetime value))");
    }

    @Test
    void theCallListHasExactlyTheCapacityInDescendingValueWithoutPersonalDataOrFormulas() throws Exception {
        Path file = dir.resolve("calls.csv");
        cli.ok("export", "calllist", "at risk", "--capacity", "100", "--out", file.toString());
        List<CsvRecord> rows = csv(file);
        List<String> header = rows.get(0).getFields();
        assertThat(rows).hasSize(101);
        int value = header.indexOf("expected_value_saved");
        double previous = Double.MAX_VALUE;
        for (CsvRecord row : rows.subList(1, rows.size())) {
            double v = Double.parseDouble(row.getField(value));
            assertThat(v).isLessThanOrEqualTo(previous);
            previous = v;
            assertThat(row.getField(header.indexOf("email"))).contains("***");
            assertThat(row.getField(header.indexOf("full_name"))).doesNotContain("HYPERLINK");
            for (String cell : row.getFields()) {
                assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@");
            }
            assertThat(row.getField(header.indexOf("reason_1"))).isNotBlank();
        }
        assertThat(Files.readString(dir.resolve("calls.csv.provenance.json")))
                .contains("\"october\"").contains("\"capacity\" : 100");
    }

    @Test
    void personalDataIsWrittenOnlyWhenAskedAndTheFormulaIsNeutralised() throws Exception {
        Path file = dir.resolve("calls-pii.xlsx");
        cli.ok("export", "calllist", "at risk", "--capacity", "20", "--out", dir.resolve("calls-pii.csv").toString(),
                "--include-pii");
        List<CsvRecord> rows = csv(dir.resolve("calls-pii.csv"));
        int name = rows.get(0).getFields().indexOf("full_name");
        assertThat(rows.get(1).getField(name)).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"x\")");
        assertThat(rows.get(1).getField(rows.get(0).getFields().indexOf("email"))).contains("@example.");
        cli.ok("export", "calllist", "at risk", "--capacity", "20", "--out", file.toString());
        assertThat(file).isRegularFile();
    }

    @Test
    void theBriefPdfStatesSegmentSizeControlGroupAndAuc() throws Exception {
        Path pdf = dir.resolve("brief.pdf");
        cli.ok("export", "brief", "at risk", "--out", pdf.toString());
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(document);
        }
        CliRun list = cli.ok("segment", "list");
        assertThat(list.out()).contains("at risk");
        JsonNode experiments = cli.json("experiments", "--json");
        double auc = experiments.get(0).get("auc").asDouble();
        assertThat(text).contains(String.format(Locale.ROOT, "%.3f", auc));
        assertThat(text).containsPattern("SEGMENT SIZE\\s+[\\d,]+ customers");
        assertThat(text).containsPattern("CONTROL GROUP\\s+[\\d,]+ customers");
    }

    @Test
    void riskBandCutOffsCanBeSetByHandAndAreExplained() {
        CliRun run = cli.ok("segment", "create", "high by hand", "--dataset", "october", "--model",
                Long.toString(model),
                "--bands", "0.6,0.3", "--where", "risk_band = High");
        assertThat(run.out()).contains("High = top").contains("churn probability 0.6").contains("churned in validation");
        CliRun wrong = cli.run("segment", "create", "wrong bands", "--dataset", "october", "--model",
                Long.toString(model),
                "--bands", "0.2,0.4");
        assertThat(wrong.code()).isNotZero();
        assertThat(wrong.err()).contains("cut-off");
    }

    @Test
    void aDatasetWithoutTheModelsColumnsIsRefusedWithTheList() throws Exception {
        Path other = dir.resolve("other.csv");
        Files.writeString(other, "customer_id,plan,churned\nA1,basic,Yes\nA2,pro,No\nA3,basic,No\n");
        cli.ok("import", other.toString(), "--name", "other");
        CliRun run = cli.run("score", "other", "--model", Long.toString(model));
        assertThat(run.code()).isNotZero();
        assertThat(run.err()).contains("other@1 does not fit the model").contains("`days_since_last_order` is missing");
    }

    @Test
    void badInputIsRefusedClearlyAndWritesNothing() {
        CliRun wrongFormat = cli.run("export", "calllist", "at risk", "--capacity", "10", "--out",
                dir.resolve("x.txt").toString());
        assertThat(wrongFormat.code()).isNotZero();
        assertThat(wrongFormat.err()).contains("name it .csv or .xlsx");
        assertThat(dir.resolve("x.txt")).doesNotExist();
        CliRun unknownColumn = cli.run("segment", "create", "bad", "--dataset", "october", "--model",
                Long.toString(model),
                "--where", "planet = Mars");
        assertThat(unknownColumn.err()).contains("`planet`, which is not a column of october@1");
        CliRun badWhere = cli.run("segment", "create", "bad", "--dataset", "october", "--model", Long.toString(model),
                "--where", "country ~ BR");
        assertThat(badWhere.err()).contains("is not `column = a|b`");
        assertThat(cli.ok("segment", "list").out()).doesNotContain("bad");
        CliRun noModel = cli.run("score", "october", "--model", "999");
        assertThat(noModel.err()).contains("There is no model 999");
        CliRun taken = cli.run("segment", "create", "at risk", "--dataset", "october", "--model", Long.toString(model));
        assertThat(taken.err()).contains("exists already");
    }

    @Test
    void theExportLogRecordsWhoExportedWhatAndNoticesAFileChangedOrDeletedSince() throws Exception {
        Path kept = dir.resolve("audit-kept.csv");
        Path edited = dir.resolve("audit-edited.csv");
        Path deleted = dir.resolve("audit-deleted.xlsx");
        cli.ok("export", "calllist", "at risk", "--capacity", "10", "--out", kept.toString(), "--include-pii");
        cli.ok("export", "calllist", "at risk", "--capacity", "10", "--out", edited.toString());
        cli.ok("export", "calllist", "at risk", "--capacity", "10", "--out", deleted.toString());

        // other tests' exports share the workspace: look only at this test's entries, whatever the exit code
        JsonNode before = new ObjectMapper().readTree(cli.run("export", "log", "--check", "--json").out());
        assertThat(entry(before, kept).get("fileCheck").asText()).isEqualTo("unchanged");
        assertThat(entry(before, kept).get("personalDataIncluded").asBoolean()).isTrue();
        assertThat(entry(before, kept).get("personalDataColumns").toString()).contains("email");
        assertThat(entry(before, edited).get("personalDataIncluded").asBoolean()).isFalse();
        assertThat(entry(before, edited).get("provenance").get("dataset").get("name").asText()).isEqualTo("october");
        assertThat(entry(before, edited).get("provenance").get("model").get("id").asText())
                .isEqualTo(Long.toString(model));
        assertThat(entry(before, edited).get("rows").asLong()).isEqualTo(10);

        Files.writeString(edited, "customer_id\nsomeone else\n", java.nio.file.StandardOpenOption.APPEND);
        Files.delete(deleted);
        CliRun after = cli.run("export", "log", "--check");
        assertThat(after.code()).isEqualTo(3);
        assertThat(after.err()).contains("are not the ones exported");
        assertThat(line(after.out(), "audit-kept.csv")).contains("unchanged").contains("Included: ");
        assertThat(line(after.out(), "audit-edited.csv")).contains("changed").doesNotContain("unchanged")
                .contains("Masked: ");
        assertThat(line(after.out(), "audit-deleted.xlsx")).contains("missing");
    }

    private static JsonNode entry(JsonNode log, Path file) {
        for (JsonNode e : log) {
            if (e.get("file").asText().equals(file.toAbsolutePath().toString())) {
                return e;
            }
        }
        throw new AssertionError(file + " is not in the export log: " + log);
    }

    private static String line(String table, String file) {
        return table.lines().filter(l -> l.contains(file)).findFirst()
                .orElseThrow(() -> new AssertionError(file + " is not in the export log:\n" + table));
    }
}
