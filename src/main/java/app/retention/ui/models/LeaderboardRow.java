package app.retention.ui.models;

import app.retention.evaluate.MetricSet;
import app.retention.model.LearnerCatalog;
import app.retention.model.LearnerSpec;
import app.retention.model.ModelRun;

import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * One line of the leaderboard: a stored run with how it compares with the best of its design, and its colour on
 * the charts. A row without a run stands for a baseline that could not be trained and says why.
 *
 * @param verdict "best", "same", "worse" or "better" against the best mean ROC AUC of runs with the same design,
 *                "—" when the design has a single test set (nothing to test across folds)
 */
public record LeaderboardRow(ModelRun run, String learner, String label, String params, String design,
                             String verdict, int colour, String note) {

    public static final String BEST = "best";
    public static final String NOT_TESTED = "—";

    static LeaderboardRow of(ModelRun run, String verdict, int colour) {
        String name = run.evaluation().learner();
        return new LeaderboardRow(run, name, labelOf(name), params(name, run.evaluation().params()),
                shortDesign(run.evaluation().design()), verdict, colour, "");
    }

    /** A baseline missing from the board, with what to do about it. */
    static LeaderboardRow missing(String learner, String note) {
        return new LeaderboardRow(null, learner, labelOf(learner), "", "", "", -1, note);
    }

    /** What a verdict means, for its tooltip. */
    public static String explain(String verdict) {
        return switch (verdict) {
            case BEST -> "The highest mean ROC AUC among models evaluated on the same folds.";
            case "same" -> "Not significantly different from the best (corrected resampled t-test, p ≥ 0.05).";
            case "worse" -> "Significantly below the best (corrected resampled t-test, p < 0.05).";
            case "better" -> "Significantly above the best (corrected resampled t-test, p < 0.05).";
            case NOT_TESTED -> "One test set: no spread across folds to test a difference with.";
            default -> verdict;
        };
    }

    public boolean hasRun() {
        return run != null;
    }

    public boolean baseline() {
        return learner.equals(TrainingForm.ZEROR) || learner.equals(TrainingForm.RULES);
    }

    public double mean(ToDoubleFunction<MetricSet> metric) {
        return run == null ? Double.NaN : run.evaluation().mean(metric);
    }

    public double sd(ToDoubleFunction<MetricSet> metric) {
        return run == null ? Double.NaN : run.evaluation().sd(metric);
    }

    /** Seconds spent training and testing, all folds together. */
    public double trainSeconds() {
        return run == null ? Double.NaN : run.evaluation().millis() / 1000.0;
    }

    static String labelOf(String learner) {
        return LearnerCatalog.all().stream().filter(s -> s.name().equals(learner)).map(LearnerSpec::label).findFirst()
                .orElse(learner);
    }

    /** The rule for the rule baseline; else the parameters that differ from the catalog's defaults. */
    static String params(String learner, Map<String, String> params) {
        if (learner.equals(TrainingForm.RULES)) {
            return params.getOrDefault("rule", "");
        }
        LearnerSpec spec = LearnerCatalog.all().stream().filter(s -> s.name().equals(learner)).findFirst().orElse(null);
        String changed = params.entrySet().stream()
                .filter(p -> spec == null || spec.params().stream().noneMatch(s -> s.key().equals(p.getKey())
                        && s.validate(s.defaultValue()).equals(p.getValue())))
                .map(p -> p.getKey() + "=" + p.getValue()).collect(Collectors.joining(", "));
        return changed.isEmpty() ? "defaults" : changed;
    }

    /** "10-fold CV, seed 1" or "out of time: tested on b@1". */
    static String shortDesign(String design) {
        int tested = design.indexOf(", tested on ");
        if (design.startsWith("trained on ") && tested > 0) {
            return "out of time → " + design.substring(tested + ", tested on ".length());
        }
        return design.replace(" stratified cross-validation", " CV");
    }
}
