package app.retention.ui.models;

import app.retention.evaluate.Predictions;
import app.retention.model.ModelRun;
import app.retention.task.TaskHandle;
import app.retention.ui.common.BackgroundTasks;
import app.retention.ui.common.ChartFiles;
import app.retention.ui.common.ChartLook;
import app.retention.ui.common.ErrorReporter;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The leaderboard and what hangs off it: the rows (newest run per learner, parameters and design), the selected
 * rows drawn on the chart tabs, and the focused row whose threshold and details are shown. Curves are computed in
 * the background once per run.
 */
public final class ComparisonViewModel {

    static final String ACCURACY = "Accuracy";

    private final BackgroundTasks tasks;
    private final ErrorReporter errors;
    private final Consumer<String> notices;
    private final ObservableList<LeaderboardRow> rows = FXCollections.observableArrayList();
    private final ObservableList<LeaderboardRow> selected = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<LeaderboardRow> focused = new ReadOnlyObjectWrapper<>();
    private final ObservableList<CurveSeries> series = FXCollections.observableArrayList();
    private final ThresholdViewModel threshold = new ThresholdViewModel();
    private final DetailsViewModel details = new DetailsViewModel();
    private final Map<Long, ModelCurves> curves = new HashMap<>();
    private final BooleanProperty moreMetrics = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper accuracyHeader = new ReadOnlyStringWrapper(ACCURACY);
    private TaskHandle drawing;
    /** True while the curves of the selected models are being computed (the charts are empty meanwhile). */
    private final javafx.beans.property.ReadOnlyBooleanWrapper drawingCurves =
            new javafx.beans.property.ReadOnlyBooleanWrapper(false);

    ComparisonViewModel(BackgroundTasks tasks, ErrorReporter errors, Consumer<String> notices) {
        this.tasks = tasks;
        this.errors = errors;
        this.notices = notices;
        details.show("", null);
    }

    /**
     * What makes two runs the same model on the board: learner, parameters, design and, for a tuned model, its
     * budget (a tuned model that kept the defaults is not the defaults' run).
     */
    static String identity(ModelRun run) {
        return run.evaluation().learner() + "|" + run.evaluation().params() + "|" + run.evaluation().design()
                + (run.details().tuning() == null ? "" : "|" + run.details().tuning().budget());
    }

    /**
     * Shows the stored runs of a dataset: the newest run of each learner, parameters and design, best first;
     * {@code missingRule} (when not empty) adds a row saying why the rule baseline is absent.
     */
    void show(List<ModelRun> runs, String missingRule, List<Long> select) {
        Map<String, ModelRun> newest = new LinkedHashMap<>();
        for (ModelRun run : runs.stream().sorted(Comparator.comparingLong(ModelRun::id).reversed()).toList()) {
            newest.putIfAbsent(identity(run), run);
        }
        List<ModelRun> shown = new ArrayList<>(newest.values());
        Map<Long, Standing> verdicts = Verdicts.of(shown);
        // baselines have their own colours; models take the palette in the order they were trained, so a model
        // keeps its colour while others come and go
        List<Long> byAge = shown.stream().filter(r -> !isBaseline(r)).map(ModelRun::id).sorted().toList();
        List<LeaderboardRow> board = new ArrayList<>();
        for (ModelRun run : shown) {
            String learner = run.evaluation().learner();
            int colour = learner.equals(TrainingForm.ZEROR) ? ChartLook.ZEROR_COLOUR
                    : learner.equals(TrainingForm.RULES) ? ChartLook.RULE_COLOUR : byAge.indexOf(run.id());
            board.add(LeaderboardRow.of(run, verdicts.get(run.id()), colour));
        }
        board.sort(Comparator.comparingDouble((LeaderboardRow r) -> -r.mean(m -> m.rocAuc())));
        if (!missingRule.isEmpty() && shown.stream().noneMatch(r -> r.evaluation().learner().equals(TrainingForm.RULES))) {
            board.add(LeaderboardRow.missing(TrainingForm.RULES, missingRule));
        }
        curves.keySet().retainAll(shown.stream().map(ModelRun::id).toList());
        showBaseRate(shown);
        rows.setAll(board);
        select(board.stream().filter(r -> r.hasRun() && select.contains(r.run().id())).toList());
    }

    /**
     * Accuracy is never shown without the base rate beside it: on an imbalanced target, flagging nobody is
     * already right for everyone who stays.
     */
    private void showBaseRate(List<ModelRun> shown) {
        double baseRate = shown.stream().map(r -> r.evaluation().predictions()).filter(p -> p.size() > 0)
                .mapToDouble(Predictions::baseRate).findFirst().orElse(Double.NaN);
        if (Double.isNaN(baseRate)) {
            accuracyHeader.set(ACCURACY);
            return;
        }
        accuracyHeader.set(ACCURACY + " (base rate " + InPlainWords.percent(baseRate) + ")");
    }

