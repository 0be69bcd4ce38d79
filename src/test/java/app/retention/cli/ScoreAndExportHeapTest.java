package app.retention.cli;

import app.retention.testing.CliRun;
import app.retention.testing.CustomerCsv;
import app.retention.testing.KilledCommand;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code score} and the list exports stream their customers (issue 17): scoring {@value #CUSTOMERS} customers with
 * reasons and exporting them, as the user runs it, fits in a JVM of {@value #HEAP}. The earlier code held every
 * customer (as Weka rows, scores, and customers with all their columns) and ran out of that heap on the same
 * number of customers of this shape: {@code score} after 264 s, {@code export segmentlist} after 71 s. The
 * million-customer figures (before: out of 256 MB, 1.2 GB of memory in a 1 GB heap) are in docs/benchmarks.md.
 */
@Tag("slow") // imports 300,000 customers and scores them twice: 7.7 minutes on two cores shared with other builds
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScoreAndExportHeapTest {

    private static final int CUSTOMERS = 300_000;
    private static final String HEAP = "-Xmx96m";

    @TempDir
    static Path dir;
    private Path workspace;
    private String model;

    @BeforeAll
    void importAndTrain() throws IOException {
        workspace = dir.resolve("ws");
        ok(CliRun.on(workspace, "import", CustomerCsv.write(dir.resolve("training.csv"), 5_000).toString(), "--name",
                "training"));
        ok(CliRun.on(workspace, "import", CustomerCsv.write(dir.resolve("customers.csv"), CUSTOMERS).toString(),
                "--name", "customers"));
        model = new ObjectMapper().readTree(ok(CliRun.on(workspace, "train", "training", "--learner", "logistic",
                "--folds", "2", "--json")).out()).get(0).get("id").asText();
    }

    private static CliRun ok(CliRun run) {
        assertThat(run.code()).as(run.err()).isZero();
        return run;
    }

    /** Runs the launcher in a JVM of {@link #HEAP} that exits at its first OutOfMemoryError. */
    private String launcher(String... args) throws Exception {
        List<String> command = new ArrayList<>(KilledCommand.javaCommand(Stream.concat(Stream.of("--workspace",
                workspace.toString()), Stream.of(args)).toArray(String[]::new)));
        command.replaceAll(a -> a.startsWith("-Xmx") ? HEAP : a);
        command.add(1, "-XX:+ExitOnOutOfMemoryError");
        Path out = Files.createTempFile(dir, "out", ".txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("finished").isTrue();
        String printed = Files.readString(out);
        assertThat(process.exitValue()).as(printed).isZero();
        return printed;
    }

    @Test
    void everyCustomerIsScoredWithReasonsInTheSmallHeap() throws Exception {
        String printed = launcher("score", "customers", "--model", model);

        assertThat(printed).contains("Scored 300,000 customers of customers@1");
        assertThat(printed.lines().filter(l -> l.matches("\\s+(High|Medium|Low)\\s+[\\d,]+\\s.*"))
                .mapToLong(l -> Long.parseLong(l.trim().split("\\s+")[1].replace(",", ""))).sum())
                .isEqualTo(CUSTOMERS);
    }

    @Test
    void theWholeSegmentListAndACallListAreExportedInTheSmallHeap() throws Exception {
        ok(CliRun.on(workspace, "score", "customers", "--model", model, "--no-reasons"));
        ok(CliRun.on(workspace, "segment", "create", "everyone", "--dataset", "customers", "--model", model));
        Path segmentList = dir.resolve("everyone.csv");
        Path callList = dir.resolve("calls.xlsx");

        String segment = launcher("export", "segmentlist", "everyone", "--out", segmentList.toString());
        String calls = launcher("export", "calllist", "everyone", "--capacity", "1000", "--out", callList.toString());

        long members;
        try (Stream<String> lines = Files.lines(segmentList)) {
            members = lines.count() - 1;
        }
        assertThat(members).isBetween(CUSTOMERS / 3L, (long) CUSTOMERS); // those who already churned are left out
        assertThat(segment).contains(String.format("Wrote %,d customers to", members));
        assertThat(calls).contains("Wrote 1,000 customers to");
    }
}
