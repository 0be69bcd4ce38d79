package app.retention.cli;

import app.retention.data.SampleData;
import app.retention.store.Workspace;
import app.retention.task.TaskContext;
import app.retention.testing.CliRun;
import app.retention.testing.CliWorkspace;
import app.retention.usecase.DemoCampaign;
import app.retention.usecase.Workbench;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The loop's last steps on the command line, on the sample's demo campaign: {@code campaign uplift} learns who
 * responds and says how it ranks against churn risk, and {@code overview} prints the loop at a glance with the
 * numbers the overview screen shows.
 */
@Tag("slow") // imports the sample and makes the demo campaign (~30 s)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoopCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    private CliWorkspace cli;

    @BeforeAll
    void demoCampaign() throws Exception {
        cli = CliWorkspace.in(dir);
        try (Workspace w = Workspace.open(cli.directory()); Workbench services = new Workbench(w, 2)) {
            SampleData.importBundled(w, TaskContext.silent());
            assertThat(services.prepareDemoCampaign(TaskContext.silent())).isPresent();
        }
        // a campaign that started long enough ago for its outcomes to be due, without them
        CliRun waiting = cli.run("campaign", "create", DemoCampaign.SEGMENT, "--name", "Waiting",
                "--capacity", "100", "--start", "2026-10-01");
        assertThat(waiting.code()).as(waiting.err()).isZero();
    }

    @Test
    void campaignUpliftLearnsWhoRespondsAndSaysItBeatsRiskInWords() throws Exception {
        CliRun run = cli.run("campaign", "uplift", DemoCampaign.NAME, "--json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode u = JSON.readTree(run.out());
        assertThat(u.get("method").asText()).isEqualTo("CLASS_TRANSFORMATION");
        assertThat(u.get("upliftBeatsRisk").asBoolean()).isTrue();
        assertThat(u.get("qiniUplift").asDouble()).isGreaterThan(u.get("qiniRisk").asDouble());
        assertThat(u.get("words").asText()).startsWith("Ranking by predicted uplift keeps ")
                .contains("; ranking by risk keeps ");
        assertThat(u.get("curveUplift")).hasSize(101);

        CliRun text = cli.run("campaign", "uplift", DemoCampaign.NAME, "--method", "two-model");
        assertThat(text.code()).as(text.err()).isZero();
        assertThat(text.out()).contains("two model").contains("Ranking by predicted uplift keeps ");
    }

    @Test
    void campaignUpliftRefusesACampaignWithoutOutcomesAndAnUnknownMethod() {
        CliRun none = cli.run("campaign", "uplift", "Waiting");
        assertThat(none.code()).isNotZero();
        assertThat(none.err()).contains("Campaign Waiting has no outcomes yet");
        CliRun method = cli.run("campaign", "uplift", "Waiting", "--method", "magic");
        assertThat(method.code()).isEqualTo(2);
        assertThat(method.err()).contains("--method must be two-model or class-transformation, not `magic`");
    }

    @Test
    void overviewPrintsTheLoopAtAGlanceWithoutMarkingCampaignsReadOut() throws Exception {
        CliRun run = cli.run("overview", "--json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode o = JSON.readTree(run.out());
        // September and October carry the churn target; November is the month to score
        assertThat(o.get("churnTrend")).hasSize(2);
        o.get("churnTrend").forEach(s -> assertThat(s.get("rate").asDouble()).isBetween(0.01, 0.99));
        assertThat(o.get("valueAtRisk").get("dataset").asText()).isEqualTo(SampleData.CURRENT);
        assertThat(o.get("valueAtRisk").get("highCustomers").asLong()).isPositive();
        // the first-run demo puts its model in use (ADR 0025), so there is no advice to give
        assertThat(o.get("modelsInUse").toString()).contains(DemoCampaign.USE_CASE);
        assertThat(o.get("modelAdvice").isNull()).isTrue();
        assertThat(o.get("segments").get(0).get("name").asText()).isEqualTo(DemoCampaign.SEGMENT);
        JsonNode demo = null;
        for (JsonNode c : o.get("campaigns")) {
            if (c.get("name").asText().equals(DemoCampaign.NAME)) {
                demo = c;
            }
        }
        assertThat(demo).isNotNull();
        assertThat(demo.get("status").asText()).isEqualTo("outcomes in");
        assertThat(demo.get("sentence").asText()).startsWith("Churn was ");
        assertThat(o.get("attention").toString()).contains("Outcomes of campaign Waiting are due")
                .contains("\"place\":\"CAMPAIGNS\"");

        CliRun text = cli.run("overview");
        assertThat(text.out()).contains("Churn across labelled snapshots:").contains("What needs attention next:");
        CliRun list = cli.run("campaign", "list", "--json");
        assertThat(list.out()).doesNotContain("read out"); // the overview only looked
    }
}
