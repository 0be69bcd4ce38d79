package app.retention.ui.segments;

import java.util.Locale;

/** How money and ratios read on this screen: "R$ 12,345" for a value column in reais, plain numbers otherwise. */
final class Amounts {

    private Amounts() {
    }

    /** "R$" when the value column is in Brazilian reais ({@code clv_brl}), else nothing. */
    static String currencyOf(String valueColumn) {
        return valueColumn != null && valueColumn.toLowerCase(Locale.ROOT).endsWith("_brl") ? "R$" : "";
    }

    static String money(double amount, String currency) {
        String number = String.format(Locale.US, "%,.0f", amount);
        return currency.isEmpty() ? number : currency + " " + number;
    }

    /** "+135%" or "-40%": a ratio that may be negative, as whole percent. */
    static String signedPercent(double ratio) {
        return String.format(Locale.US, "%+,.0f%%", ratio * 100);
    }

    static String decimal(double value) {
        return String.format(Locale.US, "%,.1f", value);
    }
}
