package app.retention.data;

import app.retention.data.sample.MobileCommerceGenerator;
import app.retention.domain.ColumnInfo;
import app.retention.domain.DatasetInfo;
import app.retention.store.Workspace;
import app.retention.task.TaskCancelledException;
import app.retention.task.TaskContext;
import app.retention.testing.WorkspaceSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The import of a file in one read (ADR 0024) stores exactly what the two-pass import (analyse every value, then
 * write) stores: the same types, roles, target, rows, statistics, value counts and quarantined lines, also when a
 * value after the first {@value OnePassImport#FIRST_RECORDS} records changes a type or the target.
 */
class OnePassImportTest {

    private static final int ROWS = OnePassImport.FIRST_RECORDS + 5_000;

    @TempDir
    Path dir;

    /** Everything an import leaves in a workspace that a user or a later step can see, as text. */
    private static String stored(Workspace workspace, String name) {
        DatasetInfo dataset = workspace.datasets().require(name);
        StringBuilder out = new StringBuilder("rows ").append(dataset.rowsRead()).append('/')
                .append(dataset.rowsImported()).append('/').append(dataset.rowsRejected())
                .append(" target ").append(workspace.tallies().tallyTarget(dataset)).append(" column ")
                .append(dataset.targetColumn()).append(dataset.columnCount()).append('\n');
        for (ColumnInfo column : workspace.datasets().columns(dataset)) {
            out.append(column).append('\n');
            out.append(workspace.tallies().tally(dataset, column).map(t -> t.stream().map(String::valueOf).sorted()
                    .toList()).orElse(null)).append('\n');
        }
        workspace.datasets().rows(dataset, 0, Integer.MAX_VALUE).forEach(r -> out.append(r).append('\n'));
        workspace.datasets().rejectedRows(dataset).forEach(r -> out.append(r).append('\n'));
        return out.toString();
    }

    /** Imports {@code file} in a fresh workspace in one read (or two when a type changes late); returns what it stored. */
    private String onePass(Path file, ImportOptions options, List<String> messages) {
        try (Workspace workspace = Workspace.open(dir.resolve("one-" + file.getFileName()))) {
            new ImportService(workspace.datasets()).importFile(file, options, recording(messages));
            return stored(workspace, "data");
        }
    }

    /** The same file analysed first, then written by the plan of every value. */
    private String twoPasses(Path file, ImportOptions options) {
        try (Workspace workspace = Workspace.open(dir.resolve("two-" + file.getFileName()))) {
            ImportService imports = new ImportService(workspace.datasets());
            ImportPlan plan = ImportService.withTarget(imports.analyze(file, null, TaskContext.silent()), options.target());
            imports.importPlan(plan, new ImportRequest(options.name(), options.allowRejects()), TaskContext.silent());
            return stored(workspace, "data");
        }
    }

    private static TaskContext recording(List<String> messages) {
        return new TaskContext() {
            @Override
            public void progress(double fraction, String message) {
                messages.add(message);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }

    private Path csv(String name, String header, IntFunction<String> row) throws IOException {
        StringBuilder text = new StringBuilder(header).append('\n');
        for (int i = 0; i < ROWS; i++) {
            text.append(row.apply(i)).append('\n');
        }
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static String column(String stored, String name) {
        return stored.lines().filter(l -> l.contains(", name=" + name + ",")).findFirst().orElseThrow();
    }

    private static boolean readTwice(List<String> messages) {
        return messages.stream().anyMatch(m -> m.matches("Importing .*: [\\d,]+ of [\\d,]+ rows"));
    }

    private static final ImportOptions DATA = new ImportOptions("data", null, null, false);

    @Test
    void theBenchmarkFileIsReadOnceAndStoredAsTwoPassesStoreIt() throws IOException {
        Path file = dir.resolve("bench.csv");
        new MobileCommerceGenerator(MobileCommerceGenerator.DEFAULT_SEED).writeBenchmarkCsv(file, ROWS);
        List<String> messages = new ArrayList<>();

        String once = onePass(file, DATA, messages);

        assertThat(readTwice(messages)).as("read once").isFalse();
        assertThat(once).isEqualTo(twoPasses(file, DATA));
        assertThat(column(once, "churned_30d")).contains("type=BOOLEAN, role=TARGET");
    }

    @Test
    void aWordAfterTheFirstRecordsTurnsANumberColumnIntoTextAsIfEveryValueWasSeenFirst() throws IOException {
        Path file = csv("late-text.csv", "id,score,code,plan", i -> (i + 1) + "," + (i % 50) + ","
                + (i == ROWS - 3 ? "n/a" : String.valueOf(i % 9)) + "," + (i % 3 == 0 ? "basic" : "pro"));
        List<String> messages = new ArrayList<>();

        String once = onePass(file, DATA, messages);

        assertThat(readTwice(messages)).as("written again by the whole file's plan").isTrue();
        assertThat(once).isEqualTo(twoPasses(file, DATA));
        assertThat(column(once, "code")).contains("type=CATEGORY");
        assertThat(once).contains("n/a");
    }

    @Test
    void aColumnBlankInTheFirstRecordsAndNumbersLaterIsANumberColumn() throws IOException {
        Path file = csv("late-numbers.csv", "id,discount", i -> (i + 1) + "," + (i < ROWS - 100 ? "" : "1.5"));

        String once = onePass(file, DATA, new ArrayList<>());

        assertThat(once).isEqualTo(twoPasses(file, DATA));
        assertThat(column(once, "discount")).contains("type=DECIMAL");
    }

    @Test
    void aTargetWhoseSecondValueComesLateIsStillTheTargetWithItsValueCounts() throws IOException {
        Path file = csv("late-churn.csv", "id,plan,churn", i -> (i + 1) + "," + (i % 4 == 0 ? "basic" : "pro") + ","
                + (i < OnePassImport.FIRST_RECORDS + 10 || i % 5 != 0 ? "No" : "Yes"));

        String once = onePass(file, DATA, new ArrayList<>());

        assertThat(once).isEqualTo(twoPasses(file, DATA)).contains("target Optional[churn]");
        assertThat(column(once, "churn")).contains("type=BOOLEAN, role=TARGET");
    }

    @Test
    void aNamedTargetAndAStillCategoryColumnStayAsInferredFromEveryValue() throws IOException {
        Path file = csv("named.csv", "id,region,left", i -> (i + 1) + ",r" + (i < 12_000 ? i % 5 : i % 400) + ","
                + (i % 7 == 0 ? "1" : "0"));
        ImportOptions options = new ImportOptions("data", "left", null, false);

        String once = onePass(file, options, new ArrayList<>());

        assertThat(once).isEqualTo(twoPasses(file, options));
        assertThat(column(once, "region")).contains("type=TEXT");
        assertThat(column(once, "left")).contains("role=TARGET");
    }

    @Test
    void aRaggedRowAfterTheFirstRecordsStopsTheImportNamingItsLineOrIsQuarantinedWithIt() throws IOException {
        int bad = OnePassImport.FIRST_RECORDS + 2_000;
        Path file = csv("ragged.csv", "id,plan", i -> (i + 1) + "," + (i == bad ? "pro,extra" : "basic"));
        try (Workspace workspace = Workspace.open(dir.resolve("ragged"))) {
            WorkspaceSnapshot before = WorkspaceSnapshot.of(workspace);
            ImportService imports = new ImportService(workspace.datasets());
            assertThatThrownBy(() -> imports.importFile(file, DATA, TaskContext.silent()))
                    .isInstanceOf(RejectedRowsException.class).hasMessageContaining("line " + (bad + 2));
            assertThat(WorkspaceSnapshot.of(workspace)).isEqualTo(before);
        }
        ImportOptions allow = new ImportOptions("data", null, null, true);
        String once = onePass(file, allow, new ArrayList<>());
        assertThat(once).isEqualTo(twoPasses(file, allow)).contains("RejectedRow[line=" + (bad + 2));
    }

    @Test
    void cancellingWhileRowsAreWrittenLeavesTheWorkspaceAsItWas() throws IOException {
        Path file = csv("cancel.csv", "id,plan", i -> (i + 1) + ",basic");
        try (Workspace workspace = Workspace.open(dir.resolve("cancel"))) {
            WorkspaceSnapshot before = WorkspaceSnapshot.of(workspace);
            TaskContext cancelLate = new TaskContext() {
                long calls;

                @Override
                public void progress(double fraction, String message) {
                    calls++;
                }

                @Override
                public boolean isCancelled() {
                    return calls > OnePassImport.FIRST_RECORDS / 1024 + 2; // past the first records: rows were written
                }
            };
            assertThatThrownBy(() -> new ImportService(workspace.datasets()).importFile(file, DATA, cancelLate))
                    .isInstanceOf(TaskCancelledException.class);
            assertThat(WorkspaceSnapshot.of(workspace)).isEqualTo(before);
        }
    }
}
