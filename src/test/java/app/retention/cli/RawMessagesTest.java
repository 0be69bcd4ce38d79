package app.retention.cli;

import app.retention.testing.CliRun;
import app.retention.testing.CliWorkspace;
import app.retention.testing.WorkspaceSnapshot;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 17, section 4: imports and workspaces that used to fail with raw exception or SQL text. */
class RawMessagesTest {

    @TempDir
    Path dir;
    private CliWorkspace cli;


    @BeforeEach
    void setUp() {
        cli = CliWorkspace.in(dir);
    }

    private static void assertFailsClearly(CliRun run, String... expected) {
        assertThat(run.assertRefused(expected).code()).isEqualTo(1);
        assertThat(run.err()).doesNotContain("unexpected").doesNotContainPattern("\\w+(Exception|Error)\\b")
                .doesNotContain("SQL");
    }

    @Test
    void aColumnNameOf401CharactersIsRefusedWithTheLimit() throws IOException {
        WorkspaceSnapshot before = cli.snapshot();
        Path file = dir.resolve("long-header.csv");
        String name = "c".repeat(401);
        Files.writeString(file, "id," + name + ",churn\n1,2,Yes\n2,3,No\n3,4,No\n", StandardCharsets.UTF_8);

        CliRun run = cli.run("import", file.toString());

        assertFailsClearly(run, "long-header.csv", "401");
        assertThat(cli.snapshot()).isEqualTo(before);
    }

    @Test
    void anArffFileWithTwoAttributesOfTheSameNameIsRefusedNamingIt() throws IOException {
        WorkspaceSnapshot before = cli.snapshot();
        Path file = dir.resolve("twice.arff");
        Files.writeString(file, "@relation twice\n@attribute tenure numeric\n@attribute tenure numeric\n"
                + "@attribute churn {Yes,No}\n@data\n1,2,Yes\n3,4,No\n5,6,No\n", StandardCharsets.UTF_8);

        CliRun run = cli.run("import", file.toString());

        assertFailsClearly(run, "twice.arff", "tenure");
        assertThat(cli.snapshot()).isEqualTo(before);
    }

    @Test
    void aReadOnlyWorkspaceFileIsNamedWithoutH2sText() throws Exception {
        Path file = dir.resolve("customers.csv");
        Files.writeString(file, "id,tenure,churn\n1,2,Yes\n2,3,No\n3,4,No\n", StandardCharsets.UTF_8);
        assertThat(cli.run("import", file.toString()).code()).isZero();
        Path database = cli.directory().resolve("workspace.mv.db");
        String before = cli.run("datasets", "--json").out();
        boolean immutable = makeReadOnly(database);
        try {
            Assumptions.assumeFalse(Files.isWritable(database), "cannot make a file read-only here");

            CliRun run = cli.run("rename", "customers", "clients");

            assertFailsClearly(run, database.toString(), "read-only");
        } finally {
            undo(database, immutable);
        }
        assertThat(cli.run("datasets", "--json").out()).isEqualTo(before);
    }

    /** Read-only for the file's owner; as root, permissions do not bind, so the immutable attribute is tried. */
    private static boolean makeReadOnly(Path file) throws Exception {
        file.toFile().setWritable(false, false);
        if (!Files.isWritable(file)) {
            return false;
        }
        try {
            Process chattr = new ProcessBuilder("chattr", "+i", file.toString()).redirectErrorStream(true).start();
            return chattr.waitFor() == 0;
        } catch (IOException noChattr) {
            return false;
        }
    }

    private static void undo(Path file, boolean immutable) throws Exception {
        if (immutable) {
            new ProcessBuilder("chattr", "-i", file.toString()).start().waitFor();
        }
        file.toFile().setWritable(true, false);
    }
}
