package app.retention.ui.segments;

import app.retention.data.DatasetCatalog;
import app.retention.domain.ColumnInfo;
import app.retention.domain.CustomerValue;
import app.retention.domain.DatasetInfo;
import app.retention.domain.ModelRecord;
import app.retention.model.ModelCatalog;
import app.retention.usecase.ModelsInService;
import app.retention.task.TaskContext;
import app.retention.ui.common.BackgroundTasks;
import app.retention.ui.common.ErrorReporter;
import app.retention.ui.common.LatestRequest;
import app.retention.ui.common.UserMessages;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the Segments screen may score: models that can rank customers (no no-skill reference; the rule baseline
 * only when asked for), and for the chosen model every dataset, those whose columns do not fit it marked with the
 * reason. The default dataset is the newest one that fits and is not the model's training data (on the sample: the
 * current month, which has no churn outcome yet); a backtest is said before scoring.
 */
public final class ScoringChoiceViewModel {

    private final ModelCatalog catalog;
    private final ModelsInService inService;
    /** The models in use when the offer was last read: a model newly put in use is chosen once. */
    private Map<Long, String> inUseShown = Map.of();
    private final DatasetCatalog datasetStore;
    private final LatestRequest reading;
    private final ErrorReporter errors;
    private Offer offer = Offer.NONE;
    private final ObservableList<ModelChoice> models = FXCollections.observableArrayList();
    private final ObservableList<DatasetChoice> datasets = FXCollections.observableArrayList();
    private final ObjectProperty<ModelChoice> model = new SimpleObjectProperty<>();
    private final ObjectProperty<DatasetChoice> dataset = new SimpleObjectProperty<>();
    private final BooleanProperty showRuleBaseline = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final CustomerValueChoice value;

    ScoringChoiceViewModel(ModelCatalog catalog, DatasetCatalog datasetStore, ModelsInService inService,
                           BackgroundTasks tasks, ErrorReporter errors) {
        this.catalog = catalog;
        this.inService = inService;
        this.datasetStore = datasetStore;
        this.reading = new LatestRequest(tasks);
        this.errors = errors;
        this.value = new CustomerValueChoice(datasetStore, tasks, errors);
        model.addListener((obs, was, now) -> {
            if (!Objects.equals(was, now)) {
                offerDatasets();
            }
        });
        dataset.addListener((obs, was, now) -> {
            note.set(UserMessages.plain(noteOf(now)));
            value.offer(now == null ? null : now.dataset(),
                    now == null ? List.of() : offer.columns().getOrDefault(now.dataset().id(), List.of()));
        });
        showRuleBaseline.addListener((obs, was, now) -> offerModels());
    }

    /**
     * What the workspace offers, read in one background task: the models that can score (the rule baseline
     * marked), every dataset with its columns, and which datasets each model cannot score and why. Choosing a model
     * or a dataset afterwards reads nothing.
     */
    private record Offer(List<ModelRecord> models, List<ModelRecord> withRule, List<DatasetInfo> datasets,
                         Map<Long, List<ColumnInfo>> columns, Map<Long, Map<Long, String>> misfits,
                         Map<String, CustomerValue> values, Map<Long, String> inUse) {

        static final Offer NONE = new Offer(List.of(), List.of(), List.of(), Map.of(), Map.of(), Map.of(), Map.of());

        Optional<ModelRecord> record(long modelId) {
            return withRule.stream().filter(r -> r.id() == modelId).findFirst();
        }

        String misfit(long modelId, DatasetInfo d) {
            return misfits.getOrDefault(modelId, Map.of()).get(d.id());
        }
    }

    private Offer read(TaskContext context) {
        List<ModelRecord> trained = catalog.withTrainedModel();
        List<DatasetInfo> all = datasetStore.list();
        Map<Long, List<ColumnInfo>> columns = new HashMap<>();
        Map<String, CustomerValue> values = new HashMap<>();
        for (DatasetInfo d : all) {
            context.checkCancelled();
            columns.put(d.id(), datasetStore.columns(d));
            values.computeIfAbsent(d.name(), datasetStore::customerValue);
        }
        List<ModelRecord> withRule = trained.stream().filter(r -> catalog.canScore(r, true)).toList();
        Map<Long, Map<Long, String>> misfits = new HashMap<>();
        for (ModelRecord r : withRule) {
            Map<Long, String> byDataset = new HashMap<>();
            for (DatasetInfo d : all) {
                catalog.misfit(r.id(), columns.get(d.id())).ifPresent(why -> byDataset.put(d.id(), why));
            }
            misfits.put(r.id(), byDataset);
        }
        List<ModelRecord> ranking = withRule.stream().filter(r -> catalog.canScore(r, false)).toList();
        return new Offer(ranking, withRule, all, columns, misfits, values, inService.inUseByModel());
    }

    /** Reads the stored models and datasets again in the background, keeping the choices that still exist and fit. */
    public void refresh() {
        refresh(() -> { });
    }

    /** Like {@link #refresh()}; {@code then} runs once the new choices are offered. */
    public void refresh(Runnable then) {
        reading.submit("Reading models and datasets", this::read, read -> {
            offer = read;
            value.storedValues(read.values());
            offerModels();
            then.run();
        }, errors::report);
    }

