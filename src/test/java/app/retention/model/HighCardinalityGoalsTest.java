package app.retention.model;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13's accuracy goal for many-valued columns, on the generated telecom file (docs/benchmarks.md): the best
 * learner with the default encoding of its 51-value state loses no more than 0.005 ROC AUC against the same learner
 * without the column, and gains, as the state carries signal. Times are the benchmark's business, not a test's.
 */
@Tag("slow") // 5-fold CV of five learners, twice: about a minute
class HighCardinalityGoalsTest {

    private static final List<String> LEARNERS = List.of("logistic", "naivebayes", "j48", "boosting", "xgboost");

    @TempDir
    Path dir;

    @Test
    void theBestLearnerGainsFromAStateColumnWithSignalAndNeverLosesMoreThanHalfAPoint() {
        List<HighCardinalityBenchmark.Row> rows = HighCardinalityBenchmark.telecom(dir, 4_000, 5, LEARNERS, false);
        HighCardinalityBenchmark.Row best = HighCardinalityBenchmark.best(rows);
        System.out.println(HighCardinalityBenchmark.table("telecom, 51-value state", rows));
        assertThat(best.gain()).isGreaterThan(0);
        assertThat(rows).allSatisfy(r -> assertThat(r.gain()).as(r.learner()).isGreaterThanOrEqualTo(-0.005));
    }
}
