package app.retention.model;

import java.util.List;

/**
 * What a person can read of a trained model: a heading, its text (a tree, a rule list, the baseline's rule) and,
 * for logistic regression, odds ratios. Learners without a readable form have empty text.
 */
public record ModelDetails(String heading, String text, List<OddsRatio> oddsRatios) {

    public ModelDetails {
        oddsRatios = List.copyOf(oddsRatios);
    }

    public static ModelDetails none() {
        return new ModelDetails("", "", List.of());
    }
}
