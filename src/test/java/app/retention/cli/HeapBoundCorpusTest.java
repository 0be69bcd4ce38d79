package app.retention.cli;

import app.retention.model.HostileModelFiles;
import app.retention.store.Workspace;
import app.retention.testing.WorkspaceSnapshot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static app.retention.cli.CorpusCase.write;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The heaviest cases of the failure corpus run again as the user runs them, in a JVM of their own with a 512 MB
 * heap ({@code java -Xmx512m app.retention.Launcher ...}, issue 17): workbook bombs, huge fields and cells, and
 * model-file bombs must be refused in one line within 30 s, without running out of memory, and leave the
 * workspace as it was. {@link FailureCorpusTest} runs every case in the test JVM, whose heap is larger.
 */
@Tag("slow") // a JVM start per case, and files of tens of megabytes: about a minute
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HeapBoundCorpusTest {

    private static final String HEAP = "-Xmx512m";
    private static final long SECONDS = 30;
    private static final Pattern EXCEPTION_NAME = Pattern.compile("\\b\\w*(Exception|Error)\\b|\\bat [\\w.$]+\\(");

    @TempDir
    static Path dir;
    private Path workspace;

    private record Run(int code, String out, String err) {
    }

    @BeforeAll
    void importOneDataset() throws Exception {
        workspace = dir.resolve("ws");
        StringBuilder csv = new StringBuilder("customer_id,plan,tenure,churn\n");
        for (int i = 1; i <= 50; i++) {
            csv.append('C').append(i).append(i % 2 == 0 ? ",basic," : ",pro,").append(i).append(i % 3 == 0 ? ",Yes\n"
                    : ",No\n");
        }
        Path file = write(dir, "customers.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(java(List.of("import", file.toString(), "--name", "customers")).code()).isZero();
    }

    static Stream<CorpusCase> heavy() {
        List<CorpusCase> cases = new ArrayList<>();
        cases.add(CorpusCase.importing(ImportCorpus.XLSX, "a sheet of 400 MB in a 400 KB file", "sheet-bomb.xlsx",
                () -> new byte[0]));
        cases.add(CorpusCase.importing(ImportCorpus.HUGE, "a cell of 40 MB of random letters", "cell40.xlsx",
                () -> new byte[0]));
        for (int megabytes : new int[] {5, 20, 60}) {
            cases.add(CorpusCase.importing(ImportCorpus.HUGE, "a CSV field of " + megabytes + " MB",
                    "field" + megabytes + ".csv", () -> new byte[0]));
        }
        cases.add(CorpusCase.importing(ImportCorpus.HUGE, "a CSV line of 60 MB without a newline", "line60.csv",
                () -> new byte[0]));
        for (String bomb : List.of("int-array-declaring-400-million", "double-array-declaring-2-billion",
                "hashset-nest-bomb", "hashmap-keyed-by-self-sharing-lists", "arraylist-nested-1000-deep")) {
            cases.add(new CorpusCase(ModelFileCorpus.MODELS, bomb, d -> List.of("model", "import",
                    d.resolve(bomb + ".model").toString()), 1, bomb + ".model"));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("heavy")
    void failsInOneLineWithinHalfAGigabyteAndChangesNothing(CorpusCase c) throws Exception {
        writeFile(c);
        WorkspaceSnapshot before = snapshot();

        Run run = java(c.args().apply(dir));

        assertThat(run.code()).as(run.err()).isEqualTo(c.code());
        List<String> lines = run.err().strip().lines().toList();
        assertThat(lines).as(run.err()).hasSize(1);
        assertThat(lines.get(0)).startsWith("error: ").contains(c.mentions()).doesNotContain("unexpected");
        assertThat(EXCEPTION_NAME.matcher(lines.get(0)).find()).as(lines.get(0)).isFalse();
        assertThat(snapshot()).isEqualTo(before);
    }

    /** The case's file, streamed to disk: none of them is held in this JVM's heap whole. */
    private static void writeFile(CorpusCase c) throws IOException {
        String label = c.label();
        if (c.kind().equals(ModelFileCorpus.MODELS)) {
            HostileModelFiles.Case bomb = HostileModelFiles.cases().stream().filter(h -> h.name().equals(label))
                    .findFirst().orElseThrow();
            write(dir, label + ".model", HostileModelFiles.modelFile(bomb.payload().apply(dir)));
        } else if (label.startsWith("a sheet of 400 MB")) {
            Workbooks.withHugeCell(dir.resolve("sheet-bomb.xlsx"), 400L << 20, (out, n) -> repeat(out, n, 'a'));
        } else if (label.startsWith("a cell of 40 MB")) {
            Workbooks.withHugeCell(dir.resolve("cell40.xlsx"), 40L << 20, HeapBoundCorpusTest::randomLetters);
        } else if (label.startsWith("a CSV field")) {
            long size = Long.parseLong(label.replaceAll("\\D", "")) << 20;
            try (OutputStream out = Files.newOutputStream(dir.resolve("field" + (size >> 20) + ".csv"))) {
                out.write("customer_id,note,churn\nC1,short,No\nC2,\"".getBytes(StandardCharsets.UTF_8));
                randomLetters(out, size);
                out.write("\",Yes\nC3,fine,No\n".getBytes(StandardCharsets.UTF_8));
            }
        } else {
            try (OutputStream out = Files.newOutputStream(dir.resolve("line60.csv"))) {
                repeat(out, 60L << 20, 'x');
            }
        }
    }

    private static void repeat(OutputStream out, long bytes, char c) throws IOException {
        byte[] block = String.valueOf(c).repeat(1 << 16).getBytes(StandardCharsets.US_ASCII);
        for (long done = 0; done < bytes; done += block.length) {
            out.write(block, 0, (int) Math.min(block.length, bytes - done));
        }
    }

    /** Letters that do not compress much, so the file is no bomb and its size passes every ratio. */
    private static void randomLetters(OutputStream out, long bytes) throws IOException {
        Random random = new Random(17);
        byte[] block = new byte[1 << 16];
        for (long done = 0; done < bytes; done += block.length) {
            for (int i = 0; i < block.length; i++) {
                block[i] = (byte) ('a' + random.nextInt(26));
            }
            out.write(block, 0, (int) Math.min(block.length, bytes - done));
        }
    }

    private WorkspaceSnapshot snapshot() {
        try (Workspace ws = Workspace.open(workspace)) {
            return WorkspaceSnapshot.of(ws);
        }
    }

    /** The workbench's own launcher in a JVM of its own, with the heap the issue asks for. */
    private Run java(List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), HEAP, "-XX:+ExitOnOutOfMemoryError", "-Duser.home=" + dir.resolve("home"),
                "-Dcom.github.fommil.netlib.BLAS=com.github.fommil.netlib.F2jBLAS",
                "-Dcom.github.fommil.netlib.LAPACK=com.github.fommil.netlib.F2jLAPACK",
                "-cp", System.getProperty("java.class.path"), "app.retention.Launcher",
                "--workspace", workspace.toString()));
        command.addAll(args);
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("still running after " + SECONDS + " s: " + args);
        }
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }
}
