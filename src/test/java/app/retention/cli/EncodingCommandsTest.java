package app.retention.cli;

import app.retention.domain.StoredScore;
import app.retention.store.Workspace;
import app.retention.testing.CliRun;
import app.retention.testing.CliWorkspace;
import app.retention.testing.HighCardinalityFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A many-valued column from the command line: the warning with its counts, choosing an encoding with
 * {@code columns set --encoding}, and a model whose encoding travels with it from training to scoring.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EncodingCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    private CliWorkspace cli;

    @BeforeAll
    void importCities() {
        cli = CliWorkspace.in(dir);
        Path file = HighCardinalityFiles.cities(dir.resolve("cities.csv"), 1_500, 17);
        CliRun run = cli.run("import", file.toString(), "--name", "cities");
        assertThat(run.code()).as(run.err()).isZero();
        // a city shared by few customers is kept out of models as location data (issue 13.2): take it back
        CliRun keep = cli.run("columns", "set", "cities", "city", "--role", "feature");
        assertThat(keep.code()).as(keep.err()).isZero();
    }

    private JsonNode cardinalityWarning() throws Exception {
        CliRun run = cli.run("warnings", "cities", "--json");
        assertThat(run.code()).as(run.err()).isZero();
        for (JsonNode w : JSON.readTree(run.out())) {
            if (w.get("kind").asText().equals("cardinality")) {
                return w;
            }
        }
        return null;
    }

    @Test
    void aManyValuedColumnIsWarnedAboutWithItsCounts() throws Exception {
        JsonNode warning = cardinalityWarning();
        assertThat(warning).isNotNull();
        assertThat(warning.get("severity").asText()).isEqualToIgnoringCase("warning");
        assertThat(warning.get("message").asText())
                .contains("city has 1,100 different values among 1,500 customers")
                .contains("have fewer than 30 customers each, and half have 1 or fewer")
                .contains("each value's churn rate among the training customers")
                .contains("--encoding");
    }

    @Test
    void aFreeTextColumnIsLeftOutOfModelsWithAWarningThatOffersToKeepItOut() throws Exception {
        List<String> lines = new java.util.ArrayList<>(List.of("customer,remark,plan,churned"));
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i < 300; i++) {
            String remark = i % 20 == 0 ? "called twice" : "asked about invoice " + (1000 + i) + " on day " + i % 28;
            lines.add("C" + i + "," + remark + "," + (i % 3 == 0 ? "basic" : "plus") + ","
                    + (random.nextDouble() < 0.3 ? "Yes" : "No"));
        }
        java.nio.file.Files.write(dir.resolve("remarks.csv"), lines);
        assertThat(cli.run("import", dir.resolve("remarks.csv").toString(), "--name", "remarks").code()).isZero();
        CliRun run = cli.run("warnings", "remarks", "--json");
        JsonNode free = null;
        for (JsonNode w : JSON.readTree(run.out())) {
            if (w.get("kind").asText().equals("cardinality")) {
                free = w;
            }
        }
        assertThat(free).as(run.out()).isNotNull();
        assertThat(free.get("message").asText()).contains("remark has 286 different values among 300 customers")
                .contains("reads as free text").contains("models leave it out");
        assertThat(free.get("action").toString()).contains("Keep remark out of models");
    }

    @Test
    void badEncodingsGetOneClearErrorLine() {
        List<List<String>> bad = List.of(
                List.of("columns", "set", "cities", "city", "--encoding", "dummies"),
                List.of("columns", "set", "cities", "city", "--encoding", "target", "--min-count", "5"),
                List.of("columns", "set", "cities", "city", "--encoding", "group-rare", "--min-count", "0"),
                List.of("columns", "set", "cities", "tenure_months", "--encoding", "target"),
                List.of("columns", "set", "cities", "town", "--encoding", "target"),
                List.of("columns", "set", "cities", "city"));
        for (List<String> args : bad) {
            CliRun run = cli.run(args.toArray(String[]::new));
            assertThat(run.code()).as(String.join(" ", args)).isNotZero();
            assertThat(run.err().strip()).as(String.join(" ", args)).startsWith("error:").doesNotContain("\n");
        }
        assertThat(cli.run("columns", "set", "cities", "city", "--encoding", "dummies").err())
                .contains("keep, group-rare, target, frequency or ignore");
    }

    @Test
    void aChosenEncodingIsRecordedTrainedWithAndScoredTheSameFromAModelFile() throws Exception {
        CliRun set = cli.run("columns", "set", "cities", "city", "--encoding", "group-rare", "--min-count", "5");
        assertThat(set.code()).as(set.err()).isZero();
        assertThat(set.out()).contains("`city` of cities@1 enters models as group-rare");
        assertThat(cli.run("fixes", "cities").out())
                .contains("`city` enters models as group-rare (at least 5 customers");
        assertThat(cardinalityWarning().get("message").asText()).contains("You chose how models take it");

        CliRun train = cli.run("train", "cities", "--learner", "logistic", "--folds", "3", "--json");
        assertThat(train.code()).as(train.err()).isZero();
        String trained = JSON.readTree(train.out()).get(0).get("id").asText();
        CliRun export = cli.run("model", "export", trained, "--out", dir.resolve("cities.model").toString());
        assertThat(export.code()).as(export.err()).isZero();
        CliRun imported = cli.run("model", "import", dir.resolve("cities.model").toString());
        assertThat(imported.code()).as(imported.err()).isZero();

        String fromFileId = JSON.readTree(cli.run("models", "--json").out()).get(0).get("id").asText();
        assertThat(fromFileId).isNotEqualTo(trained);
        List<StoredScore> original = scores(cli.run("score", "cities", "--model", trained, "--json"));
        List<StoredScore> fromFile = scores(cli.run("score", "cities", "--model", fromFileId, "--json"));
        assertThat(original).hasSize(1_500);
        assertThat(fromFile).extracting(StoredScore::probability)
                .containsExactlyElementsOf(original.stream().map(StoredScore::probability).toList());

        assertThat(JSON.readTree(cli.run("models", "--json").out()).get(0).get("encodings").get(0).asText())
                .startsWith("`city` (1,100 values): values with fewer than 5 customers grouped into \"Other\"");

        assertThat(cli.run("columns", "set", "cities", "city", "--encoding", "keep").code()).isZero();
        assertThat(cardinalityWarning().get("message").asText()).contains("can take minutes");
        CliRun undo = cli.run("fixes", "cities", "--undo", "2"); // 1 is the city's role
        assertThat(undo.code()).as(undo.err()).isZero();
        assertThat(cardinalityWarning().get("severity").asText()).isEqualToIgnoringCase("warning");
    }

    @Test
    void reasonsNameTheCityNotItsEncodedRate() throws Exception {
        CliRun train = cli.run("train", "cities", "--learner", "logistic", "--folds", "3");
        assertThat(train.code()).as(train.err()).isZero();
        String id = JSON.readTree(cli.run("models", "--json").out()).get(0).get("id").asText();
        List<StoredScore> scores = scores(cli.run("score", "cities", "--model", id, "--json"));
        List<String> cityReasons = scores.stream().flatMap(s -> s.reasons().stream())
                .filter(r -> r.feature().equals("city")).map(StoredScore.StoredReason::text).toList();
        assertThat(cityReasons).isNotEmpty().allSatisfy(text -> assertThat(text)
                .matches("City: (North|South|East|West|New|Old|Port|Fort|Lake|Mount|Glen|Green|Red|Silver|Stone|Oak"
                        + "|Pine|Maple|Cedar|River)\\D+"));
    }

    /** The scores a {@code score --json} run stored, in row order. */
    private List<StoredScore> scores(CliRun run) throws Exception {
        assertThat(run.code()).as(run.err()).isZero();
        long scoring = JSON.readTree(run.out()).get("scoring").asLong();
        try (Workspace open = Workspace.open(cli.directory())) {
            return open.scores().scores(scoring);
        }
    }
}
