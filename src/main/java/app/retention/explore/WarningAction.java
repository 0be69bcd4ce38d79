package app.retention.explore;

import java.util.Map;

/**
 * The one action a warning offers.
 *
 * @param merges for {@link Kind#MERGE_CATEGORIES}: source spelling → merged spelling
 */
public record WarningAction(Kind kind, String label, String column, Map<String, String> merges) {

    public enum Kind { IGNORE_COLUMN, MERGE_CATEGORIES }
}
