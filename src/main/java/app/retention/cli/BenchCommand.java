package app.retention.cli;

import app.retention.data.ImportOptions;
import app.retention.data.ImportResult;
import app.retention.data.ImportService;
import app.retention.data.TypedRows;
import app.retention.data.WekaCsvReference;
import app.retention.data.sample.MobileCommerceGenerator;
import app.retention.domain.DatasetInfo;
import app.retention.explore.ExploreService;
import app.retention.model.ProcessCpu;
import app.retention.store.InsertFloor;
import app.retention.store.Workspace;
import app.retention.task.TaskContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

@Command(name = "bench", description = "Benchmarks against Weka in the same process; prints times and ratios.",
        subcommands = {BenchCommand.ImportBench.class, BenchCommand.ProfileBench.class, BenchCommand.CvBench.class,
                BenchCommand.ScoreBench.class, SegmentBench.class})
final class BenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing benchmark: import, profile, cv, score or segment.");
    }

    @Command(name = "import", description = "Import a generated CSV into H2 vs. H2's bare batched insert of the same "
            + "typed rows (goal: ours at most 1.3x that floor) and vs. Weka's CSVLoader into memory.")
    static final class ImportBench implements Callable<Integer> {

        /** Ours may take at most this many times H2's bare insert of the same rows (issue 14). */
        static final double FLOOR_GOAL = 1.3;

        @Option(names = "--rows", defaultValue = "1000000", description = "Rows (default: ${DEFAULT-VALUE}).")
        int rows;

        @Option(names = "--warmup-rows", defaultValue = "20000", description = "Rows of the warm-up run of each (default: ${DEFAULT-VALUE}).")
        int warmupRows;

        @Option(names = "--repeat", defaultValue = "3", description = "Pairs of runs, H2's floor then ours; the "
                + "median of their ratios is the verdict (default: ${DEFAULT-VALUE}).")
        int repeat;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (rows < 1000 || warmupRows < 0) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--rows must be at least 1000");
            }
            if (repeat < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--repeat must be at least 1");
            }
            PrintWriter out = spec.commandLine().getOut();
            Path dir = Files.createTempDirectory("retention-bench-");
            try {
                MobileCommerceGenerator generator = new MobileCommerceGenerator(MobileCommerceGenerator.DEFAULT_SEED);
                if (warmupRows > 0) {
                    Path warm = dir.resolve("warmup.csv");
                    generator.writeBenchmarkCsv(warm, warmupRows);
                    timeFloor(dir.resolve("floor-warmup"), warm, new double[1]);
                    timeOurs(dir.resolve("ws-warmup"), warm);
                    timeWeka(warm);
                }
                Path csv = dir.resolve("bench.csv");
                generator.writeBenchmarkCsv(csv, rows);
                out.printf("bench import: %,d rows x %d columns, %.1f MB, JVM max heap %d MB%n", rows,
                        MobileCommerceGenerator.BENCHMARK_COLUMNS.size(), Files.size(csv) / 1e6,
                        Runtime.getRuntime().maxMemory() >> 20);
                out.flush();
                double[] toFloor = new double[repeat];
                double[] cpuToFloor = new double[repeat];
                double ours = Double.NaN;
                for (int run = 0; run < repeat; run++) {
                    // floor and ours back to back, so both of a pair meet the same load on a shared machine
                    double[] floorCpu = new double[1];
                    double floor = timeFloor(dir.resolve("floor-" + run), csv, floorCpu);
                    double cpuBefore = ProcessCpu.seconds();
                    ours = timeOurs(dir.resolve("ws-" + run), csv);
                    double oursCpu = ProcessCpu.seconds() - cpuBefore;
                    toFloor[run] = ours / floor;
                    cpuToFloor[run] = oursCpu / floorCpu[0];
                    out.printf("  run %d  h2 floor (bare batched insert of the typed rows) %7.2f s cpu %6.2f s | ours "
                                    + "(CSV -> H2: inference, typed table, statistics) %7.2f s cpu %6.2f s | %.2fx%n",
                            run + 1, floor, floorCpu[0], ours, oursCpu, toFloor[run]);
                    out.flush();
                    deleteTree(dir.resolve("floor-" + run));
                    deleteTree(dir.resolve("ws-" + run));
                }
                double weka = timeWeka(csv);
                out.printf("  weka: CSVLoader -> Instances in memory                %8.2f s  %,10.0f rows/s%n", weka, rows / weka);
                double median = median(toFloor);
                out.printf("  ratio (ours time / H2 floor time), median of %d pairs: %.2fx (goal <= %.2fx: %s); "
                                + "cpu time %.2fx%n", repeat, median, FLOOR_GOAL, median <= FLOOR_GOAL ? "met" : "NOT met",
                        median(cpuToFloor));
                double ratio = weka / ours;
                out.printf("  ratio (ours rows/s / weka rows/s): %.2fx (goal >= 2.00x: %s)%n", ratio,
                        ratio >= 2 ? "met" : "NOT met");
                return 0;
            } finally {
                deleteTree(dir);
            }
        }

        static double median(double[] values) {
            double[] sorted = values.clone();
            java.util.Arrays.sort(sorted);
            int mid = sorted.length / 2;
            return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
        }

        /** H2 alone: the file's rows are read and typed first (not timed), then inserted into a fresh workspace. */
        private static double timeFloor(Path workspaceDir, Path csv, double[] cpuSeconds) {
            ImportService imports = new ImportService(null);
            TypedRows typed = TypedRows.read(imports.analyze(csv, null, TaskContext.silent()));
            double cpuBefore = ProcessCpu.seconds();
            double seconds = InsertFloor.seconds(workspaceDir, typed.columns(), typed::row, typed.size());
            cpuSeconds[0] = ProcessCpu.seconds() - cpuBefore; // with opening the workspace, as ours is counted
            return seconds;
        }

        /** Our whole import, from the file to a committed dataset and the workspace closed; opening it is not timed. */
        private static double timeOurs(Path workspaceDir, Path csv) {
            Workspace ws = Workspace.open(workspaceDir);
            long start = System.nanoTime();
            try (ws) {
                ImportResult result = new ImportService(ws.datasets()).importFile(csv, ImportOptions.defaults(),
                        TaskContext.silent());
                if (result.dataset().rowsImported() == 0) {
                    throw new IllegalStateException("benchmark import wrote no rows");
                }
            }
            return (System.nanoTime() - start) / 1e9;
        }

        private static double timeWeka(Path csv) throws IOException {
            long start = System.nanoTime();
            int n = WekaCsvReference.load(csv);
            if (n == 0) {
                throw new IllegalStateException("Weka loaded no rows");
            }
            return (System.nanoTime() - start) / 1e9;
        }

        static void deleteTree(Path dir) throws IOException {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    @Command(name = "profile", description = "Profile a generated dataset in H2 vs. Weka loading the same CSV and "
            + "computing AttributeStats for every attribute. Goal: ours at least as fast.")
    static final class ProfileBench implements Callable<Integer> {

        @Option(names = "--rows", defaultValue = "1000000", description = "Rows (default: ${DEFAULT-VALUE}).")
        int rows;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (rows < 1000) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--rows must be at least 1000");
            }
            PrintWriter out = spec.commandLine().getOut();
            Path dir = Files.createTempDirectory("retention-bench-");
            try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
                MobileCommerceGenerator generator = new MobileCommerceGenerator(MobileCommerceGenerator.DEFAULT_SEED);
                Path warm = dir.resolve("warmup.csv");
                generator.writeBenchmarkCsv(warm, 20_000);
                ImportService imports = new ImportService(ws.datasets());
                DatasetInfo warmData = imports.importFile(warm, ImportOptions.defaults(), TaskContext.silent()).dataset();
                new ExploreService(ws).profile(warmData, TaskContext.silent());
                WekaCsvReference.loadAndSummarise(warm);
                Path csv = dir.resolve("bench.csv");
                generator.writeBenchmarkCsv(csv, rows);
                long importStart = System.nanoTime();
                DatasetInfo data = imports.importFile(csv, ImportOptions.defaults(), TaskContext.silent()).dataset();
                out.printf("bench profile: %,d rows x %d columns (import beforehand, not in the ratio: %.2f s; it "
                        + "tallies value counts the profile reads)%n", rows, data.columnCount(),
                        (System.nanoTime() - importStart) / 1e9);
                out.flush();
                long start = System.nanoTime();
                new ExploreService(ws).profile(data, TaskContext.silent());
                double ours = (System.nanoTime() - start) / 1e9;
                out.printf("  ours: profile in H2 (every column, churn counts)        %8.2f s%n", ours);
                out.flush();
                start = System.nanoTime();
                WekaCsvReference.loadAndSummarise(csv);
                double weka = (System.nanoTime() - start) / 1e9;
                out.printf("  weka: CSVLoader + AttributeStats for every attribute   %8.2f s%n", weka);
                double ratio = weka / ours;
                out.printf("  ratio (weka time / ours): %.2fx (goal >= 1.00x: %s)%n", ratio, ratio >= 1 ? "met" : "NOT met");
                return 0;
            } finally {
                ImportBench.deleteTree(dir);
            }
        }
    }

    @Command(name = "cv", description = "10-fold CV of random forest and boosting: ours in parallel vs. Weka's "
            + "crossValidateModel sequentially, same data and seed. Goal: at least 1.7x faster, identical AUC. "
            + "With --learners xgboost,boosting also XGBoost vs. LogitBoost. Goal: as good, at least 20x faster.")
    static final class CvBench implements Callable<Integer> {

        @Option(names = "--rows", defaultValue = "100000", description = "Rows (default: ${DEFAULT-VALUE}).")
        int rows;

        @Option(names = "--learners", split = ",", defaultValue = "randomforest,boosting", description = "Learners (default: ${DEFAULT-VALUE}).")
        java.util.List<String> learners;

        @Option(names = "--folds", defaultValue = "10", description = "Folds (default: ${DEFAULT-VALUE}).")
        int folds;

        @Option(names = "--threads", description = "Threads for ours (default: the machine's cores).")
        Integer threads;

        @Option(names = "--ours-only", description = "Skip Weka's sequential reference: time our cross-validation "
                + "only (XGBoost against LogitBoost needs no more).")
        boolean oursOnly;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (rows < 100) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--rows must be at least 100");
            }
            learners.forEach(app.retention.model.LearnerCatalog::get);
            int pool = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
            Path dir = Files.createTempDirectory("retention-bench-");
            try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
                Path csv = dir.resolve("bench.csv");
                new MobileCommerceGenerator(MobileCommerceGenerator.DEFAULT_SEED).writeBenchmarkCsv(csv, rows);
                DatasetInfo data = new ImportService(ws.datasets()).importFile(csv, ImportOptions.defaults(),
                        TaskContext.silent()).dataset();
                app.retention.model.CvBenchmark.run(ws, data, learners, folds, 1, pool, oursOnly,
                        spec.commandLine().getOut());
                return 0;
            } finally {
                ImportBench.deleteTree(dir);
            }
        }
    }

    @Command(name = "score", description = "Score ROWS customers read from H2 and write the scores back, vs. Weka's "
            + "distributionForInstance over the same rows in memory. Goal: end to end at most 2x the Weka loop.")
    static final class ScoreBench implements Callable<Integer> {

        @Option(names = "--rows", defaultValue = "1000000", description = "Rows scored (default: ${DEFAULT-VALUE}).")
        int rows;

        @Option(names = "--train-rows", defaultValue = "20000", description = "Rows the model is trained on (default: ${DEFAULT-VALUE}).")
        int trainRows;

        @Option(names = "--learner", defaultValue = "randomforest", description = "Learner (default: ${DEFAULT-VALUE}).")
        String learner;

        @Option(names = "--threads", description = "Threads for ours (default: the machine's cores).")
        Integer threads;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (rows < 100 || trainRows < 100) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--rows and --train-rows must be at least 100");
            }
            app.retention.model.LearnerCatalog.get(learner);
            int pool = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
            Path dir = Files.createTempDirectory("retention-bench-");
            try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
                MobileCommerceGenerator generator = new MobileCommerceGenerator(MobileCommerceGenerator.DEFAULT_SEED);
                Path trainCsv = dir.resolve("train.csv");
                generator.writeBenchmarkCsv(trainCsv, trainRows);
                Path csv = dir.resolve("score.csv");
                generator.writeBenchmarkCsv(csv, rows);
                ImportService imports = new ImportService(ws.datasets());
                DatasetInfo train = imports.importFile(trainCsv, ImportOptions.defaults(), TaskContext.silent()).dataset();
                DatasetInfo data = imports.importFile(csv, ImportOptions.defaults(), TaskContext.silent()).dataset();
                app.retention.model.ScoreBenchmark.run(ws, train, data, learner, pool, spec.commandLine().getOut());
                return 0;
            } finally {
                ImportBench.deleteTree(dir);
            }
        }
    }
}
