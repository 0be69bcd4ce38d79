package app.retention.model;

/**
 * How a cross-validation is run: {@code folds} stratified folds, {@code repeats} times with seeds
 * {@code seed}, {@code seed + 1}, … (repeats give the significance test more than one look at each pair),
 * whether to measure permutation importance on the held-out folds, and whether to keep a model trained on all
 * the data for scoring.
 */
public record CvPlan(int folds, int repeats, long seed, boolean importance, boolean keepModel) {

    public static final int MAX_REPEATS = 100;

    public CvPlan {
        if (folds < 2) {
            throw new ModelException("Cross-validation needs at least 2 folds, not " + folds + ".");
        }
        if (repeats < 1 || repeats > MAX_REPEATS) {
            throw new ModelException("Repeats must be between 1 and " + MAX_REPEATS + ", not " + repeats + ".");
        }
    }

    /** One run of {@code folds}-fold cross-validation with importance and a kept model. */
    public static CvPlan of(int folds, long seed) {
        return new CvPlan(folds, 1, seed, true, true);
    }

    /** Folds and seeds only, as a benchmark or a plain Weka comparison needs. */
    public static CvPlan metricsOnly(int folds, long seed) {
        return new CvPlan(folds, 1, seed, false, false);
    }

    public String describe() {
        String base = folds + "-fold stratified cross-validation";
        return repeats == 1 ? base + ", seed " + seed
                : base + " × " + repeats + " repeats, seeds " + seed + "–" + (seed + repeats - 1);
    }
}
