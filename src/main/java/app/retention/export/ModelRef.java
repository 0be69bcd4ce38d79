package app.retention.export;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The model whose scores an export uses, and how good it was.
 *
 * @param learner    the learner's name ({@code boosting})
 * @param rocAuc     ROC AUC in validation
 * @param validation how it was validated ("10-fold stratified cross-validation, seed 1" or "out of time on …")
 * @param metrics    further validation metrics by name (PR AUC, lift at 10%, …), in display order
 */
public record ModelRef(String id, String learner, double rocAuc, String validation, Map<String, Double> metrics) {

    public ModelRef {
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }
}
