package app.retention.cli;

import app.retention.domain.CustomerValue;
import app.retention.segment.SegmentException;
import app.retention.usecase.ValueChoice;
import picocli.CommandLine.Option;

/**
 * What a customer is worth, on a command line: {@code --value-column} with its currency and basis. Left out, the
 * value set for the dataset ({@code value DATASET --column ...}) is used, or none (finding M5: never a guess).
 */
final class ValueOptions {

    @Option(names = "--value-column", paramLabel = "COLUMN", description = "Column with customer value (default: "
            + "the value set for the dataset with `value`, else none).")
    String column;

    @Option(names = "--currency", paramLabel = "CODE", description = "The value's currency, e.g. BRL, USD, EUR "
            + "(default: none).")
    String currency;

    @Option(names = "--value-per", paramLabel = "lifetime|month", description = "Whether the column is a lifetime "
            + "value or a monthly amount (default: lifetime).")
    String per;

    @Option(names = "--months", paramLabel = "N", description = "Months a monthly amount is projected over "
            + "(default: 12).")
    Integer months;

    /** The value these options give, or the dataset's when no column is given. */
    ValueChoice choice() {
        if (column == null) {
            if (currency != null || per != null || months != null) {
                throw new SegmentException("--currency, --value-per and --months describe --value-column; give the "
                        + "column too.");
            }
            return ValueChoice.ofDataset();
        }
        return ValueChoice.of(value(column, currency, per, months));
    }

    /** A value from the options' words; a wrong word or number is refused in the options' terms. */
    static CustomerValue value(String column, String currency, String per, Integer months) {
        boolean monthly = per != null && per.strip().toLowerCase(java.util.Locale.ROOT).startsWith("month");
        if (per != null && !monthly && !per.strip().equalsIgnoreCase("lifetime")) {
            throw new SegmentException("--value-per: `" + per + "` is not lifetime or month.");
        }
        if (months != null && !monthly) {
            throw new SegmentException("--months projects a monthly amount; add --value-per month.");
        }
        try {
            return monthly ? CustomerValue.monthly(column, currency, months == null ? 12 : months)
                    : CustomerValue.lifetime(column, currency);
        } catch (IllegalArgumentException e) {
            throw new SegmentException(e.getMessage());
        }
    }
}
