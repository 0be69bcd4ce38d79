package app.retention.store;

import app.retention.data.ImportOptions;
import app.retention.data.ImportResult;
import app.retention.data.ImportService;
import app.retention.domain.ColumnRole;
import app.retention.domain.ColumnSpec;
import app.retention.domain.ColumnType;
import app.retention.domain.DatasetInfo;
import app.retention.domain.ModelRecord;
import app.retention.domain.SourceInfo;
import app.retention.domain.StoredRow;
import app.retention.task.TaskContext;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkspaceTest {

    @TempDir
    Path dir;

    private Path csv(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static ImportResult importAs(Workspace ws, Path file, String name) {
        return new ImportService(ws.datasets()).importFile(file, new ImportOptions(name, null, null, false),
                TaskContext.silent());
    }

    @Test
    void datasetsSurviveClosingAndReopeningTheWorkspace() throws IOException {
        Path file = csv("a.csv", "id,churn\n1,Yes\n2,No\n");
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            importAs(ws, file, "customers");
        }
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            DatasetInfo d = ws.datasets().require("customers");
            assertThat(d.rowsImported()).isEqualTo(2);
            assertThat(ws.datasets().rows(d, 0, 10)).hasSize(2);
        }
    }

    @Test
    void importingAChangedFileUnderTheSameNameCreatesANewVersion() throws IOException {
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            importAs(ws, csv("m.csv", "id,churn\n1,Yes\n2,No\n"), "monthly");
            ImportResult second = importAs(ws, csv("m.csv", "id,churn\n1,Yes\n2,No\n3,No\n"), "monthly");
            assertThat(second.unchanged()).isFalse();
            assertThat(second.dataset().version()).isEqualTo(2);
            assertThat(ws.datasets().find("monthly@1").orElseThrow().rowsImported()).isEqualTo(2);
            assertThat(ws.datasets().require("monthly").rowsImported()).isEqualTo(3);
            assertThat(ws.datasets().list()).extracting(DatasetInfo::reference).containsExactly("monthly@2", "monthly@1");
        }
    }

    @Test
    void importingTheSameFileAgainChangesNothing() throws IOException {
        Path file = csv("m.csv", "id,churn\n1,Yes\n2,No\n");
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            importAs(ws, file, "monthly");
            ImportResult again = importAs(ws, file, "monthly");
            assertThat(again.unchanged()).isTrue();
            assertThat(ws.datasets().list()).hasSize(1);
        }
    }

    @Test
    void importRecordsSourcePathSizeChecksumAndRowCounts() throws IOException {
        Path file = csv("m.csv", "id,churn\n1,Yes\n2,No\n");
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            DatasetInfo d = importAs(ws, file, "m").dataset();
            assertThat(d.source().path()).isEqualTo(file.toAbsolutePath().toString());
            assertThat(d.source().size()).isEqualTo(Files.size(file));
            // sha256 of the exact bytes, computed independently
            assertThat(d.source().sha256()).isEqualTo(java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
            assertThat(d.rowsRead()).isEqualTo(2);
            assertThat(d.rowsImported()).isEqualTo(2);
            assertThat(d.importedAt()).isNotNull();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void renameMovesEveryVersionAndRefusesATakenName() throws IOException {
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            importAs(ws, csv("a.csv", "id\n1\n2\n"), "a");
            importAs(ws, csv("a.csv", "id\n1\n2\n3\n"), "a");
            importAs(ws, csv("b.csv", "id\n1\n"), "b");
            ws.datasets().rename("a", "october");
            assertThat(ws.datasets().find("october@2")).isPresent();
            assertThat(ws.datasets().find("a")).isEmpty();
            assertThatThrownBy(() -> ws.datasets().rename("october", "b")).isInstanceOf(StoreException.class)
                    .hasMessageContaining("already exists");
            assertThatThrownBy(() -> ws.datasets().rename("october", "x@1")).hasMessageContaining("cannot contain `@`");
        }
    }

    @Test
    void deleteRemovesTheVersionAndItsTable() throws IOException {
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            DatasetInfo d = importAs(ws, csv("a.csv", "id\n1\n2\n"), "a").dataset();
            ws.datasets().delete(d);
            assertThat(ws.datasets().list()).isEmpty();
            assertThat(ws.datasets().dataTables()).isEmpty();
        }
    }

    @Test
    void anImportInterruptedByACrashIsRemovedAtTheNextStart() throws IOException {
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            DatasetWriter writer = ws.datasets().beginImport("half", new SourceInfo("x.csv", "CSV", null, 1, "0".repeat(64)),
                    List.of(new ColumnSpec("id", ColumnType.INTEGER, ColumnRole.ID, null, null, null)), null);
            assertThat(ws.datasets().dataTables()).hasSize(1);
            assertThat(ws.datasets().list()).isEmpty(); // never visible while importing
            // no commit, no abort: as if the process died here
        }
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            assertThat(ws.datasets().dataTables()).isEmpty();
            assertThat(ws.datasets().list()).isEmpty();
        }
    }

    @Test
    void rowsArePagedByRowNumber() throws IOException {
        StringBuilder content = new StringBuilder("n\n");
        for (int i = 1; i <= 250; i++) {
            content.append(i).append('\n');
        }
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            DatasetInfo d = importAs(ws, csv("n.csv", content.toString()), "n").dataset();
            List<StoredRow> page = ws.datasets().rows(d, 200, 100);
            assertThat(page).hasSize(50);
            assertThat(page.get(0).values()).containsExactly(201L);
            assertThat(page.get(0).sourceLine()).isEqualTo(202);
        }
    }

    @Test
    void aSecondProcessOpeningTheSameWorkspaceGetsAClearMessage() throws Exception {
        Path wsDir = dir.resolve("shared-ws");
        try (Workspace ws = Workspace.open(wsDir)) {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"),
                    "app.retention.Launcher", "--workspace", wsDir.toString(), "datasets"));
            Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.exitValue()).isEqualTo(1);
            assertThat(err).contains("error: The workspace").contains("is open in another Retention Workbench process");
            assertThat(err.strip().lines()).hasSize(1);
            assertThat(ws.datasets().list()).isEmpty(); // and the first opener still works
        }
    }

    @Test
    void settingsAreStoredAndUpdated() {
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            assertThat(ws.setting("k")).isEmpty();
            ws.putSetting("k", "1");
            ws.putSetting("k", "2");
            assertThat(ws.setting("k")).contains("2");
        }
    }

    @Test
    void experimentsSurviveReopeningTheWorkspace() {
        ModelRecord record = new ModelRecord(0, null, "telco", 2, "a".repeat(64), "10-fold", "j48",
                "minLeaf=2", List.of("tenure", "Contract"), 0.81, 0.01, 0.6, 0.79, 0.6, 0.5, 0.55, 0.4, 0.14,
                Double.NaN, 2.5, List.of(0.8, 0.82), "3.8.7", "0.1.0", 1234);
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            assertThat(ws.models().save(record)).isPositive();
        }
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            ModelRecord stored = ws.models().list().get(0);
            assertThat(stored.createdAt()).isNotNull();
            assertThat(stored.features()).containsExactly("tenure", "Contract");
            assertThat(stored.foldAucs()).containsExactly(0.8, 0.82);
            assertThat(stored.logLoss()).isNaN();
            assertThat(stored.rocAuc()).isEqualTo(0.81);
            assertThat(stored.datasetSha256()).isEqualTo("a".repeat(64));
        }
    }
}
