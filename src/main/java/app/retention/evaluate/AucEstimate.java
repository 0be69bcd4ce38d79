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
}
