package app.retention.model;

import app.retention.domain.DatasetInfo;
import app.retention.evaluate.BinaryMetrics;
import app.retention.store.Workspace;
import app.retention.task.TaskContext;
import weka.classifiers.Classifier;
import weka.classifiers.Evaluation;
import weka.core.Instances;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * {@code bench cv}: our parallel cross-validation against Weka's sequential
 * {@code Evaluation.crossValidateModel} on the same data, folds and seed, in one process; and, when both are run,
 * XGBoost against Weka's LogitBoost through our cross-validation (issue 14: at least as good, 20 times faster).
 */
public final class CvBenchmark {

    private CvBenchmark() {
    }

    /**
     * Runs ours and (unless {@code oursOnly}) Weka's for each learner and prints times, the speed-up and both ROC
     * AUCs; then XGBoost against LogitBoost when both were asked for.
     */
    public static void run(Workspace workspace, DatasetInfo dataset, List<String> learners, int folds, long seed,
                           int threads, boolean oursOnly, PrintWriter out) throws Exception {
        Instances data = DatasetInstances.read(workspace, dataset, TaskContext.silent()).instances();
        out.printf(Locale.ROOT, "bench cv: %,d rows x %d features, %d folds, seed %d, %d threads for ours%n",
                data.numInstances(), data.numAttributes() - 1, folds, seed, threads);
        out.flush();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            // warm both paths up on a slice, so neither pays the JIT's start for the other
            Instances slice = new Instances(data, 0, Math.min(2_000, data.numInstances()));
            for (String learner : learners) {
                new CrossValidator(pool).crossValidate(slice, List.of(LearnerRequest.of(learner)), 2, seed,
                        TaskContext.silent());
                if (!oursOnly) {
                    new Evaluation(slice).crossValidateModel(LearnerCatalog.build(learner, Map.of()), slice, 2,
                            new Random(seed));
                }
            }
            Map<String, double[]> timeAndAuc = new HashMap<>();
            for (String learner : learners) {
                long start = System.nanoTime();
                double cpuBefore = ProcessCpu.seconds();
                ModelEvaluation ours = new CrossValidator(pool).crossValidate(data, List.of(LearnerRequest.of(learner)),
                        folds, seed, TaskContext.silent()).get(0);
                double oursSeconds = (System.nanoTime() - start) / 1e9;
                double oursCpu = ProcessCpu.seconds() - cpuBefore;
                double oursAuc = BinaryMetrics.compute(ours.predictions().probabilities(),
                        ours.predictions().churned(), 0.5).rocAuc();
                timeAndAuc.put(learner, new double[] {oursSeconds, oursAuc, oursCpu});
                if (oursOnly) {
                    out.printf(Locale.ROOT, "  %-12s ours %8.2f s  cpu %8.2f s  AUC %.6f%n", learner, oursSeconds,
                            oursCpu, oursAuc);
                    out.flush();
                    continue;
                }

                start = System.nanoTime();
                Classifier classifier = LearnerCatalog.build(learner, Map.of());
                Evaluation evaluation = new Evaluation(data);
                evaluation.crossValidateModel(classifier, data, folds, new Random(seed));
                double wekaSeconds = (System.nanoTime() - start) / 1e9;
                double wekaAuc = evaluation.areaUnderROC(1);

                double ratio = wekaSeconds / oursSeconds;
                out.printf(Locale.ROOT, "  %-12s ours %8.2f s  weka %8.2f s  speed-up %.2fx (goal >= 1.70x: %s)  "
                                + "AUC ours %.6f weka %.6f (%s)%n", learner, oursSeconds, wekaSeconds, ratio,
                        ratio >= 1.7 ? "met" : "NOT met", oursAuc, wekaAuc,
                        Math.abs(oursAuc - wekaAuc) < 1e-9 ? "identical" : "DIFFERENT");
                out.flush();
            }
            compare(timeAndAuc.get("xgboost"), timeAndAuc.get("boosting"), out);
        } finally {
            pool.shutdownNow();
        }
    }

    /** XGBoost against LogitBoost, both through our cross-validation in this process. */
    private static void compare(double[] xgboost, double[] boosting, PrintWriter out) {
        if (xgboost == null || boosting == null) {
            return;
        }
        double faster = boosting[0] / xgboost[0];
        out.printf(Locale.ROOT, "  xgboost vs boosting (ours, same folds): %.1fx faster (goal >= 20x: %s; in CPU time "
                        + "%.1fx), AUC %.6f vs %.6f (goal xgboost >= boosting: %s)%n", faster,
                faster >= 20 ? "met" : "NOT met", boosting[2] / xgboost[2], xgboost[1], boosting[1],
                xgboost[1] >= boosting[1] ? "met" : "NOT met");
        out.flush();
    }
}
