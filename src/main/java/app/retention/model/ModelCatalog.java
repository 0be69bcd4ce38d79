package app.retention.model;

import app.retention.domain.ColumnInfo;
import app.retention.domain.DatasetInfo;
import app.retention.domain.ModelPayload;
import app.retention.domain.ModelRecord;
import app.retention.domain.StoredModel;
import app.retention.evaluate.PlattScaling;
import app.retention.evaluate.Predictions;
import app.retention.store.Workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The stored models of a workspace, read only: the one place a model id is looked up (and the one "there is no
 * model" message), its validation scores, its input schema, and its Platt calibration, fitted once from the
 * model's out-of-fold predictions and shared by scoring and risk bands so both are on the same scale. Holds no
 * thread pool; safe to share between threads.
 */
public final class ModelCatalog {

    /** The no-skill reference: it gives every customer the same score, so it ranks nobody. */
    public static final String NO_SKILL = "zeror";
    /** The rule baseline: a hand-written rule, scored 1/0, for comparison rather than for campaigns. */
    public static final String RULE_BASELINE = "rules";

    private final Workspace workspace;
    // a stored model never changes, so neither does its calibration
    private final Map<Long, PlattScaling> calibrations = new ConcurrentHashMap<>();
    private final Map<Long, ModelSchema> schemas = new ConcurrentHashMap<>();

    public ModelCatalog(Workspace workspace) {
        this.workspace = workspace;
    }

    public Workspace workspace() {
        return workspace;
    }

    /**
     * Model run {@code id} as stored: what it was trained on, how and how well (docs/adr/0012).
     *
     * @throws ModelException when there is no such model
     */
    public ModelRecord record(long id) {
        return workspace.models().find(id).orElseThrow(() -> new ModelException(
                "There is no model " + id + ". The command `models` lists them."));
    }

    /**
     * The trained model kept with model run {@code id}.
     *
     * @throws ModelException when there is no such model or it kept no trained model
     */
    StoredModel stored(long id) {
        ModelRecord record = record(id);
        return workspace.models().model(id).orElseThrow(() -> new ModelException("Model " + id + " ("
                + record.learner() + ") was evaluated but not kept; train it again to score or export it."));
    }

    /** The stored predictions and metrics of model run {@code id}. */
    ModelPayload payload(long id) {
        record(id);
        return workspace.models().payload(id).orElseThrow(() -> new ModelException(
                "Model " + id + " was stored before the workbench kept predictions; train it again."));
    }

    /** Model run {@code id}, with its pooled predictions (what risk bands are cut from). */
    public ModelRun run(long id) {
        ModelRecord record = record(id);
        return ModelLog.run(record, payload(id), workspace.models().model(id).isPresent());
    }

    /** The trained model kept with model run {@code id}, read back through the allow-list. */
    public TrainedModel model(long id) {
        StoredModel stored = stored(id);
        return new TrainedModel(record(id), RunCodec.schema(stored.schemaJson()),
                ModelSerializer.read(stored.classifier(), "Model " + id));
    }

    /** The columns model {@code id} reads and how it spells churn. */
    public ModelSchema schema(long id) {
        return schemas.computeIfAbsent(id, key -> RunCodec.schema(stored(key).schemaJson()));
    }

    /**
     * Platt scaling fitted on model {@code id}'s out-of-fold predictions (identity when it has none stored): what
     * turns its raw scores into churn probabilities. Fitted once per model and kept.
     */
    public PlattScaling calibration(long id) {
        return calibrations.computeIfAbsent(id, key -> workspace.models().payload(key).map(p -> {
            Predictions oof = RunCodec.predictions(p.predictions());
            return PlattScaling.fit(oof.probabilities(), oof.churned());
        }).orElse(PlattScaling.identity()));
    }

    /**
     * Model {@code id}'s out-of-sample predictions, calibrated as its scores are (by {@link #calibration}), with the
     * outcomes: what risk bands are cut from, on the same scale as the stored scores.
     */
    public Predictions validationScores(long id) {
        return run(id).evaluation().predictions().calibrated(calibration(id));
    }

    /**
     * Whether a model can rank customers for a campaign: it kept a trained model and is neither the no-skill
     * reference nor (unless {@code withRuleBaseline}) the rule baseline.
     */
    public boolean canScore(ModelRecord record, boolean withRuleBaseline) {
        return !record.learner().equals(NO_SKILL) && (withRuleBaseline || !record.learner().equals(RULE_BASELINE))
                && workspace.models().modelIds().contains(record.id());
    }

    /** Every stored evaluation that kept a trained model, oldest first. */
    public List<ModelRecord> withTrainedModel() {
        List<ModelRecord> records = new ArrayList<>();
        for (long id : workspace.models().modelIds()) {
            workspace.models().find(id).ifPresent(records::add);
        }
        records.sort(java.util.Comparator.comparingLong(ModelRecord::id));
        return records;
    }

    /**
     * Why {@code dataset} cannot be scored by model {@code id} ("`CreditScore` is missing; `age` is text, the model
     * expects number"), or empty when its columns fit.
     */
    public Optional<String> misfit(long id, DatasetInfo dataset) {
        return misfit(id, workspace.datasets().columns(dataset));
    }

    /** Like {@link #misfit(long, DatasetInfo)}, with the dataset's columns already read. */
    public Optional<String> misfit(long id, List<ColumnInfo> columns) {
        List<String> problems = DatasetInstances.problems(columns, schema(id));
        return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems));
    }
}
