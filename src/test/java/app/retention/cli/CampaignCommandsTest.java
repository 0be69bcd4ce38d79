package app.retention.cli;

import app.retention.domain.CampaignRecord;
import app.retention.store.Workspace;
import app.retention.testing.CliRun;
import app.retention.testing.CliWorkspace;

import com.fasterxml.jackson.databind.JsonNode;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The campaign loop through the CLI on the sample data (issue 15): a call list exported with --campaign, outcomes
 * simulated for it, imported and read out; a later labelled snapshot as outcomes; and every bad input refused with
 * one line, nothing stored.
 */
@Tag("slow") // imports the sample, trains, scores two snapshots: about a minute
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignCommandsTest {

    @TempDir
    static Path dir;
    private CliWorkspace cli;

    @BeforeAll
    void launchACampaignFromACallList() throws Exception {
        cli = CliWorkspace.in(dir).withSample();
        JsonNode trained = cli.json("train", "mcommerce_2026_10", "--learner", "j48", "--folds", "3",
                "--json");
        String model = trained.get(0).get("id").asText();
        cli.ok("score", "mcommerce_2026_11", "--model", model, "--no-reasons");
        cli.ok("segment", "create", "at risk", "--dataset", "mcommerce_2026_11", "--model", model,
                "--where", "risk_band = High|Medium", "--control", "0.2");
        CliRun export = cli.ok("export", "calllist", "at risk", "--capacity", "2000", "--out",
                dir.resolve("calls.csv").toString(), "--campaign", "Winback", "--start", "2026-12-01",
                "--channel", "call", "--offer", "20% off the next order");
        assertThat(export.out()).contains("Created campaign Winback");
        // a campaign of September's customers, read out with October's labelled snapshot
        cli.ok("score", "mcommerce_2026_09", "--model", model, "--no-reasons");
        cli.ok("segment", "create", "september", "--dataset", "mcommerce_2026_09", "--model", model,
                "--where", "risk_band = High", "--control", "0.2");
        cli.ok("campaign", "create", "september", "--name", "October push", "--start", "2026-10-01", "--channel",
                "push");
        cli.ok("campaign", "create", "at risk", "--name", "Spare", "--capacity", "800", "--start", "2026-12-01");
        cli.ok("campaign", "create", "at risk", "--name", "Tiny", "--capacity", "1", "--start", "2026-12-01");
        cli.ok("campaign", "create", "at risk", "--name", "Model vs rule", "--capacity", "600", "--start", "2026-12-01",
                "--channel", "call", "--rule", "days_since_last_order >= 46 OR complaint = Yes");
    }

    @Test
    void aCallListWithARuleLaunchesModelAgainstRuleAndHoldsBothCalledGroups() throws Exception {
        Path file = dir.resolve("both-groups.csv");
        String rule = "days_since_last_order >= 46 OR complaint = Yes";
        CliRun refused = cli.run("export", "calllist", "at risk", "--capacity", "300", "--out", file.toString(),
                "--rule", rule);
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("add --campaign NAME");
        assertThat(file).doesNotExist();

        assertThat(cli.ok("export", "calllist", "at risk", "--capacity", "300", "--out", file.toString(),
                "--campaign", "Listed model vs rule", "--start", "2026-12-01", "--rule", rule).out())
                .contains("both groups the campaign calls");
        JsonNode arms = cli.json("campaign", "show", "Listed model vs rule", "--json").get("arms");
        long called = 0;
        List<String> names = new ArrayList<>();
        for (JsonNode arm : arms) {
            names.add(arm.get("arm").asText());
            assertThat(arm.get("checksumOk").asBoolean()).isTrue();
            if (arm.get("arm").asText().equals("treated") || arm.get("arm").asText().equals("rule")) {
                called += arm.get("customers").asLong();
            }
        }
        assertThat(names).containsExactlyInAnyOrder("treated", "control", "rule", "rule control");
        // the list is the campaign's calls: the model's group and the rule's, nobody held out
        assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).hasSize((int) called + 1);
        assertThat(called).isGreaterThan(300);
    }

    @Test
    void theCampaignsArmsAreTheCallListAndTheComparableControlGroup() throws Exception {
        JsonNode shown = cli.json("campaign", "show", "Winback", "--json");
        JsonNode arms = shown.get("arms");
        assertThat(arms.get(0).get("arm").asText()).isEqualTo("treated");
        assertThat(arms.get(0).get("customers").asLong()).isEqualTo(2000);
        assertThat(arms.get(0).get("checksumOk").asBoolean()).isTrue();
        assertThat(arms.get(1).get("customers").asLong()).isBetween(400L, 600L); // 20% held out: 2,000 × 0.2 ÷ 0.8
        List<String> called = new ArrayList<>();
        for (CsvRecord r : csv(dir.resolve("calls.csv"))) {
            called.add(r.getField(1));
        }
        try (Workspace ws = Workspace.open(cli.directory())) {
            CampaignRecord c = ws.campaigns().find("Winback").orElseThrow();
            assertThat(c.exportId()).isNotNull();
            List<String> treated = ws.campaigns().members(c.id()).stream()
                    .filter(m -> m.arm() == app.retention.domain.CampaignArm.TREATED).map(m -> m.key()).sorted()
                    .toList();
            assertThat(treated).isEqualTo(called.subList(1, called.size()).stream().sorted().toList());
        }
    }

    @Test
    void outcomesBecomeALabelledDatasetForRetrainingWithTheArmKeptOutOfModels() throws Exception {
        CliRun none = cli.run("campaign", "labels", "Tiny");
        assertThat(none.code()).isNotZero();
        assertThat(none.err()).contains("Campaign Tiny has no outcomes yet: import them first");

        cli.ok("campaign", "create", "at risk", "--name", "Relabel", "--capacity", "300", "--start", "2026-12-01");
        Path outcomes = dir.resolve("relabel-outcomes.csv");
        cli.ok("sample", "outcomes", "--campaign", "Relabel", "--out", outcomes.toString(), "--seed", "3");
        cli.ok("campaign", "outcomes", "Relabel", outcomes.toString());
        long customers;
        try (Workspace ws = Workspace.open(cli.directory())) {
            customers = ws.campaigns().members(ws.campaigns().find("Relabel").orElseThrow().id()).size();
        }

        CliRun made = cli.ok("campaign", "labels", "Relabel", "--name", "spare_labels");
        assertThat(made.out()).contains("Made spare_labels version 1 from campaign Relabel: ")
                .contains("target churned_after_campaign, campaign_arm kept out of models");
        JsonNode columns = cli.json("columns", "spare_labels", "--json");
        java.util.Map<String, String> roles = new java.util.HashMap<>();
        columns.forEach(c -> roles.put(c.get("name").asText(), c.get("role").asText()));
        assertThat(roles).containsEntry("churned_after_campaign", "target").containsEntry("campaign_arm", "ignored")
                .containsEntry("days_since_last_order", "feature").doesNotContainKey("churned_30d");
        JsonNode datasets = cli.json("datasets", "--json");
        JsonNode labelled = null;
        for (JsonNode d : datasets) {
            if (d.get("name").asText().equals("spare_labels")) {
                labelled = d;
            }
        }
        assertThat(labelled).isNotNull();
        assertThat(labelled.get("rows").asLong()).as("every customer of both arms").isEqualTo(customers);

        JsonNode trained = cli.json("train", "spare_labels", "--learner", "logistic", "--folds", "3",
                "--json");
        assertThat(trained.get(0).get("auc").asDouble()).isGreaterThan(0.5);
        assertThat(trained.get(0).toString()).doesNotContain("campaign_arm");
    }

    @Test
    void simulatedOutcomesAreReadOutWithNumbersThatAgreeWithTheFile() throws Exception {
        Path outcomes = dir.resolve("outcomes.csv");
        cli.ok("sample", "outcomes", "--campaign", "Winback", "--out", outcomes.toString(), "--seed", "7");
        Path again = dir.resolve("outcomes-again.csv");
        cli.ok("sample", "outcomes", "--campaign", "Winback", "--out", again.toString(), "--seed", "7");
        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(outcomes));

        CliRun stored = cli.ok("campaign", "outcomes", "Winback", outcomes.toString());
        assertThat(stored.out()).contains("Every customer of both arms has an outcome");
        JsonNode r = cli.json("campaign", "readout", "Winback", "--json");

        long treated = 0;
        long treatedChurned = 0;
        long control = 0;
        long controlChurned = 0;
        long reached = 0;
        for (CsvRecord row : csv(outcomes).subList(1, csv(outcomes).size())) {
            boolean churned = row.getField(1).equals("Yes");
            if (row.getField(3).isEmpty()) {
                control++;
                controlChurned += churned ? 1 : 0;
            } else {
                treated++;
                treatedChurned += churned ? 1 : 0;
                reached += row.getField(3).equals("Yes") ? 1 : 0;
            }
        }
        JsonNode itt = r.get("intentionToTreat");
        assertThat(itt.get("treated").asLong()).isEqualTo(treated);
        assertThat(itt.get("treatedChurners").asLong()).isEqualTo(treatedChurned);
        assertThat(itt.get("control").asLong()).isEqualTo(control);
        assertThat(itt.get("controlChurners").asLong()).isEqualTo(controlChurned);
        double uplift = (double) controlChurned / control - (double) treatedChurned / treated;
        assertThat(itt.get("uplift").asDouble()).isCloseTo(uplift, within(1e-12));
        assertThat(itt.get("customersSaved").asDouble()).isCloseTo(uplift * treated, within(1e-9));
        assertThat(itt.get("upliftInterval").get("low").asDouble()).isLessThan(uplift);
        assertThat(itt.get("roiInterval").get("high").asDouble()).isGreaterThan(itt.get("roi").asDouble());
        assertThat(r.get("arms").get(0).get("reached").asLong()).isEqualTo(reached);
        assertThat(r.get("perProtocol").get("treated").asLong()).isEqualTo(reached);
        assertThat(r.get("perProtocolWarning").asText()).contains("intention-to-treat");
        assertThat(r.get("checks").get("sampleRatioMismatch").asBoolean()).isFalse();
        assertThat(r.get("checks").get("customersInTwoArms").asLong()).isZero();
        assertThat(r.get("deciles")).hasSize(10);
        assertThat(r.get("campaign").get("valueUnit").asText()).isEqualTo("BRL");
        assertThat(r.get("words").get("whatNext").asText()).isNotBlank();
        System.out.printf("Winback on the sample: uplift %.4f (%.4f to %.4f), ROI %.3f (%.3f to %.3f), Qini %.2f%n",
                uplift, itt.get("upliftInterval").get("low").asDouble(),
                itt.get("upliftInterval").get("high").asDouble(), itt.get("roi").asDouble(),
                itt.get("roiInterval").get("low").asDouble(), itt.get("roiInterval").get("high").asDouble(),
                r.get("qini").get("coefficient").asDouble());

        CliRun text = cli.ok("campaign", "readout", "Winback", "--seed", "1");
        assertThat(text.out()).contains("What we did:", "What happened:", "What it was worth:", "How sure we are:",
                "What next:", "Qini coefficient");
        assertThat(cli.json("campaign", "readout", "Winback", "--json").get("intentionToTreat")
                .get("roiInterval")).isEqualTo(itt.get("roiInterval"));
        Path pdf = dir.resolve("readout.pdf");
        cli.ok("campaign", "readout", "Winback", "--out", pdf.toString());
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            String pdfText = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertThat(pdfText).contains("Campaign readout: Winback", "What we did", "What next", "Qini coefficient");
        }
        JsonNode listed = cli.json("campaign", "list", "--json");
        assertThat(listed.findValues("status").stream().map(JsonNode::asText)).contains("read out");
    }

    @Test
    void aRuleArmIsDrawnFromTheOtherHalfAndReadOutAgainstTheModel() throws Exception {
        try (Workspace ws = Workspace.open(cli.directory())) {
            CampaignRecord c = ws.campaigns().find("Model vs rule").orElseThrow();
            assertThat(c.rule()).isEqualTo("days_since_last_order >= 46 OR complaint = Yes");
            var members = ws.campaigns().members(c.id());
            assertThat(members.stream().filter(m -> m.arm() == app.retention.domain.CampaignArm.TREATED).count())
                    .isEqualTo(600);
            assertThat(members.stream().filter(m -> m.arm() == app.retention.domain.CampaignArm.RULE).count())
                    .isBetween(1L, 600L);
            assertThat(members.stream().map(m -> m.key()).distinct().count()).isEqualTo(members.size());
        }
        Path outcomes = dir.resolve("rule-outcomes.csv");
        cli.ok("sample", "outcomes", "--campaign", "Model vs rule", "--out", outcomes.toString(), "--seed", "3");
        cli.ok("campaign", "outcomes", "Model vs rule", outcomes.toString());
        JsonNode r = cli.json("campaign", "readout", "Model vs rule", "--json");
        JsonNode v = r.get("modelVsRule");
        assertThat(v.get("upliftDifference").asDouble()).isCloseTo(r.get("intentionToTreat").get("uplift")
                .asDouble() - v.get("byRule").get("uplift").asDouble(), within(1e-12));
        assertThat(r.get("arms")).hasSize(4);
        assertThat(cli.ok("campaign", "readout", "Model vs rule").out()).contains("Model vs rule: the model kept");
    }

    @Test
    void aLaterLabelledSnapshotIsAcceptedAsOutcomes() throws Exception {
        CliRun stored = cli.ok("campaign", "outcomes", "October push", "mcommerce_2026_10");
        assertThat(stored.out()).contains("rows of customers outside the campaign were left aside");
        JsonNode r = cli.json("campaign", "readout", "October push", "--json");
        assertThat(r.get("intentionToTreat").get("treated").asLong()).isPositive();
        assertThat(r.get("campaign").get("outcomesFrom").asText()).isEqualTo("dataset mcommerce_2026_10@1");
    }

    @Test
    void outcomesWithCustomersInNoArmAreRefusedNamingThem() throws Exception {
        Path file = outcomesOf("Spare", "unknown.csv", rows -> rows.add("MC-999999,No"));
        assertRefusedAndNothingStored(cli.run("campaign", "outcomes", "Spare", file.toString()), "Spare",
                "error: unknown.csv has 1 row of customers in no arm of campaign Spare (MC-999999)");
    }

    @Test
    void duplicatedOutcomesAreRefusedNamingTheCustomers() throws Exception {
        Path file = outcomesOf("Spare", "duplicates.csv", rows -> rows.add(rows.get(1)));
        String id = Files.readAllLines(file).get(1).split(",")[0];
        assertRefusedAndNothingStored(cli.run("campaign", "outcomes", "Spare", file.toString()), "Spare",
                "error: duplicates.csv has more than one outcome for 1 customer: " + id);
    }

    @Test
    void outcomesWithoutAnIdColumnAreRefused() throws Exception {
        Path file = dir.resolve("no-id.csv");
        Files.writeString(file, "who,churned\nMC-000001,No\n");
        assertRefusedAndNothingStored(cli.run("campaign", "outcomes", "Spare", file.toString()), "Spare",
                "error: The outcomes have no customer id column");
    }

    @Test
    void outcomesDatedBeforeTheStartAreRefused() throws Exception {
        Path file = outcomesOf("Spare", "early.csv", rows -> rows.set(1, rows.get(1).split(",")[0] + ",2026-11-15"));
        assertRefusedAndNothingStored(cli.run("campaign", "outcomes", "Spare", file.toString()), "Spare",
                "error: early.csv, line 2, column `churned`: customer");
        assertRefusedAndNothingStored(cli.run("campaign", "outcomes", "Spare", "mcommerce_2026_09"), "Spare",
                "error: mcommerce_2026_09@1, row ");
        assertThat(cli.run("campaign", "outcomes", "Spare", "mcommerce_2026_09").err())
                .contains("the outcomes describe 2026-09-30 (`snapshot_date`), before the campaign started");
    }

    @Test
    void theNovemberSnapshotOnceDecemberIsOverReadsACampaignThatStartedOnTheFirstOfDecember() throws Exception {
        cli.ok("campaign", "create", "at risk", "--name", "December check", "--capacity", "300", "--start",
                "2026-12-01");
        Path labelled = dir.resolve("mcommerce_2026_11_outcomes.csv");
        cli.ok("sample", "november-outcomes", "--out", labelled.toString());
        cli.ok("import", labelled.toString());
        CliRun stored = cli.ok("campaign", "outcomes", "December check", "mcommerce_2026_11_outcomes");
        assertThat(stored.out()).doesNotContain("have no outcome");
        JsonNode readout = cli.json("campaign", "readout", "December check", "--json");
        assertThat(readout.get("checks").get("missingOutcomes").asLong()).isZero();
    }

    @Test
    void anUnreadableChurnValueIsRefusedWithItsLine() throws Exception {
        Path file = outcomesOf("Spare", "maybe.csv", rows -> rows.set(2, rows.get(2).split(",")[0] + ",maybe"));
        assertRefusedAndNothingStored(cli.run("campaign", "outcomes", "Spare", file.toString()), "Spare",
                "error: maybe.csv, line 3, column `churned`: `maybe` is not Yes/No");
    }

    @Test
    void aCampaignWithoutAControlGroupTakesNoOutcomes() throws Exception {
        Path file = outcomesOf("Tiny", "tiny.csv", rows -> { });
        assertRefusedAndNothingStored(cli.run("campaign", "outcomes", "Tiny", file.toString()), "Tiny",
                "error: Campaign Tiny has no control group");
    }

    @Test
    void aTakenNameIsRefusedBeforeTheListIsWritten() {
        Path out = dir.resolve("again.csv");
        CliRun run = cli.run("export", "calllist", "at risk", "--capacity", "10", "--out", out.toString(),
                "--campaign", "Winback");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("error: A campaign named `Winback` exists already; choose another "
                + "name.");
        assertThat(out).doesNotExist();
    }

    /** A complete outcomes file ("id,churned", every customer No) for the campaign, changed by {@code edit}. */
    private Path outcomesOf(String campaign, String name, java.util.function.Consumer<List<String>> edit)
            throws Exception {
        List<String> rows = new ArrayList<>(List.of("customer_id,churned"));
        try (Workspace ws = Workspace.open(cli.directory())) {
            CampaignRecord c = ws.campaigns().find(campaign).orElseThrow();
            ws.campaigns().members(c.id()).forEach(m -> rows.add(m.key() + ",No"));
        }
        edit.accept(rows);
        Path file = dir.resolve(name);
        Files.write(file, rows, StandardCharsets.UTF_8);
        return file;
    }

    private void assertRefusedAndNothingStored(CliRun run, String campaign, String start) {
        assertThat(run.code()).as(run.out()).isEqualTo(1);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err().strip()).startsWith(start);
        assertThat(run.err()).doesNotContain("Exception");
        try (Workspace ws = Workspace.open(cli.directory())) {
            CampaignRecord c = ws.campaigns().find(campaign).orElseThrow();
            assertThat(ws.campaigns().outcomes(c.id())).isEmpty();
            assertThat(ws.campaigns().outcomeImport(c.id())).isEmpty();
            assertThat(c.status().label()).isIn("running", "planned");
        }
    }

    private static List<CsvRecord> csv(Path file) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", "");
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(text)) {
            return reader.stream().toList();
        }
    }
}
