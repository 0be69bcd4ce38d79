package app.retention.cli;

import app.retention.testing.CliRun;
import app.retention.testing.CliWorkspace;
import app.retention.testing.CustomerCsv;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, point 2: {@code train} and {@code compare} leave columns out for one run only ({@code --exclude}); the run
 * records it, scoring reads only the model's own features, and a wrong name lists the dataset's columns.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExcludeColumnsTest {

    @TempDir
    static Path dir;
    private CliWorkspace cli;

    @BeforeAll
    void importCustomers() throws IOException {
        cli = CliWorkspace.in(dir);
        Path file = CustomerCsv.write(dir.resolve("customers.csv"), 400);
        cli.ok("import", file.toString(), "--name", "customers");
        // the same customers without the two columns the run leaves out
        List<String> narrow = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String[] f = line.split(",");
            narrow.add(String.join(",", f[0], f[2], f[4], f[5]));
        }
        Path later = dir.resolve("later.csv");
        Files.write(later, narrow);
        cli.ok("import", later.toString(), "--name", "later");
    }

    @Test
    void trainLeavesTheColumnsOutOfThatRunOnlyAndRecordsIt() throws Exception {
        JsonNode result = cli.json("train", "customers", "--learner", "logistic", "--folds", "3",
                "--exclude", "plan, visits", "--json").get(0);
        assertThat(result.get("excluded").toString()).isEqualTo("[\"plan\",\"visits\"]");
        long id = result.get("id").asLong();

        JsonNode stored = null;
        for (JsonNode e : cli.json("models", "--json")) {
            if (e.get("id").asLong() == id) {
                stored = e;
            }
        }
        assertThat(stored).isNotNull();
        assertThat(stored.get("features").toString()).isEqualTo("[\"spend\",\"tenure\"]");
        assertThat(stored.get("excluded").toString()).isEqualTo("[\"plan\",\"visits\"]");

        // the dataset's roles are untouched: the next run uses every feature again
        JsonNode next = cli.json("train", "customers", "--learner", "naivebayes", "--folds", "3", "--json").get(0);
        assertThat(next.get("excluded").toString()).isEqualTo("[]");
        assertThat(cli.ok("columns", "customers").out()).contains("plan", "visits");

        // scoring reads the model's features: a file without the left-out columns scores
        assertThat(cli.ok("score", "later", "--model", Long.toString(id)).out()).isNotBlank();
        CliRun misfit = cli.run("score", "later", "--model", next.get("id").asText());
        assertThat(misfit.code()).isNotZero();
        assertThat(misfit.err()).contains("plan");
    }

    @Test
    void compareSaysWhatItLeftOut() {
        String out = cli.ok("compare", "customers", "--learners", "logistic,naivebayes", "--folds", "3", "--exclude",
                "spend").out();
        assertThat(out).contains("Left out of this run: spend");
    }

    @Test
    void anUnknownColumnIsRefusedWithTheDatasetsColumns() {
        CliRun run = cli.run("train", "customers", "--learner", "logistic", "--exclude", "plna");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("customers@1 has no column named `plna` to exclude; its columns are "
                + "customer_id, plan, spend, visits, tenure, churn.");
        CliRun target = cli.run("compare", "customers", "--learners", "logistic", "--exclude", "churn");
        assertThat(target.code()).isEqualTo(1);
        assertThat(target.err()).contains("`churn` is the churn target of customers@1");
    }
}
