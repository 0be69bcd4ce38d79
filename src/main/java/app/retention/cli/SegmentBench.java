package app.retention.cli;

import app.retention.data.ImportOptions;
import app.retention.data.ImportService;
import app.retention.data.sample.MobileCommerceGenerator;
import app.retention.domain.DatasetInfo;
import app.retention.domain.ScoreRunRecord;
import app.retention.model.CvPlan;
import app.retention.model.LearnerRequest;
import app.retention.model.ModelService;
import app.retention.model.ScoringService;
import app.retention.store.Workspace;
import app.retention.task.TaskContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code bench segment}: {@code segment create} on ROWS scored customers, with its time and the heap it needed.
 * The scored workspace is prepared once in {@code --keep DIR} (import, a logistic model, a scoring with reasons)
 * and reused, so the create can be run again in a JVM with a small heap ({@code -Xmx1g}) and be measured alone.
 */
@Command(name = "segment", description = "Time segment create on ROWS scored customers and report the heap it "
        + "needed. Goal: 1,000,000 customers within -Xmx1g.")
final class SegmentBench implements Callable<Integer> {

    private static final String DATASET = "bench_customers";
    private static final String TRAINING = "bench_training";

    @Option(names = "--rows", defaultValue = "1000000", description = "Scored customers (default: ${DEFAULT-VALUE}).")
    int rows;

    @Option(names = "--keep", paramLabel = "DIR", required = true, description = "Folder of the scored workspace: "
            + "prepared when empty, reused otherwise.")
    Path keep;

    @Option(names = "--where", paramLabel = "EXPR", description = "Filter of the segment (default: none, every "
            + "customer).")
    String where;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (rows < 1000) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--rows must be at least 1000");
        }
        PrintWriter out = spec.commandLine().getOut();
        Path workspace = keep.resolve("ws");
        long model = prepare(workspace, out);
        String name = "bench " + System.currentTimeMillis();
        List<String> args = new ArrayList<>(List.of("--workspace", workspace.toString(), "segment",
                "create", name, "--dataset", DATASET, "--model", Long.toString(model)));
        if (where != null) {
            args.addAll(List.of("--where", where));
        }
        System.gc();
        long before = usedHeap();
        resetPeaks();
        long start = System.nanoTime();
        StringWriter said = new StringWriter();
        StringWriter failed = new StringWriter();
        int code = WorkbenchCli.run(args.toArray(String[]::new), new PrintWriter(said), new PrintWriter(failed));
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = peakHeap();
        out.printf(Locale.ROOT, "bench segment: %,d scored customers, JVM max heap %,d MB%n", rows,
                Runtime.getRuntime().maxMemory() >> 20);
        out.print(said);
        out.print(failed);
        out.printf(Locale.ROOT, "  segment create: exit %d in %.1f s; heap before %,d MB, peak %,d MB (sum of the "
                + "heap pools' peaks, an upper bound)%n", code, seconds, before >> 20, peak >> 20);
        if (code == 0) {
            WorkbenchCli.run(new String[] {"--workspace", workspace.toString(), "segment", "delete", name},
                    new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        }
        return code;
    }

    /** Imports, trains and scores once; later runs find the scoring and return its model. */
    private long prepare(Path workspace, PrintWriter out) throws Exception {
        try (Workspace ws = Workspace.open(workspace)) {
            DatasetInfo data = ws.datasets().find(DATASET).orElse(null);
            if (data != null) {
                ScoreRunRecord scoring = ws.scores().runs().stream()
                        .filter(r -> r.datasetName().equals(DATASET)).findFirst().orElseThrow();
                return scoring.modelId();
            }
            long start = System.nanoTime();
            MobileCommerceGenerator generator = new MobileCommerceGenerator(MobileCommerceGenerator.DEFAULT_SEED);
            Path csv = keep.resolve("customers.csv");
            generator.writeBenchmarkCsv(csv, rows);
            Path trainCsv = keep.resolve("training.csv");
            generator.writeBenchmarkCsv(trainCsv, 20_000);
            ImportService imports = new ImportService(ws.datasets());
            DatasetInfo train = imports.importFile(trainCsv, new ImportOptions(TRAINING, null, null, false),
                    TaskContext.silent()).dataset();
            data = imports.importFile(csv, new ImportOptions(DATASET, null, null, false), TaskContext.silent())
                    .dataset();
            Files.delete(csv);
            Files.delete(trainCsv);
            long model;
            try (ModelService models = new ModelService(ws, 2)) {
                model = models.crossValidate(train, List.of(LearnerRequest.of("logistic")),
                        new CvPlan(2, 1, 1, false, true), TaskContext.silent()).get(0).id();
            }
            new ScoringService(ws, 2).score(data, model, true, TaskContext.silent());
            out.printf(Locale.ROOT, "  prepared %s: %,d rows imported and scored with reasons by model %d in %.0f s%n",
                    workspace, data.rowsImported(), model, (System.nanoTime() - start) / 1e9);
            out.flush();
            return model;
        }
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void resetPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }
}
