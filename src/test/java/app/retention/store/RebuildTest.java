package app.retention.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A workspace its last session did not close is rebuilt at the next open: same rows, a clean file, the file as
 * found kept in backups, and an interrupted rebuild is started again. The unclean file here is a copy taken while
 * the workspace is open, which is what a killed process leaves (WRITE_DELAY=0: every commit is in the file).
 */
class RebuildTest {

    @TempDir
    Path dir;

    @Test
    void aCleanlyClosedWorkspaceIsNotRebuilt() {
        try (Workspace workspace = Workspace.open(dir)) {
            workspace.putSetting("k", "v");
        }
        assertThat(WorkspaceFile.closedCleanly(dir)).isTrue();
        try (Workspace workspace = Workspace.open(dir)) {
            assertThat(workspace.rebuiltAfterUncleanClose()).isEmpty();
        }
        assertThat(backups(dir)).noneMatch(name -> name.contains("unclean"));
    }

    @Test
    void aWorkspaceLeftOpenIsRebuiltWithEveryCommittedRowAndTheFileAsFoundKept() throws IOException {
        Path crashed = crashedCopy("kept");
        assertThat(WorkspaceFile.closedCleanly(crashed)).as("a file copied while open is not marked clean").isFalse();
        byte[] asFound = Files.readAllBytes(crashed.resolve(WorkspaceFile.FILE_NAME));

        try (Workspace workspace = Workspace.open(crashed)) {
            assertThat(workspace.setting("marker")).contains("kept");
            assertThat(workspace.rebuiltAfterUncleanClose()).hasValueSatisfying(copy -> {
                assertThat(copy.getParent()).isEqualTo(crashed.resolve(WorkspaceFile.BACKUP_FOLDER));
                assertThat(copy.getFileName().toString()).startsWith("workspace-unclean-");
            });
            Path copy = workspace.rebuiltAfterUncleanClose().orElseThrow();
            // the copy is the file as H2 recovered it: the same database, closed once by the rebuild
            assertThat(Files.size(copy)).isPositive();
            assertThat(asFound).isNotEmpty();
            workspace.putSetting("after", "rebuild");
        }
        assertThat(listing(crashed)).containsExactlyInAnyOrder("workspace.mv.db", "backups");
        try (Workspace workspace = Workspace.open(crashed)) {
            assertThat(workspace.rebuiltAfterUncleanClose()).as("the rebuilt file closes cleanly").isEmpty();
            assertThat(workspace.setting("after")).contains("rebuild");
        }
    }

    @Test
    void aRebuildThatWasInterruptedIsStartedAgainAndItsLeftoversRemoved() throws IOException {
        try (Workspace workspace = Workspace.open(dir)) {
            workspace.putSetting("marker", "kept");
        }
        // what a rebuild killed after its SCRIPT left: the old file closed cleanly, the marker, a half new file
        Files.writeString(dir.resolve(Rebuild.MARKER), "");
        Files.writeString(dir.resolve("workspace-rebuild.mv.db"), "half");
        Files.writeString(dir.resolve("workspace-rebuild.sql.gz"), "half");
        assertThat(WorkspaceFile.closedCleanly(dir)).isTrue();

        try (Workspace workspace = Workspace.open(dir)) {
            assertThat(workspace.rebuiltAfterUncleanClose()).isPresent();
            assertThat(workspace.setting("marker")).contains("kept");
        }
        assertThat(listing(dir)).containsExactlyInAnyOrder("workspace.mv.db", "backups");
    }

    @Test
    void aRebuildCutShortBetweenItsTwoRenamesIsFinishedByTheNextOpen() throws IOException {
        Path crashed = crashedCopy("old");
        try (Workspace workspace = Workspace.open(dir.resolve("new"))) {
            workspace.putSetting("marker", "rebuilt");
        }
        // the checked new file renamed as whole, the old one not yet moved to backups
        Files.copy(dir.resolve("new").resolve(WorkspaceFile.FILE_NAME), crashed.resolve(Rebuild.REBUILT));
        Files.writeString(crashed.resolve(Rebuild.MARKER), "");

        try (Workspace workspace = Workspace.open(crashed)) {
            assertThat(workspace.setting("marker")).contains("rebuilt");
            assertThat(workspace.rebuiltAfterUncleanClose()).isEmpty();
        }
        assertThat(listing(crashed)).containsExactlyInAnyOrder("workspace.mv.db", "backups");
        assertThat(backups(crashed)).filteredOn(name -> name.startsWith("workspace-unclean-")).hasSize(1);
    }

    @Test
    void aSecondOpenInThisProcessSharesTheOpenWorkspaceAndDoesNotRebuildIt() {
        try (Workspace first = Workspace.open(dir)) {
            first.putSetting("k", "v");
            assertThat(WorkspaceFile.closedCleanly(dir)).as("open, so not marked clean").isFalse();
            try (Workspace second = Workspace.open(dir)) {
                assertThat(second.rebuiltAfterUncleanClose()).isEmpty();
                assertThat(second.setting("k")).contains("v");
            }
            first.putSetting("k", "still open");
        }
        try (Workspace again = Workspace.open(dir)) {
            assertThat(again.rebuiltAfterUncleanClose()).isEmpty();
            assertThat(again.setting("k")).contains("still open");
        }
    }

    /** A copy of an open workspace holding a setting: the file a killed process leaves. */
    private Path crashedCopy(String marker) throws IOException {
        Path live = dir.resolve("live");
        Path crashed = dir.resolve("crashed");
        try (Workspace workspace = Workspace.open(live)) {
            workspace.putSetting("marker", marker);
            Files.createDirectories(crashed);
            Files.copy(live.resolve(WorkspaceFile.FILE_NAME), crashed.resolve(WorkspaceFile.FILE_NAME));
        }
        return crashed;
    }

    /**
     * The files of a folder, but H2's own trace file: H2 writes one now and then on a busy machine (seen once in
     * about 50 runs, not reproduced since); it is printed here so that a run that writes one shows why.
     */
    private static java.util.List<String> listing(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            java.util.List<Path> all = files.toList();
            for (Path trace : all.stream().filter(p -> p.getFileName().toString().endsWith(".trace.db")).toList()) {
                System.out.println("H2 wrote " + trace + ":\n" + Files.readString(trace));
            }
            return all.stream().map(p -> p.getFileName().toString()).filter(name -> !name.endsWith(".trace.db"))
                    .toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static java.util.List<String> backups(Path folder) {
        Path backups = folder.resolve(WorkspaceFile.BACKUP_FOLDER);
        return Files.isDirectory(backups) ? listing(backups) : java.util.List.of();
    }
}
