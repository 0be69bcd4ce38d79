package app.retention.cli;

import app.retention.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code bench import} measures pairs of runs, H2's floor then ours, and judges by the median of their ratios. */
class BenchImportCommandTest {

    @TempDir
    Path dir;

    @Test
    void eachPairIsPrintedAndTheVerdictIsTheMedianOfTheirRatios() {
        CliRun run = CliRun.on(dir.resolve("ws"), "bench", "import", "--rows", "2000", "--warmup-rows", "0",
                "--repeat", "3");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out().lines().filter(line -> line.startsWith("  run "))).hasSize(3);
        assertThat(run.out()).contains("median of 3 pairs").contains("ratio (ours rows/s / weka rows/s)");
    }

    @Test
    void noPairsIsRefusedInOneLine() {
        CliRun run = CliRun.on(dir.resolve("ws"), "bench", "import", "--repeat", "0");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--repeat must be at least 1");
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(BenchCommand.ImportBench.median(new double[] {3, 1, 2})).isEqualTo(2);
        assertThat(BenchCommand.ImportBench.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
    }
}
