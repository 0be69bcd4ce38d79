package app.retention.domain;

/**
 * A column of a dataset about to be written.
 *
 * @param trueLabel  for booleans, the spelling of true in the source ("Yes", "1"), shown back to users
 * @param falseLabel for booleans, the spelling of false in the source
 * @param format     how values were read (a date pattern, "decimal comma"), or null
 */
public record ColumnSpec(String name, ColumnType type, ColumnRole role, String trueLabel, String falseLabel,
                         String format) {
}
