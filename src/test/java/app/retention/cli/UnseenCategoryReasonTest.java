package app.retention.cli;

import app.retention.domain.StoredScore;
import app.retention.store.Workspace;
import app.retention.testing.CliRun;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reason for a category the model never saw names the value as new (issue 16, point 3c): a call list or customer
 * card said "App version unknown" for customers on a new app version, as if the value were missing.
 */
class UnseenCategoryReasonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static Path shop(Path file, String newPlan, long seed) throws Exception {
        List<String> lines = new ArrayList<>(List.of("customer_id,days_since_last_order,plan,churned"));
        Random random = new Random(seed);
        for (int i = 0; i < 400; i++) {
            // "basic" is the common plan and churns most: a plan the model never saw reads as missing, which
            // logistic regression fills with the commonest, so the new plan raises the score and is a reason
            String plan = i % 3 == 0 ? "plus" : i % 3 == 1 && newPlan != null ? newPlan : "basic";
            boolean churned = random.nextDouble() < (plan.equals("basic") ? 0.6 : 0.05);
            lines.add("C" + i + "," + random.nextInt(120) + "," + plan + "," + (churned ? "Yes" : "No"));
        }
        return Files.write(file, lines);
    }

    @Test
    void aReasonOnACategoryUnseenInTrainingSaysTheValueIsNew() throws Exception {
        Path workspace = dir.resolve("ws");
        assertThat(CliRun.on(workspace, "import", shop(dir.resolve("shop.csv"), null, 7).toString()).code())
                .isZero();
        assertThat(CliRun.on(workspace, "import", shop(dir.resolve("shop_next.csv"), "premium", 8).toString())
                .code()).isZero();
        CliRun train = CliRun.on(workspace, "train", "shop", "--learner", "logistic", "--folds", "3", "--json");
        assertThat(train.code()).as(train.err()).isZero();
        String id = JSON.readTree(train.out()).get(0).get("id").asText();
        CliRun score = CliRun.on(workspace, "score", "shop_next", "--model", id, "--json");
        assertThat(score.code()).as(score.err()).isZero();
        List<String> plan;
        try (Workspace open = Workspace.open(workspace)) {
            plan = open.scores().scores(JSON.readTree(score.out()).get("scoring").asLong()).stream()
                    .flatMap(s -> s.reasons().stream()).filter(r -> r.feature().equals("plan"))
                    .map(StoredScore.StoredReason::text).toList();
        }
        assertThat(plan).contains("Plan premium is new (not seen in training)")
                .noneSatisfy(text -> assertThat(text).contains("unknown"));
    }
}
