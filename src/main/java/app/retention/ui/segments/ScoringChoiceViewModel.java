package app.retention.ui.segments;

import app.retention.data.DatasetCatalog;
import app.retention.domain.ColumnInfo;
import app.retention.domain.ColumnRole;
import app.retention.domain.DatasetInfo;
import app.retention.domain.ExperimentRecord;
import app.retention.model.ModelCatalog;
import app.retention.segment.SegmentService;
import app.retention.task.TaskContext;
import app.retention.ui.common.BackgroundTasks;
import app.retention.ui.common.ErrorReporter;
import app.retention.ui.common.LatestRequest;
import app.retention.usecase.ValueChoice;
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

    /** The value column choice that reads no value: value at risk is not computed. */
    public static final String NO_VALUE = "(none)";

    private final ModelCatalog catalog;
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
    private final ObservableList<String> valueColumns = FXCollections.observableArrayList();
    private final ObjectProperty<String> valueColumn = new SimpleObjectProperty<>();

    ScoringChoiceViewModel(ModelCatalog catalog, DatasetCatalog datasetStore, BackgroundTasks tasks,
                           ErrorReporter errors) {
        this.catalog = catalog;
        this.datasetStore = datasetStore;
        this.reading = new LatestRequest(tasks);
        this.errors = errors;
        model.addListener((obs, was, now) -> {
            if (!Objects.equals(was, now)) {
                offerDatasets();
            }
        });
        dataset.addListener((obs, was, now) -> {
            note.set(noteOf(now));
            offerValueColumns(now);
        });
        showRuleBaseline.addListener((obs, was, now) -> offerModels());
    }

    /**
     * What the workspace offers, read in one background task: the models that can score (the rule baseline
     * marked), every dataset with its columns, and which datasets each model cannot score and why. Choosing a model
     * or a dataset afterwards reads nothing.
     */
    private record Offer(List<ExperimentRecord> models, List<ExperimentRecord> withRule, List<DatasetInfo> datasets,
                         Map<Long, List<ColumnInfo>> columns, Map<Long, Map<Long, String>> misfits) {

        static final Offer NONE = new Offer(List.of(), List.of(), List.of(), Map.of(), Map.of());

        Optional<ExperimentRecord> record(long modelId) {
            return withRule.stream().filter(r -> r.id() == modelId).findFirst();
        }

        String misfit(long modelId, DatasetInfo d) {
            return misfits.getOrDefault(modelId, Map.of()).get(d.id());
        }
    }

    private Offer read(TaskContext context) {
        List<ExperimentRecord> trained = catalog.withTrainedModel();
        List<DatasetInfo> all = datasetStore.list();
        Map<Long, List<ColumnInfo>> columns = new HashMap<>();
        for (DatasetInfo d : all) {
            context.checkCancelled();
            columns.put(d.id(), datasetStore.columns(d));
        }
        List<ExperimentRecord> withRule = trained.stream().filter(r -> catalog.canScore(r, true)).toList();
        Map<Long, Map<Long, String>> misfits = new HashMap<>();
        for (ExperimentRecord r : withRule) {
            Map<Long, String> byDataset = new HashMap<>();
            for (DatasetInfo d : all) {
                catalog.misfit(r.id(), columns.get(d.id())).ifPresent(why -> byDataset.put(d.id(), why));
            }
            misfits.put(r.id(), byDataset);
        }
        List<ExperimentRecord> ranking = withRule.stream().filter(r -> catalog.canScore(r, false)).toList();
        return new Offer(ranking, withRule, all, columns, misfits);
    }

    /** Reads the stored models and datasets again in the background, keeping the choices that still exist and fit. */
    public void refresh() {
        refresh(() -> { });
    }

    /** Like {@link #refresh()}; {@code then} runs once the new choices are offered. */
    public void refresh(Runnable then) {
        reading.submit("Reading models and datasets", this::read, read -> {
            offer = read;
            offerModels();
            then.run();
        }, errors::report);
    }

    private void offerModels() {
        List<ModelChoice> found = (showRuleBaseline.get() ? offer.withRule() : offer.models()).stream()
                .map(ModelChoice::of).toList();
        // a combo box showing these lists may drop its value when the items are replaced: choose again after
        ModelChoice keep = model.get();
        models.setAll(found);
        ModelChoice chosen = keep != null && found.contains(keep) ? keep
                : found.isEmpty() ? null : found.get(found.size() - 1);
        if (Objects.equals(chosen, model.get())) {
            offerDatasets();
        }
        model.set(chosen);
    }

    /** Chooses the model with this id, if it is offered. */
    public void chooseModel(long id) {
        models.stream().filter(m -> m.id() == id).findFirst().ifPresent(model::set);
    }

    /** Chooses the newest version of the dataset of this name, if it is offered (fitting or not). */
    public void chooseDataset(String name) {
        datasets.stream().filter(d -> d.dataset().name().equals(name))
                .max(Comparator.comparingInt(d -> d.dataset().version())).ifPresent(dataset::set);
    }

    private void offerDatasets() {
        ModelChoice m = model.get();
        List<DatasetChoice> offered = new ArrayList<>();
        ExperimentRecord record = m == null ? null : offer.record(m.id()).orElse(null);
        if (record != null) {
            for (DatasetInfo d : offer.datasets()) {
                String misfit = offer.misfit(m.id(), d);
                offered.add(new DatasetChoice(d, misfit, misfit != null ? null : backtestNote(record, d)));
            }
        }
        DatasetChoice keep = dataset.get();
        datasets.setAll(offered);
        Optional<DatasetChoice> kept = keep == null ? Optional.empty() : offered.stream()
                .filter(d -> d.dataset().equals(keep.dataset()) && d.fits()).findFirst();
        dataset.set(kept.orElseGet(() -> defaultOf(offered)));
        note.set(noteOf(dataset.get())); // the same dataset chosen for another model: say it again
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

    /** The value column choices of a dataset: none, or one of its numeric columns; a guess by name first. */
    private void offerValueColumns(DatasetChoice chosen) {
        List<ColumnInfo> columns = chosen == null ? List.of()
                : offer.columns().getOrDefault(chosen.dataset().id(), List.of());
        List<String> offered = new ArrayList<>(List.of(NO_VALUE));
        columns.stream().filter(c -> c.type().isNumeric() && c.role() != ColumnRole.ID && c.role() != ColumnRole.TARGET)
                .map(ColumnInfo::name).forEach(offered::add);
        String keep = valueColumn.get();
        valueColumns.setAll(offered);
        valueColumn.set(keep != null && !keep.equals(NO_VALUE) && offered.contains(keep) ? keep
                : SegmentService.guessValueColumn(columns).orElse(NO_VALUE));
    }

    private static String backtestNote(ExperimentRecord model, DatasetInfo d) {
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

    /** "(none)" and the chosen dataset's numeric columns: where customer value (CLV) is read from. */
    public ObservableList<String> valueColumns() {
        return valueColumns;
    }

    /** The column customer value is read from, or {@link #NO_VALUE}; a column named like clv by default. */
    public ObjectProperty<String> valueColumnProperty() {
        return valueColumn;
    }

    /** The value column as the preparation takes it. */
    ValueChoice valueChoice() {
        String column = valueColumn.get();
        return column == null || column.equals(NO_VALUE) ? ValueChoice.none() : ValueChoice.column(column);
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
