package app.retention.usecase;

import java.util.List;

/**
 * How one model input moved between its training data and a later snapshot.
 *
 * @param psi            population stability index over the bins of the training data (METRICS.md)
 * @param level          stable, watch or shifted
 * @param missingBefore  share of training customers without a value
 * @param missingNow     share of the snapshot's customers without a value
 * @param newCategories  categories the training data never had, with their share of the snapshot
 * @param belowRange     share of the snapshot's customers below the training data's smallest value (numbers)
 * @param aboveRange     share above its largest value (numbers)
 * @param findings       what moved, in words, most important first; empty when nothing did
 */
public record FeatureDrift(String feature, boolean numeric, double psi, String level, double missingBefore,
                           double missingNow, List<NewCategory> newCategories, double belowRange, double aboveRange,
                           List<String> findings) {

    /** A category the training data never had. */
    public record NewCategory(String value, long customers, double share) {
    }
}
