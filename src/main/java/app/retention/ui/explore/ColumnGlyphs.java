package app.retention.ui.explore;

import app.retention.domain.ColumnRole;
import app.retention.domain.ColumnType;

/** The short marks the column list shows for a column's type and role. */
public final class ColumnGlyphs {

    private ColumnGlyphs() {
    }

    public static String type(ColumnType type) {
        return switch (type) {
            case INTEGER, DECIMAL -> "#";
            case BOOLEAN -> "Y/N";
            case DATE -> "Date";
            case CATEGORY, TEXT -> "Aa";
        };
    }

    /** Empty for an ordinary feature: only roles that change how a column is used are marked. */
    public static String role(ColumnRole role) {
        return switch (role) {
            case FEATURE -> "";
            case TARGET -> "target";
            case ID -> "id";
            case PII -> "pii";
            case DATE -> "date";
            case IGNORED -> "ignored";
        };
    }
}
