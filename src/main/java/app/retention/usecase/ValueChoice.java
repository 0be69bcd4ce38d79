package app.retention.usecase;

import app.retention.domain.ColumnInfo;
import app.retention.domain.CustomerValue;
import app.retention.segment.SegmentException;

import java.util.List;

/**
 * Which customer value a segment uses: one the user gives for this action, or the one set for the dataset (finding
 * M5: value is the user's choice, never a guess from a column's name).
 *
 * @param given        the value given for this action; ignored when {@code fromDataset}
 * @param fromDataset  whether to use the value set for the dataset ({@link CustomerValue#NONE} when none is)
 */
public record ValueChoice(CustomerValue given, boolean fromDataset) {

    public ValueChoice {
        given = given == null ? CustomerValue.NONE : given;
    }

    /** The value set for the dataset, or none when none is set. */
    public static ValueChoice ofDataset() {
        return new ValueChoice(CustomerValue.NONE, true);
    }

    /** This value ({@link CustomerValue#NONE}: none). */
    public static ValueChoice of(CustomerValue value) {
        return new ValueChoice(value, false);
    }

    /** No customer value: value at risk is not computed. */
    public static ValueChoice none() {
        return new ValueChoice(CustomerValue.NONE, false);
    }

    /**
     * The value to use among {@code columns}, given the one set for the dataset. A value set for the dataset whose
     * column this version lacks (or no longer holds numbers) is not used: the figures then say no value is set.
     *
     * @throws SegmentException when a given column is missing or not numeric (its value would count as 0)
     */
    public CustomerValue resolve(List<ColumnInfo> columns, CustomerValue setForDataset) {
        if (fromDataset) {
            return setForDataset.isSet() && columns.stream().anyMatch(c -> c.name().equals(setForDataset.column())
                    && c.type().isNumeric()) ? setForDataset : CustomerValue.NONE;
        }
        if (!given.isSet()) {
            return CustomerValue.NONE;
        }
        String wanted = given.column().strip();
        ColumnInfo named = columns.stream().filter(c -> c.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new SegmentException("--value-column: there is no column `" + wanted
                        + "` to take customer value from. Columns: " + String.join(", ",
                        columns.stream().map(ColumnInfo::name).toList()) + "."));
        if (!named.type().isNumeric()) {
            throw new SegmentException("--value-column: column `" + named.name() + "` is a "
                    + named.type().label() + " column; customer value must be a number (an integer or "
                    + "decimal column).");
        }
        return new CustomerValue(named.name(), given.currency(), given.basis(), given.months());
    }
}
