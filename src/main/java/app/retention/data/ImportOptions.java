package app.retention.data;

/**
 * Everything a one-shot import (the CLI's) may set; nulls mean "infer".
 *
 * @param name         dataset name, default from the file name
 * @param target       column to use as the churn target, default inferred from names like churn/exited
 * @param sheet        XLSX sheet, default the sheet with the most rows
 * @param allowRejects import without unreadable rows (quarantined) instead of failing
 */
public record ImportOptions(String name, String target, String sheet, boolean allowRejects) {

    public static ImportOptions defaults() {
        return new ImportOptions(null, null, null, false);
    }
}
