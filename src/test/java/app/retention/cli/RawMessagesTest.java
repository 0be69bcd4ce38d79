package app.retention.cli;

import app.retention.store.Workspace;
import app.retention.testing.CliRun;
import app.retention.testing.WorkspaceSnapshot;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 17, section 4: imports and workspaces that used to fail with raw exception or SQL text. */
class RawMessagesTest {

    @TempDir
    Path dir;
    private Path workspace;


    @BeforeEach
    void setUp() {
        workspace = dir.resolve("ws");
    }

    private CliRun cli(String... args) {
        return CliRun.on(workspace, args);
    }

    private WorkspaceSnapshot snapshot() {
        try (Workspace ws = Workspace.open(workspace)) {
            return WorkspaceSnapshot.of(ws);
        }
    }

    private static void assertFailsClearly(CliRun run, String... expected) {
        assertThat(run.code()).as(run.err()).isEqualTo(1);
        assertThat(run.err().strip().lines()).as(run.err()).hasSize(1);
        assertThat(run.err()).startsWith("error: ").contains(expected).doesNotContain("unexpected")
                .doesNotContainPattern("\\w+(Exception|Error)\\b").doesNotContain("SQL");
    }

    @Test
    void aColumnNameOf401CharactersIsRefusedWithTheLimit() throws IOException {
        WorkspaceSnapshot before = snapshot();
        Path file = dir.resolve("long-header.csv");
        String name = "c".repeat(401);
        Files.writeString(file, "id," + name + ",churn\n1,2,Yes\n2,3,No\n3,4,No\n", StandardCharsets.UTF_8);

        CliRun run = cli("import", file.toString());

        assertFailsClearly(run, "long-header.csv", "401");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void anArffFileWithTwoAttributesOfTheSameNameIsRefusedNamingIt() throws IOException {
        WorkspaceSnapshot before = snapshot();
        Path file = dir.resolve("twice.arff");
        Files.writeString(file, "@relation twice\n@attribute tenure numeric\n@attribute tenure numeric\n"
                + "@attribute churn {Yes,No}\n@data\n1,2,Yes\n3,4,No\n5,6,No\n", StandardCharsets.UTF_8);

        CliRun run = cli("import", file.toString());

        assertFailsClearly(run, "twice.arff", "tenure");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aReadOnlyWorkspaceFileIsNamedWithoutH2sText() throws Exception {
        Path file = dir.resolve("customers.csv");
        Files.writeString(file, "id,tenure,churn\n1,2,Yes\n2,3,No\n3,4,No\n", StandardCharsets.UTF_8);
        assertThat(cli("import", file.toString()).code()).isZero();
        Path database = workspace.resolve("workspace.mv.db");
        String before = cli("datasets", "--json").out();
        boolean immutable = makeReadOnly(database);
        try {
            Assumptions.assumeFalse(Files.isWritable(database), "cannot make a file read-only here");

            CliRun run = cli("rename", "customers", "clients");

            assertFailsClearly(run, database.toString(), "read-only");
        } finally {
            undo(database, immutable);
        }
        assertThat(cli("datasets", "--json").out()).isEqualTo(before);
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
