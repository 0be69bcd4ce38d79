package app.retention.cli;

import app.retention.data.SampleData;
import app.retention.domain.CampaignArm;
import app.retention.domain.CampaignRecord;
import app.retention.segment.CallOrder;
import app.retention.store.Workspace;
import app.retention.task.TaskContext;
import app.retention.testing.CliRun;
import app.retention.usecase.DemoCampaign;
import app.retention.usecase.Workbench;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

/**
 * Persuadables first (issue 15 §4, docs/adr/0027) on the sample's demo campaign: a segment ranked by the demo
 * campaign's uplift model calls other customers first than one ranked by risk, the same way every time, with its
 * order in the list's provenance; a campaign launched from it has arms whose checksums verify; the sleeping dogs come
 * last; an uplift model whose columns the dataset lacks is refused, and nothing is saved.
 */
@Tag("slow") // imports the sample, makes the demo campaign and learns its uplift model (~40 s)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersuadablesFirstTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WHERE = "risk_band = High|Medium";

    @TempDir
    static Path dir;
    private Path workspace;
    private String model;

    @BeforeAll
    void demoCampaignWithAnUpliftModel() throws Exception {
        workspace = dir.resolve("ws");
        try (Workspace w = Workspace.open(workspace); Workbench services = new Workbench(w, 2)) {
            SampleData.importBundled(w, TaskContext.silent());
            CampaignRecord demo = services.prepareDemoCampaign(TaskContext.silent()).orElseThrow();
            model = String.valueOf(demo.modelId());
        }
        ok("campaign", "uplift", DemoCampaign.NAME);
    }

    @Test
    void aSegmentRankedByUpliftCallsOthersFirstTheSameWayEveryTimeAndItsArmsVerify() throws Exception {
        CliRun saved = ok("segment", "create", "Persuadables", "--dataset", SampleData.CURRENT, "--model", model,
                "--where", WHERE, "--rank-by", "uplift", "--uplift-from", DemoCampaign.NAME);
        assertThat(saved.out()).contains("Ranked by predicted uplift from campaign " + DemoCampaign.NAME
                + "'s uplift model: persuadables first.").containsPattern("[\\d,]+ customers? (is|are) predicted to "
                + "churn more when called \\(\"sleeping dogs\"\\); they come last on the call list\\.");
        ok("segment", "create", "By risk", "--dataset", SampleData.CURRENT, "--model", model, "--where", WHERE);

        List<String> byUplift = callList("Persuadables", "uplift-1.csv");
        List<String> again = callList("Persuadables", "uplift-2.csv");
        List<String> byRisk = callList("By risk", "risk.csv");
        assertThat(again).as("deterministic").isEqualTo(byUplift);
        assertThat(byUplift.subList(0, 50)).isNotEqualTo(byRisk.subList(0, 50));
        assertThat(sha256("uplift-1.csv")).isEqualTo(sha256("uplift-2.csv"));
        String provenance = Files.readString(dir.resolve("uplift-1.csv.provenance.json"));
        assertThat(provenance).contains("ranked by predicted uplift from campaign " + DemoCampaign.NAME
                + "'s uplift model: persuadables first");
        assertThat(Files.readString(dir.resolve("risk.csv.provenance.json"))).doesNotContain("callOrder");

        CallOrder order;
        long dogs;
        try (Workspace w = Workspace.open(workspace); Workbench services = new Workbench(w, 1)) {
            order = services.segments().callOrder("Persuadables");
            dogs = order.sleepingDogs();
        }
        assertThat(order.byUplift()).isTrue();
        assertThat(dogs).as("the demo plants customers who churn more when called").isPositive();
        for (int i = 1; i < byUplift.size(); i++) {
            assertThat(order.uplift(byUplift.get(i - 1))).isGreaterThanOrEqualTo(order.uplift(byUplift.get(i)));
        }
        List<String> whole = segmentList("Persuadables", "whole.csv");
        assertThat(order.uplift(whole.get(0))).isPositive();
        assertThat(order.uplift(whole.get(whole.size() - 1))).as("sleeping dogs last").isNegative();

        ok("campaign", "create", "Persuadables", "--name", "Persuadables first", "--capacity", "300");
        ok("campaign", "create", "By risk", "--name", "Risk first", "--capacity", "300");
        JsonNode shown = JSON.readTree(ok("campaign", "show", "Persuadables first", "--json").out());
        for (JsonNode arm : shown.get("arms")) {
            assertThat(arm.get("checksumOk").asBoolean()).isTrue();
        }
        try (Workspace w = Workspace.open(workspace)) {
            List<String> called = treated(w, "Persuadables first");
            assertThat(called).containsExactlyInAnyOrderElementsOf(byUplift.subList(0, 300));
            assertThat(called).isNotEqualTo(treated(w, "Risk first"));
        }

        // the readout says how the calls were ordered
        Path outcomes = dir.resolve("persuadables-outcomes.csv");
        ok("sample", "outcomes", "--campaign", "Persuadables first", "--out", outcomes.toString(), "--seed", "3");
        ok("campaign", "outcomes", "Persuadables first", outcomes.toString());
        JsonNode readout = JSON.readTree(ok("campaign", "readout", "Persuadables first", "--json").out());
        assertThat(readout.get("words").get("whatWeDid").asText()).contains("ranked by predicted uplift from "
                + "campaign " + DemoCampaign.NAME + "'s uplift model: persuadables first (risk from model " + model);
    }

    @Test
    void anUpliftModelWhoseColumnsTheDatasetLacksIsRefusedAndNothingIsSaved() throws Exception {
        Path narrow = dir.resolve("narrow.csv");
        List<String> lines = Files.readAllLines(Path.of("sample-data", "mcommerce_2026_11.csv"));
        List<String> without = new ArrayList<>();
        int drop = List.of(lines.get(0).split(",")).indexOf("coupons_used_90d");
        for (String line : lines) {
            List<String> cells = new ArrayList<>(List.of(line.split(",", -1)));
            cells.remove(drop);
            without.add(String.join(",", cells));
        }
        Files.write(narrow, without, StandardCharsets.UTF_8);
        ok("import", narrow.toString(), "--name", "narrow");
        CliRun refused = CliRun.on(workspace, "segment", "create", "Narrow", "--dataset", "narrow", "--model",
                model, "--rank-by", "uplift", "--uplift-from", DemoCampaign.NAME);
        assertThat(refused.code()).isNotZero();
        assertThat(refused.err()).contains("The uplift model of campaign " + DemoCampaign.NAME)
                .contains("cannot rank the customers of narrow@1").contains("`coupons_used_90d` is missing");
        assertThat(ok("segment", "list").out()).doesNotContain("Narrow");

        CliRun none = CliRun.on(workspace, "segment", "create", "Nobody", "--dataset", SampleData.CURRENT, "--model",
                model, "--rank-by", "uplift");
        assertThat(none.code()).isNotZero();
        assertThat(none.err()).contains("--rank-by uplift needs --uplift-from CAMPAIGN");
        CliRun unknown = CliRun.on(workspace, "segment", "create", "Nobody", "--dataset", SampleData.CURRENT,
                "--model", model, "--uplift-from", "No such campaign");
        assertThat(unknown.code()).isNotZero();
        assertThat(unknown.err()).contains("Campaign No such campaign has no uplift model to rank by")
                .contains(DemoCampaign.NAME);
    }

    private List<String> treated(Workspace w, String campaign) {
        return w.campaigns().members(w.campaigns().find(campaign).orElseThrow().id()).stream()
                .filter(m -> m.arm() == CampaignArm.TREATED).map(m -> m.key()).toList();
    }

    private List<String> callList(String segment, String file) throws Exception {
        ok("export", "calllist", segment, "--out", dir.resolve(file).toString(), "--capacity", "100000");
        return keys(dir.resolve(file), false);
    }

    private List<String> segmentList(String segment, String file) throws Exception {
        ok("export", "segmentlist", segment, "--out", dir.resolve(file).toString());
        return keys(dir.resolve(file), true);
    }

    /** The keys of a list in its order; of a segment list, the customers outside the control group. */
    private static List<String> keys(Path file, boolean segmentList) throws Exception {
        List<String> keys = new ArrayList<>();
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(file)) {
            List<String> header = null;
            for (CsvRecord r : csv) {
                if (header == null) {
                    header = r.getFields();
                    continue;
                }
                if (!segmentList || r.getField(header.indexOf("control_group")).equals("No")) {
                    keys.add(r.getField(1));
                }
            }
        }
        return keys;
    }

    private String sha256(String file) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(dir.resolve(file))));
    }

    private CliRun ok(String... args) {
        CliRun run = CliRun.on(workspace, args);
        assertThat(run.code()).as(String.join(" ", args) + ": " + run.err()).isZero();
        return run;
    }
}
