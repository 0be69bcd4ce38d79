package app.retention.model;

import java.util.List;

/**
 * What a person can read of a trained model: a heading, its text (a tree, a rule list, the baseline's rule), for
 * logistic regression odds ratios, and how its category columns were encoded (docs/adr/0016). Learners without a
 * readable form have empty text.
 *
 * @param encodings one line per category column that was not kept as it is, or has many values; empty for models
 *                  stored before encodings existed
 */
public record ModelDetails(String heading, String text, List<OddsRatio> oddsRatios, List<String> encodings) {

    public ModelDetails {
        oddsRatios = List.copyOf(oddsRatios);
        encodings = encodings == null ? List.of() : List.copyOf(encodings);
    }

    public static ModelDetails none() {
        return new ModelDetails("", "", List.of(), List.of());
    }

    /** The same details with these encodings. */
    public ModelDetails withEncodings(List<String> lines) {
        return new ModelDetails(heading, text, oddsRatios, lines);
    }
}
