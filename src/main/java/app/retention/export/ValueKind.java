package app.retention.export;

/** How an exported column's values are written: text, or numbers (numeric cells in XLSX). */
public enum ValueKind {
    TEXT,
    /** whole numbers: {@code 1234} */
    INTEGER,
    /** plain decimals, up to six places */
    DECIMAL,
    /** amounts with two decimals ({@code #,##0.00} in XLSX) */
    MONEY,
    /** shares in [0, 1] with four decimals ({@code 0.0%} in XLSX) */
    PROBABILITY;

    public boolean isNumeric() {
        return this != TEXT;
    }
}
