package app.retention.usecase;

import app.retention.domain.ModelRecord;
import app.retention.domain.ScoreRunRecord;

import java.util.Locale;

/**
 * Whether scoring a dataset forecasts anything. Scores of a model's own training data, or of a dataset whose churn
 * target is already filled in, only replay the past: a backtest. Customers whose target already says churned are
 * left out of segments and lists either way.
 *
 * @param kind           which case this is
 * @param outcomesKnown  scored customers whose target is filled in
 * @param alreadyChurned scored customers left out because their target says they churned
 */
public record Backtest(Kind kind, long outcomesKnown, long alreadyChurned) {

    /** The three cases, from the most to the least useful for a campaign. */
    public enum Kind {
        /** Nobody's churn is known yet: the scores forecast it. */
        FORECAST,
        /** The dataset already says who churned; the model did not train on it. */
        OUTCOME_KNOWN,
        /** The dataset is the model's own training data: scores are in-sample and the outcome is known. */
        TRAINING_DATA
    }

    /** The case of a scoring by {@code model}, given how many of its customers have a known outcome. */
    public static Backtest of(ModelRecord model, ScoreRunRecord scoring, long outcomesKnown, long alreadyChurned) {
        boolean training = model != null && model.datasetName().equals(scoring.datasetName())
                && model.datasetVersion() == scoring.datasetVersion();
        Kind kind = training ? Kind.TRAINING_DATA : outcomesKnown > 0 ? Kind.OUTCOME_KNOWN : Kind.FORECAST;
        return new Backtest(kind, outcomesKnown, alreadyChurned);
    }

    /** True for a backtest (training data or a known outcome). */
    public boolean isBacktest() {
        return kind != Kind.FORECAST;
    }

    /** True when the scores are in-sample: the model trained on these customers. */
    public boolean inSample() {
        return kind == Kind.TRAINING_DATA;
    }

    /**
     * One sentence for a screen or a terminal, empty for a forecast: "Backtest: mcommerce_2026_10@1 is the data
     * model 7 was trained on, so its scores are in-sample and churn is already known. 3,591 customers who already
     * churned were left out."
     */
    public String sentence(String dataset, long modelId) {
        String what = switch (kind) {
            case FORECAST -> "";
            case TRAINING_DATA -> "Backtest: " + dataset + " is the data model " + modelId + " was trained on, so "
                    + "its scores are in-sample (optimistic) and churn is already known.";
            case OUTCOME_KNOWN -> "Backtest: " + dataset + " already says who churned (" + count(outcomesKnown)
                    + " customers with an outcome); score a newer snapshot to find customers to call.";
        };
        String leftOut = alreadyChurned == 0 ? "" : " " + leftOut(alreadyChurned);
        return (what + leftOut).strip();
    }

    /**
     * The sentence for a scoring on its own (the CLI's {@code score}): every customer is scored, and those who
     * already churned will be left out of segments and lists. Empty for a forecast.
     */
    public String scoringSentence(String dataset, long modelId) {
        String said = new Backtest(kind, outcomesKnown, 0).sentence(dataset, modelId);
        return alreadyChurned == 0 ? said : (said + " " + count(alreadyChurned) + (alreadyChurned == 1
                ? " customer who already churned will be" : " customers who already churned will be")
                + " left out of segments and lists.").strip();
    }

    /** "312 customers who already churned were left out." */
    public static String leftOut(long alreadyChurned) {
        return count(alreadyChurned) + (alreadyChurned == 1 ? " customer who already churned was left out."
                : " customers who already churned were left out.");
    }

    private static String count(long n) {
        return String.format(Locale.US, "%,d", n);
    }
}
