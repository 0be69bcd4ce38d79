package app.retention.model;

import app.retention.domain.ColumnRole;
import app.retention.domain.DatasetInfo;
import app.retention.domain.Encoding;
import app.retention.evaluate.MetricSet;
import app.retention.explore.ExploreService;
import app.retention.store.Workspace;
import app.retention.task.TaskContext;
import app.retention.testing.CliRun;
import app.retention.testing.HighCardinalityFiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The figures of docs/benchmarks.md, "High-cardinality categories" (issue 13, docs/adr/0016): each learner
 * cross-validated on a generated file with its many-valued column as today's raw categories ("keep"), with the
 * default encoding, and without the column, timed in this process. Run {@link #main} (arguments: rows, folds,
 * learners) or the slow {@code HighCardinalityGoalsTest}, which checks the AUC goal.
 */
final class HighCardinalityBenchmark {

    static final List<String> LEARNERS = List.of("logistic", "naivebayes", "j48", "randomforest", "boosting",
            "xgboost", "jrip", "smo", "mlp");
    /** Raw categories that took minutes (or the heap) on 1,100 values: not run as "keep" on the city file. */
    static final List<String> TOO_SLOW_RAW = List.of("logistic", "smo", "mlp", "randomforest", "boosting", "jrip");

    /** One learner's figures under one way of taking the column. */
    record Figure(double auc, long millis) {
    }

    /** A learner's figures: kept raw (null when not run), default encoding, without the column. */
    record Row(String learner, Figure keep, Figure encoded, Figure without) {

        double gain() {
            return encoded.auc() - without.auc();
        }

        double timeRatio() {
            return (double) encoded.millis() / Math.max(1, without.millis());
        }
    }

    /** Runs per learner and condition; the fastest counts. */
    static final int TIMINGS = 2;

    private HighCardinalityBenchmark() {
    }

    private static Figure faster(Figure a, Figure b) {
        if (a.auc() != b.auc()) {
            throw new IllegalStateException("The same cross-validation gave AUC " + a.auc() + " and " + b.auc());
        }
        return a.millis() <= b.millis() ? a : b;
    }

    /** Cross-validates each learner on {@code file}'s {@code column} three ways; {@code rawToo} says who runs "keep". */
    static List<Row> measure(Path dir, Path file, String name, String column, List<String> learners, int folds,
                             int timings, java.util.function.Predicate<String> rawToo) {
        CliRun imported = CliRun.on(dir, "import", file.toString(), "--name", name);
        if (imported.code() != 0) {
            throw new IllegalStateException(imported.err());
        }
        List<Row> rows = new ArrayList<>();
        try (Workspace workspace = Workspace.open(dir); ModelService models = new ModelService(workspace, 2)) {
            DatasetInfo dataset = workspace.datasets().require(name);
            ExploreService explore = new ExploreService(workspace);
            BiFunction<String, Integer, Figure> run = (learner, seed) -> {
                long start = System.nanoTime();
                ModelRun result = models.crossValidate(dataset, List.of(LearnerRequest.of(learner)),
                        new CvPlan(folds, 1, seed, false, false), TaskContext.silent()).get(0);
                Figure figure = new Figure(result.evaluation().mean(MetricSet::rocAuc),
                        (System.nanoTime() - start) / 1_000_000);
                System.err.printf(Locale.ROOT, "%s %s: AUC %.4f in %,d ms%n", name, learner, figure.auc(),
                        figure.millis());
                return figure;
            };
            Map<String, Figure> keep = new LinkedHashMap<>();
            Map<String, Figure> encoded = new LinkedHashMap<>();
            Map<String, Figure> without = new LinkedHashMap<>();
            // a warm-up so the first learner does not pay for class loading
            run.apply("naivebayes", 1);
            // with and without the column in turn, twice, each timed at its fastest: the machine is shared
            for (String learner : learners) {
                for (int repeat = 0; repeat < timings; repeat++) {
                    explore.changeRole(dataset, column, ColumnRole.IGNORED);
                    without.merge(learner, run.apply(learner, 1), HighCardinalityBenchmark::faster);
                    explore.changeRole(dataset, column, ColumnRole.FEATURE);
                    encoded.merge(learner, run.apply(learner, 1), HighCardinalityBenchmark::faster);
                }
            }
            explore.changeEncoding(dataset, column, Encoding.KEEP, null);
            for (String learner : learners) {
                if (rawToo.test(learner)) {
                    keep.put(learner, run.apply(learner, 1));
                }
            }
            for (String learner : learners) {
                rows.add(new Row(learner, keep.get(learner), encoded.get(learner), without.get(learner)));
            }
        }
        return rows;
    }

