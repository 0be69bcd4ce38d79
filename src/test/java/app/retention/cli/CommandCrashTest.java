package app.retention.cli;

import app.retention.data.sample.MobileCommerceGenerator;
import app.retention.domain.DatasetInfo;
import app.retention.domain.ModelRecord;
import app.retention.domain.ExportLogEntry;
import app.retention.domain.ScoreRunRecord;
import app.retention.domain.SegmentRecord;
import app.retention.export.ExportLog;
import app.retention.model.ModelCatalog;
import app.retention.store.Workspace;
import app.retention.task.TaskContext;
import app.retention.testing.KilledCommand;
import app.retention.usecase.Workbench;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kill -9 at random points of {@code score}, {@code train}, {@code segment create} and {@code export}, each run in
 * a child JVM on a 1,000-customer workspace, twenty times each; then three opens of the workspace, each of which
 * must work and show nothing half-written, and the same command again, which must work. The kill points are
 * spread over the last four fifths of the command's uninterrupted run time (the first fifth is mostly the JVM
 * starting), measured once per command.
 */
@Tag("slow")
class CommandCrashTest {

    private static final int KILLS = 20;
    private static final int CUSTOMERS = 1_000;

    @TempDir
    static Path shared;
    private static Path trained;
    private static Path segmented;

    private static final List<String> summary = new ArrayList<>();

    @TempDir
    Path dir;
    private int folders;

    /** Where a trial kills the command: returns whether it was still running. */
    @FunctionalInterface
    private interface KillPoint {
        boolean kill(KilledCommand running, Path out, Duration fullCpu, Random random) throws InterruptedException;
    }

    /** At a random share (30 to 100%) of the processor time an uninterrupted run takes. */
    private static final KillPoint SHARE_OF_CPU = (running, out, fullCpu, random) -> running.killAtCpu(
            Duration.ofMillis((long) (fullCpu.toMillis() * (0.3 + 0.7 * random.nextDouble()))));

    /**
     * Every other trial at a share of processor time; the others once the export's staged file shows in the
     * folder, after 0 to 400 ms more: while it is written, moved into place and logged.
     */
    private static final KillPoint WHILE_EXPORTING = (running, out, fullCpu, random) -> {
        if (random.nextBoolean()) {
            return SHARE_OF_CPU.kill(running, out, fullCpu, random);
        }
        Duration extra = Duration.ofMillis(random.nextInt(400));
        return running.waitUntil(() -> staged(out)) ? running.killIn(extra) : running.killIn(Duration.ZERO);
    };

