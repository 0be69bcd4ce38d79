package app.retention.cli;

import app.retention.domain.DatasetInfo;
import app.retention.domain.SegmentRecord;
import app.retention.store.Workspace;
import app.retention.task.TaskCancelledException;
import app.retention.task.TaskContext;
import app.retention.testing.CliRun;
import app.retention.testing.CliWorkspace;
import app.retention.testing.WorkspaceSnapshot;
import app.retention.usecase.Workbench;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A generated corpus of bad input (issue 17, "How it is shown"): imports ({@link ImportCorpus}), model files
 * ({@link ModelFileCorpus}), segments, scores and exports ({@link SegmentCorpus}) and options
 * ({@link OptionCorpus}). Every case must fail with its exit code and exactly one {@code error:} line naming the
 * option or file, without an exception class name, within 30 s, and leave the workspace as it was (datasets,
 * experiments, segments, scorings, exports). {@link HeapBoundCorpusTest} runs the heavy ones again in a 512 MB JVM.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FailureCorpusTest {

    /** How long one case may take: a refusal must never hang. */
    private static final Duration LIMIT = Duration.ofSeconds(30);
    /** A Java exception's simple class name as a raw message shows it. */
    private static final Pattern EXCEPTION_NAME = Pattern.compile("\\b\\w*(Exception|Error)\\b|\\bat [\\w.$]+\\(");

    @TempDir
    static Path dir;
    private CliWorkspace cli;
    private String model;
    /**
     * The workspace as the last case left it: cases run one after another and each must leave it as it found it,
     * so the state after one is the state before the next (one open of the workspace fewer per case). Any other
     * test may change the workspace, so it forgets it.
     */
    private String lastObserved;


    @BeforeAll
    void scoreASmallDatasetAndSaveASegment() throws Exception {
        cli = CliWorkspace.in(dir);
        Random random = new Random(17);
        StringBuilder csv = new StringBuilder("customer_id,plan,tenure,clv,note,churn\n");
        for (int i = 1; i <= 300; i++) {
            int tenure = random.nextInt(60);
            boolean churn = random.nextDouble() < (tenure < 12 ? 0.6 : 0.15);
            csv.append("C").append(i).append(',').append(i % 3 == 0 ? "basic" : "pro").append(',').append(tenure)
                    .append(',').append(String.format(java.util.Locale.ROOT, "%.2f", 20 + random.nextDouble() * 500))
                    .append(",note ").append(i).append(',').append(churn ? "Yes" : "No").append('\n');
        }
        Path file = dir.resolve("customers.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        cli.ok("import", file.toString(), "--name", "customers");
        cli.ok("import", file.toString(), "--name", "unscored"); // segment create on it scores first, then may fail
        JsonNode trained = cli.json("train", "customers", "--learner", "logistic", "--folds", "3",
                "--json");
        model = trained.get(0).get("id").asText();
        cli.ok("segment", "create", "High risk BR", "--dataset", "customers", "--model", model);
    }

    /**
     * Everything a user could observe of the workspace: {@code datasets --json} as scripts read it, and from one
     * open of the store the datasets' tables, experiments, segments with their control groups, scorings and exports.
     */
    private String observed() {
        String seen = cli.ok("datasets", "--json").out();
        try (Workspace ws = Workspace.open(cli.directory())) {
            return seen + WorkspaceSnapshot.of(ws) + ws.models().list() + ws.segments().list()
                    + ws.scores().runs() + ws.exportLog().entries();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("quickCases")
    void failsInOneLineAndChangesNothing(CorpusCase c) {
        assertFailsInOneLineAndChangesNothing(c);
    }

    @Tag("slow") // model-file bombs, fields of megabytes and PDF briefs: about a minute more
    @ParameterizedTest(name = "{0}")
    @MethodSource("slowCases")
    void heavyInputFailsInOneLineAndChangesNothing(CorpusCase c) {
        assertFailsInOneLineAndChangesNothing(c);
    }

    @BeforeEach
    void forgetTheWorkspaceUnlessACaseRuns(TestInfo test) {
        if (!test.getTestMethod().map(m -> m.getName().endsWith("InOneLineAndChangesNothing")).orElse(false)) {
            lastObserved = null;
        }
    }

    private void assertFailsInOneLineAndChangesNothing(CorpusCase c) {
        String before = lastObserved != null ? lastObserved : observed();
        lastObserved = null;
        List<String> args = new ArrayList<>(c.args().apply(dir));
        args.replaceAll(a -> a.replace("$MODEL", model));

        CliRun run = assertTimeoutPreemptively(LIMIT, () -> cli.run(args));

        assertThat(run.code()).as(run.err()).isEqualTo(c.code());
        List<String> lines = run.err().strip().lines().toList();
        assertThat(lines).as(run.err()).hasSize(1);
        assertThat(lines.get(0)).startsWith("error: ").contains(c.mentions()).doesNotContain("unexpected");
        assertThat(EXCEPTION_NAME.matcher(lines.get(0)).find()).as(lines.get(0)).isFalse();
        String after = observed();
        assertThat(after).isEqualTo(before);
        lastObserved = after;
    }

    @Test
    void aDeletedSegmentIsGoneAndItsNameCanBeUsedAgain() {
        cli.ok("segment", "create", "to delete", "--dataset", "customers", "--model", model);

        CliRun deleted = cli.ok("segment", "delete", "  to delete ");

        assertThat(deleted.out()).contains("Deleted segment to delete.");
        assertThat(cli.ok("segment", "list").out()).doesNotContain("to delete");
        cli.ok("segment", "create", "to delete", "--dataset", "customers", "--model", model);
        cli.ok("segment", "delete", "to delete");
    }

    @Test
    void aSegmentIsRenamedAndCopiedWithItsCustomersAndControlGroup() {
        cli.ok("segment", "create", "to rename", "--dataset", "customers", "--model", model);
        String listed = cli.ok("segment", "list").out();

        assertThat(cli.ok("segment", "rename", " to rename ", "renamed").out())
                .contains("Renamed segment to rename to renamed.");
        assertThat(cli.ok("segment", "copy", "renamed", "a copy").out()).contains("Copied segment renamed to a copy");
        try (Workspace ws = Workspace.open(cli.directory())) {
            SegmentRecord renamed = ws.segments().find("renamed").orElseThrow();
            SegmentRecord copy = ws.segments().find("a copy").orElseThrow();
            assertThat(ws.segments().exists("to rename")).isFalse();
            assertThat(copy.controlKeys()).isEqualTo(renamed.controlKeys()).isNotEmpty();
            assertThat(copy.customers()).isEqualTo(renamed.customers());
            assertThat(copy.definition()).isEqualTo(renamed.definition());
        }
        assertThat(cli.ok("segment", "list").out()).contains("renamed", "a copy").doesNotContain("to rename")
                .hasLineCount((int) listed.lines().count() + 1);
        assertThat(cli.ok("export", "calllist", "a copy", "--capacity", "5", "--out",
                dir.resolve("copy.csv").toString())
                .out()).contains("Wrote 5 customers");
        cli.ok("segment", "delete", "renamed");
        cli.ok("segment", "delete", "a copy");
    }

    @Test
    void aSegmentIsFoundByItsNameWithTrailingSpaces() {
        Path file = dir.resolve("trailing.csv");

        CliRun run = cli.ok("export", "calllist", "High risk BR  ", "--capacity", "10", "--out", file.toString());

        assertThat(run.out()).contains("Wrote 10 customers");
        assertThat(file).isRegularFile();
    }

    @Test
    void aScoringCancelledAfterItsScoresWereStoredLeavesNoScores() {
        String before = observed();
        try (Workspace ws = Workspace.open(cli.directory()); Workbench workbench = new Workbench(ws)) {
            DatasetInfo customers = ws.datasets().require("customers");
            int scorings = ws.scores().runs().size();
            List<Integer> scoringsWhenCancelled = new ArrayList<>();
            // cancelled at the first progress report after "Saving N scores": while the customers are read
            TaskContext cancelWhileReading = new TaskContext() {
                private boolean saving;
                private boolean reading;

                @Override
                public void progress(double fraction, String message) {
                    if (saving && !reading) {
                        reading = true;
                        scoringsWhenCancelled.add(ws.scores().runs().size());
                    }
                    saving |= message.startsWith("Saving");
                }

                @Override
                public boolean isCancelled() {
                    return reading;
                }
            };

            assertThatThrownBy(() -> workbench.preparation().scoreAgain(customers, Long.parseLong(model), false,
                    cancelWhileReading)).isInstanceOf(TaskCancelledException.class);
            assertThat(scoringsWhenCancelled).as("the scores were stored before the cancel").containsExactly(scorings + 1);
        }
        assertThat(observed()).isEqualTo(before);
    }

    @Test
    void aReadOnlyFileIsNotReplacedByAnExport() throws Exception {
        Path file = dir.resolve("kept.csv");
        Files.writeString(file, "keep me\n");
        boolean immutable = readOnly(file);
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(file), "cannot make a file read-only here");
            String before = observed();

            CliRun run = cli.run(List.of("export", "calllist", "High risk BR", "--capacity", "10", "--out",
                    file.toString()));

            assertThat(run.code()).isEqualTo(1);
            assertThat(run.err().strip().lines()).hasSize(1);
            assertThat(run.err()).startsWith("error: ").contains(file.toString()).contains("cannot be written");
            assertThat(observed()).isEqualTo(before);
        } finally {
            if (immutable) {
                new ProcessBuilder("chattr", "-i", file.toString()).start().waitFor();
            }
            file.toFile().setWritable(true, false);
        }
        assertThat(Files.readString(file)).isEqualTo("keep me\n");
    }

    /** Read-only for its owner; as root, permissions do not bind, so the immutable attribute is tried. */
    private static boolean readOnly(Path file) throws Exception {
        file.toFile().setWritable(false, false);
        if (!Files.isWritable(file)) {
            return false;
        }
        try {
            return new ProcessBuilder("chattr", "+i", file.toString()).redirectErrorStream(true).start().waitFor() == 0;
        } catch (java.io.IOException noChattr) {
            return false;
        }
    }

    /** Every generated case, by class: imports, model files, segments and scores, exports, options. */
    static Stream<CorpusCase> corpus() {
        return Stream.of(ImportCorpus.cases(), ModelFileCorpus.cases(), SegmentCorpus.cases(), OptionCorpus.cases())
                .flatMap(List::stream);
    }

    /** Model files (bombs among them), fields of megabytes and PDF briefs take seconds each. */
    private static boolean slow(CorpusCase c) {
        return c.kind().equals(ModelFileCorpus.MODELS) || c.kind().equals(ImportCorpus.HUGE)
                || c.label().contains("brief");
    }

    static Stream<CorpusCase> quickCases() {
        return corpus().filter(c -> !slow(c));
    }

    static Stream<CorpusCase> slowCases() {
        return corpus().filter(FailureCorpusTest::slow);
    }

    @Test
    void theCorpusHasAtLeast150CasesOverEveryClassOfTheIssue() {
        Map<String, Long> byClass = corpus().collect(Collectors.groupingBy(CorpusCase::kind, TreeMap::new,
                Collectors.counting()));

        byClass.forEach((kind, count) -> System.out.printf("corpus: %-28s %3d%n", kind, count));
        assertThat(byClass.values().stream().mapToLong(Long::longValue).sum()).isGreaterThanOrEqualTo(150);
        assertThat(byClass).containsKeys(ImportCorpus.CSV, ImportCorpus.XLSX, ImportCorpus.ARFF, ImportCorpus.HUGE,
                ImportCorpus.ENCODING, ImportCorpus.NON_FINITE, ImportCorpus.LONG_IDS, ImportCorpus.DUPLICATES,
                ImportCorpus.NAMES, ModelFileCorpus.MODELS, SegmentCorpus.MISUSE, SegmentCorpus.EXPORTS,
                OptionCorpus.OPTIONS);
        assertThat(corpus().map(CorpusCase::toString).distinct().count()).as("every case named once")
                .isEqualTo(corpus().count());
    }
}
