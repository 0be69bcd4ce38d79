package app.retention.store;

import app.retention.domain.ColumnType;

/**
 * A column read as another type than it was imported with (docs/adr/0021): its stored values stay as they are, and
 * every read casts them in SQL, so that a change is one row of metadata, undone at once and never half-done. The
 * conversions a user can ask for are between numbers and categories (a number code as a category; categories that
 * are numbers as numbers), and between whole and decimal numbers.
 */
final class ColumnTypes {

    private static final String TEXT = "VARCHAR(1000000)";
    private static final String WHOLE = "'^[+-]?[0-9]+$'";
    private static final String DECIMAL = "'^[+-]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][+-]?[0-9]+)?$'";

    private ColumnTypes() {
    }

    /** Whether a column imported as {@code imported} can be read as {@code wanted}. */
    static boolean convertible(ColumnType imported, ColumnType wanted) {
        if (imported == wanted) {
            return true;
        }
        boolean category = wanted == ColumnType.CATEGORY || wanted == ColumnType.TEXT;
        boolean wasCategory = imported == ColumnType.CATEGORY || imported == ColumnType.TEXT;
        return imported.isNumeric() && (category || wanted.isNumeric()) || wasCategory && (category || wanted.isNumeric());
    }

    /** The SQL that reads stored column {@code sqlName} (imported as {@code imported}) as {@code wanted}. */
    static String readAs(String sqlName, ColumnType imported, ColumnType wanted) {
        if (imported == wanted || !convertible(imported, wanted)) {
            return sqlName;
        }
        if (wanted == ColumnType.CATEGORY || wanted == ColumnType.TEXT) {
            if (imported == ColumnType.DECIMAL) {
                // 30.0 reads "30", 2.5 reads "2.5"
                return "(CASE WHEN " + sqlName + " = FLOOR(" + sqlName + ") AND ABS(" + sqlName + ") < 1E15 THEN CAST("
                        + "CAST(" + sqlName + " AS BIGINT) AS " + TEXT + ") ELSE CAST(" + sqlName + " AS " + TEXT
                        + ") END)";
            }
            return imported.isNumeric() ? "CAST(" + sqlName + " AS " + TEXT + ")" : sqlName;
        }
        String from = imported.isNumeric() ? sqlName : "TRIM(" + sqlName + ")";
        return "CAST(" + from + " AS " + (wanted == ColumnType.INTEGER ? "BIGINT" : "DOUBLE PRECISION") + ")";
    }

    /**
     * A SQL condition true for a stored value that cannot be read as {@code wanted} (a category "abc" as a number, a
     * decimal 2.5 as a whole number); null when every value can be.
     *
     * @throws StoreException when the change is not one a column can make
     */
    static String unreadable(String sqlName, ColumnType imported, ColumnType wanted) {
        if (!convertible(imported, wanted)) {
            String article = "aeiou".indexOf(imported.label().charAt(0)) >= 0 ? "An " : "A ";
            throw new StoreException(article + imported.label() + " column cannot be read as " + wanted.label()
                    + ": numbers and categories can be read as each other, whole numbers as decimals and back.");
        }
        if (imported == wanted || wanted == ColumnType.CATEGORY || wanted == ColumnType.TEXT
                || imported == ColumnType.INTEGER) {
            return null;
        }
        if (imported == ColumnType.DECIMAL) { // to a whole number
            return sqlName + " IS NOT NULL AND " + sqlName + " <> FLOOR(" + sqlName + ")";
        }
        return sqlName + " IS NOT NULL AND NOT REGEXP_LIKE(TRIM(" + sqlName + "), "
                + (wanted == ColumnType.INTEGER ? WHOLE : DECIMAL) + ")";
    }
}