    /** Whether the export folder holds a staged (temporary) file. */
    private static boolean staged(Path out) {
        try (Stream<Path> files = Files.list(out)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".part"));
        } catch (IOException e) {
            return false;
        }
    }

    /** What a check found wrong in one open, or nothing. */
    @FunctionalInterface
    private interface Check {
        List<String> problems(Workspace workspace, Path out) throws IOException;
    }

    @BeforeAll
    static void seedWorkspaces() throws IOException {
        List<Path> snapshots = new MobileCommerceGenerator(MobileCommerceGenerator.DEFAULT_SEED)
                .writeSnapshots(shared.resolve("data"), CUSTOMERS);
        trained = shared.resolve("trained");
        cli(trained, "import", snapshots.get(0).toString(), "--name", "customers");
        cli(trained, "train", "customers", "--learner", "logistic", "--folds", "3", "--threads", "1");
        segmented = shared.resolve("segmented");
        KilledCommand.copyWorkspace(trained, segmented);
        cli(segmented, "segment", "create", "base", "--dataset", "customers", "--model", "1");
    }

    @AfterAll
    static void sayWhereTheKillsFell() {
        summary.forEach(System.out::println);
    }

    @Test
    void aKilledScoringLeavesEveryScoringWholeAndTheNextOneWorks() throws Exception {
        Function<Path, String[]> score = out -> new String[]{"score", "customers", "--model", "1"};
        List<String> failures = killRepeatedly(trained, score, (workspace, out) -> wholeScorings(workspace));
        assertThat(failures).isEmpty();
    }

    @Test
    void aKilledTrainingLeavesNoPartialModelAndTheNextOneWorks() throws Exception {
        Function<Path, String[]> train = out -> new String[]{"train", "customers", "--learner", "j48", "--folds", "3",
                "--threads", "1"};
        double expectedAuc = finishedOnce(trained, train, workspace -> workspace.models().list().get(0).rocAuc());
        List<String> failures = killRepeatedly(trained, train, (workspace, out) -> {
            List<String> problems = new ArrayList<>();
            List<ModelRecord> models = workspace.models().list();
            if (models.size() > 3) {
                problems.add(models.size() + " models, at most 3 expected (the seed's, the killed and the next)");
            }
            ModelCatalog catalog = new ModelCatalog(workspace);
            for (ModelRecord model : models.subList(0, models.size() - 1)) {
                if (model.rocAuc() != expectedAuc) {
                    problems.add("model " + model.id() + " has AUC " + model.rocAuc() + ", not " + expectedAuc);
                }
                catalog.model(model.id()); // reads the classifier back through the filter, checking its bytes
                catalog.validationScores(model.id());
            }
            return problems;
        });
        assertThat(failures).isEmpty();
    }

    @Test
    void aKilledSegmentCreateLeavesNoHalfSavedSegmentAndTheNextOneWorks() throws Exception {
        Function<Path, String[]> create = out -> new String[]{"segment", "create", "vip", "--dataset", "customers",
                "--model", "1", "--where", "risk_band = High|Medium"};
        Function<Path, String[]> again = out -> new String[]{"segment", "create", "vip-again", "--dataset",
                "customers", "--model", "1", "--where", "risk_band = High|Medium"};
        SegmentRecord expected = finishedOnce(trained, create, workspace -> workspace.segments().find("vip")
                .orElseThrow());
        List<String> failures = killRepeatedly(new Scenario(trained, create, again, SHARE_OF_CPU, (workspace, out) -> {
            List<String> problems = new ArrayList<>(wholeScorings(workspace));
            // a killed create may leave its fresh scoring, whole; the next create reuses it instead of a second one
            if (workspace.scores().runs().size() > 1) {
                problems.add(workspace.scores().runs().size() + " scorings of the same data by the same model");
            }
            for (SegmentRecord segment : workspace.segments().list()) {
                if (!segment.controlKeys().equals(expected.controlKeys())) {
                    problems.add("segment " + segment.name() + " has " + segment.controlKeys().size()
                            + " control keys, not " + expected.controlKeys().size());
                }
                try (Workbench services = new Workbench(workspace, 1)) {
                    services.segments().load(segment.name(), TaskContext.silent());
                }
            }
            return problems;
        }, KILLS));
        assertThat(failures).isEmpty();
    }

    @Test
    void aKilledExportLeavesNoPartOfAFileAndALogThatMatchesTheFiles() throws Exception {
        String[][] kinds = {{"calllist", "list.csv", "--capacity", "200"}, {"segmentlist", "list.xlsx"},
                {"brief", "brief.pdf"}};
        List<String> failures = new ArrayList<>();
        for (String[] kind : kinds) {
            Function<Path, String[]> export = out -> {
                List<String> args = new ArrayList<>(List.of("export", kind[0], "base", "--out",
                        out.resolve(kind[1]).toString()));
                args.addAll(List.of(kind).subList(2, kind.length));
                return args.toArray(String[]::new);
            };
            failures.addAll(killRepeatedly(new Scenario(segmented, export, export, WHILE_EXPORTING,
                    CommandCrashTest::exportsMatchFiles, KILLS / kinds.length + 1)));
        }
        assertThat(failures).isEmpty();
    }

    private List<String> killRepeatedly(Path seed, Function<Path, String[]> command, Check check) throws Exception {
        return killRepeatedly(new Scenario(seed, command, command, SHARE_OF_CPU, check, KILLS));
    }

    /** A command to kill, the same kind of command to run after, where to kill, what to check, how often. */
    private record Scenario(Path seed, Function<Path, String[]> command, Function<Path, String[]> again,
                            KillPoint killPoint, Check check, int kills) {
    }

    /**
     * Kills the command {@code kills} times, then opens three times (each open checked), runs the same kind of
     * command again in this JVM and checks once more.
     */
    private List<String> killRepeatedly(Scenario scenario) throws Exception {
        Duration fullCpu = cpuOnce(scenario.seed(), scenario.command());
        Kept kept;
        try (Workspace workspace = Workspace.open(scenario.seed())) {
            kept = Kept.of(workspace);
        }
        String name = String.join(" ", scenario.command().apply(dir)).replace(dir.toString(), "");
        Random random = new Random(20261128L + name.hashCode());
        List<String> failures = new ArrayList<>();
        List<String> ended = new ArrayList<>();
        int killed = 0;
        for (int trial = 1; trial <= scenario.kills(); trial++) {
            Path ws = folder("trial-" + trial);
            Path out = folder("trial-" + trial + "-out");
            KilledCommand.copyWorkspace(scenario.seed(), ws);
            KilledCommand running = KilledCommand.start(withWorkspace(ws, scenario.command().apply(out)));
            if (scenario.killPoint().kill(running, out, fullCpu, random)) {
                killed++;
            } else {
                ended.add("exit " + running.exitCode());
            }
            String where = name + ", trial " + trial + " (killed at " + running.cpuTime().toMillis() + " ms of "
                    + fullCpu.toMillis() + " ms processor time)";
            for (int open = 1; open <= 3; open++) {
                failures.addAll(checked(ws, out, scenario.check(), kept, where + ", open " + open));
            }
            Run next = cli(ws, out, scenario.again());
            if (next.code() != 0) {
                failures.add(where + ", the command again: exit " + next.code() + ", " + next.err());
            }
            failures.addAll(checked(ws, out, scenario.check(), kept, where + ", after the command again"));
        }
        summary.add(String.format(Locale.ROOT, "%s: %d runs, %d killed, %d ended by themselves %s, full run %d ms "
                + "processor time", name, scenario.kills(), killed, ended.size(), ended, fullCpu.toMillis()));
        assertThat(killed).as("runs of %s killed before they ended (the others: %s)", name, ended)
                .isGreaterThan(scenario.kills() / 2);
        return failures;
    }

    /** What the seed holds that no command may lose: its datasets, models and segments. */
    private record Kept(List<DatasetInfo> datasets, List<Long> models, List<String> segments) {

        static Kept of(Workspace workspace) {
            return new Kept(workspace.datasets().list(), workspace.models().list().stream()
                    .map(ModelRecord::id).toList(), workspace.segments().list().stream()
                    .map(SegmentRecord::name).toList());
        }

        List<String> missingFrom(Workspace workspace) {
            Kept now = of(workspace);
            List<String> problems = new ArrayList<>();
            datasets.stream().filter(d -> !now.datasets().contains(d)).forEach(d -> problems.add("dataset "
                    + d.reference() + " is gone or changed"));
            models.stream().filter(m -> !now.models().contains(m)).forEach(m -> problems.add("model " + m
                    + " is gone"));
            segments.stream().filter(n -> !now.segments().contains(n)).forEach(n -> problems.add("segment " + n
                    + " is gone"));
            return problems;
        }
    }

    private static List<String> checked(Path ws, Path out, Check check, Kept kept, String where) {
        try (Workspace workspace = Workspace.open(ws)) {
            List<String> problems = new ArrayList<>(kept.missingFrom(workspace));
            problems.addAll(check.problems(workspace, out));
            return problems.stream().map(p -> where + ": " + p).toList();
        } catch (IOException | RuntimeException e) {
            return List.of(where + ": " + e);
        }
    }

    /** Every scoring has all its scores: one per customer. */
    private static List<String> wholeScorings(Workspace workspace) {
        List<String> problems = new ArrayList<>();
        for (ScoreRunRecord run : workspace.scores().runs()) {
            int stored = workspace.scores().scores(run.id()).size();
            if (run.rowsScored() != CUSTOMERS || stored != CUSTOMERS) {
                problems.add("scoring " + run.id() + " says " + run.rowsScored() + " customers and has " + stored
                        + " scores");
            }
        }
        return problems;
    }

    /**
     * No temporary file in the export folder; every file there (and its provenance sidecar) is the one the export
     * log recorded last for it; every logged file is there, unchanged.
     */
    private static List<String> exportsMatchFiles(Workspace workspace, Path out) throws IOException {
        List<String> problems = new ArrayList<>();
        List<ExportLogEntry> log = workspace.exportLog().entries().stream()
                .filter(e -> Path.of(e.file()).startsWith(out)).toList();
        for (ExportLogEntry entry : log) {
            ExportLog.FileState state = ExportLog.check(entry, log);
            if (!ExportLog.accountedFor(state)) {
                problems.add("logged export " + entry.file() + " is " + state);
            }
        }
        try (Stream<Path> files = Files.list(out)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith(".") || name.endsWith(".part")) {
                    problems.add("temporary file left: " + name);
                } else if (name.endsWith(".provenance.json")) {
                    if (!Files.exists(file.resolveSibling(name.substring(0, name.length() - ".provenance.json"
                            .length())))) {
                        problems.add("provenance without its export: " + name);
                    }
                } else if (log.stream().noneMatch(e -> Path.of(e.file()).equals(file)
                        && ExportLog.check(e, log) == ExportLog.FileState.UNCHANGED)) {
                    problems.add("file not in the export log: " + name);
                } else if (!Files.exists(file.resolveSibling(name + ".provenance.json"))) {
                    problems.add("export without its provenance: " + name);
                }
            }
        }
        return problems;
    }

    /** The processor time the command takes when it is not killed. */
    private Duration cpuOnce(Path seed, Function<Path, String[]> command) throws Exception {
        Path ws = folder("timed");
        Path out = folder("timed-out");
        KilledCommand.copyWorkspace(seed, ws);
        KilledCommand running = KilledCommand.start(withWorkspace(ws, command.apply(out)));
        assertThat(running.awaitExit(Duration.ofMinutes(2))).as("exit code of %s", List.of(command.apply(out)))
                .isZero();
        return running.cpuTime();
    }

    /** What the command leaves when it finishes, run in this JVM on a copy of the seed. */
    private <T> T finishedOnce(Path seed, Function<Path, String[]> command, Function<Workspace, T> read)
            throws IOException {
        Path ws = folder("finished");
        KilledCommand.copyWorkspace(seed, ws);
        Run run = cli(ws, folder("finished-out"), command);
        assertThat(run.code()).as(run.err()).isZero();
        try (Workspace workspace = Workspace.open(ws)) {
            return read.apply(workspace);
        }
    }

    /** A new folder in the test's temporary folder. */
    private Path folder(String name) throws IOException {
        return Files.createDirectories(dir.resolve(++folders + "-" + name));
    }

    private record Run(int code, String err) {
    }

    private static Run cli(Path ws, Path out, Function<Path, String[]> command) {
        StringWriter err = new StringWriter();
        int code = WorkbenchCli.run(withWorkspace(ws, command.apply(out)), new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        return new Run(code, err.toString().strip());
    }

    private static void cli(Path ws, String... args) {
        Run run = cli(ws, ws, out -> args);
        assertThat(run.code()).as(run.err()).isZero();
    }

    private static String[] withWorkspace(Path ws, String... args) {
        return Stream.concat(Stream.of("--workspace", ws.toString()), Stream.of(args)).toArray(String[]::new);
    }
}
