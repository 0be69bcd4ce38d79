package app.retention.model;

import java.util.Locale;

/**
 * How a tuned model's settings were found (docs/adr/0022), kept with its details.
 *
 * @param budget     "5 min" or "8 settings"
 * @param tried      settings tried (the defaults first)
 * @param innerFolds folds of the inner cross-validation that compared them
 * @param innerAuc   mean ROC AUC of the chosen settings over the inner folds of all the data
 * @param stopped    whether the user stopped the search before its budget was spent
 * @param space      the ranges searched, in words
 */
public record TuningSummary(String budget, int tried, int innerFolds, double innerAuc, boolean stopped,
                            String space) {

    /**
     * The tuned model's name from its learner's, "tuned" first so that a narrow column still tells it apart:
     * "Tuned random forest (5 min)", "Tuned gradient-boosted trees (XGBoost, 5 min)".
     */
    public String name(String learnerLabel) {
        String lower = learnerLabel.isEmpty() ? learnerLabel
                : Character.toLowerCase(learnerLabel.charAt(0)) + learnerLabel.substring(1);
        return "Tuned " + (lower.endsWith(")") ? lower.substring(0, lower.length() - 1) + ", " + budget + ")"
                : lower + " (" + budget + ")");
    }

    /** The search and why its score is honest, in plain words. */
    public String inWords() {
        return String.format(Locale.ROOT, "Tuned (%s%s): %d %s tried. Inside each training fold the settings were "
                        + "compared by %d-fold cross-validation on that fold's customers only; the fold's own test "
                        + "customers, which give the score, were never seen by the search (nested cross-validation). "
                        + "The kept model's settings were chosen the same way on all the customers (inner ROC AUC %.4f).",
                budget, stopped ? ", stopped early" : "", tried, tried == 1 ? "setting" : "settings", innerFolds,
                innerAuc);
    }
}
