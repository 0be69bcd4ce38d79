package app.retention.explore;

import java.util.List;
import java.util.Map;

/**
 * The one action a warning offers.
 *
 * @param merges      for {@link Kind#MERGE_CATEGORIES}: source spelling → merged spelling
 * @param suggestions for {@link Kind#MERGE_CATEGORIES}: each merge with its confidence and evidence
 */
public record WarningAction(Kind kind, String label, String column, Map<String, String> merges,
                            List<MergeSuggestion> suggestions) {

    public enum Kind { IGNORE_COLUMN, MERGE_CATEGORIES }

    public WarningAction {
        suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
    }

    /** An action with no merge suggestions behind it. */
    public WarningAction(Kind kind, String label, String column, Map<String, String> merges) {
        this(kind, label, column, merges, List.of());
    }
}
