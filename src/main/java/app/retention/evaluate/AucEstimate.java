package app.retention.evaluate;

/**
 * A ROC AUC measured on one set of customers with DeLong's standard error, and its 95% interval
 * (AUC ± 1.96 · SE, kept inside [0, 1]).
 */
public record AucEstimate(double auc, double standardError) {

    private static final double Z_975 = 1.959963984540054;

    /** The 95% interval of the AUC. */
    public Interval interval() {
        return new Interval(Math.max(0, auc - Z_975 * standardError), Math.min(1, auc + Z_975 * standardError));
    }

    /** Two-sided p-value that the model ranks no better than chance (AUC = 0.5); 1 when the error is zero at 0.5. */
    public double pValueAgainstChance() {
        double d = auc - 0.5;
        if (standardError == 0) {
            return d == 0 ? 1 : 0;
        }
        return Math.min(1, ChiSquare.normalTwoSided(d / standardError));
    }

    /**
     * One-sided p-value that {@code later}'s AUC is below this one's, the two measured on different customers (two
     * snapshots, or a snapshot and the training data's out-of-fold predictions), so their errors are taken as
     * independent: z = (AUC_this − AUC_later) ÷ √(SE_this² + SE_later²), p = P(Z ≥ z). 0 or 1 when both errors are
     * zero.
     */
    public double pValueOfDropTo(AucEstimate later) {
        double drop = auc - later.auc;
        double se = Math.sqrt(standardError * standardError + later.standardError * later.standardError);
        if (se == 0) {
            return drop > 0 ? 0 : 1;
        }
        double twoSided = ChiSquare.normalTwoSided(drop / se);
        return Math.min(1, drop <= 0 ? 1 - twoSided / 2 : twoSided / 2);
    }
}