    static String table(String title, List<Row> rows) {
        StringBuilder out = new StringBuilder(title).append('\n');
        out.append(String.format(Locale.ROOT, "%-13s %9s %9s %9s %8s %10s %10s %10s %7s%n", "learner", "AUC keep",
                "AUC enc.", "AUC w/o", "gain", "ms keep", "ms enc.", "ms w/o", "time ×"));
        for (Row r : rows) {
            out.append(String.format(Locale.ROOT, "%-13s %9s %9.4f %9.4f %+8.4f %10s %10d %10d %7.2f%n", r.learner(),
                    r.keep() == null ? "—" : String.format(Locale.ROOT, "%.4f", r.keep().auc()), r.encoded().auc(),
                    r.without().auc(), r.gain(), r.keep() == null ? "not run" : String.valueOf(r.keep().millis()),
                    r.encoded().millis(), r.without().millis(), r.timeRatio()));
        }
        Row best = best(rows);
        out.append(String.format(Locale.ROOT, "best with the default encoding: %s, AUC %.4f against %.4f without the "
                + "column (%+.4f)%n", best.learner(), best.encoded().auc(), best.without().auc(), best.gain()));
        return out.toString();
    }

    static Row best(List<Row> rows) {
        return rows.stream().max((x, y) -> Double.compare(x.encoded().auc(), y.encoded().auc())).orElseThrow();
    }

    static List<Row> telecom(Path dir, int rows, int folds, List<String> learners, boolean timed) {
        Path file = HighCardinalityFiles.telecom(dir.resolve("telecom.csv"), rows, 13);
        return measure(dir.resolve("ws-telecom"), file, "telecom", "state", learners, folds, timed ? TIMINGS : 1,
                learner -> timed);
    }

    static List<Row> cities(Path dir, int rows, int folds, List<String> learners, boolean timed) {
        Path file = HighCardinalityFiles.cities(dir.resolve("cities.csv"), rows, 17);
        return measure(dir.resolve("ws-cities"), file, "cities", "city", learners, folds, timed ? TIMINGS : 1,
                learner -> timed && !TOO_SLOW_RAW.contains(learner));
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 4_000;
        int folds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<String> learners = args.length > 2 ? List.of(args[2].split(",")) : LEARNERS;
        Path dir = Files.createTempDirectory("high-cardinality");
        if (args.length > 3 && args[3].equals("raw-cities")) {
            // today's raw categories on the city file for every learner named, however long they take
            Path file = HighCardinalityFiles.cities(dir.resolve("cities.csv"), rows, 17);
            System.out.println(table("(b) cities, raw categories for all", measure(dir.resolve("ws"), file, "cities",
                    "city", learners, folds, 1, learner -> true)));
            return;
        }
        System.out.println(table(String.format(Locale.ROOT, "(a) telecom, 51-value state, %,d customers, %d-fold CV",
                rows, folds), telecom(dir, rows, folds, learners, true)));
        System.out.println(table(String.format(Locale.ROOT, "(b) cities, 1,100-value city, %,d customers, %d-fold CV",
                rows, folds), cities(dir, rows, folds, learners, true)));
    }
}
