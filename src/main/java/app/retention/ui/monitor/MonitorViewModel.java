package app.retention.ui.monitor;

import app.retention.domain.DatasetInfo;
import app.retention.domain.ModelRecord;
import app.retention.evaluate.PopulationStability;
import app.retention.task.TaskContext;
import app.retention.task.TaskState;
import app.retention.ui.common.BackgroundTasks;
import app.retention.ui.common.ChartFiles;
import app.retention.ui.common.Dialogs;
import app.retention.ui.common.ErrorReporter;
import app.retention.ui.common.LatestRequest;
import app.retention.ui.segments.ModelChoice;
import app.retention.usecase.DecayReport;
import app.retention.usecase.FeatureDrift;
import app.retention.usecase.MonitorReport;
import app.retention.usecase.Workbench;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The Monitor screen's state (issue 16): a snapshot (by default the newest dataset) read against the training data of
 * a model (by default the model in use), in the background: one row per input with its PSI (the bars, with the
 * thresholds {@link #WATCH} and {@link #SHIFTED}), the score's drift with both distributions, and the decay reading
 * with the retrain flag when the snapshot's outcomes are known; the band migration from an earlier snapshot is
 * {@link #migration()}'s. The same {@link app.retention.usecase.Monitoring} the CLI's {@code monitor} calls.
 */
public final class MonitorViewModel {

    /** Where the PSI bars turn from stable to watch. */
    public static final double WATCH = PopulationStability.WATCH;
    /** Where they turn from watch to shifted. */
    public static final double SHIFTED = PopulationStability.SHIFTED;

    private final Workbench services;
    private final BackgroundTasks tasks;
    private final ErrorReporter errors;
    private final Dialogs dialogs;
    private final Consumer<String> notices;
    private final LatestRequest reading;
    private final LatestRequest monitoring;
    private final LatestRequest decaying;
    private final MigrationViewModel migration;
    private final ObservableList<DatasetInfo> snapshots = FXCollections.observableArrayList();
    private final ObservableList<ModelChoice> models = FXCollections.observableArrayList();
    private final ObjectProperty<DatasetInfo> snapshot = new SimpleObjectProperty<>();
    private final ObjectProperty<ModelChoice> model = new SimpleObjectProperty<>();
    private final ObservableList<DriftRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<MonitorReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("Pick a snapshot to monitor.");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper scoreFinding = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper decayFinding = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper retrainRecommended = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper retrainText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<DecayReport> decay = new ReadOnlyObjectWrapper<>();
    private final ObservableList<DecayReport.Point> decayPoints = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper baselines = new ReadOnlyStringWrapper("");
    /** The model whose decay series is read or being read; -1 to read it again (the screen shown anew). */
    private long decayRead = -1;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    /** Set while the choices are replaced after a reading: those changes are not the user's. */
    private boolean offering;

    public MonitorViewModel(Workbench services, BackgroundTasks tasks, ErrorReporter errors, Dialogs dialogs,
                            Consumer<String> notices) {
        this.services = services;
        this.tasks = tasks;
        this.errors = errors;
        this.dialogs = dialogs;
        this.notices = notices;
        this.reading = new LatestRequest(tasks);
        this.monitoring = new LatestRequest(tasks);
        this.decaying = new LatestRequest(tasks);
        this.migration = new MigrationViewModel(services.migration(), tasks, errors, dialogs, notices);
        snapshot.addListener((obs, was, now) -> chosen());
        model.addListener((obs, was, now) -> chosen());
    }

    /** What the workspace offers, read in the background: every dataset, the models that rank, which are in use. */
    private record Offer(List<DatasetInfo> datasets, List<ModelChoice> models) {
    }

    private Offer read(TaskContext context) {
        Map<Long, String> inUse = services.inService().inUseByModel();
        List<ModelChoice> ranking = services.models().withTrainedModel().stream()
                .filter(r -> services.models().canScore(r, false))
                .sorted(Comparator.comparingLong(ModelRecord::id))
                .map(r -> ModelChoice.of(r, inUse.get(r.id()))).toList();
        List<DatasetInfo> datasets = services.datasets().list().stream()
                .sorted(Comparator.comparingLong(DatasetInfo::id)).toList();
        return new Offer(datasets, ranking);
    }

    /**
     * Reads the datasets and models again (the screen shown), keeping the choices that still exist; by default the
     * newest dataset and the model in use, then reads the snapshot against the model when the choice changed.
     */
    public void refresh() {
        decayRead = -1; // outcomes may have come in since: read the series again
        reading.submit("Reading snapshots and models", this::read, this::offer, errors::report);
    }

    private void offer(Offer offer) {
        offering = true;
        try {
            DatasetInfo keptSnapshot = snapshot.get();
            ModelChoice keptModel = model.get();
            snapshots.setAll(offer.datasets());
            models.setAll(offer.models());
            snapshot.set(offer.datasets().stream().filter(d -> keptSnapshot != null && d.id() == keptSnapshot.id())
                    .findFirst().orElse(offer.datasets().isEmpty() ? null
                            : offer.datasets().get(offer.datasets().size() - 1)));
            Optional<ModelChoice> kept = offer.models().stream().filter(m -> keptModel != null
                    && m.id() == keptModel.id()).findFirst();
            model.set(kept.or(() -> offer.models().stream().filter(ModelChoice::inUse).reduce((a, b) -> b))
                    .or(() -> offer.models().stream().reduce((a, b) -> b)).orElse(null));
            migration.offer(offer.datasets(), snapshot.get());
        } finally {
            offering = false;
        }
        if (offer.models().isEmpty()) {
            heading.set("No model to monitor yet: train one on the Models screen and put it in use.");
        }
        MonitorReport shown = report.get();
        if (shown == null || !shownFor(shown)) {
            chosen();
        } else {
            readDecay(model.get().id());
        }
    }

    private boolean shownFor(MonitorReport r) {
        return snapshot.get() != null && model.get() != null && r.snapshot().equals(snapshot.get().reference())
                && r.modelId() == model.get().id();
    }

    private void chosen() {
        if (offering || snapshot.get() == null || model.get() == null) {
            return;
        }
        open(snapshot.get(), model.get().id());
    }

    /** Reads {@code snapshot} against model {@code modelId}'s training data in the background. */
    public void open(DatasetInfo snapshot, long modelId) {
        busy.set(true);
        heading.set("Reading " + snapshot.reference() + " against the training data of model " + modelId + "…");
        monitoring.submit("Monitoring " + snapshot.reference(), ctx -> services.monitoring().monitor(snapshot, modelId,
                ctx), this::shown, failure -> {
                    busy.set(false);
                    heading.set(snapshot.reference() + " could not be read against model " + modelId + ".");
                    errors.report("monitor", failure);
                }, () -> busy.set(monitoring.isRunning()));
        migration.offer(snapshots, snapshot);
        migration.compare(modelId);
        readDecay(modelId);
    }

    /** Reads model {@code modelId}'s realised figures over the snapshots in the background, unless read already. */
    private void readDecay(long modelId) {
        if (decayRead == modelId) {
            return;
        }
        decayRead = modelId;
        decaying.submit("Reading model " + modelId + " over the snapshots", ctx -> services.decay().over(modelId, ctx),
                this::decayShown, failure -> {
                    decayRead = -1;
                    errors.report("decay", failure);
                });
    }

    private void decayShown(DecayReport r) {
        errors.succeeded("decay");
        decay.set(r);
        decayPoints.setAll(r.points());
        String validation = String.format(Locale.ROOT, "validation, ROC AUC %.3f (%s; a model validated on a "
                + "few folds is measured on models trained on less data, so this figure tends to be low)",
                r.validation().auc(), r.validationSource());
        String first = r.points().stream().filter(p -> p.snapshot().equals(r.firstAfterTraining())
                && p.kind() == DecayReport.Kind.SNAPSHOT).findFirst().map(p -> String.format(Locale.ROOT,
                "the first snapshot after training, %s, ROC AUC %.3f: what the model did once in use", p.snapshot(),
                p.realised().auc())).orElse(null);
        baselines.set(r.points().isEmpty() ? r.finding() : "Each reading is compared with " + (first == null
                ? validation + ". Once a labelled snapshot after training is in, it is compared with that too."
                : "two baselines: " + validation + "; and " + first + ".") + " Retraining is recommended when the "
                + "newest reading is significantly below either (one-sided test, p < 0.05).");
        retrainRecommended.set(r.retrainRecommended());
        DecayReport.Point newest = r.points().isEmpty() ? null : r.points().get(r.points().size() - 1);
        retrainText.set(newest == null || !newest.retrainRecommended() ? "" : "Retrain recommended: on "
                + MonitorCharts.label(newest) + " the ROC AUC is " + String.format(Locale.ROOT, "%.3f",
                newest.realised().auc()) + ", " + String.join(" and ", java.util.stream.Stream.of(
                newest.againstFirst(), newest.againstValidation()).filter(d -> d != null && d.significant())
                .map(d -> String.format(Locale.ROOT, "down %.3f from %.3f %s (p %s)", d.drop(), d.baselineAuc(),
                        d.baseline(), d.pValue() < 0.001 ? "< 0.001" : String.format(Locale.ROOT, "= %.3f",
                                d.pValue()))).toList()) + ".");
    }

    private void shown(MonitorReport r) {
        busy.set(false);
        errors.succeeded("monitor");
        report.set(r);
        rows.setAll(r.features().stream().map(MonitorViewModel::row).toList());
        heading.set(String.format(Locale.ROOT, "%s (%,d customers) against %s, the training data of model %d (%s)",
                r.snapshot(), r.customers(), r.trainingData(), r.modelId(), ModelChoice.learnerLabel(r.learner())));
        long shifted = r.features().stream().filter(f -> f.psi() > SHIFTED).count();
        long watch = r.features().stream().filter(f -> f.psi() >= WATCH && f.psi() <= SHIFTED).count();
        // what moved, in words, for the inputs that crossed a line (most shifted first, at most four)
        String moved = r.features().stream().filter(f -> f.psi() >= WATCH).limit(4)
                .map(f -> "\n· " + String.join("; ", f.findings()) + ".").reduce("", String::concat);
        summary.set((shifted == 0 && watch == 0 ? "No input has moved: every PSI is below " + WATCH + "."
                : String.format(Locale.ROOT, "%d of %d inputs shifted (PSI above %s), %d to watch (%s to %s).",
                shifted, r.features().size(), SHIFTED, watch, WATCH, SHIFTED)) + moved);
        scoreFinding.set(r.score().finding() + ".");
        // the snapshot's own outcomes first; else what the held-out customers of its campaigns say
        String campaigns = String.join("\n\n", r.campaigns().stream().map(MonitorReport.CampaignDecay::finding)
                .toList());
        decayFinding.set(r.decay().map(MonitorReport.Decay::finding).map(f -> campaigns.isEmpty() ? f
                : f + "\n\n" + campaigns).orElse(campaigns.isEmpty()
                ? "No outcomes in this snapshot yet: decay is read once it says who churned, or once a campaign cut "
                + "from it has its outcomes." : campaigns));
    }

    private static DriftRow row(FeatureDrift f) {
        return new DriftRow(f.feature(), f.psi(), f.level(), f.missingBefore(), f.missingNow(),
                f.findings().isEmpty() ? "" : String.join("; ", f.findings()) + ".");
    }

    /** Saves one of the shown report's charts as PNG or SVG, asking where. */
    public void saveChart(MonitorCharts.Kind kind, boolean svg) {
        MonitorReport r = report.get();
        if (r == null) {
            return;
        }
        String prefix = r.snapshot().replaceAll("[^\\p{L}\\p{N}._-]+", "-") + "-model-" + r.modelId();
        ChartFiles.ask(dialogs, prefix, kind, svg).ifPresent(file -> ChartFiles.saveInBackground(tasks,
                () -> MonitorCharts.of(kind, r), file, notices, errors));
    }

    /** Saves the realised-against-validation chart of the shown series as PNG or SVG, asking where. */
    public void saveDecayChart(boolean svg) {
        DecayReport r = decay.get();
        if (r == null) {
            return;
        }
        String stem = "model-" + r.modelId() + "-decay-over-snapshots";
        ChartFiles.ask(dialogs, stem + (svg ? ".svg" : ".png"), svg).ifPresent(file -> ChartFiles.saveInBackground(
                tasks, () -> MonitorCharts.decay(r), file, notices, errors));
    }

    /** Every dataset version, oldest first. */
    public ObservableList<DatasetInfo> snapshots() {
        return snapshots;
    }

    /** The models that can rank customers, the ones in use marked. */
    public ObservableList<ModelChoice> models() {
        return models;
    }

    public ObjectProperty<DatasetInfo> snapshotProperty() {
        return snapshot;
    }

    public ObjectProperty<ModelChoice> modelProperty() {
        return model;
    }

    /** Chooses the model with this id, if it is offered. */
    public void chooseModel(long id) {
        models.stream().filter(m -> m.id() == id).findFirst().ifPresent(model::set);
    }

    /** Chooses the dataset version with this reference ({@code name@version}) or the newest of this name. */
    public void chooseSnapshot(String reference) {
        snapshots.stream().filter(d -> d.reference().equals(reference) || d.name().equals(reference))
                .reduce((a, b) -> b).ifPresent(snapshot::set);
    }

    /** The band migration from an earlier snapshot, by the same model. */
    public MigrationViewModel migration() {
        return migration;
    }

    /** One row per input, most shifted first. */
    public ObservableList<DriftRow> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<MonitorReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** Names the snapshot, its customers and the model's training data. */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** How many inputs shifted or are to watch, in words. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty scoreFindingProperty() {
        return scoreFinding.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty decayFindingProperty() {
        return decayFinding.getReadOnlyProperty();
    }

    /** The model's realised figures over the snapshots with outcomes, against its two baselines. */
    public ReadOnlyObjectProperty<DecayReport> decayProperty() {
        return decay.getReadOnlyProperty();
    }

    /** One row per snapshot (or campaign's held-out customers) with outcomes, oldest first. */
    public ObservableList<DecayReport.Point> decayPoints() {
        return decayPoints;
    }

    /** Which baselines the readings are compared with, in words. */
    public ReadOnlyStringProperty baselinesProperty() {
        return baselines.getReadOnlyProperty();
    }

    /** The retrain banner: the newest reading, the baseline it dropped from, the p-value. */
    public ReadOnlyStringProperty retrainTextProperty() {
        return retrainText.getReadOnlyProperty();
    }

    /** Whether the newest reading dropped significantly from validation or from the first snapshot after training. */
    public ReadOnlyBooleanProperty retrainRecommendedProperty() {
        return retrainRecommended.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
