package app.retention.model;

import app.retention.Launcher;
import app.retention.data.ImportOptions;
import app.retention.data.ImportService;
import app.retention.data.SampleData;
import app.retention.domain.DatasetInfo;
import app.retention.evaluate.MetricSet;
import app.retention.store.Workspace;
import app.retention.task.TaskContext;
import app.retention.testing.SharedDatasets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How XGBoost settings do on all four churn datasets at once (10-fold CV, seed 1): the defaults are chosen from
 * this table, by the worst and the mean over the datasets, never by one of them. Each argument is one setting,
 * {@code key=value,key=value} ({@code -} for the catalog's defaults); {@code docs/benchmarks.md} has the command.
 */
final class XGBoostDefaultsSurvey {

    /** The datasets and the best 10-fold AUC of the workbench's other learners on each (issue 14). */
    private static final Map<String, Double> BEST_TODAY = new LinkedHashMap<>();

    static {
        BEST_TODAY.put("telco_customer_churn.csv", 0.847);
        BEST_TODAY.put("bank_churn_modelling.csv", 0.866);
        BEST_TODAY.put("ecommerce_churn.csv", 0.995);
        BEST_TODAY.put("sample", 0.825);
    }

    private XGBoostDefaultsSurvey() {
    }

    public static void main(String[] args) throws Exception {
        Launcher.quietWeka();
        Path dir = Files.createTempDirectory("xgboost-survey");
        int threads = Runtime.getRuntime().availableProcessors();
        try (Workspace workspace = Workspace.open(dir); ModelService models = new ModelService(workspace, threads)) {
            List<DatasetInfo> datasets = new ArrayList<>();
            for (String name : BEST_TODAY.keySet()) {
                datasets.add(name.equals("sample")
                        ? SampleData.importBundled(workspace, TaskContext.silent()).get(0).dataset()
                        : new ImportService(workspace.datasets()).importFile(SharedDatasets.file(name),
                                ImportOptions.defaults(), TaskContext.silent()).dataset());
            }
            System.out.printf(Locale.ROOT, "%-60s %7s %7s %7s %7s %7s %7s %6s%n", "setting", "telco", "bank",
                    "ecomm", "sample", "worst", "mean", "s");
            double[] bestToday = BEST_TODAY.values().stream().mapToDouble(Double::doubleValue).toArray();
            System.out.printf(Locale.ROOT, "%-60s %7.3f %7.3f %7.3f %7.3f%n", "best today", bestToday[0],
                    bestToday[1], bestToday[2], bestToday[3]);
            for (String setting : args) {
                Map<String, String> params = parse(setting);
                long start = System.nanoTime();
                double[] auc = new double[datasets.size()];
                double worst = Double.POSITIVE_INFINITY;
                double mean = 0;
                int i = 0;
                for (DatasetInfo dataset : datasets) {
                    auc[i] = models.crossValidate(dataset, List.of(new LearnerRequest("xgboost", params)),
                            CvPlan.metricsOnly(10, 1), TaskContext.silent()).get(0).evaluation()
                            .mean(MetricSet::rocAuc);
                    worst = Math.min(worst, auc[i] - bestToday[i]);
                    mean += auc[i] / datasets.size();
                    i++;
                }
                System.out.printf(Locale.ROOT, "%-60s %7.4f %7.4f %7.4f %7.4f %+7.4f %7.4f %6.0f%n", setting,
                        auc[0], auc[1], auc[2], auc[3], worst, mean, (System.nanoTime() - start) / 1e9);
                System.out.flush();
            }
        }
    }

    static Map<String, String> parse(String setting) {
        Map<String, String> params = new LinkedHashMap<>();
        if (!setting.equals("-")) {
            for (String pair : setting.split(",")) {
                String[] kv = pair.split("=", 2);
                params.put(kv[0], kv[1]);
            }
        }
        return params;
    }
}
