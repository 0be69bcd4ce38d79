package app.retention.cli;

import app.retention.store.Workspace;
import app.retention.testing.CliRun;
import app.retention.testing.CliWorkspace;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code usecase} and {@code model promote|rollback|active|history} on the sample (issue 16): promotion on evidence,
 * refusal naming it, an override recorded, rollback in one step, scoring with the model in use, and every bad input
 * refused in one line with nothing stored.
 */
@Tag("slow") // imports the sample and trains two models: about a minute
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UseCaseCommandsTest {

    @TempDir
    static Path dir;
    private CliWorkspace cli;
    private String strong;
    private String weak;

    /** Refused with exit 1 and one line, and the log and the use cases as they were. */
    private String refused(String... args) throws Exception {
        long log = logSize();
        String useCases = cli.ok("usecase", "list", "--json").out();
        CliRun run = cli.run(args);
        assertThat(run.code()).as(run.out()).isNotZero();
        assertThat(run.err().strip()).doesNotContain("\n").startsWith("error: ");
        assertThat(logSize()).isEqualTo(log);
        assertThat(cli.ok("usecase", "list", "--json").out()).isEqualTo(useCases);
        return run.err().strip();
    }

    private long logSize() {
        try (Workspace ws = Workspace.open(cli.directory())) {
            return ws.serviceLog().size();
        }
    }

    @BeforeAll
    void trainTwoModels() throws Exception {
        cli = CliWorkspace.in(dir).withSample();
        strong = cli.train("mcommerce_2026_09", "logistic");
        weak = cli.json("train", "mcommerce_2026_09", "--learner", "j48", "--param", "minLeaf=1000",
                "--folds", "3", "--json").get(0).get("id").asText();
        cli.ok("usecase", "create", "mcommerce 30-day churn", "--dataset", "mcommerce_2026_09");
    }

    @Test
    void promotionOnEvidenceRefusalOverrideRollbackAndHistory() throws Exception {
        cli.ok("usecase", "create", "loop", "--dataset", "mcommerce_2026_09", "--description", "the whole loop");
        assertThat(cli.ok("model", "promote", weak, "--use-case", "loop").out())
                .startsWith("Model " + weak + " is now in use for loop.")
                .contains("better than chance");
        CliRun promoted = cli.ok("model", "promote", strong, "--use-case", "loop");
        assertThat(promoted.out()).startsWith("Model " + strong + " is now in use for loop, replacing model " + weak)
                .contains("On mcommerce_2026_10@1").contains("p < 0.001: higher");

        String refusal = refused("model", "promote", weak, "--use-case", "loop");
        assertThat(refusal).startsWith("error: Model " + weak + " was not put in use: On mcommerce_2026_10@1")
                .contains("--override REASON");

        assertThat(cli.ok("model", "promote", weak, "--use-case", "loop", "--override", "board wants the tree").out())
                .contains("(override: board wants the tree)");
        assertThat(cli.ok("model", "active", "--use-case", "loop").out()).startsWith("Model " + weak + " is in use for "
                + "loop since").contains("a rollback restores model " + strong).doesNotContain("Rollback proposed");
        // the tree in use scores October, whose outcomes are known: it did worse than the model it replaced
        cli.ok("score", "mcommerce_2026_10", "--use-case", "loop", "--no-reasons");
        assertThat(cli.ok("model", "active", "--use-case", "loop").out()).contains("Rollback proposed: model " + weak
                + " did worse than model " + strong).contains("model rollback --use-case \"loop\"");

        assertThat(cli.ok("model", "rollback", "--use-case", "loop", "--reason", "the tree misses churners").out())
                .isEqualTo("Rolled back loop: model " + strong + " is in use again, model " + weak
                        + " taken out (the tree misses churners).\n");
        JsonNode active = cli.json("model", "active", "--use-case", "loop", "--json");
        assertThat(active.get("model").asText()).isEqualTo(strong);

        JsonNode history = cli.json("model", "history", "--use-case", "loop", "--json");
        assertThat(history).hasSize(4);
        assertThat(history.get(0).get("action").asText()).isEqualTo("promote");
        assertThat(history.get(2).get("overridden").asBoolean()).isTrue();
        assertThat(history.get(2).get("reason").asText()).isEqualTo("board wants the tree");
        assertThat(history.get(2).get("evidence").get("passed").asBoolean()).isFalse();
        assertThat(history.get(1).get("evidence").get("challenger").get("auc").asDouble())
                .isGreaterThan(history.get(1).get("evidence").get("champion").get("auc").asDouble());
        assertThat(history.get(1).get("evidence").get("snapshot").asText()).isEqualTo("mcommerce_2026_10@1");
        assertThat(history.get(1).get("by").asText()).isEqualTo(System.getProperty("user.name"));
        assertThat(history.get(3).get("action").asText()).isEqualTo("rollback");
        assertThat(cli.ok("model", "history", "--use-case", "loop").out()).contains("promote (override)")
                .contains("rollback").contains("mcommerce_2026_10@1");
        assertThat(cli.ok("usecase", "list").out()).contains("loop").contains(strong);
    }

    @Test
    void scoringWithoutAModelUsesTheUseCasesModelInUse() throws Exception {
        cli.ok("usecase", "create", "scoring", "--dataset", "mcommerce_2026_09");
        cli.ok("model", "promote", weak, "--use-case", "scoring");
        JsonNode scored = cli.json("score", "mcommerce_2026_11", "--use-case", "scoring", "--no-reasons",
                "--json");
        assertThat(scored.get("model").asText()).isEqualTo(weak);
        cli.ok("segment", "create", "in use", "--dataset", "mcommerce_2026_11", "--use-case", "scoring", "--where",
                "risk_band = High");
        assertThat(cli.ok("segment", "list").out()).containsPattern("in use\\s.*\\s" + weak + " j48");
        String missing = refused("score", "mcommerce_2026_11", "--no-reasons");
        assertThat(missing).contains("Missing required option: '--model=ID'");
    }

    @Test
    void everyBadInputIsRefusedInOneLineAndStoresNothing() throws Exception {
        assertThat(refused("model", "promote", strong, "--use-case", "nope"))
                .isEqualTo("error: There is no use case `nope`. The command `usecase list` lists them; `usecase create` "
                        + "makes one.");
        assertThat(refused("model", "promote", "999", "--use-case", "mcommerce 30-day churn"))
                .contains("There is no model 999");
        assertThat(refused("model", "rollback", "--use-case", "mcommerce 30-day churn", "--reason", " "))
                .contains("--reason needs a reason");
        assertThat(refused("model", "rollback", "--use-case", "mcommerce 30-day churn")).contains("--reason");
        assertThat(refused("model", "promote", strong, "--use-case", "mcommerce 30-day churn", "--override", ""))
                .contains("--override needs a reason");
        assertThat(refused("model", "rollback", "--use-case", "mcommerce 30-day churn", "--reason", "why"))
                .contains("has no model in use to roll back");
        assertThat(refused("usecase", "create", "mcommerce 30-day churn", "--dataset", "mcommerce_2026_09"))
                .contains("exists already");
        assertThat(refused("usecase", "create", "november", "--dataset", "mcommerce_2026_11"))
                .contains("has no churn target");
        assertThat(refused("score", "mcommerce_2026_11", "--use-case", "nope", "--no-reasons"))
                .contains("There is no use case `nope`");
        assertThat(refused("score", "mcommerce_2026_11", "--use-case", "mcommerce 30-day churn", "--no-reasons"))
                .contains("has no model in use yet");
    }
}
