package app.retention.explore;

import java.util.Locale;

/**
 * One spelling of a category that reads as another, with how sure the workbench is and why.
 *
 * @param variant    the spelling that would be merged away
 * @param spelling   the spelling it would read as
 * @param confidence how strong the evidence is
 * @param evidence   what makes the two the same thing, in words ("a known abbreviation")
 */
public record MergeSuggestion(String variant, String spelling, Confidence confidence, String evidence) {

    /** HIGH: the same letters, or a known abbreviation; MEDIUM: one typing slip apart, or a usual synonym. */
    public enum Confidence {
        HIGH, MEDIUM;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** "`CC` as `Credit Card` (high confidence: a known abbreviation)". */
    public String describe() {
        return "`" + variant + "` as `" + spelling + "` (" + confidence.label() + " confidence: " + evidence + ")";
    }
}
