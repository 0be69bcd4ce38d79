package app.retention.store;

import app.retention.domain.ExportKind;
import app.retention.domain.ExportLogEntry;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the open after a killed export does with the files the export had staged. */
class StagedExportsTest {

    @TempDir
    Path dir;

    private static ExportLogEntry entry(Path file) {
        return new ExportLogEntry(0, null, "ana", ExportKind.CALL_LIST, "high", file.toString(), "csv", 3, false,
                List.of(), "0".repeat(64), "{}");
    }

    @Test
    void theOpenAfterAKillDeletesTheStagedFilesOfAnExportTheLogNeverRecorded() throws Exception {
        Path target = Files.writeString(dir.resolve("calls.csv"), "last week's list");
        Path staged = dir.resolve(".calls.csv.x1.part");
        try (Workspace workspace = Workspace.open(dir.resolve("ws"))) {
            workspace.stagedExports().stage(staged, target);
            Files.writeString(staged, "half a list");
        } // as a kill would leave it: neither logged nor moved

        try (Workspace workspace = Workspace.open(dir.resolve("ws"))) {
            assertThat(workspace.exportLog().entries()).isEmpty();
        }
        assertThat(staged).doesNotExist();
        assertThat(target).hasContent("last week's list");
    }

    @Test
    void theOpenAfterAKillFinishesAnExportTheLogRecorded() throws Exception {
        Path target = Files.writeString(dir.resolve("calls.csv"), "last week's list");
        Path staged = dir.resolve(".calls.csv.x2.part");
        try (Workspace workspace = Workspace.open(dir.resolve("ws"))) {
            long id = workspace.stagedExports().stage(staged, target);
            Files.writeString(staged, "this week's list");
            workspace.stagedExports().log(entry(target), List.of(id));
        } // killed after the log entry, before the rename

        for (int open = 1; open <= 2; open++) {
            try (Workspace workspace = Workspace.open(dir.resolve("ws"))) {
                assertThat(workspace.exportLog().entries()).extracting(ExportLogEntry::file)
                        .containsExactly(target.toString());
            }
            assertThat(staged).doesNotExist();
            assertThat(target).hasContent("this week's list");
        }
    }

    @Test
    void anExportWhoseFileCouldNotBeMovedIsTakenBackFromTheLog() {
        Path target = dir.resolve("calls.csv");
        try (Workspace workspace = Workspace.open(dir.resolve("ws"))) {
            long staged = workspace.stagedExports().stage(dir.resolve(".calls.csv.x3.part"), target);
            long id = workspace.stagedExports().log(entry(target), List.of(staged));

            workspace.stagedExports().notMoved(id, List.of(staged));

            assertThat(workspace.exportLog().entries()).isEmpty();
        }
        try (Workspace workspace = Workspace.open(dir.resolve("ws"))) {
            assertThat(workspace.exportLog().entries()).as("its record went with it").isEmpty();
        }
    }

    @Test
    void anExportMovedIntoPlaceKeepsItsRecordUntilTheNextOpenFindsItsEntryInTheLog() throws Exception {
        Path target = dir.resolve("calls.csv");
        Path staged = dir.resolve(".calls.csv.x6.part");
        try (Workspace workspace = Workspace.open(dir.resolve("ws"))) {
            long id = workspace.stagedExports().stage(staged, target);
            Files.writeString(staged, "this week's list");
            long logged = workspace.stagedExports().log(entry(target), List.of(id));
            Files.move(staged, target);
            workspace.stagedExports().moved(List.of(id));
            // the record outlives the move: a row H2 loses after a kill is entered again from it
            assertThat(dir.resolve("ws").resolve(StagedExports.FOLDER)).isNotEmptyDirectory();
            workspace.exportLog().remove(logged);
        }

        try (Workspace workspace = Workspace.open(dir.resolve("ws"))) {
            assertThat(workspace.exportLog().entries()).singleElement()
                    .satisfies(e -> assertThat(e.file()).isEqualTo(target.toString()));
        }
        try (Workspace workspace = Workspace.open(dir.resolve("ws"))) {
            assertThat(workspace.exportLog().entries()).as("entered once, not at every open").hasSize(1);
        }
        assertThat(target).hasContent("this week's list");
        assertThat(dir.resolve("ws").resolve(StagedExports.FOLDER)).isEmptyDirectory();
    }

    @Test
    void anExportWhoseLogRowTheDatabaseLostIsEnteredAgainFromItsRecordAndFinished() throws Exception {
        Path target = dir.resolve("calls.csv");
        Path staged = dir.resolve(".calls.csv.x4.part");
        try (Workspace workspace = Workspace.open(dir.resolve("ws"))) {
            long id = workspace.stagedExports().stage(staged, target);
            Files.writeString(staged, "this week's list");
            long logged = workspace.stagedExports().log(entry(target), List.of(id));
            workspace.exportLog().remove(logged); // what H2 did after a kill in about 1 run in 21
        }

        try (Workspace workspace = Workspace.open(dir.resolve("ws"))) {
            assertThat(workspace.exportLog().entries()).singleElement().satisfies(e -> {
                assertThat(e.file()).isEqualTo(target.toString());
                assertThat(e.sha256()).isEqualTo("0".repeat(64));
                assertThat(e.rows()).isEqualTo(3);
            });
        }
        try (Workspace workspace = Workspace.open(dir.resolve("ws"))) {
            assertThat(workspace.exportLog().entries()).as("entered once, not at every open").hasSize(1);
        }
        assertThat(target).hasContent("this week's list");
        assertThat(dir.resolve("ws").resolve(StagedExports.FOLDER)).isEmptyDirectory();
    }

    @Test
    void aRecordCutShortBeforeItsRenameNeverCounted() throws Exception {
        Path target = Files.writeString(dir.resolve("calls.csv"), "last week's list");
        Path staged = dir.resolve(".calls.csv.x5.part");
        try (Workspace workspace = Workspace.open(dir.resolve("ws"))) {
            workspace.stagedExports().stage(staged, target);
            Files.writeString(staged, "half a list");
            Files.writeString(dir.resolve("ws").resolve(StagedExports.FOLDER).resolve("7.logged.part"), "{\"stag");
        }

        try (Workspace workspace = Workspace.open(dir.resolve("ws"))) {
            assertThat(workspace.exportLog().entries()).isEmpty();
        }
        assertThat(staged).doesNotExist();
        assertThat(target).hasContent("last week's list");
        assertThat(dir.resolve("ws").resolve(StagedExports.FOLDER)).isEmptyDirectory();
    }
}
