package app.retention.model;

import app.retention.evaluate.Predictions;

import java.util.Arrays;

/**
 * A dataset version's customers scored by one model without storing the scores: row numbers, calibrated churn
 * probabilities and, where the dataset says, what each customer did ({@link #UNKNOWN} otherwise). Index for index.
 */
public record SnapshotScores(String dataset, long modelId, long[] rowNumbers, double[] probabilities,
                             byte[] outcomes) {

    public static final byte UNKNOWN = -1;
    public static final byte STAYED = 0;
    public static final byte CHURNED = 1;

    public SnapshotScores {
        rowNumbers = rowNumbers.clone();
        probabilities = probabilities.clone();
        outcomes = outcomes.clone();
    }

    @Override
    public long[] rowNumbers() {
        return rowNumbers.clone();
    }

    @Override
    public double[] probabilities() {
        return probabilities.clone();
    }

    @Override
    public byte[] outcomes() {
        return outcomes.clone();
    }

    public int size() {
        return probabilities.length;
    }

    /** The customers with a known outcome, as predictions to measure the model by. */
    public Predictions labelled() {
        int n = 0;
        for (byte o : outcomes) {
            n += o == UNKNOWN ? 0 : 1;
        }
        double[] p = new double[n];
        boolean[] churned = new boolean[n];
        int at = 0;
        for (int i = 0; i < outcomes.length; i++) {
            if (outcomes[i] != UNKNOWN) {
                p[at] = probabilities[i];
                churned[at++] = outcomes[i] == CHURNED;
            }
        }
        return new Predictions(p, churned);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SnapshotScores s && dataset.equals(s.dataset) && modelId == s.modelId
                && Arrays.equals(rowNumbers, s.rowNumbers) && Arrays.equals(probabilities, s.probabilities)
                && Arrays.equals(outcomes, s.outcomes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(probabilities) * 31 + Long.hashCode(modelId);
    }

    @Override
    public String toString() {
        return "SnapshotScores[" + dataset + ", model " + modelId + ", " + size() + " customers]";
    }
}
