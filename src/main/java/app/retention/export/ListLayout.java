package app.retention.export;

import java.util.List;

/**
 * The columns a user chose for a segment or call list, around the fixed ones (rank, key, risk band, churn
 * probability, value, expected value saved, reasons, recommended action).
 *
 * @param keyHeader        header of the customer key ({@code customer_id})
 * @param attributeColumns dataset columns to include, by the customer attributes' names; flag personal data
 *                         with {@link ExportColumn#personal}
 * @param valueHeader      header of the value (CLV) column ({@code clv_brl})
 * @param reasonColumns    how many reasons to write, one column each (0 to 3 is usual)
 */
public record ListLayout(String keyHeader, List<ExportColumn> attributeColumns, String valueHeader, int reasonColumns) {

    public ListLayout {
        attributeColumns = List.copyOf(attributeColumns);
        if (reasonColumns < 0) {
            throw new ExportException("The number of reason columns cannot be negative; got " + reasonColumns + ".");
        }
    }

    /** {@code customer_id}, the given columns, {@code clv}, three reasons. */
    public static ListLayout of(List<ExportColumn> attributeColumns) {
        return new ListLayout("customer_id", attributeColumns, "clv", 3);
    }
}
