package app.retention.model;

import java.util.List;

/**
 * What a person can read of a trained model: a heading, its text (a tree, a rule list, the baseline's rule), for
 * logistic regression odds ratios, how its category columns were encoded (docs/adr/0016), and the feature columns
 * left out for this run only ({@code train}/{@code compare --exclude}). Learners without a readable form have empty
 * text.
 *
 * @param encodings one line per category column that was not kept as it is, or has many values; empty for models
 *                  stored before encodings existed
 * @param excluded  feature columns of the dataset this run did not use; empty when it used them all, and for runs
 *                  stored before exclusions existed
 * @param tuning    how the tuner found the settings (docs/adr/0022); null for a model trained with given settings
 */
public record ModelDetails(String heading, String text, List<OddsRatio> oddsRatios, List<String> encodings,
                           List<String> excluded, TuningSummary tuning) {

    public ModelDetails {
        oddsRatios = List.copyOf(oddsRatios);
        encodings = encodings == null ? List.of() : List.copyOf(encodings);
        excluded = excluded == null ? List.of() : List.copyOf(excluded);
    }

    /** Details of a model trained with the settings it was given. */
    public ModelDetails(String heading, String text, List<OddsRatio> oddsRatios, List<String> encodings,
                        List<String> excluded) {
        this(heading, text, oddsRatios, encodings, excluded, null);
    }

    /** Details of a run that used every feature. */
    public ModelDetails(String heading, String text, List<OddsRatio> oddsRatios, List<String> encodings) {
        this(heading, text, oddsRatios, encodings, List.of());
    }

    public static ModelDetails none() {
        return new ModelDetails("", "", List.of(), List.of());
    }

    /** The same details with these encodings. */
    public ModelDetails withEncodings(List<String> lines) {
        return new ModelDetails(heading, text, oddsRatios, lines, excluded, tuning);
    }

    /** The same details with these columns left out of the run. */
    public ModelDetails withExcluded(List<String> columns) {
        return new ModelDetails(heading, text, oddsRatios, encodings, columns, tuning);
    }

    /** The same details of a model the tuner found. */
    public ModelDetails withTuning(TuningSummary summary) {
        return new ModelDetails(heading, text, oddsRatios, encodings, excluded, summary);
    }
}
