package app.retention.store;

import app.retention.domain.ColumnRole;
import app.retention.domain.ColumnSpec;
import app.retention.domain.ColumnType;
import app.retention.domain.SourceInfo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A damaged workspace file is refused and kept as it is; a clean close leaves a whole copy to recover from. */
class WorkspaceFileTest {

    @TempDir
    Path dir;

    @Test
    void anEmptyWorkspaceFileIsRefusedAndLeftUntouched() throws IOException {
        Files.createDirectories(dir);
        Path file = Files.createFile(dir.resolve("workspace.mv.db"));
        assertThatThrownBy(() -> Workspace.open(dir)).isInstanceOf(StoreException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("is empty (0 bytes)")
                .hasMessageContaining("No backup copy exists yet");
        assertThat(Files.size(file)).isZero();
        assertThat(listing()).containsExactly("workspace.mv.db");
    }

    @Test
    void aFileThatIsNotAWorkspaceIsRefusedAndLeftUntouched() throws IOException {
        Path file = dir.resolve("workspace.mv.db");
        Files.writeString(file, "this is not a database");
        assertThatThrownBy(() -> Workspace.open(dir)).isInstanceOf(StoreException.class)
                .hasMessageContaining("is damaged or is not a Retention Workbench workspace");
        assertThat(Files.readString(file)).isEqualTo("this is not a database");
    }

    @Test
    void aCleanCloseKeepsAWholeCopyThatOpensAndTheDamagedFilePointsToIt() throws IOException {
        try (Workspace workspace = Workspace.open(dir)) {
            workspace.putSetting("marker", "kept");
        }
        Path copy = WorkspaceFile.newestBackup(dir);
        assertThat(copy).isNotNull();
        Files.write(dir.resolve("workspace.mv.db"), new byte[0]);
        assertThatThrownBy(() -> Workspace.open(dir)).hasMessageContaining("To recover, copy the backup " + copy);
        Files.copy(copy, dir.resolve("workspace.mv.db"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (Workspace workspace = Workspace.open(dir)) {
            assertThat(workspace.setting("marker")).contains("kept");
        }
    }

    @Test
    void onlyTheNewestCopiesAreKept() throws IOException {
        for (int i = 0; i < 4; i++) {
            try (Workspace workspace = Workspace.open(dir)) {
                workspace.putSetting("round", String.valueOf(i));
            }
        }
        try (Stream<Path> copies = Files.list(dir.resolve("backups"))) {
            assertThat(copies.map(p -> p.getFileName().toString()))
                    .hasSize(WorkspaceFile.KEEP).allMatch(n -> n.startsWith("workspace-on-close-"));
        }
    }

    @Test
    void anImportThatCannotFitOnTheDiskIsRefusedBeforeAnythingIsWritten() {
        try (Workspace workspace = Workspace.open(dir)) {
            long tables = workspace.datasets().dataTables().size();
            SourceInfo huge = new SourceInfo(dir.resolve("huge.csv").toString(), "CSV", "UTF-8", 1L << 50, "0");
            assertThatThrownBy(() -> workspace.datasets().beginImport("huge", huge, java.util.List.of(
                    new ColumnSpec("a", ColumnType.TEXT, ColumnRole.FEATURE, null, null, null)), null))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("There is not enough free space to import huge.csv")
                    .hasMessageContaining("Nothing was imported");
            assertThat(workspace.datasets().list()).isEmpty();
            assertThat(workspace.datasets().dataTables()).hasSize((int) tables);
        }
    }

    private java.util.List<String> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
