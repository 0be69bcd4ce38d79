package app.retention.evaluate;

/** Counts at one threshold; "positive" means flagged as a churner. */
public record ConfusionMatrix(long truePositives, long falsePositives, long trueNegatives, long falseNegatives) {

    public long flagged() {
        return truePositives + falsePositives;
    }

    public long total() {
        return truePositives + falsePositives + trueNegatives + falseNegatives;
    }
}
