package app.retention.ui.models;

import app.retention.domain.DatasetInfo;
import app.retention.evaluate.MetricSet;
import app.retention.model.CvPlan;
import app.retention.model.LearnerCatalog;
import app.retention.model.LearnerSpec;
import app.retention.model.ModelException;
import app.retention.model.TuningBudget;
import app.retention.model.TuningProgress;
import app.retention.model.TuningResult;
import app.retention.model.TuningStop;
import app.retention.task.TaskState;
import app.retention.ui.common.BackgroundTasks;
import app.retention.ui.common.ErrorReporter;
import app.retention.usecase.ModelTuning;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * "Find the best model in N minutes" on the Train panel (issue 14, point 3; docs/adr/0022): the learner and the
 * time box, a progress line with the best so far, and a Stop that keeps it. The search runs in the background
 * through {@link ModelTuning}, the use case the CLI's {@code tune} calls; the model found joins the leaderboard.
 */
public final class TuningViewModel {

    public static final int DEFAULT_MINUTES = 5;

    /** Why the tuned model's score can be trusted, said on screen in plain words. */
    public static final String NESTED_NOTE = "An honest score: each training fold picks its settings on its own "
            + "customers, and the score comes from test folds the search never saw (nested cross-validation). Folds "
            + "and seed as under Design.";

    private final ModelTuning tuning;
    private final BackgroundTasks tasks;
    private final ErrorReporter errors;
    private final Supplier<DatasetInfo> dataset;
    private final Supplier<CvPlan> plan;
    private final Runnable stored;
    private final ObservableList<LearnerSpec> learners = FXCollections.observableArrayList(
            LearnerCatalog.TUNABLE.stream().map(LearnerCatalog::get).toList());
    private final ObjectProperty<LearnerSpec> learner = new SimpleObjectProperty<>(learners.get(0));
    private final IntegerProperty minutes = new SimpleIntegerProperty(DEFAULT_MINUTES);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper stopping = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private TuningStop stop;

    /**
     * @param dataset what the Models screen shows
     * @param plan    the Train panel's cross-validation (folds, repeats, seed), so the tuned model compares with
     *                the others fold by fold
     * @param stored  what to do once the model is stored (read the board again)
     */
    TuningViewModel(ModelTuning tuning, BackgroundTasks tasks, ErrorReporter errors, Supplier<DatasetInfo> dataset,
                    Supplier<CvPlan> plan, Runnable stored) {
        this.tuning = tuning;
        this.tasks = tasks;
        this.errors = errors;
        this.dataset = dataset;
        this.plan = plan;
        this.stored = stored;
    }

    /** Starts the search on the shown dataset; the progress line follows it. */
    public void find() {
        DatasetInfo d = dataset.get();
        if (d == null || running.get()) {
            return;
        }
        TuningBudget budget;
        CvPlan outer;
        try {
            budget = TuningBudget.minutes(minutes.get());
            outer = plan.get();
        } catch (ModelException e) {
            progress.set(e.getMessage());
            return;
        }
        LearnerSpec spec = learner.get();
        TuningStop own = new TuningStop();
        stop = own;
        AtomicReference<TuningProgress> latest = new AtomicReference<>();
        running.set(true);
        stopping.set(false);
        progress.set("Trying the default settings first…");
        tasks.submit("Finding the best " + spec.label() + " on " + d.name(), ctx -> tuning.tune(
                        new ModelTuning.Request(d, spec.name(), budget, outer), own, latest::set, ctx),
                this::found, failure -> {
                    running.set(false);
                    progress.set("");
                    errors.report(failure);
                }, status -> {
                    TuningProgress p = latest.get();
                    if (status.state() == TaskState.CANCELLED) {
                        running.set(false);
                        progress.set("Cancelled: nothing was stored.");
                    } else if (status.state() == TaskState.RUNNING && p != null && !stopping.get()) {
                        progress.set(p.line());
                    }
                });
    }

    /** Stops the search: the best settings found so far are measured on the outer folds and stored. */
    public void stop() {
        if (running.get() && stop != null && !stopping.get()) {
            stop.request();
            stopping.set(true);
            progress.set("Stopping: the best settings found so far are being scored on the outer folds and stored…");
        }
    }

    private void found(TuningResult result) {
        running.set(false);
        stopping.set(false);
        String name = result.summary().name(LearnerCatalog.get(result.run().evaluation().learner()).label());
        progress.set(String.format(Locale.ROOT, "Stored as model %d, %s: ROC AUC %.3f on folds the search never saw "
                        + "(%.3f on the inner folds); %d %s tried.", result.run().id(), name,
                result.run().evaluation().mean(MetricSet::rocAuc), result.summary().innerAuc(),
                result.summary().tried(), result.summary().tried() == 1 ? "setting" : "settings"));
        stored.run();
    }

    public ObservableList<LearnerSpec> learners() {
        return learners;
    }

    public ObjectProperty<LearnerSpec> learnerProperty() {
        return learner;
    }

    public IntegerProperty minutesProperty() {
        return minutes;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty stoppingProperty() {
        return stopping.getReadOnlyProperty();
    }

    /** The best so far while searching; what was stored once done. */
    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }
}
