package app.retention.domain;

import java.util.Locale;

/** The type of a dataset column, as the user sees it and as the CLI prints it. */
public enum ColumnType {
    INTEGER, DECIMAL, BOOLEAN, DATE, CATEGORY, TEXT;

    /** The lowercase name used in the CLI and JSON ({@code integer}, {@code decimal}, ...). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isNumeric() {
        return this == INTEGER || this == DECIMAL;
    }

    public static ColumnType fromLabel(String label) {
        return valueOf(label.trim().toUpperCase(Locale.ROOT));
    }
}
