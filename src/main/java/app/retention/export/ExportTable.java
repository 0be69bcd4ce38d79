package app.retention.export;

import java.util.List;

/**
 * Rows to export, in the order they are written (priority order for call lists).
 *
 * @param title   what the table is ("Call list"); the XLSX sheet's name
 * @param columns the columns, in order
 * @param rows    one value per column in each row: {@code String}, {@code Number}, {@code Boolean}, a
 *                {@code java.time} value or null; read once, in order, while writing (not copied, so a
 *                large list can be produced lazily)
 */
public record ExportTable(String title, List<ExportColumn> columns, List<? extends List<?>> rows) {

    public ExportTable {
        if (columns.isEmpty()) {
            throw new ExportException("Choose at least one column to export.");
        }
        columns = List.copyOf(columns);
        long distinct = columns.stream().map(c -> c.name().toLowerCase(java.util.Locale.ROOT)).distinct().count();
        if (distinct != columns.size()) {
            throw new ExportException("Two exported columns have the same name; each column can appear once.");
        }
    }

    /** The personal-data columns' names. */
    public List<String> personalDataColumns() {
        return columns.stream().filter(ExportColumn::isPersonalData).map(ExportColumn::name).toList();
    }
}
