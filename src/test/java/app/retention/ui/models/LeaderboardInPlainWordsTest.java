package app.retention.ui.models;

import app.retention.evaluate.BinaryMetrics;
import app.retention.evaluate.MetricSet;
import app.retention.evaluate.Predictions;
import app.retention.model.ModelDetails;
import app.retention.model.ModelEvaluation;
import app.retention.model.ModelRun;
import app.retention.task.SynchronousTaskRunner;
import app.retention.ui.common.BackgroundTasks;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The leaderboard read out for a marketer: the sentence per model, verdicts in words, baselines at their own cut. */
class LeaderboardInPlainWordsTest {

    // 100 customers, 20 churners: the top 10 by score hold 8 of them
    private static final boolean[] CHURNED = new boolean[100];
    private static final double[] RANKED = new double[100];

    static {
        for (int i = 0; i < 100; i++) {
            CHURNED[i] = i < 8 || (i >= 50 && i < 62);
            RANKED[i] = 1 - i / 100.0;
        }
    }

    private static ModelRun run(long id, String learner, double[] p, Map<String, String> params) {
        MetricSet atHalf = BinaryMetrics.compute(p, CHURNED, 0.5);
        ModelEvaluation e = new ModelEvaluation(learner, params, "2-fold stratified cross-validation, seed 1", 1,
                List.of(atHalf, atHalf), new Predictions(p, CHURNED), 50, 50, 1000, 0);
        return new ModelRun(id, OffsetDateTime.parse("2026-11-28T10:00:00Z"), "shop", 1, e, List.of(),
                ModelDetails.none(), false);
    }

    /** A rule matching the first 25 customers (10 churners): two folds with slightly different smoothed rates. */
    private static double[] ruleScores() {
        double[] p = new double[100];
        for (int i = 0; i < 100; i++) {
            boolean matches = i < 25 && i != 8 && i != 9 || i == 50 || i == 51;
            p[i] = matches ? (i % 2 == 0 ? 0.38 : 0.41) : (i % 2 == 0 ? 0.13 : 0.14);
        }
        return p;
    }

    @Test
    void aModelReadsAsWhatCallingItsTopTenPercentReaches() {
        LeaderboardRow row = LeaderboardRow.of(run(1, "logistic", RANKED, Map.of()), Standing.BEST, 0);

        assertThat(row.sentence()).isEqualTo("Calling the top 10% reaches 40% of churners, 4.0× random");
    }

    @Test
    void theRuleBaselineReadsAtItsOwnCutNotAtAThresholdNobodyWouldUse() {
        LeaderboardRow rule = LeaderboardRow.of(run(2, "rules", ruleScores(), Map.of("rule", "x > 1")), Standing.WORSE, 0);

        // at 0.5 the rule flags nobody and would show precision and recall 0.000
        assertThat(rule.mean(MetricSet::precision)).isZero();
        assertThat(rule.atCut(MetricSet::precision)).isEqualTo(10 / 25.0);
        assertThat(rule.ofFlagged(MetricSet::recall)).isEqualTo(10 / 20.0);
        assertThat(rule.sentence()).isEqualTo("Calling matches (25%) reaches 50% of churners, 2.0× random");
        assertThat(rule.cutNote()).contains("flags the customers who match it");
    }

    @Test
    void zeroRFlagsNobodySoItHasNoPrecisionRecallOrF1ButTheAccuracyOfCallingNobody() {
        double[] same = new double[100];
        java.util.Arrays.fill(same, 0.2);
        LeaderboardRow zeroR = LeaderboardRow.of(run(3, "zeror", same, Map.of()), Standing.WORSE, 0);

        assertThat(zeroR.ofFlagged(MetricSet::precision)).isNaN();
        assertThat(zeroR.ofFlagged(MetricSet::recall)).isNaN();
        assertThat(zeroR.ofFlagged(MetricSet::f1)).isNaN();
        assertThat(zeroR.atCut(MetricSet::accuracy)).isEqualTo(0.8);
        assertThat(zeroR.cutNote()).startsWith("ZeroR flags nobody");
        assertThat(zeroR.sentence()).isEqualTo("Calling any 10% reaches 10% of churners, 1.0× random");
    }

    @Test
    void aModelKeepsItsMetricsAtTheLeaderboardsThreshold() {
        LeaderboardRow row = LeaderboardRow.of(run(1, "logistic", RANKED, Map.of()), Standing.BEST, 0);

        assertThat(row.cut()).isNull();
        assertThat(row.atCut(MetricSet::precision)).isEqualTo(row.mean(MetricSet::precision));
        assertThat(row.cutNote()).isEmpty();
    }

    @Test
    void verdictsReadInWords() {
        assertThat(Standing.BEST.words()).isEqualTo("Best");
        assertThat(Standing.SAME.words()).isEqualTo("Same as best");
        assertThat(Standing.WORSE.words()).isEqualTo("Worse than best");
        assertThat(Standing.BETTER.words()).isEqualTo("Better than best");
        assertThat(LeaderboardRow.of(run(1, "logistic", RANKED, Map.of()), Standing.SAME, 0).verdictInWords())
                .isEqualTo("Same as best");
    }

    private static ComparisonViewModel comparison() {
        List<Throwable> reported = new ArrayList<>();
        return new ComparisonViewModel(new BackgroundTasks(new SynchronousTaskRunner()), reported::add, notice -> { });
    }

    @Test
    void moreMetricsAreHiddenUntilAskedFor() {
        ComparisonViewModel board = comparison();

        assertThat(board.moreMetricsProperty().get()).isFalse();
        board.moreMetricsProperty().set(true);
        assertThat(board.moreMetricsProperty().get()).isTrue();
    }

    @Test
    void accuracyIsHeadedWithTheBaseRate() {
        ComparisonViewModel board = comparison();
        assertThat(board.accuracyHeaderProperty().get()).isEqualTo("Accuracy");

        board.show(List.of(run(1, "logistic", RANKED, Map.of())), "", List.of());

        assertThat(board.accuracyHeaderProperty().get()).isEqualTo("Accuracy (base rate 20%)");
        assertThat(board.rows()).extracting(LeaderboardRow::sentence)
                .containsExactly("Calling the top 10% reaches 40% of churners, 4.0× random");
    }

    @Test
    void emptyChartsSayTheCurvesAreBeingDrawnWhileTheyAre() {
        app.retention.ui.testing.QueuedTaskRunner runner = new app.retention.ui.testing.QueuedTaskRunner();
        ComparisonViewModel board = new ComparisonViewModel(new BackgroundTasks(runner), e -> { }, notice -> { });
        board.show(List.of(run(1, "logistic", RANKED, Map.of())), "", List.of(1L));
        board.select(List.copyOf(board.rows()));

        assertThat(board.drawingCurvesProperty().get()).isTrue();
        assertThat(board.series()).isEmpty();
        runner.runAll(false);
        assertThat(board.drawingCurvesProperty().get()).isFalse();
        assertThat(board.series()).hasSize(1);
    }
}
