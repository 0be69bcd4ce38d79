package app.retention.ui.common;

import app.retention.domain.ColumnRole;

/**
 * A column's role as every screen names it (finding m4: one wording everywhere): "feature", "churn target",
 * "customer id", "date", "personal data", "ignored (not in models)". The CLI keeps the short names it parses.
 */
public final class RoleNames {

    private RoleNames() {
    }

    public static String of(ColumnRole role) {
        return switch (role) {
            case FEATURE -> "feature";
            case TARGET -> "churn target";
            case ID -> "customer id";
            case DATE -> "date";
            case PII -> "personal data";
            case IGNORED -> "ignored (not in models)";
        };
    }
}
