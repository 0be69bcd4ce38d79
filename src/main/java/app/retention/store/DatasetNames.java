package app.retention.store;

import java.util.Locale;

/** Rules for dataset names: what a user may type, and a default made from a file name. */
public final class DatasetNames {

    public static final int MAX_LENGTH = 200;

    private DatasetNames() {
    }

    public static void requireValid(String name) {
        if (name == null || name.isBlank()) {
            throw new StoreException("A dataset name cannot be empty.");
        }
        if (name.length() > MAX_LENGTH) {
            throw new StoreException("A dataset name can have at most " + MAX_LENGTH + " characters.");
        }
        if (name.contains("@")) {
            throw new StoreException("A dataset name cannot contain `@` (it separates a name from a version, as in telco@2).");
        }
        if (!name.equals(name.strip())) {
            throw new StoreException("A dataset name cannot start or end with spaces.");
        }
    }

    /** {@code Telco Customer-Churn.csv} → {@code telco_customer_churn}. */
    public static String fromFileName(String fileName) {
        String base = fileName.replaceFirst("\\.[A-Za-z0-9]{1,5}$", "");
        String cleaned = base.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "_").replaceAll("^_+|_+$", "");
        if (cleaned.isEmpty()) {
            cleaned = "dataset";
        }
        return cleaned.length() > MAX_LENGTH ? cleaned.substring(0, MAX_LENGTH) : cleaned;
    }
}
