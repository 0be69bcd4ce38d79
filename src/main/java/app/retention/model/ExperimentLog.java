package app.retention.model;

import app.retention.evaluate.MetricSet;
import app.retention.store.DatasetInfo;
import app.retention.store.ExperimentRecord;
import app.retention.store.Workspace;
import weka.core.Version;

import java.util.List;
import java.util.stream.Collectors;

/** Turns an evaluation into a stored experiment with its provenance. */
final class ExperimentLog {

    private ExperimentLog() {
    }

    static void record(Workspace workspace, DatasetInfo dataset, ModelSchema schema, List<ModelEvaluation> evaluations) {
        String app = ExperimentLog.class.getPackage().getImplementationVersion();
        List<String> features = schema.features().stream().map(FeatureSpec::column).toList();
        for (ModelEvaluation e : evaluations) {
            String params = e.params().entrySet().stream().map(p -> p.getKey() + "=" + p.getValue())
                    .collect(Collectors.joining("; "));
            workspace.experiments().save(new ExperimentRecord(0, null, dataset.name(), dataset.version(),
                    dataset.source().sha256(), e.design(), e.learner(), params, features, e.mean(MetricSet::rocAuc),
                    e.sd(MetricSet::rocAuc), e.mean(MetricSet::prAuc), e.mean(MetricSet::accuracy),
                    e.mean(MetricSet::precision), e.mean(MetricSet::recall), e.mean(MetricSet::f1),
                    e.mean(MetricSet::kappa), e.mean(MetricSet::brier), e.mean(MetricSet::logLoss),
                    e.mean(MetricSet::liftTop10), e.folds().stream().map(MetricSet::rocAuc).toList(), Version.VERSION,
                    app == null ? "development build" : app, e.millis()));
        }
    }
}
