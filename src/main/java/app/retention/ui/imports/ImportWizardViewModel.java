package app.retention.ui.imports;

import app.retention.data.ColumnPlan;
import app.retention.data.ImportPlan;
import app.retention.data.ImportRequest;
import app.retention.data.ImportResult;
import app.retention.data.ImportService;
import app.retention.data.PersonalData;
import app.retention.data.RejectedRowsException;
import app.retention.data.RowProblem;
import app.retention.data.RowProblemsCsv;
import app.retention.domain.ColumnRole;
import app.retention.domain.ColumnType;
import app.retention.task.TaskHandle;
import app.retention.task.TaskState;
import app.retention.task.TaskStatus;
import app.retention.ui.common.BackgroundTasks;
import app.retention.ui.common.Dialogs;
import app.retention.ui.common.Formats;
import app.retention.ui.common.UserMessages;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.List;

/**
 * The import wizard: read a file in the background, show and edit what would be imported, then import it.
 * Nothing is written before {@link #importDataset()}; errors are shown in the wizard.
 */
public final class ImportWizardViewModel {

    private static final Dialogs.FileType TABLES = Dialogs.FileType.of("Tables (CSV, Excel, ARFF)", "csv", "txt", "tsv",
            "xlsx", "arff");

    private final ImportService imports;
    private final BackgroundTasks tasks;

    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ImportPlan> plan = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ImportStep> step = new ReadOnlyObjectWrapper<>(ImportStep.CHOOSE_FILE);
    private final StringProperty name = new SimpleStringProperty("");
    private final ObservableList<String> sheets = FXCollections.observableArrayList();
    private final ObjectProperty<String> sheet = new SimpleObjectProperty<>();
    private final ObservableList<ColumnPlan> columns = FXCollections.observableArrayList();
    private final ObservableList<List<String>> previewRows = FXCollections.observableArrayList();
    private final ObservableList<RowProblem> problems = FXCollections.observableArrayList();
    private final ReadOnlyLongWrapper problemCount = new ReadOnlyLongWrapper(0);
    private final BooleanProperty importWithoutProblems = new SimpleBooleanProperty(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper progressMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ImportResult> result = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding busy = Bindings.createBooleanBinding(() -> step.get().isBusy(), step);
    private final BooleanBinding canImport = Bindings.createBooleanBinding(
            () -> step.get() == ImportStep.PREVIEW && name.get() != null && !name.get().isBlank()
                    && (problemCount.get() == 0 || importWithoutProblems.get()),
            step, name, problemCount, importWithoutProblems);

    private final Dialogs dialogs;
    private TaskHandle running;
    // answers of a task the user has since replaced or cancelled are dropped
    private long generation;
    private boolean showingPlan;

    public ImportWizardViewModel(ImportService imports, BackgroundTasks tasks, Dialogs dialogs) {
        this.imports = imports;
        this.tasks = tasks;
        this.dialogs = dialogs;
        sheet.addListener((obs, was, now) -> {
            ImportPlan current = plan.get();
            if (!showingPlan && now != null && current != null && !now.equals(current.sheet())) {
                analyze(current.source().file(), now);
            }
        });
    }

    /** Asks for a table file (starting in the folder of the file read last) and reads it; cancelling reads nothing. */
    public void chooseFile() {
        Path last = file.get();
        dialogs.openFile(new Dialogs.FileRequest("Choose a file to import", List.of(TABLES, Dialogs.FileType.ANY),
                last == null ? null : last.toAbsolutePath().getParent(), null)).ifPresent(this::analyze);
    }

    /** Reads {@code path} in the background and proposes how to import it. */
    public void analyze(Path path) {
        analyze(path, null);
    }

    private void analyze(Path path, String chosenSheet) {
        cancel();
        file.set(path);
        error.set("");
        step.set(ImportStep.ANALYZING);
        progress.set(-1);
        progressMessage.set("Reading " + path.getFileName());
        long task = ++generation;
        running = tasks.submit("Reading " + path.getFileName(), ctx -> imports.analyze(path, chosenSheet, ctx),
                proposed -> {
                    if (task == generation) {
                        showPlan(proposed);
                    }
                }, failure -> {
                    if (task == generation) {
                        error.set(UserMessages.describe(failure));
                        step.set(plan.get() == null ? ImportStep.CHOOSE_FILE : ImportStep.PREVIEW);
                    }
                }, status -> progressed(task, status));
    }

    private void showPlan(ImportPlan proposed) {
        ImportPlan previous = plan.get();
        boolean sameFile = previous != null && previous.source().file().equals(proposed.source().file());
        showingPlan = true;
        try {
            plan.set(proposed);
            if (!sameFile || name.get() == null || name.get().isBlank()) {
                name.set(proposed.suggestedName());
            }
            sheets.setAll(proposed.sheets());
            sheet.set(proposed.sheet());
            columns.setAll(proposed.columns());
            previewRows.setAll(proposed.preview());
            problems.setAll(proposed.problems());
            problemCount.set(proposed.problemCount());
            importWithoutProblems.set(false);
        } finally {
            showingPlan = false;
        }
        step.set(ImportStep.PREVIEW);
    }

    private void progressed(long task, TaskStatus status) {
        if (task != generation) {
            return;
        }
        if (status.state() == TaskState.RUNNING) {
            progress.set(status.fraction());
            progressMessage.set(status.message());
        } else if (status.state() == TaskState.CANCELLED) {
            progressMessage.set(step.get() == ImportStep.IMPORTING ? "Import cancelled; nothing was written." : "Cancelled.");
            step.set(plan.get() == null ? ImportStep.CHOOSE_FILE : ImportStep.PREVIEW);
        } else {
            progressMessage.set("");
        }
    }

    /** Changes the type a column is read as. */
    public void setType(int sourceIndex, ColumnType type) {
        edit(plan.get().columns().stream().filter(c -> c.sourceIndex() == sourceIndex).findFirst()
                .map(c -> c.withType(type)).orElseThrow());
    }

    /** Changes what a column is for; choosing a second target makes the previous one a feature. */
    public void setRole(int sourceIndex, ColumnRole role) {
        edit(plan.get().columns().stream().filter(c -> c.sourceIndex() == sourceIndex).findFirst()
                .map(c -> c.withRole(role)).orElseThrow());
    }

    private void edit(ColumnPlan column) {
        ImportPlan edited = plan.get().withColumn(column);
        plan.set(edited);
        List<ColumnPlan> now = edited.columns();
        for (int i = 0; i < now.size(); i++) {
            if (!now.get(i).equals(columns.get(i))) {
                columns.set(i, now.get(i));
            }
        }
    }

    /** Imports the plan as edited; on rows that cannot be read, shows them and waits for the user's choice. */
    public void importDataset() {
        if (!canImport.get()) {
            return;
        }
        ImportPlan chosen = plan.get();
        ImportRequest request = new ImportRequest(name.get().strip(), importWithoutProblems.get());
        error.set("");
        step.set(ImportStep.IMPORTING);
        progress.set(0);
        progressMessage.set("Importing " + request.name());
        long task = ++generation;
        running = tasks.submit("Importing " + request.name(), ctx -> imports.importPlan(chosen, request, ctx),
                done -> {
                    if (task == generation) {
                        step.set(ImportStep.DONE);
                        result.set(done);
                    }
                }, failure -> {
                    if (task == generation) {
                        importFailed(failure);
                    }
                }, status -> progressed(task, status));
    }

    private void importFailed(Throwable failure) {
        step.set(ImportStep.PREVIEW);
        if (failure instanceof RejectedRowsException rejected) {
            problems.setAll(rejected.problems());
            problemCount.set(rejected.count());
            importWithoutProblems.set(false);
            error.set(rowsWord(rejected.count()) + " cannot be read (first: line "
                    + rejected.problems().get(0).line() + ", " + rejected.problems().get(0).reason()
                    + "). Nothing was imported. Fix the file, or tick “Import without these rows” to leave them out.");
        } else {
            error.set(UserMessages.describe(failure));
        }
    }

    /** Stops the running analysis or import; nothing is written. */
    public void cancel() {
        if (running != null && !running.isDone()) {
            running.cancel();
        }
        running = null;
    }

    /** Cancels the running task and shows where the wizard was before it. */
    public void stop() {
        if (!busy.get()) {
            return;
        }
        boolean importing = step.get() == ImportStep.IMPORTING;
        cancel();
        generation++;
        progress.set(-1);
        progressMessage.set(importing ? "Import cancelled; nothing was written." : "Reading cancelled.");
        step.set(plan.get() == null ? ImportStep.CHOOSE_FILE : ImportStep.PREVIEW);
    }

    /** Asks where to save the problem rows and writes them (line, reason, row text) as a CSV to fix the source from. */
    public void exportProblems() {
        List<RowProblem> rows = List.copyOf(problems);
        dialogs.saveFile(Dialogs.FileRequest.save("Export problem rows", name.get() + "-problem-rows.csv",
                Dialogs.FileType.CSV)).ifPresent(target -> tasks.submit("Exporting problem rows", ctx -> {
                    RowProblemsCsv.write(target, rows);
                    return target;
                }, written -> progressMessage.set(Formats.count(rows.size()) + " problem rows written to " + written),
                failure -> error.set(UserMessages.describe(failure))));
    }

    /** "3 rows cannot be read" style summary for the problem rows, or empty when there are none. */
    public String problemSummary() {
        long count = problemCount.get();
        if (count == 0) {
            return "";
        }
        String shown = problems.size() < count ? " The first " + Formats.count(problems.size()) + " are listed." : "";
        return rowsWord(count) + " cannot be read and will be left out if you import without them." + shown;
    }

    /**
     * Which columns the import keeps out of models as location data, why, and how to use one; empty when none
     * (issue 13, point 2).
     */
    public String locationNote() {
        ImportPlan current = plan.get();
        if (current == null) {
            return "";
        }
        List<String> locations = columns.stream().filter(c -> c.role() == ColumnRole.IGNORED)
                .filter(c -> PersonalData.looksLikeLocation(c.name(), c.type(), c.distinct(),
                        current.rowsRead() - c.missing()))
                .map(ColumnPlan::name).toList();
        if (locations.isEmpty()) {
            return "";
        }
        return String.join(", ", locations) + (locations.size() == 1 ? " is" : " are") + " kept out of models as "
                + "location data: where a customer lives singles them out with a few other columns (personal data "
                + "under LGPD and GDPR). Make a role feature to use it anyway.";
    }

    private static String rowsWord(long count) {
        return Formats.count(count) + (count == 1 ? " row" : " rows");
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ImportPlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ImportStep> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObservableList<String> sheets() {
        return sheets;
    }

    public ObjectProperty<String> sheetProperty() {
        return sheet;
    }

    public ObservableList<ColumnPlan> columns() {
        return columns;
    }

    public ObservableList<List<String>> previewRows() {
        return previewRows;
    }

    public ObservableList<RowProblem> problems() {
        return problems;
    }

    public ReadOnlyLongProperty problemCountProperty() {
        return problemCount.getReadOnlyProperty();
    }

    public BooleanProperty importWithoutProblemsProperty() {
        return importWithoutProblems;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressMessageProperty() {
        return progressMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ImportResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public BooleanBinding busyProperty() {
        return busy;
    }

    public BooleanBinding canImportProperty() {
        return canImport;
    }
}