    private void offerModels() {
        List<ModelChoice> found = (showRuleBaseline.get() ? offer.withRule() : offer.models()).stream()
                .map(r -> ModelChoice.of(r, offer.inUse().get(r.id()))).toList();
        // a combo box showing these lists may drop its value when the items are replaced: choose again after
        ModelChoice kept = model.get();
        ModelChoice keep = kept == null ? null : found.stream().filter(m -> m.id() == kept.id()).findFirst()
                .orElse(null);
        // the model in use is the default (issue 16), and a model newly put in use is chosen once when shown again
        Optional<ModelChoice> inUse = found.stream().filter(ModelChoice::inUse).reduce((a, b) -> b);
        if (inUse.isPresent() && (keep == null || !offer.inUse().equals(inUseShown))) {
            keep = inUse.get();
        }
        inUseShown = offer.inUse();
        // the same models again (the screen shown once more) leave the items alone: a combo box whose items are
        // replaced drops its value for a moment, and the scoring shown went with it (finding m16)
        if (!models.equals(found)) {
            models.setAll(found);
        }
        ModelChoice chosen = keep != null ? keep : found.isEmpty() ? null : found.get(found.size() - 1);
        if (Objects.equals(chosen, model.get())) {
            offerDatasets();
        }
        model.set(chosen);
    }

    /** Chooses the model with this id, if it is offered. */
    public void chooseModel(long id) {
        models.stream().filter(m -> m.id() == id).findFirst().ifPresent(model::set);
    }

    /**
     * Chooses what a saved segment was cut from: its model, its dataset version and its customer value (shown, not
     * stored for the dataset). False when the model or the dataset version is no longer offered.
     */
    boolean reopen(long modelId, String datasetReference, CustomerValue customerValue) {
        chooseModel(modelId);
        if (model.get() == null || model.get().id() != modelId) {
            return false;
        }
        Optional<DatasetChoice> version = datasets.stream()
                .filter(d -> d.dataset().reference().equals(datasetReference) && d.fits()).findFirst();
        if (version.isEmpty()) {
            return false;
        }
        dataset.set(version.get());
        value.reopen(customerValue);
        return true;
    }

    /** Chooses the newest version of the dataset of this name, if it is offered (fitting or not). */
    public void chooseDataset(String name) {
        datasets.stream().filter(d -> d.dataset().name().equals(name))
                .max(Comparator.comparingInt(d -> d.dataset().version())).ifPresent(dataset::set);
    }

    private void offerDatasets() {
        ModelChoice m = model.get();
        List<DatasetChoice> offered = new ArrayList<>();
        ModelRecord record = m == null ? null : offer.record(m.id()).orElse(null);
        if (record != null) {
            for (DatasetInfo d : offer.datasets()) {
                String misfit = offer.misfit(m.id(), d);
                offered.add(new DatasetChoice(d, misfit, misfit != null ? null : backtestNote(record, d)));
            }
        }
        DatasetChoice keep = dataset.get();
        if (!datasets.equals(offered)) {
            datasets.setAll(offered);
        }
        Optional<DatasetChoice> kept = keep == null ? Optional.empty() : offered.stream()
                .filter(d -> d.dataset().equals(keep.dataset()) && d.fits()).findFirst();
        dataset.set(kept.orElseGet(() -> defaultOf(offered)));
        note.set(UserMessages.plain(noteOf(dataset.get()))); // the same dataset chosen for another model: say it again
    }

    /** The newest fitting dataset that is not a backtest; else the newest that is not the training data; else any. */
    private static DatasetChoice defaultOf(List<DatasetChoice> offered) {
        Comparator<DatasetChoice> newest = Comparator.comparingLong(d -> d.dataset().id());
        List<DatasetChoice> fitting = offered.stream().filter(DatasetChoice::fits).toList();
        return fitting.stream().filter(d -> d.note() == null).max(newest)
                .or(() -> fitting.stream().filter(d -> !d.note().startsWith(TRAINING)).max(newest))
                .or(() -> fitting.stream().max(newest))
                .orElse(null);
    }

    private static final String TRAINING = "the model's training data";

    private static String backtestNote(ModelRecord model, DatasetInfo d) {
        if (model.datasetName().equals(d.name()) && model.datasetVersion() == d.version()) {
            return TRAINING + " (backtest)";
        }
        return d.targetColumn() != null ? "churn already known (backtest)" : null;
    }

    private String noteOf(DatasetChoice chosen) {
        if (chosen == null || model.get() == null) {
            return "";
        }
        if (!chosen.fits()) {
            return chosen.dataset().name() + " does not fit model " + model.get().id() + ": " + chosen.misfit() + ".";
        }
        if (chosen.note() == null) {
            return "";
        }
        return chosen.note().startsWith(TRAINING)
                ? "Backtest: model " + model.get().id() + " was trained on " + chosen.dataset().name() + ", so its "
                + "scores are in-sample and the bands are not described with validation rates. Customers who "
                + "already churned are left out."
                : "Backtest: " + chosen.dataset().name() + " already says who churned. Customers who already churned "
                + "are left out; score a newer snapshot to find customers to call.";
    }

    public ObservableList<ModelChoice> models() {
        return models;
    }

    /** Every dataset, for the chosen model: those that do not fit say why and cannot be scored. */
    public ObservableList<DatasetChoice> datasets() {
        return datasets;
    }

    public ObjectProperty<ModelChoice> modelProperty() {
        return model;
    }

    public ObjectProperty<DatasetChoice> datasetProperty() {
        return dataset;
    }

    /** Where customer value is read from, and in what unit. */
    public CustomerValueChoice value() {
        return value;
    }

    /** Offer the rule baseline too (off by default: it flags, it does not rank). */
    public BooleanProperty showRuleBaselineProperty() {
        return showRuleBaseline;
    }

    /** What scoring the chosen dataset with the chosen model means, when it is a backtest or cannot be done. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }
}
