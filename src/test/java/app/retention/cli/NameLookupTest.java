package app.retention.cli;

import app.retention.testing.CliRun;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names are saved without surrounding spaces (segments are stripped on create, datasets too), so every command
 * that looks a dataset or a segment up by name finds it when the typed name has spaces around it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NameLookupTest {

    @TempDir
    static Path dir;
    private String model;


    private CliRun cli(String... args) {
        return CliRun.on(dir.resolve("ws"), args);
    }

    private CliRun ok(String... args) {
        CliRun run = cli(args);
        assertThat(run.code()).as(run.err()).isZero();
        return run;
    }

    @BeforeAll
    void importTrainAndSaveASegment() throws Exception {
        StringBuilder csv = new StringBuilder("customer_id,tenure,clv,churn\n");
        for (int i = 1; i <= 120; i++) {
            csv.append("C").append(i).append(',').append(i % 40).append(',').append(100 + i).append(',')
                    .append(i % 40 < 10 == (i % 3 != 0) ? "Yes" : "No").append('\n');
        }
        Path file = Files.writeString(dir.resolve("people.csv"), csv);
        ok("import", file.toString(), "--name", "  people ");
        model = new ObjectMapper().readTree(ok("train", " people", "--learner", "logistic", "--folds", "3", "--json")
                .out()).get(0).get("id").asText();
        ok("segment", "create", " Top risk ", "--dataset", "people  ", "--model", model);
    }

    @Test
    void aDatasetImportedUnderASpacedNameIsSavedWithoutTheSpaces() {
        assertThat(ok("datasets").out()).contains("people").doesNotContain(" people ");
    }

    @Test
    void everyDatasetCommandFindsANameWithSpacesAround() {
        assertThat(ok("show", " people ").out()).contains("C1");
        assertThat(ok("columns", "people\t").out()).contains("tenure");
        assertThat(ok("show", " people @ 1 ").out()).contains("C1");
        assertThat(ok("profile", "people ").out()).contains("tenure");
        assertThat(ok("rejects", " people").out()).isNotBlank();
    }

    @Test
    void aDatasetRenamedByASpacedNameIsReallyRenamed() {
        ok("import", dir.resolve("people.csv").toString(), "--name", "to rename");

        CliRun run = ok("rename", " to rename  ", "renamed");

        assertThat(run.out()).contains("Renamed to rename to renamed.");
        assertThat(ok("datasets").out()).contains("renamed").doesNotContain("to rename");
        ok("delete", "renamed ", "--yes");
        assertThat(ok("datasets").out()).doesNotContain("renamed");
    }

    @Test
    void everySegmentCommandFindsANameWithSpacesAround() {
        assertThat(ok("segment", "list").out()).contains("Top risk");
        Path list = dir.resolve("top.csv");

        ok("export", "segmentlist", "Top risk   ", "--out", list.toString());
        ok("export", "brief", "  Top risk", "--out", dir.resolve("top.html").toString());

        assertThat(list).isRegularFile();
        assertThat(dir.resolve("top.html")).isRegularFile();
    }

    @Test
    void aSegmentNameWithSpacesAroundIsTakenAlready() {
        CliRun run = cli("segment", "create", "Top risk\t ", "--dataset", "people", "--model", model);

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).startsWith("error: ").contains("`Top risk` exists already");
    }

    @Test
    void aSegmentDeletedByASpacedNameIsGone() {
        ok("segment", "create", "short lived", "--dataset", "people", "--model", model);

        assertThat(ok("segment", "delete", " short lived ").out()).contains("Deleted segment short lived.");

        assertThat(ok("segment", "list").out()).doesNotContain("short lived");
    }
}
