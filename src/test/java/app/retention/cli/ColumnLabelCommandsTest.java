package app.retention.cli;

import app.retention.domain.StoredScore;
import app.retention.store.Workspace;
import app.retention.testing.CliRun;
import app.retention.testing.CliWorkspace;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Column labels from the command line (issues 12 and 13): humanised by default, given with {@code columns set
 * --label}, recorded with the version and undone like a fix, carried to the next version, and used where people
 * read columns: drivers' sentences and the reasons of a scoring.
 */
class ColumnLabelCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private CliWorkspace cli;
    private Path file;

    @BeforeEach
    void importShop() throws Exception {
        cli = CliWorkspace.in(dir);
        List<String> lines = new ArrayList<>(List.of("customer_id,days_since_last_order,NumOfProducts,plan,churned"));
        Random random = new Random(7);
        for (int i = 0; i < 400; i++) {
            int days = random.nextInt(120);
            boolean churned = random.nextDouble() < (days > 60 ? 0.6 : 0.1);
            lines.add("C" + i + "," + days + "," + (1 + random.nextInt(4)) + "," + (i % 3 == 0 ? "basic" : "plus")
                    + "," + (churned ? "Yes" : "No"));
        }
        file = Files.write(dir.resolve("shop.csv"), lines);
        CliRun run = cli.run("import", file.toString(), "--name", "shop");
        assertThat(run.code()).as(run.err()).isZero();
    }

    private String label(String column) throws Exception {
        CliRun run = cli.run("columns", "shop", "--json");
        assertThat(run.code()).as(run.err()).isZero();
        for (JsonNode c : JSON.readTree(run.out())) {
            if (c.get("name").asText().equals(column)) {
                return c.get("label").asText();
            }
        }
        throw new AssertionError("no column " + column + " in " + run.out());
    }

    @Test
    void columnsReadAsWordsUntilTheUserNamesThem() throws Exception {
        assertThat(label("days_since_last_order")).isEqualTo("Days since last order");
        assertThat(label("NumOfProducts")).isEqualTo("Number of products");
        assertThat(label("customer_id")).isEqualTo("Customer ID");

        CliRun set = cli.run("columns", "set", "shop", "days_since_last_order", "--label", "  Days without an order ");
        assertThat(set.code()).as(set.err()).isZero();
        assertThat(set.out()).contains("`days_since_last_order` of shop@1 reads as \"Days without an order\".");
        assertThat(label("days_since_last_order")).isEqualTo("Days without an order");
        assertThat(cli.run("fixes", "shop").out())
                .contains("`days_since_last_order` reads as \"Days without an order\" (instead of \"Days since last "
                        + "order\")");

        JsonNode drivers = JSON.readTree(cli.run("drivers", "shop", "--json").out());
        JsonNode days = null;
        for (JsonNode d : drivers) {
            if (d.get("column").asText().equals("days_since_last_order")) {
                days = d;
            }
        }
        assertThat(days).isNotNull();
        assertThat(days.get("label").asText()).isEqualTo("Days without an order");
        assertThat(days.get("sentence").asText()).startsWith("Customers whose days without an order ");
    }

    @Test
    void aLabelIsCarriedToTheNextVersionAndUndoneLikeAnyFix() throws Exception {
        assertThat(cli.run("columns", "set", "shop", "plan", "--label", "Subscription plan").code()).isZero();
        CliRun again = cli.run("import", file.toString(), "--name", "shop");
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(label("plan")).as("shop@2 starts with shop@1's labels").isEqualTo("Subscription plan");

        CliRun undo = cli.run("fixes", "shop", "--undo", "1");
        assertThat(undo.code()).as(undo.err()).isZero();
        assertThat(label("plan")).isEqualTo("Plan");
        assertThat(cli.run("fixes", "shop").out()).doesNotContain("Subscription plan");
    }

    @Test
    void aBlankLabelGivesBackTheNameInWordsAndABadOneChangesNothing() throws Exception {
        assertThat(cli.run("columns", "set", "shop", "plan", "--label", "Subscription plan").code()).isZero();

        CliRun tooLong = cli.run("columns", "set", "shop", "plan", "--label", "x".repeat(201));
        assertThat(tooLong.code()).isNotZero();
        assertThat(tooLong.err()).contains("Label of `plan`: A column label has at most 200 characters; this one has 201");
        CliRun twoLines = cli.run("columns", "set", "shop", "plan", "--label", "Plan\nname");
        assertThat(twoLines.code()).isNotZero();
        assertThat(twoLines.err()).contains("one line of text");
        CliRun unknown = cli.run("columns", "set", "shop", "planet", "--label", "Planet");
        assertThat(unknown.code()).isNotZero();
        assertThat(unknown.err()).contains("shop@1 has no column named `planet`");
        assertThat(label("plan")).isEqualTo("Subscription plan");

        assertThat(cli.run("columns", "set", "shop", "plan", "--label", "").code()).isZero();
        assertThat(label("plan")).isEqualTo("Plan");
        assertThat(cli.run("fixes", "shop").out()).contains("No changes since shop@1 was imported.");
    }

    @Test
    void reasonsUseTheLabelTheUserGave() throws Exception {
        assertThat(cli.run("columns", "set", "shop", "days_since_last_order", "--label", "Days without an order")
                .code()).isZero();
        CliRun train = cli.run("train", "shop", "--learner", "logistic", "--folds", "3", "--json");
        assertThat(train.code()).as(train.err()).isZero();
        String id = JSON.readTree(train.out()).get(0).get("id").asText();
        CliRun score = cli.run("score", "shop", "--model", id, "--json");
        assertThat(score.code()).as(score.err()).isZero();
        List<StoredScore> scores;
        try (Workspace open = Workspace.open(cli.directory())) {
            scores = open.scores().scores(JSON.readTree(score.out()).get("scoring").asLong());
        }
        List<String> days = scores.stream().flatMap(s -> s.reasons().stream())
                .filter(r -> r.feature().equals("days_since_last_order")).map(StoredScore.StoredReason::text).toList();
        assertThat(days).isNotEmpty().allSatisfy(text -> assertThat(text).matches("Days without an order: \\d+"));
    }
}
