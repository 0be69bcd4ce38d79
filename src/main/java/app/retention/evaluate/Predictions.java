package app.retention.evaluate;

import java.util.Arrays;

/**
 * Out-of-sample churn probabilities with what each customer then did, index for index: the pair every metric,
 * curve, calibration and risk band is computed from, kept as one value so that the two cannot be mixed up with
 * another evaluation's or differ in length. Copied on the way in and out, so no holder can change another's.
 */
public record Predictions(double[] probabilities, boolean[] churned) {

    public Predictions {
        if (probabilities.length != churned.length) {
            throw new IllegalArgumentException(probabilities.length + " probabilities for " + churned.length
                    + " outcomes");
        }
        probabilities = probabilities.clone();
        churned = churned.clone();
    }

    @Override
    public double[] probabilities() {
        return probabilities.clone();
    }

    @Override
    public boolean[] churned() {
        return churned.clone();
    }

    public int size() {
        return probabilities.length;
    }

    /** The share of customers who churned; NaN when there are none. */
    public double baseRate() {
        int churners = 0;
        for (boolean c : churned) {
            churners += c ? 1 : 0;
        }
        return probabilities.length == 0 ? Double.NaN : (double) churners / probabilities.length;
    }

    /** The same customers with their probabilities mapped by {@code calibration}. */
    public Predictions calibrated(PlattScaling calibration) {
        return new Predictions(calibration.apply(probabilities), churned);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Predictions p && Arrays.equals(probabilities, p.probabilities)
                && Arrays.equals(churned, p.churned);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(probabilities) + Arrays.hashCode(churned);
    }
}
