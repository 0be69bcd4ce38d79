package app.retention.cli;

import app.retention.testing.CliRun;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** `learners` lists every learner `--learner` accepts, with each parameter's range and default (issue 13, point 4). */
class LearnersCommandTest {

    @TempDir
    Path dir;

    @Test
    void everyLearnerIsListedWithItsParametersRangesAndDefaults() throws Exception {
        CliRun json = CliRun.on(dir.resolve("ws"), "learners", "--json");
        assertThat(json.code()).as(json.err()).isZero();
        JsonNode learners = new ObjectMapper().readTree(json.out());
        assertThat(learners.findValuesAsText("name")).contains("zeror", "rules", "logistic", "naivebayes", "j48",
                "randomforest", "boosting", "xgboost", "jrip", "smo", "mlp");
        JsonNode xgboost = learners.findParents("name").stream().filter(n -> n.path("name").asText()
                .equals("xgboost")).findFirst().orElseThrow();
        JsonNode rounds = xgboost.get("params").get(0);
        assertThat(rounds.get("key").asText()).isEqualTo("rounds");
        assertThat(rounds.get("defaultValue").asText()).isEqualTo("1000");
        assertThat(rounds.get("min").asDouble()).isEqualTo(1);
        assertThat(rounds.get("max").asDouble()).isEqualTo(10_000);

        CliRun text = CliRun.on(dir.resolve("ws"), "learners");
        assertThat(text.out()).contains("logistic: Logistic regression.")
                .contains("    balance=none  Class balancing (one of none, reweight, undersample)");
        assertThat(dir.resolve("ws")).as("no workspace is needed to list learners").doesNotExist();
    }
}
