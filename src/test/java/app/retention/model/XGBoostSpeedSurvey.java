package app.retention.model;

import app.retention.Launcher;
import app.retention.data.ImportOptions;
import app.retention.data.ImportService;
import app.retention.data.sample.MobileCommerceGenerator;
import app.retention.domain.DatasetInfo;
import app.retention.evaluate.BinaryMetrics;
import app.retention.store.Workspace;
import app.retention.task.TaskContext;
import weka.core.Instances;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * How long XGBoost's settings take through our cross-validation on {@code bench cv}'s generated customers, and the
 * pooled AUC each reaches (10 folds, seed 1, all cores): the speed side of choosing the defaults, beside
 * {@link XGBoostDefaultsSurvey}'s quality side. The first argument is the number of rows; each further argument is
 * one setting, {@code key=value,key=value} ({@code -} for the catalog's defaults).
 */
final class XGBoostSpeedSurvey {

    private XGBoostSpeedSurvey() {
    }

    public static void main(String[] args) throws Exception {
        Launcher.quietWeka();
        int rows = Integer.parseInt(args[0]);
        Path dir = Files.createTempDirectory("xgboost-speed");
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (Workspace workspace = Workspace.open(dir.resolve("ws"))) {
            Path csv = dir.resolve("bench.csv");
            new MobileCommerceGenerator(MobileCommerceGenerator.DEFAULT_SEED).writeBenchmarkCsv(csv, rows);
            DatasetInfo dataset = new ImportService(workspace.datasets()).importFile(csv, ImportOptions.defaults(),
                    TaskContext.silent()).dataset();
            Instances data = DatasetInstances.read(workspace, dataset, TaskContext.silent()).instances();
            new CrossValidator(pool).crossValidate(new Instances(data, 0, 2_000),
                    List.of(LearnerRequest.of("xgboost")), 2, 1, TaskContext.silent());
            System.out.printf(Locale.ROOT, "%,d rows, 10 folds, seed 1, %d threads%n", rows, threads);
            for (int i = 1; i < args.length; i++) {
                Map<String, String> params = XGBoostDefaultsSurvey.parse(args[i]);
                long start = System.nanoTime();
                double cpuBefore = ProcessCpu.seconds();
                ModelEvaluation result = new CrossValidator(pool).crossValidate(data,
                        List.of(new LearnerRequest("xgboost", params)), 10, 1, TaskContext.silent()).get(0);
                double seconds = (System.nanoTime() - start) / 1e9;
                double cpu = ProcessCpu.seconds() - cpuBefore;
                double auc = BinaryMetrics.compute(result.predictions().probabilities(),
                        result.predictions().churned(), 0.5).rocAuc();
                System.out.printf(Locale.ROOT, "%-50s %8.2f s  cpu %8.2f s  AUC %.6f%n", args[i], seconds, cpu, auc);
                System.out.flush();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
