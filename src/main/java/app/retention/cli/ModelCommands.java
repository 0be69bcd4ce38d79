package app.retention.cli;

import app.retention.data.SampleData;
import app.retention.domain.ColumnInfo;
import app.retention.domain.DatasetInfo;
import app.retention.evaluate.MetricSet;
import app.retention.model.CvPlan;
import app.retention.model.LearnerRequest;
import app.retention.model.ModelEvaluation;
import app.retention.model.ModelRun;
import app.retention.model.ModelService;
import app.retention.model.Significance;
import app.retention.store.Workspace;
import app.retention.task.TaskContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static app.retention.cli.TextTable.f3;

/** {@code train} and {@code compare}: cross-validated or out-of-time churn models from the command line. */
final class ModelCommands {

    private ModelCommands() {
    }

    /** The JSON shape of one learner's result. */
    record ResultJson(long id, String learner, String design, double auc, double aucSd, double prAuc, double accuracy,
                      double precision, double recall, double f1, double kappa, double brier, double logLoss,
                      double liftTop10, double liftTop20, double captureTop10, String vsBest, Map<String, String> params,
                      long trainMillis, long finalMillis, List<String> encodings, List<String> excluded) {

        static ResultJson of(ModelRun run, Significance.Verdict verdict) {
            ModelEvaluation e = run.evaluation();
            long id = run.id();
            return new ResultJson(id, e.learner(), e.design(), e.mean(MetricSet::rocAuc), e.sd(MetricSet::rocAuc),
                    e.mean(MetricSet::prAuc), e.mean(MetricSet::accuracy), e.mean(MetricSet::precision),
                    e.mean(MetricSet::recall), e.mean(MetricSet::f1), e.mean(MetricSet::kappa), e.mean(MetricSet::brier),
                    e.mean(MetricSet::logLoss), e.mean(MetricSet::liftTop10), e.mean(MetricSet::liftTop20),
                    e.mean(MetricSet::captureTop10), verdict == Significance.Verdict.NOT_TESTED ? "—" : verdict.name().toLowerCase(Locale.ROOT), e.params(), e.millis(),
                    e.finalMillis(), run.details().encodings(), run.details().excluded());
        }
    }

    /** What train and compare share: folds, seed, out-of-time test, threads, output. */
    abstract static class EvaluationCommand extends WorkspaceCommand {
        @Parameters(paramLabel = "DATASET", description = "Dataset name, or name@version.")
        String dataset;

        @Option(names = "--folds", defaultValue = "10", description = "Cross-validation folds (default: ${DEFAULT-VALUE}).")
        int folds;

        @Option(names = "--seed", defaultValue = "1", description = "Seed of the folds (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--repeats", defaultValue = "1", description = "Repeat the cross-validation with seeds SEED, "
                + "SEED+1, …: more evidence for the significance test (default: ${DEFAULT-VALUE}).")
        int repeats;

        @Option(names = "--test", paramLabel = "DATASET2", description = "Train on DATASET, test on this later one (out of time).")
        String test;

        @Option(names = "--holdout", paramLabel = "K", description = "Instead of cross-validation: hold out 1 in K "
                + "customers (stratified, seeded) for testing, e.g. 3 for a third.")
        Integer holdout;

        @Option(names = "--threads", description = "Folds trained at once (default: the machine's cores).")
        Integer threads;

        @Option(names = "--exclude", split = ",", paramLabel = "COL1,COL2", description = "Feature columns to leave "
                + "out of this run only (the dataset's roles stay as they are; the models' details name them).")
        List<String> exclude = new ArrayList<>();

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        abstract List<LearnerRequest> learners(List<ColumnInfo> columns);

