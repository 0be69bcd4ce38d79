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
     * The tuned model's name from its learner's: "Random forest (tuned, 5 min)", "Gradient-boosted trees (XGBoost,
     * tuned 5 min)".
     */
    public String name(String learnerLabel) {
        return learnerLabel.endsWith(")") ? learnerLabel.substring(0, learnerLabel.length() - 1) + ", tuned " + budget
                + ")" : learnerLabel + " (tuned, " + budget + ")";
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
