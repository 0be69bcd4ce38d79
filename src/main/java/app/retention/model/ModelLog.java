package app.retention.model;

import app.retention.domain.DatasetInfo;
import app.retention.domain.ModelPayload;
import app.retention.domain.ModelRecord;
import app.retention.evaluate.MetricSet;
import app.retention.store.Workspace;
import weka.core.Version;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Turns evaluations into stored models with their provenance, and stored models back into runs. */
final class ModelLog {

    private ModelLog() {
    }

    static String appVersion() {
        String app = ModelLog.class.getPackage().getImplementationVersion();
        return app == null ? "development build" : app;
    }

    /** Stores each outcome (with its model when one was kept) and returns them as runs. */
    static List<ModelRun> record(Workspace workspace, DatasetInfo dataset, ModelSchema schema,
                                 List<CrossValidator.Outcome> outcomes) {
        return record(workspace, dataset, schema, outcomes, List.of());
    }

    /** Like {@link #record(Workspace, DatasetInfo, ModelSchema, List)}, for runs without the {@code excluded} columns. */
    static List<ModelRun> record(Workspace workspace, DatasetInfo dataset, ModelSchema schema,
                                 List<CrossValidator.Outcome> outcomes, List<String> excluded) {
        return record(workspace, dataset, schema, outcomes, excluded, null);
    }

    /** Like {@link #record(Workspace, DatasetInfo, ModelSchema, List, List)}, for a tuned model (or null). */
    static List<ModelRun> record(Workspace workspace, DatasetInfo dataset, ModelSchema schema,
                                 List<CrossValidator.Outcome> outcomes, List<String> excluded, TuningSummary tuning) {
        List<String> features = schema.features().stream().map(FeatureSpec::column).toList();
        List<ModelRun> runs = new ArrayList<>();
        for (CrossValidator.Outcome outcome : outcomes) {
            ModelEvaluation e = outcome.evaluation();
            ModelDetails details = (outcome.model() == null ? ModelDetails.none() : ModelExplainer.details(outcome.model()))
                    .withExcluded(excluded).withTuning(tuning);
            ModelRecord record = new ModelRecord(0, null, dataset.name(), dataset.version(),
                    dataset.source().sha256(), e.design(), e.learner(), params(e.params()), features,
                    e.mean(MetricSet::rocAuc), e.sd(MetricSet::rocAuc), e.mean(MetricSet::prAuc),
                    e.mean(MetricSet::accuracy), e.mean(MetricSet::precision), e.mean(MetricSet::recall),
                    e.mean(MetricSet::f1), e.mean(MetricSet::kappa), e.mean(MetricSet::brier), e.mean(MetricSet::logLoss),
                    e.mean(MetricSet::liftTop10), e.folds().stream().map(MetricSet::rocAuc).toList(), Version.VERSION,
                    appVersion(), e.millis());
            ModelPayload payload = new ModelPayload(e.repeats(), e.trainSize(), e.testSize(),
                    RunCodec.foldMetrics(e.folds()), RunCodec.predictions(e.predictions()),
                    RunCodec.importance(outcome.importance()), RunCodec.details(details));
            long id = outcome.model() == null ? workspace.models().save(record, payload, null, null)
                    : workspace.models().save(record, payload, RunCodec.schema(schema),
                    ModelSerializer.write(outcome.model()));
            ModelRecord stored = workspace.models().find(id).orElseThrow();
            runs.add(new ModelRun(id, stored.createdAt(), dataset.name(), dataset.version(), e, outcome.importance(),
                    details, outcome.model() != null));
        }
        return runs;
    }

    static String params(Map<String, String> params) {
        return params.entrySet().stream().map(p -> p.getKey() + "=" + p.getValue()).collect(Collectors.joining("; "));
    }

    static Map<String, String> params(String text) {
        Map<String, String> params = new java.util.LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return params;
        }
        for (String pair : text.split("; ")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return params;
    }

    /** The stored runs on one dataset version that have a payload, newest first. */
    static List<ModelRun> runs(Workspace workspace, String datasetName, int datasetVersion) {
        List<Long> withModel = workspace.models().modelIds();
        List<ModelRun> runs = new ArrayList<>();
        for (ModelRecord r : workspace.models().list(datasetName, datasetVersion)) {
            workspace.models().payload(r.id()).ifPresent(p -> runs.add(run(r, p, withModel.contains(r.id()))));
        }
        return runs;
    }

    static ModelRun run(ModelRecord r, ModelPayload p, boolean modelStored) {
        ModelEvaluation evaluation = new ModelEvaluation(r.learner(), params(r.params()), r.design(), p.repeats(),
                RunCodec.foldMetrics(p.foldMetrics()), RunCodec.predictions(p.predictions()), p.trainSize(),
                p.testSize(), r.trainMillis(), 0);
        return new ModelRun(r.id(), r.createdAt(), r.datasetName(), r.datasetVersion(), evaluation,
                RunCodec.importance(p.importance()), RunCodec.details(p.details()), modelStored);
    }
}
