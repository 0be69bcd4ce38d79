package app.retention.cli;

import app.retention.testing.CliRun;
import app.retention.testing.CliWorkspace;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names are saved without surrounding spaces (segments are stripped on create, datasets too), so every command
 * that looks a dataset or a segment up by name finds it when the typed name has spaces around it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NameLookupTest {

    @TempDir
    static Path dir;
    private CliWorkspace cli;
    private String model;

    @BeforeAll
    void importTrainAndSaveASegment() throws Exception {
        cli = CliWorkspace.in(dir);
        StringBuilder csv = new StringBuilder("customer_id,tenure,clv,churn\n");
        for (int i = 1; i <= 120; i++) {
            csv.append("C").append(i).append(',').append(i % 40).append(',').append(100 + i).append(',')
                    .append(i % 40 < 10 == (i % 3 != 0) ? "Yes" : "No").append('\n');
        }
        Path file = Files.writeString(dir.resolve("people.csv"), csv);
        cli.ok("import", file.toString(), "--name", "  people ");
        model = cli.train(" people", "logistic");
        cli.ok("segment", "create", " Top risk ", "--dataset", "people  ", "--model", model);
    }

    @Test
    void aDatasetImportedUnderASpacedNameIsSavedWithoutTheSpaces() {
        assertThat(cli.ok("datasets").out()).contains("people").doesNotContain(" people ");
    }

    @Test
    void everyDatasetCommandFindsANameWithSpacesAround() {
        assertThat(cli.ok("show", " people ").out()).contains("C1");
        assertThat(cli.ok("columns", "people\t").out()).contains("tenure");
        assertThat(cli.ok("show", " people @ 1 ").out()).contains("C1");
        assertThat(cli.ok("profile", "people ").out()).contains("tenure");
        assertThat(cli.ok("rejects", " people").out()).isNotBlank();
    }

    @Test
    void aDatasetRenamedByASpacedNameIsReallyRenamed() {
        cli.ok("import", dir.resolve("people.csv").toString(), "--name", "to rename");

        CliRun run = cli.ok("rename", " to rename  ", "renamed");

        assertThat(run.out()).contains("Renamed to rename to renamed.");
        assertThat(cli.ok("datasets").out()).contains("renamed").doesNotContain("to rename");
        cli.ok("delete", "renamed ", "--yes");
        assertThat(cli.ok("datasets").out()).doesNotContain("renamed");
    }

    @Test
    void everySegmentCommandFindsANameWithSpacesAround() {
        assertThat(cli.ok("segment", "list").out()).contains("Top risk");
        Path list = dir.resolve("top.csv");

        cli.ok("export", "segmentlist", "Top risk   ", "--out", list.toString());
        cli.ok("export", "brief", "  Top risk", "--out", dir.resolve("top.html").toString());

        assertThat(list).isRegularFile();
        assertThat(dir.resolve("top.html")).isRegularFile();
    }

    @Test
    void aSegmentNameWithSpacesAroundIsTakenAlready() {
        CliRun run = cli.run("segment", "create", "Top risk\t ", "--dataset", "people", "--model", model);

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).startsWith("error: ").contains("`Top risk` exists already");
    }

    @Test
    void aSegmentDeletedByASpacedNameIsGone() {
        cli.ok("segment", "create", "short lived", "--dataset", "people", "--model", model);

        assertThat(cli.ok("segment", "delete", " short lived ").out()).contains("Deleted segment short lived.");

        assertThat(cli.ok("segment", "list").out()).doesNotContain("short lived");
    }
}
