package app.retention.ui.models;

import app.retention.data.DatasetCatalog;
import app.retention.data.SampleData;
import app.retention.domain.ColumnInfo;
import app.retention.domain.ColumnLabels;
import app.retention.domain.DatasetInfo;
import app.retention.model.ModelRun;
import app.retention.model.ModelService;
import app.retention.task.TaskHandle;
import app.retention.task.TaskState;
import app.retention.ui.common.BackgroundTasks;
import app.retention.ui.common.ChartFiles;
import app.retention.ui.common.Dialogs;
import app.retention.ui.common.ErrorReporter;
import app.retention.ui.common.Formats;
import app.retention.ui.common.LatestRequest;
import app.retention.usecase.ModelTuning;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.LongConsumer;

/**
 * The Models screen: a dataset with a churn target, the Train panel ({@link TrainingForm}) and the comparison of
 * every model stored for that dataset ({@link ComparisonViewModel}). ZeroR and the rule baseline are trained with
 * every batch, so the leaderboard always shows what a model must beat. Training runs in the background with
 * progress in the status bar and can be cancelled.
 */
public final class ModelsViewModel {

    /** What the background read of a dataset brings back. */
    private record Board(DatasetInfo dataset, List<ModelRun> runs, String suggestedRule, ColumnLabels labels) {
    }

    private final ModelService service;
    private final DatasetCatalog repository;
    private final BackgroundTasks tasks;
    private final ErrorReporter errors;
    private final Dialogs dialogs;
    private final ObservableList<DatasetInfo> datasets = FXCollections.observableArrayList();
    private final ObjectProperty<DatasetInfo> dataset = new SimpleObjectProperty<>();
    private final TrainingForm form = new TrainingForm();
    private final ComparisonViewModel comparison;
    private final TuningViewModel tuning;
    private final BooleanBinding canScoreFocused;
    private LongConsumer scoreWith = id -> { };
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper training = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper ruleProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final LatestRequest reading;
    private TaskHandle trainingTask;
    private DatasetInfo followed;
    private List<ModelRun> shownRuns = List.of();
    private final ModelCounts counts;
    /** Models on the board shown now (distinct learner, settings and design). */
    private long shownModels = -1;

    public ModelsViewModel(ModelService service, DatasetCatalog repository, BackgroundTasks tasks,
                           ErrorReporter errors, Dialogs dialogs) {
        this(service, repository, tasks, errors, dialogs, new ModelTuning(service));
    }

    /** @param tuning the tuner's use case ("Find the best model in N minutes") */
    public ModelsViewModel(ModelService service, DatasetCatalog repository, BackgroundTasks tasks,
                           ErrorReporter errors, Dialogs dialogs, ModelTuning tuning) {
        this.tuning = new TuningViewModel(tuning, tasks, errors, dataset::get, form::plan, this::reload);
        this.service = service;
        this.dialogs = dialogs;
        this.repository = repository;
        this.tasks = tasks;
        this.counts = new ModelCounts(service, tasks, errors);
        this.reading = new LatestRequest(tasks);
        this.errors = errors;
        this.comparison = new ComparisonViewModel(tasks, errors, notice::set);
        this.canScoreFocused = Bindings.createBooleanBinding(() -> scoreable(comparison.focusedProperty().get()),
                comparison.focusedProperty());
        dataset.addListener((obs, was, now) -> load(now, true));
        form.ruleProperty().addListener((obs, was, now) -> ruleProblem.set(""));
    }

    /**
     * Offers the datasets that have a churn target. The first time, shows the newest import; later it follows
     * {@code preferred} (the Data screen's selection) when that changes to a dataset with a target, else keeps
     * the current dataset while it is still there.
     */
    public void follow(List<DatasetInfo> available, DatasetInfo preferred) {
        List<DatasetInfo> withTarget = available.stream().filter(d -> d.targetColumn() != null).toList();
        // the same list again (the user's own choice coming back from the Data screen) leaves the items alone:
        // replacing a combo box's items while it reports a choice leaves it blank (review finding M2)
        if (!datasets.equals(withTarget)) {
            datasets.setAll(withTarget);
            countModels();
        }
        DatasetInfo current = dataset.get();
        boolean newChoice = preferred != null && !preferred.equals(followed) && withTarget.contains(preferred);
        followed = preferred;
        DatasetInfo pick = current != null && newChoice ? preferred
                : current != null && withTarget.contains(current) ? current
                : withTarget.stream().max(Comparator.comparing(DatasetInfo::importedAt)).orElse(null);
        if (pick == null || !pick.equals(current)) {
            dataset.set(pick);
        } else {
            form.trainOn(current, withTarget); // a new import is a test set to offer
        }
    }

