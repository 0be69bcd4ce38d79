package app.retention.domain;

import java.util.Locale;

/** What a column is for: only {@link #FEATURE} columns feed a model by default. */
public enum ColumnRole {
    FEATURE, ID, TARGET, PII, DATE, IGNORED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ColumnRole fromLabel(String label) {
        return valueOf(label.trim().toUpperCase(Locale.ROOT));
    }
}