        @Override
        int run(Workspace workspace) {
            int pool = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
            if (pool < 1 || pool > 64) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be between 1 and 64");
            }
            DatasetInfo info = workspace.datasets().require(dataset);
            List<LearnerRequest> learners = learners(workspace.datasets().columns(info));
            List<String> excluded = exclude.stream().map(String::strip).filter(e -> !e.isEmpty()).distinct().toList();
            List<ModelRun> runs;
            // the Workbench's training pool, unless --threads asks for another width
            ModelService own = threads == null ? null : new ModelService(workbench().models(), pool);
            ModelService models = own != null ? own : workbench().training();
            try {
                if (test != null) {
                    DatasetInfo later = workspace.datasets().require(test);
                    runs = models.outOfTime(info, later, learners, excluded, TaskContext.silent());
                } else if (holdout != null) {
                    runs = models.holdout(info, learners, holdout, seed, excluded, TaskContext.silent());
                } else {
                    runs = models.crossValidate(info, learners, new CvPlan(folds, repeats, seed, true, true),
                            excluded, TaskContext.silent());
                }
            } finally {
                if (own != null) {
                    own.close();
                }
            }
            List<ModelEvaluation> results = runs.stream().map(ModelRun::evaluation).toList();
            // over folds the corrected resampled t-test; on one test set (out-of-time, hold-out) DeLong's test
            List<Significance.Verdict> verdicts = Significance.versusBest(results);
            List<ResultJson> rows = new ArrayList<>();
            for (int i = 0; i < results.size(); i++) {
                rows.add(ResultJson.of(runs.get(i), verdicts.get(i)));
            }
            if (json) {
                out().println(Json.write(rows));
                return 0;
            }
            // an out-of-time design names its datasets already: each is named once (issue 13, point 4)
            String design = results.get(0).design();
            out().println(design.startsWith("trained on ") ? design : design + " on " + info.reference());
            if (!runs.get(0).details().excluded().isEmpty()) {
                out().println("Left out of this run: " + String.join(", ", runs.get(0).details().excluded()));
            }
            TextTable table = new TextTable(List.of("MODEL", "LEARNER", "AUC", "± SD", "PR AUC", "ACCURACY", "PRECISION", "RECALL",
                    "F1", "KAPPA", "BRIER", "LIFT@10%", "VS BEST", "TIME"));
            for (ResultJson r : rows) {
                table.add(List.of(Long.toString(r.id()), r.learner(), f3(r.auc()), f3(r.aucSd()), f3(r.prAuc()),
                        f3(r.accuracy()), f3(r.precision()), f3(r.recall()), f3(r.f1()), f3(r.kappa()), f3(r.brier()),
                        String.format(Locale.ROOT, "%.2f", r.liftTop10()), r.vsBest(), time(r)));
            }
            table.print(out());
            // how many-valued category columns entered each kept model (docs/adr/0016)
            for (ResultJson r : rows) {
                if (!r.encodings().isEmpty()) {
                    out().println("Model " + r.id() + " (" + r.learner() + "): " + String.join("; ", r.encodings()));
                }
            }
            return 0;
        }

        /** "12.3 s + 1.1 s": the folds' training time (summed over folds) and the final model's, as measured. */
        private static String time(ResultJson r) {
            String folds = String.format(Locale.ROOT, "%.1f s", r.trainMillis() / 1000.0);
            return r.finalMillis() == 0 ? folds : folds + String.format(Locale.ROOT, " + %.1f s", r.finalMillis() / 1000.0);
        }

        /** The rule baseline without a rule gets the sample data's rule when the dataset has its columns. */
        static LearnerRequest withDefaults(LearnerRequest request, List<ColumnInfo> columns) {
            if (!request.name().equals("rules") || request.params().containsKey("rule")) {
                return request;
            }
            return SampleData.ruleFor(columns).map(rule -> {
                Map<String, String> params = new LinkedHashMap<>(request.params());
                params.put("rule", rule);
                return new LearnerRequest(request.name(), params);
            }).orElse(request);
        }
    }

    @Command(name = "train", description = "Evaluate one learner by cross-validation (or out of time with --test).")
    static final class Train extends EvaluationCommand {
        @Option(names = "--learner", required = true, description = "zeror, rules, logistic, naivebayes, j48, "
                + "randomforest, boosting, jrip, smo or mlp.")
        String learner;

        @Option(names = "--param", paramLabel = "KEY=VALUE", description = "A learner parameter, repeatable.")
        Map<String, String> params = new LinkedHashMap<>();

        @Override
        List<LearnerRequest> learners(List<ColumnInfo> columns) {
            return List.of(withDefaults(new LearnerRequest(learner, params), columns));
        }
    }

    @Command(name = "compare", description = "Compare learners on the same folds, with a significance verdict against the best.")
    static final class Compare extends EvaluationCommand {
        @Option(names = "--learners", required = true, split = ",", paramLabel = "A,B,C", description = "Learners to compare.")
        List<String> names;

        @Option(names = "--param", paramLabel = "LEARNER.KEY=VALUE", description = "A learner parameter, e.g. randomforest.trees=300.")
        Map<String, String> params = new LinkedHashMap<>();

        @Override
        List<LearnerRequest> learners(List<ColumnInfo> columns) {
            List<LearnerRequest> requests = new ArrayList<>();
            for (String name : names) {
                Map<String, String> own = new LinkedHashMap<>();
                params.forEach((k, v) -> {
                    if (k.startsWith(name + ".")) {
                        own.put(k.substring(name.length() + 1), v);
                    }
                });
                requests.add(withDefaults(new LearnerRequest(name.strip(), own), columns));
            }
            params.keySet().stream().filter(k -> names.stream().noneMatch(n -> k.startsWith(n + "."))).findFirst()
                    .ifPresent(k -> {
                        throw new CommandLine.ParameterException(spec.commandLine(), "--param " + k
                                + " names no learner being compared; write it as LEARNER.KEY=VALUE");
                    });
            return requests;
        }
    }
}
