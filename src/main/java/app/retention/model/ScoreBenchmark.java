package app.retention.model;

import app.retention.domain.DatasetInfo;
import app.retention.store.Workspace;
import app.retention.task.TaskContext;
import weka.classifiers.Classifier;
import weka.core.Instances;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code bench score}: scoring a dataset end to end (read from H2, predict on a pool, write every score back)
 * against Weka's {@code distributionForInstance} over the same rows already in memory, one thread, same process.
 */
public final class ScoreBenchmark {

    private ScoreBenchmark() {
    }

    public static void run(Workspace workspace, DatasetInfo train, DatasetInfo data, String learner, int threads,
                           PrintWriter out) throws Exception {
        long modelId;
        try (ModelService models = new ModelService(workspace, threads)) {
            modelId = models.crossValidate(train, List.of(LearnerRequest.of(learner)), new CvPlan(2, 1, 1, false, true),
                    TaskContext.silent()).get(0).id();
        }
        TrainedModel model = new ModelCatalog(workspace).model(modelId);
        Instances rows = DatasetInstances.readForScoring(workspace, data, model.schema(), TaskContext.silent())
                .instances();
        Classifier classifier = model.classifier();
        ScoringService scoring = new ScoringService(workspace, threads);
        // warm-up of both paths on the training set, so neither pays the JIT's start-up for the other
        scoring.score(train, modelId, false, TaskContext.silent());
        wekaLoop(classifier, new Instances(rows, 0, Math.min(rows.numInstances(), 50_000)));

        long start = System.nanoTime();
        double[] weka = wekaLoop(classifier, rows);
        double wekaSeconds = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        ScoringService.Scoring ours = scoring.score(data, modelId, false, TaskContext.silent());
        double oursSeconds = (System.nanoTime() - start) / 1e9;

        // ours stores calibrated probabilities: the same map on Weka's must give the same numbers
        double[] stored = workspace.scores().scores(ours.run().id()).stream()
                .mapToDouble(app.retention.domain.StoredScore::probability).toArray();
        boolean same = Arrays.equals(scoring.calibration(modelId).apply(weka), stored);
        double ratio = oursSeconds / wekaSeconds;
        out.printf(Locale.ROOT, "bench score: %,d rows x %d features, model %s (trained on %,d rows), %d threads for ours%n",
                rows.numInstances(), rows.numAttributes() - 1, learner, train.rowsImported(), threads);
        out.printf(Locale.ROOT, "  ours (read from H2, score, write %,d scores back) %8.2f s%n", ours.run().rowsScored(),
                oursSeconds);
        out.printf(Locale.ROOT, "  weka distributionForInstance, rows in memory     %8.2f s%n", wekaSeconds);
        out.printf(Locale.ROOT, "  ours / weka = %.2f (goal <= 2.00: %s); probabilities %s%n", ratio,
                ratio <= 2 ? "met" : "NOT met", same ? "identical" : "DIFFERENT");
        out.flush();
    }

    private static double[] wekaLoop(Classifier classifier, Instances rows) throws Exception {
        double[] p = new double[rows.numInstances()];
        for (int i = 0; i < p.length; i++) {
            p[i] = classifier.distributionForInstance(rows.instance(i))[1];
        }
        return p;
    }
}