    /** Reads the stored runs of {@code d}; a new dataset also resets the Train panel's test set and rule. */
    private void load(DatasetInfo d, boolean newDataset) {
        reading.cancel();
        if (newDataset) {
            form.trainOn(d, List.copyOf(datasets));
            form.suggestRule(null);
            ruleProblem.set("");
        }
        if (d == null) {
            summary.set("");
            comparison.show(List.of(), "", List.of());
            return;
        }
        summary.set(Formats.count(d.rowsImported()) + " customers · reading models…");
        loading.set(true);
        reading.submit("Reading models of " + d.name(), ctx -> board(d), board -> {
            if (board.dataset().equals(dataset.get())) {
                loading.set(false);
                if (newDataset) {
                    form.suggestRule(board.suggestedRule());
                }
                comparison.details().useLabels(board.labels());
                showRuns(board.runs(), lastBatch(board.runs()));
            }
        }, failure -> {
            if (d.equals(dataset.get())) {
                loading.set(false);
                errors.report(failure);
            }
        }, () -> loading.set(false));
    }

    /** The runs of the newest design trained (what the user last trained), to draw when a board opens. */
    private static List<Long> lastBatch(List<ModelRun> runs) {
        return runs.stream().max(Comparator.comparingLong(ModelRun::id))
                .map(newest -> runs.stream().filter(r -> r.evaluation().design().equals(newest.evaluation().design()))
                        .map(ModelRun::id).toList())
                .orElse(List.of());
    }

    private Board board(DatasetInfo d) {
        List<ColumnInfo> columns = repository.columns(d);
        String rule = SampleData.ruleFor(columns).orElse(null);
        return new Board(d, service.runs(d), rule, ColumnLabels.of(columns));
    }

    private void showRuns(List<ModelRun> runs, List<Long> select) {
        shownRuns = List.copyOf(runs);
        DatasetInfo d = dataset.get();
        long models = runs.stream().map(ComparisonViewModel::identity).distinct().count();
        shownModels = models;
        summary.set(counts.summaryOf(d, models, datasets));
        // a board with models but no rule baseline says why, when no rule can be given or the given one failed
        String missing = runs.isEmpty() ? ""
                : !ruleProblem.get().isEmpty() ? "The rule could not be used: " + ruleProblem.get()
                : !form.hasRule() ? "Needs a rule: type the rule your team uses under Train, then train again." : "";
        comparison.show(runs, missing, select);
    }

    /** Trains the ticked learners and both baselines under the chosen design, then shows them on the board. */
    public void train() {
        DatasetInfo d = dataset.get();
        String problem = form.problemProperty().get();
        if (!problem.isEmpty()) {
            notice.set(problem);
            return;
        }
        if (training.get()) {
            return;
        }
        TrainingBatch batch = TrainingBatch.of(form, d);
        ruleProblem.set("");
        training.set(true);
        // each model joins the board when it is stored, not when the whole batch is done
        Queue<ModelRun> finished = new ConcurrentLinkedQueue<>();
        List<Long> streamed = new ArrayList<>();
        trainingTask = tasks.submit("Training " + batch.size() + " models on " + d.name(),
                ctx -> batch.run(service, finished, ctx), this::trained, failure -> {
            training.set(false);
            errors.report(failure);
        }, status -> {
            showFinished(d, finished, streamed);
            if (status.state() == TaskState.CANCELLED) {
                training.set(false);
                notice.set("Training cancelled.");
                reload(); // a rule baseline finished before the stop is stored: show it
            }
        });
    }

    /** Adds the models stored since the last look to the board, drawn with the others of this batch. */
    private void showFinished(DatasetInfo d, Queue<ModelRun> finished, List<Long> streamed) {
        List<ModelRun> arrived = new ArrayList<>();
        for (ModelRun run = finished.poll(); run != null; run = finished.poll()) {
            arrived.add(run);
        }
        if (arrived.isEmpty() || !d.equals(dataset.get()) || !training.get()) {
            return;
        }
        arrived.forEach(run -> streamed.add(run.id()));
        List<ModelRun> runs = new ArrayList<>(shownRuns);
        runs.addAll(arrived);
        showRuns(runs, List.copyOf(streamed));
    }

