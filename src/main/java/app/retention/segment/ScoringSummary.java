package app.retention.segment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A scoring told in counts ({@link SegmentService#summarize}): what {@code score} prints.
 *
 * @param customersPerBand every scored customer by risk band, bands in their order (riskiest first)
 * @param meanProbability  the mean churn probability over every score; NaN when nothing was scored
 * @param alreadyChurned   customers whose target already says churned (a segment leaves them out)
 * @param outcomesKnown    customers whose target is filled in (a backtest when above 0)
 */
public record ScoringSummary(Map<String, Long> customersPerBand, double meanProbability, long alreadyChurned,
                             long outcomesKnown) {

    public ScoringSummary {
        customersPerBand = Collections.unmodifiableMap(new LinkedHashMap<>(customersPerBand));
    }
}
