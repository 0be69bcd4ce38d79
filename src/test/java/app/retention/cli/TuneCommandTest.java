package app.retention.cli;

import app.retention.testing.CliRun;
import app.retention.testing.CliWorkspace;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code tune}: bad input refused in one line, and a tuned model stored beside the others. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TuneCommandTest {

    @TempDir
    static Path dir;
    private CliWorkspace cli;

    @BeforeAll
    void importData() throws IOException {
        cli = CliWorkspace.in(dir);
        List<String> lines = Files.readAllLines(Path.of("sample-data/mcommerce_2026_09.csv"));
        Files.write(dir.resolve("small.csv"), lines.subList(0, 301));
        assertThat(cli.run("import", dir.resolve("small.csv").toString(), "--name", "small").code()).isZero();
        Files.write(dir.resolve("notarget.csv"), List.of("id,orders,city", "1,3,Recife", "2,5,Natal", "3,1,Recife"));
        assertThat(cli.run("import", dir.resolve("notarget.csv").toString(), "--name", "notarget").code()).isZero();
    }

    private static void assertFailsClearly(CliRun run, String expected) {
        assertThat(run.assertRefused(expected).out()).isEmpty();
    }

    @Test
    void anUnknownLearnerIsRefusedInOneLine() {
        assertFailsClearly(cli.run("tune", "small", "--learner", "j48"), "xgboost or forest");
    }

    @Test
    void aTimeBoxOfNothingOrOfMoreThanADayIsRefused() {
        assertFailsClearly(cli.run("tune", "small", "--learner", "xgboost", "--minutes", "0"), "more than 0");
        assertFailsClearly(cli.run("tune", "small", "--learner", "xgboost", "--minutes", "-3"), "more than 0");
        assertFailsClearly(cli.run("tune", "small", "--learner", "xgboost", "--minutes", "100000"), "at most 1440");
        assertFailsClearly(cli.run("tune", "small", "--learner", "xgboost", "--minutes", "5", "--settings", "3"),
                "not both");
    }

    @Test
    void aDatasetWithoutATargetIsRefusedInOneLine() {
        assertFailsClearly(cli.run("tune", "notarget", "--learner", "forest", "--settings", "2"), "no churn target");
        assertFailsClearly(cli.run("tune", "nosuch", "--learner", "forest", "--settings", "2"), "nosuch");
    }

    @Test
    void aTunedForestIsStoredWithItsSettingsAndBothAucs() throws IOException {
        CliRun run = cli.run("tune", "small", "--learner", "forest", "--settings", "2", "--folds", "3", "--json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("name").asText()).isEqualTo("Tuned random forest (2 settings)");
        assertThat(json.get("settingsTried").asInt()).isEqualTo(2);
        assertThat(json.get("innerAuc").asDouble()).isBetween(0.5, 1.0);
        assertThat(json.get("auc").asDouble()).isBetween(0.5, 1.0);
        assertThat(json.get("settings").has("features")).isTrue();
        assertThat(json.get("chosenPerFold")).hasSize(3);
        // stored like any other model: listed and comparable
        CliRun listed = cli.run("models", "--json");
        assertThat(listed.out()).contains("\"id\" : " + json.get("id").asLong());

        CliRun text = cli.run("tune", "small", "--learner", "forest", "--settings", "1", "--folds", "3");
        assertThat(text.code()).as(text.err()).isZero();
        assertThat(text.out()).contains("Tried 1 setting").contains("best so far").contains("Inner ROC AUC")
                .contains("Outer ROC AUC").contains("Settings: Features per split");
    }
}