    private static boolean isBaseline(ModelRun run) {
        String learner = run.evaluation().learner();
        return learner.equals(TrainingForm.ZEROR) || learner.equals(TrainingForm.RULES);
    }

    /** The rows the user selected: drawn on the charts; the first is focused unless the focus is among them. */
    public void select(List<LeaderboardRow> chosen) {
        List<LeaderboardRow> withRuns = chosen.stream().filter(LeaderboardRow::hasRun).toList();
        selected.setAll(withRuns);
        if (withRuns.isEmpty()) {
            focus(null);
        } else if (!withRuns.contains(focused.get())) {
            focus(withRuns.get(0));
        }
        draw();
    }

    /** The row whose threshold metrics and details are shown. */
    public void focus(LeaderboardRow row) {
        LeaderboardRow r = row != null && row.hasRun() ? row : null;
        focused.set(r);
        threshold.show(r == null ? "" : r.label(), r == null ? 0 : r.colour(), r == null ? null : r.run().evaluation());
        details.show(r == null ? "" : r.label(), r == null ? null : r.run());
    }

    private void draw() {
        if (drawing != null && !drawing.isDone()) {
            drawing.cancel();
        }
        List<LeaderboardRow> wanted = List.copyOf(selected);
        List<ModelRun> missing = wanted.stream().map(LeaderboardRow::run).filter(r -> !curves.containsKey(r.id())).toList();
        if (missing.isEmpty()) {
            drawingCurves.set(false);
            showSeries(wanted);
            return;
        }
        drawingCurves.set(true);
        drawing = tasks.submit("Drawing curves", ctx -> {
            Map<Long, ModelCurves> computed = new HashMap<>();
            for (ModelRun run : missing) {
                ctx.checkCancelled();
                computed.put(run.id(), ModelCurves.of(run.evaluation().predictions()));
            }
            return computed;
        }, computed -> {
            curves.putAll(computed);
            if (wanted.equals(selected)) {
                drawingCurves.set(false);
                showSeries(wanted);
            }
        }, failure -> {
            drawingCurves.set(false);
            errors.report(failure);
        });
    }

    /** Whether the selected models' curves are being computed: the empty charts say so (finding m1). */
    public javafx.beans.property.ReadOnlyBooleanProperty drawingCurvesProperty() {
        return drawingCurves.getReadOnlyProperty();
    }

    private void showSeries(List<LeaderboardRow> wanted) {
        series.setAll(wanted.stream().filter(r -> curves.containsKey(r.run().id()))
                .map(r -> new CurveSeries(legend(r), r.colour(), r.baseline(), curves.get(r.run().id()))).toList());
    }

    /** "Random forest (trees=30)": the label, with what sets it apart from another run of the same learner. */
    private String legend(LeaderboardRow row) {
        boolean twin = selected.stream().anyMatch(o -> o != row && o.learner().equals(row.learner()));
        if (!twin) {
            return row.label();
        }
        return row.label() + " (" + (row.params().equals("defaults") ? row.design() : row.params()) + ")";
    }

    /**
     * Saves the chart of {@code kind} as shown (the selected models, the threshold's mark) as PNG, or SVG when
     * the name ends in .svg.
     */
    public void saveChart(CurveKind kind, Path file) {
        List<CurveSeries> drawn = List.copyOf(series);
        OperatingPoint point = threshold.pointProperty().get();
        ChartFiles.saveInBackground(tasks, () -> {
            var chart = ModelCharts.of(kind, drawn);
            ModelCharts.mark(chart, kind, point);
            return chart;
        }, file, notices, errors);
    }

    /** Writes the leaderboard, in the order shown, as CSV. */
    public void exportCsv(Path file, List<LeaderboardRow> inOrder) {
        List<LeaderboardRow> copy = List.copyOf(inOrder);
        tasks.submit("Saving leaderboard", ctx -> {
            LeaderboardCsv.write(file, copy);
            return file;
        }, path -> notices.accept("Leaderboard saved to " + path), errors::report);
    }

    public ObservableList<LeaderboardRow> rows() {
        return rows;
    }

    public ObservableList<LeaderboardRow> selected() {
        return selected;
    }

    public ReadOnlyObjectProperty<LeaderboardRow> focusedProperty() {
        return focused.getReadOnlyProperty();
    }

    /** The selected models with their curves, in leaderboard order: what every chart tab draws. */
    public ObservableList<CurveSeries> series() {
        return series;
    }

    /** Whether the leaderboard shows the metrics beyond the sentence, the verdict and ROC AUC; off at first. */
    public BooleanProperty moreMetricsProperty() {
        return moreMetrics;
    }

    /** "Accuracy (base rate 18%)": the accuracy column's header, with the dataset's churn rate. */
    public ReadOnlyStringProperty accuracyHeaderProperty() {
        return accuracyHeader.getReadOnlyProperty();
    }

    public ThresholdViewModel threshold() {
        return threshold;
    }

    public DetailsViewModel details() {
        return details;
    }
}
