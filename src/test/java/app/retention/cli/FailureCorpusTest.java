package app.retention.cli;

import app.retention.domain.DatasetInfo;
import app.retention.store.Workspace;
import app.retention.task.TaskCancelledException;
import app.retention.task.TaskContext;
import app.retention.testing.WorkspaceSnapshot;
import app.retention.usecase.Workbench;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A generated corpus of bad input for segments, exports and imports (issue 17, sections 2 and 4): every case
 * must fail with its exit code and exactly one {@code error:} line naming the option or file, without an exception
 * class name, within 30 s, and leave the workspace as it was (datasets, experiments, segments, scorings, exports).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FailureCorpusTest {

    /** How long one case may take: a refusal must never hang. */
    private static final Duration LIMIT = Duration.ofSeconds(30);
    /** A Java exception's simple class name as a raw message shows it. */
    private static final Pattern EXCEPTION_NAME = Pattern.compile("\\b\\w*(Exception|Error)\\b|\\bat [\\w.$]+\\(");

    @TempDir
    static Path dir;
    private Path workspace;
    private String model;

    private record Run(int code, String out, String err) {
    }

    /** One generated case: its arguments (made from the test folder), the exit code and words the line must hold. */
    record Case(String label, Function<Path, List<String>> args, int code, String mentions) {
        @Override
        public String toString() {
            return label;
        }
    }

    private Run cli(List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--workspace", workspace.toString()));
        all.addAll(args);
        int code = WorkbenchCli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private Run ok(String... args) {
        Run run = cli(List.of(args));
        assertThat(run.code()).as(run.err()).isZero();
        return run;
    }

    @BeforeAll
    void scoreASmallDatasetAndSaveASegment() throws Exception {
        workspace = dir.resolve("ws");
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
        ok("import", file.toString(), "--name", "customers");
        ok("import", file.toString(), "--name", "unscored"); // segment create on it scores first, then may fail
        JsonNode trained = new ObjectMapper().readTree(ok("train", "customers", "--learner", "logistic", "--folds", "3",
                "--json").out());
        model = trained.get(0).get("id").asText();
        ok("segment", "create", "High risk BR", "--dataset", "customers", "--model", model);
    }

    /** Everything a user could observe of the workspace, as the CLI and the store show it. */
    private String observed() {
        String seen = ok("datasets", "--json").out() + ok("experiments", "--json").out() + ok("segment", "list").out();
        try (Workspace ws = Workspace.open(workspace)) {
            return seen + WorkspaceSnapshot.of(ws) + ws.scores().runs().size() + " scorings, "
                    + ws.segments().exports().size() + " exports";
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void failsInOneLineAndChangesNothing(Case c) {
        String before = observed();
        List<String> args = new ArrayList<>(c.args().apply(dir));
        args.replaceAll(a -> a.replace("$MODEL", model));

        Run run = assertTimeoutPreemptively(LIMIT, () -> cli(args));

        assertThat(run.code()).as(run.err()).isEqualTo(c.code());
        List<String> lines = run.err().strip().lines().toList();
        assertThat(lines).as(run.err()).hasSize(1);
        assertThat(lines.get(0)).startsWith("error: ").contains(c.mentions()).doesNotContain("unexpected");
        assertThat(EXCEPTION_NAME.matcher(lines.get(0)).find()).as(lines.get(0)).isFalse();
        assertThat(observed()).isEqualTo(before);
    }

    @Test
    void aDeletedSegmentIsGoneAndItsNameCanBeUsedAgain() {
        ok("segment", "create", "to delete", "--dataset", "customers", "--model", model);

        Run deleted = ok("segment", "delete", "  to delete ");

        assertThat(deleted.out()).contains("Deleted segment to delete.");
        assertThat(ok("segment", "list").out()).doesNotContain("to delete");
        ok("segment", "create", "to delete", "--dataset", "customers", "--model", model);
        ok("segment", "delete", "to delete");
    }

    @Test
    void aSegmentIsFoundByItsNameWithTrailingSpaces() {
        Path file = dir.resolve("trailing.csv");

        Run run = ok("export", "calllist", "High risk BR  ", "--capacity", "10", "--out", file.toString());

        assertThat(run.out()).contains("Wrote 10 customers");
        assertThat(file).isRegularFile();
    }

    @Test
    void aScoringCancelledAfterItsScoresWereStoredLeavesNoScores() {
        String before = observed();
        try (Workspace ws = Workspace.open(workspace); Workbench workbench = new Workbench(ws)) {
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

            Run run = cli(List.of("export", "calllist", "High risk BR", "--capacity", "10", "--out", file.toString()));

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

    Stream<Case> corpus() {
        List<Case> cases = new ArrayList<>();
        for (int length : new int[] {401, 1000, 100_000}) {
            cases.add(new Case("a column name of " + length + " characters", d -> List.of("import",
                    write(d, "long" + length + ".csv", "id," + "c".repeat(length) + ",churn\n1,2,Yes\n2,3,No\n")),
                    1, "long" + length + ".csv"));
        }
        for (String second : List.of("tenure", "Tenure", "churn")) {
            cases.add(new Case("an ARFF file with tenure and " + second, d -> List.of("import", write(d,
                    "twice-" + second + ".arff", "@relation twice\n@attribute tenure numeric\n@attribute " + second
                            + " numeric\n@attribute churn {Yes,No}\n@data\n1,2,Yes\n3,4,No\n")),
                    1, "twice-" + second + ".arff"));
        }
        for (String number : List.of("NaN", "-NaN", "Infinity", "-Infinity", "+Infinity", "1e309", "-1e400")) {
            for (String column : List.of("tenure", "churn_probability")) {
                for (String op : List.of(">=", "<")) {
                    String where = column + " " + op + " " + number;
                    cases.add(segment("where " + where, "new segment", List.of("--where", where), "`" + number + "`"));
                }
            }
        }
        cases.add(segment("where NaN after a good condition", "new segment",
                List.of("--where", "plan = basic AND tenure >= NaN"), "NaN"));
        for (String column : List.of("plan", "note")) {
            cases.add(segment("value column " + column, "valued", List.of("--value-column", column), "`" + column + "`"));
        }
        cases.add(segment("value column missing", "valued", List.of("--value-column", "nope"), "--value-column"));
        for (int length : new int[] {101, 150, 201, 250, 401, 5000}) {
            cases.add(segment("name of " + length + " characters", "s".repeat(length), List.of(), "100"));
        }
        for (char control : new char[] {'\n', '\r', '\t', '\u0000', '\u0007', '\u001b', '\u007f', '\u0085'}) {
            cases.add(segment(String.format("name with U+%04X", (int) control), "High" + control + "risk", List.of(),
                    String.format("U+%04X", (int) control)));
        }
        cases.add(segment("name taken, with trailing spaces", "High risk BR   ", List.of(), "exists already"));
        cases.add(segment("bands in the wrong order", "banded", List.of("--bands", "0.2,0.4"), "cut-off"));
        // these fail after a fresh scoring was stored: it must be taken back
        for (List<String> failing : List.of(List.of("--bands", "0.2,0.4"), List.of("--where", "tenure >= 1000"),
                List.of("--where", "planet = Mars"), List.of("--control", "1.5"))) {
            cases.add(new Case("unscored dataset, " + String.join(" ", failing), d -> {
                List<String> args = new ArrayList<>(List.of("segment", "create", "fresh", "--dataset", "unscored",
                        "--model", "$MODEL"));
                args.addAll(failing);
                return args;
            }, 1, failing.get(0).equals("--control") ? "control" : failing.get(0).equals("--bands") ? "cut-off"
                    : failing.get(1).startsWith("tenure") ? "empty" : "planet"));
        }
        cases.add(new Case("delete an unknown segment", d -> List.of("segment", "delete", "nobody"), 1,
                "High risk BR"));
        cases.add(new Case("export an unknown segment", d -> List.of("export", "calllist", "nobody", "--capacity",
                "10", "--out", d.resolve("x.csv").toString()), 1, "nobody"));
        for (String kind : List.of("calllist", "segmentlist", "brief")) {
            String extension = kind.equals("brief") ? ".pdf" : ".csv";
            List<String> capacity = kind.equals("calllist") ? List.of("--capacity", "10") : List.of();
            cases.add(new Case(kind + " to a folder", d -> export(kind, capacity, d.resolve("folder" + extension),
                    true), 1, "folder" + extension));
            cases.add(new Case(kind + " to a read-only file system", d -> export(kind, capacity,
                    Path.of("/proc/calls" + extension), false), 1, "/proc/calls" + extension));
            cases.add(new Case(kind + " to a missing folder", d -> export(kind, capacity,
                    d.resolve("missing").resolve("calls" + extension), false), 1, "missing"));
        }
        cases.add(new Case("a list whose provenance file would be a folder", d -> {
            Path out = d.resolve("provenance-folder.csv");
            folder(d.resolve("provenance-folder.csv.provenance.json"));
            return List.of("export", "segmentlist", "High risk BR", "--out", out.toString());
        }, 1, "provenance-folder.csv"));
        cases.add(new Case("a list inside a regular file", d -> List.of("export", "segmentlist", "High risk BR",
                "--out", write(d, "plain.txt", "x") + "/calls.csv"), 1, "plain.txt"));
        cases.add(new Case("a brief as HTML to a folder", d -> export("brief", List.of(),
                d.resolve("brief-folder.html"), true), 1, "brief-folder.html"));
        cases.add(new Case("segment delete without a name", d -> List.of("segment", "delete"), 2, "NAME"));
        cases.add(new Case("segment create without a dataset", d -> List.of("segment", "create", "x", "--model",
                "$MODEL"), 2, "--dataset"));
        return cases.stream();
    }

    private static void folder(Path path) {
        try {
            Files.createDirectories(path);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String write(Path folder, String name, String content) {
        try {
            return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8).toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Case segment(String label, String name, List<String> options, String mentions) {
        return new Case(label, d -> {
            List<String> args = new ArrayList<>(List.of("segment", "create", name, "--dataset", "customers", "--model",
                    "$MODEL"));
            args.addAll(options);
            return args;
        }, 1, mentions);
    }

    private static List<String> export(String kind, List<String> capacity, Path out, boolean folder) {
        if (folder) {
            try {
                Files.createDirectories(out);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        List<String> args = new ArrayList<>(List.of("export", kind, "High risk BR", "--out", out.toString()));
        args.addAll(capacity);
        return args;
    }
}
