package app.retention.ui.monitor;

import app.retention.domain.DatasetInfo;
import app.retention.evaluate.PopulationStability;
import app.retention.task.TaskState;
import app.retention.ui.common.BackgroundTasks;
import app.retention.ui.common.ErrorReporter;
import app.retention.usecase.FeatureDrift;
import app.retention.usecase.InServiceException;
import app.retention.usecase.ModelsInService;
import app.retention.usecase.MonitorReport;
import app.retention.usecase.Monitoring;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Locale;

/**
 * The Monitor screen's state (issue 16; no view yet): a snapshot read against the training data of the model in use
 * (or a chosen model), in the background: one row per input with its PSI (the bars, with the thresholds
 * {@link #WATCH} and {@link #SHIFTED}), the score's drift, and the decay reading with the retrain flag when the
 * snapshot's outcomes are known. The same {@link Monitoring} the CLI's {@code monitor} calls.
 */
public final class MonitorViewModel {

    /** Where the PSI bars turn from stable to watch. */
    public static final double WATCH = PopulationStability.WATCH;
    /** Where they turn from watch to shifted. */
    public static final double SHIFTED = PopulationStability.SHIFTED;

    private final Monitoring monitoring;
    private final ModelsInService inService;
    private final BackgroundTasks tasks;
    private final ErrorReporter errors;
    private final ObservableList<DriftRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<MonitorReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("Pick a snapshot to monitor.");
    private final ReadOnlyStringWrapper scoreFinding = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper decayFinding = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper retrainRecommended = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public MonitorViewModel(Monitoring monitoring, ModelsInService inService, BackgroundTasks tasks,
                            ErrorReporter errors) {
        this.monitoring = monitoring;
        this.inService = inService;
        this.tasks = tasks;
        this.errors = errors;
    }

    /**
     * Reads {@code snapshot} against model {@code modelId}, or, when null, against the model in use of the only use
     * case (the model is looked up in the background, like everything that reads the workspace).
     */
    public void open(DatasetInfo snapshot, Long modelId) {
        busy.set(true);
        tasks.submit("Monitoring " + snapshot.reference(), ctx -> {
            long model = modelId != null ? modelId : inService.defaultModel(null).orElseThrow(() ->
                    new InServiceException("Choose the model to monitor: there is not exactly one use case with a "
                            + "model in use."));
            return monitoring.monitor(snapshot, model, ctx);
        }, this::shown, failure -> {
            busy.set(false);
            errors.report("monitor", failure);
        }, status -> {
            if (status.state() == TaskState.CANCELLED) {
                busy.set(false);
            }
        });
    }

    private void shown(MonitorReport r) {
        busy.set(false);
        errors.succeeded("monitor");
        report.set(r);
        rows.setAll(r.features().stream().map(MonitorViewModel::row).toList());
        heading.set(String.format(Locale.ROOT, "%s (%,d customers) against %s, the training data of model %d (%s)",
                r.snapshot(), r.customers(), r.trainingData(), r.modelId(), r.learner()));
        scoreFinding.set(r.score().finding() + ".");
        decayFinding.set(r.decay().map(MonitorReport.Decay::finding)
                .orElse("No outcomes in this snapshot yet: decay is read once it says who churned."));
        retrainRecommended.set(r.decay().map(MonitorReport.Decay::retrainRecommended).orElse(false));
    }

    private static DriftRow row(FeatureDrift f) {
        return new DriftRow(f.feature(), f.psi(), f.level(), f.missingBefore(), f.missingNow(),
                f.findings().isEmpty() ? "" : String.join("; ", f.findings()) + ".");
    }

    /** One row per input, most shifted first. */
    public ObservableList<DriftRow> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<MonitorReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty scoreFindingProperty() {
        return scoreFinding.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty decayFindingProperty() {
        return decayFinding.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty retrainRecommendedProperty() {
        return retrainRecommended.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
