package app.retention.ui.segments;

import java.util.Locale;

/** How money and ratios read on this screen: "R$ 12,345" with the currency the user set, plain numbers without one. */
final class Amounts {

    private Amounts() {
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
