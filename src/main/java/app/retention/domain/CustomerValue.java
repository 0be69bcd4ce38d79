package app.retention.domain;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What a customer is worth, as the user set it (finding M5): the column that holds it, its currency, and whether it
 * is a lifetime value or a monthly amount projected over a number of months. Value at risk, expected value saved,
 * ROI and the call list's order all read {@link #lifetimeOf(double)}, so a monthly charge is never taken for a
 * lifetime value. {@link #NONE} when no value is set: value-based figures then say so.
 *
 * @param column   the numeric column holding the value; null for {@link #NONE}
 * @param currency an ISO 4217 code ({@code BRL}) or blank for plain amounts
 * @param basis    lifetime, or monthly projected over {@code months}
 * @param months   the months a monthly amount is projected over (1 for a lifetime value)
 */
public record CustomerValue(String column, String currency, Basis basis, int months) {

    /** No value set. */
    public static final CustomerValue NONE = new CustomerValue(null, "", Basis.LIFETIME, 1);

    /** The longest projection accepted: ten years of months. */
    public static final int MAX_MONTHS = 120;

    private static final Map<String, String> SYMBOLS = Map.of("BRL", "R$", "USD", "US$", "EUR", "€", "GBP", "£",
            "MXN", "MX$", "ARS", "AR$", "COP", "COL$", "CLP", "CLP$", "PEN", "S/", "CAD", "CA$");

    /** How the column's amount relates to what the customer is worth. */
    public enum Basis {
        /** The column is the customer's lifetime value already (a CLV column). */
        LIFETIME("lifetime value"),
        /** The column is a monthly amount (a monthly charge), projected over a number of months. */
        MONTHLY("monthly amount");

        private final String label;

        Basis(String label) {
            this.label = label;
        }

        /** "lifetime value", "monthly amount". */
        public String label() {
            return label;
        }

        /** The basis named on a command line or stored: {@code lifetime}, {@code monthly} (any case). */
        public static Basis parse(String text) {
            for (Basis b : values()) {
                if (b.name().equalsIgnoreCase(text.strip())) {
                    return b;
                }
            }
            throw new IllegalArgumentException("`" + text + "` is not a value basis; use lifetime or monthly.");
        }
    }

    public CustomerValue {
        currency = currency == null ? "" : currency.strip().toUpperCase(Locale.ROOT);
        Objects.requireNonNull(basis, "basis");
        if (column == null) {
            currency = "";
            basis = Basis.LIFETIME;
            months = 1;
        } else if (column.isBlank()) {
            throw new IllegalArgumentException("The value column has no name.");
        }
        if (!currency.isEmpty() && !currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("`" + currency + "` is not a currency code; use three letters such as "
                    + "BRL, USD or EUR, or leave it empty.");
        }
        if (basis == Basis.LIFETIME) {
            months = 1;
        } else if (months < 1 || months > MAX_MONTHS) {
            throw new IllegalArgumentException("A monthly value is projected over 1 to " + MAX_MONTHS
                    + " months, not " + months + ".");
        }
    }

    /** A lifetime value in {@code column}. */
    public static CustomerValue lifetime(String column, String currency) {
        return new CustomerValue(column, currency, Basis.LIFETIME, 1);
    }

    /** A monthly amount in {@code column}, worth {@code months} of it over a customer's life. */
    public static CustomerValue monthly(String column, String currency, int months) {
        return new CustomerValue(column, currency, Basis.MONTHLY, months);
    }

    /** Whether a value is set. */
    public boolean isSet() {
        return column != null;
    }

    /** What a customer with {@code amount} in the column is worth over their life, in the currency. */
    public double lifetimeOf(double amount) {
        return basis == Basis.MONTHLY ? amount * months : amount;
    }

    /** The prefix amounts are written with: "R$", "US$", the code for other currencies, "" for plain amounts. */
    public String symbol() {
        return currency.isEmpty() ? "" : SYMBOLS.getOrDefault(currency, currency);
    }

    /**
     * The unit, in words: "R$, lifetime value", "US$, monthly amount × 12 months", "lifetime value" (no currency),
     * or "no value set".
     */
    public String unit() {
        if (!isSet()) {
            return "no value set";
        }
        String how = basis == Basis.MONTHLY ? basis.label() + " × " + months + " months" : basis.label();
        return currency.isEmpty() ? how : symbol() + ", " + how;
    }

    /** "clv_brl (R$, lifetime value)", or "No customer value set". */
    public String describe() {
        return isSet() ? column + " (" + unit() + ")" : "No customer value set";
    }

    /** The amount with its currency: "R$ 12,345", or "12,345" without a currency. */
    public String money(double amount) {
        String number = String.format(Locale.US, "%,.0f", amount);
        return currency.isEmpty() ? number : symbol() + " " + number;
    }
}
