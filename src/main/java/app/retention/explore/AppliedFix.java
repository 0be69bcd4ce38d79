package app.retention.explore;

import app.retention.domain.ColumnEncoding;
import app.retention.domain.ColumnLabels;
import app.retention.domain.ColumnRole;
import app.retention.domain.ColumnType;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A change made to a dataset version after its import, which can be undone: a column's role changed (a warning's
 * "ignore in models", or the user's own choice), or spellings of a column's categories merged.
 *
 * @param column   the column changed
 * @param imported the role at import (role changes only)
 * @param now      the role now (role changes only)
 * @param merges   source spelling → merged spelling (merges only)
 * @param encoding the encoding chosen for the column (encoding choices only)
 * @param label    the label the user gave the column (label changes only)
 * @param types    the type imported with, then the type read as now (type changes only)
 */
public record AppliedFix(Kind kind, String column, ColumnRole imported, ColumnRole now, Map<String, String> merges,
                         ColumnEncoding encoding, String label, List<ColumnType> types) {

    public enum Kind { ROLE, MERGE, ENCODING, LABEL, TYPE }

    public AppliedFix {
        merges = merges == null ? Map.of() : Map.copyOf(merges);
        types = types == null ? List.of() : List.copyOf(types);
    }

    /** A role change, a merge or an encoding choice. */
    public AppliedFix(Kind kind, String column, ColumnRole imported, ColumnRole now, Map<String, String> merges,
                      ColumnEncoding encoding) {
        this(kind, column, imported, now, merges, encoding, null, null);
    }

    /** A label the user gave a column. */
    public static AppliedFix label(String column, String label) {
        return new AppliedFix(Kind.LABEL, column, null, null, null, null, label, null);
    }

    /** A column read as another type than it was imported with. */
    public static AppliedFix type(String column, ColumnType imported, ColumnType now) {
        return new AppliedFix(Kind.TYPE, column, null, null, null, null, null, List.of(imported, now));
    }

    /** The fix in words, as the fixes list shows it. */
    public String description() {
        if (kind == Kind.ROLE) {
            return "`" + column + "` is " + now.label() + (now == ColumnRole.IGNORED ? " (kept out of models)" : "")
                    + "; it was " + imported.label() + " when imported.";
        }
        if (kind == Kind.TYPE) {
            return "`" + column + "` reads as " + types.get(1).label() + "; it was " + types.get(0).label()
                    + " when imported.";
        }
        if (kind == Kind.LABEL) {
            return "`" + column + "` reads as \"" + label + "\" (instead of \"" + ColumnLabels.humanise(column)
                    + "\").";
        }
        if (kind == Kind.ENCODING) {
            return "`" + column + "` enters models as " + encoding.encoding().label()
                    + (encoding.minCount() == null ? "" : " (at least " + encoding.minCount() + " customers per value)")
                    + ": " + encoding.encoding().description() + "; the workbench chose when imported.";
        }
        return "`" + column + "`: " + merges.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> "\"" + e.getKey() + "\" reads as \"" + e.getValue() + "\"")
                .collect(Collectors.joining(", ")) + ".";
    }
}