    private void trained(TrainingBatch.Trained result) {
        training.set(false);
        countModels();
        ruleProblem.set(result.ruleProblem());
        notice.set("Trained " + result.fresh().size() + " models on " + result.dataset().reference()
                + (result.ruleProblem().isEmpty() ? "." : "; the rule baseline was left out: " + result.ruleProblem()));
        if (result.dataset().equals(dataset.get())) {
            showRuns(result.all(), result.fresh().stream().map(ModelRun::id).toList());
        }
    }

    /**
     * Counts the stored runs of every offered dataset in the background, so that the picker says which datasets
     * have models (finding M10: models trained on another dataset looked lost after a restart).
     */
    private void countModels() {
        counts.count(List.copyOf(datasets), () -> {
            DatasetInfo d = dataset.get();
            if (d != null && !loading.get() && shownModels == 0) {
                summary.set(counts.summaryOf(d, 0, datasets));
            }
        });
    }

    /** Stored runs per dataset id, for the picker ("· 4 models"); filled in the background. */
    public ObservableMap<Long, Integer> modelCounts() {
        return counts.byDataset();
    }

    /** Stops the training under way; runs already stored stay. */
    public void cancelTraining() {
        if (trainingTask != null && !trainingTask.isDone()) {
            trainingTask.cancel();
        }
    }

    /** Reads the dataset's stored runs again. */
    public void reload() {
        load(dataset.get(), false);
    }

    /** Asks where to save the chart of {@code kind} as shown, and saves it there. */
    public void saveChartAs(CurveKind kind, boolean svg) {
        ChartFiles.ask(dialogs, suggestedFileName(kind.fileStem(), svg ? "svg" : "png"), svg)
                .ifPresent(file -> comparison.saveChart(kind, file));
    }

    /** Asks where to save the leaderboard, in the order shown, as CSV, and saves it there. */
    public void exportCsv(List<LeaderboardRow> inOrder) {
        dialogs.saveFile(Dialogs.FileRequest.save("Save the leaderboard as CSV",
                suggestedFileName("leaderboard", "csv"), Dialogs.FileType.CSV)).ifPresent(file -> comparison.exportCsv(file, inOrder));
    }

    /** A file name for an export of the shown dataset's comparison. */
    String suggestedFileName(String what, String extension) {
        String name = dataset.get() == null ? "models" : dataset.get().name();
        return Dialogs.fileName(name + "-" + what, extension);
    }

    public ObservableList<DatasetInfo> datasets() {
        return datasets;
    }

    /** What "Score customers →" does with a model id: the main window opens the Segments screen on it. */
    public void onScoreWith(LongConsumer action) {
        this.scoreWith = action;
    }

    /** Whether the focused leaderboard row is a model that can rank customers (not ZeroR, not the rule). */
    public BooleanBinding canScoreFocusedProperty() {
        return canScoreFocused;
    }

    /** The next step after training (finding M12): score customers with the focused model. */
    public void scoreFocused() {
        LeaderboardRow row = comparison.focusedProperty().get();
        if (scoreable(row)) {
            scoreWith.accept(row.run().id());
        }
    }

    private static boolean scoreable(LeaderboardRow row) {
        return row != null && row.run() != null && !row.learner().equals(TrainingForm.ZEROR)
                && !row.learner().equals(TrainingForm.RULES);
    }

    public ObjectProperty<DatasetInfo> datasetProperty() {
        return dataset;
    }

    public TrainingForm form() {
        return form;
    }

    /** "Find the best model in N minutes" (docs/adr/0022). */
    public TuningViewModel tuning() {
        return tuning;
    }

    public ComparisonViewModel comparison() {
        return comparison;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /**
     * What an empty leaderboard says (finding m1): that models are being read or trained, or how to train the
     * first; never "no models yet" while they are on their way.
     */
    public StringBinding boardMessage() {
        return Bindings.createStringBinding(() -> training.get()
                        ? "Training… each model appears here as soon as it is done."
                        : loading.get() ? "Reading the models of this dataset…"
                        : "No models yet: tick learners on the left and press Train.",
                training, loading);
    }

    public ReadOnlyBooleanProperty trainingProperty() {
        return training.getReadOnlyProperty();
    }

    /** Why the rule baseline was left out of the last training (the rule's parse error), else empty. */
    public ReadOnlyStringProperty ruleProblemProperty() {
        return ruleProblem.getReadOnlyProperty();
    }

    /** "20,000 customers · 7 models". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** A line about the last thing done, for the status bar. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
