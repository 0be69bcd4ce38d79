package app.retention.export;

import java.util.Locale;

/** How the brief writes numbers: thousands separators, whole percentages, amounts with a currency prefix. */
final class BriefFormats {

    private final String currency;

    BriefFormats(String currency) {
        this.currency = currency == null || currency.isBlank() ? "" : currency.strip() + " ";
    }

    /** 12345 → "12,345". */
    static String count(double n) {
        return String.format(Locale.US, "%,d", Math.round(n));
    }

    /** 12345.6 → "R$ 12,346"; 45.5 → "R$ 45.50"; negative amounts lead with a minus. */
    String money(double amount) {
        String sign = amount < -0.005 ? "-" : "";
        double a = Math.abs(amount);
        String digits = a >= 100 ? String.format(Locale.US, "%,d", Math.round(a)) : String.format(Locale.US, "%,.2f", a);
        return sign + currency + digits;
    }

    /** 0.1234 → "12%"; 0.045 → "4.5%"; 2.5 → "250%". */
    static String percent(double share) {
        if (Double.isNaN(share)) {
            return "n/a";
        }
        double p = share * 100;
        if (Math.abs(p) >= 10 || Math.abs(p - Math.round(p)) < 0.05) {
            return String.format(Locale.US, "%,d%%", Math.round(p));
        }
        return String.format(Locale.US, "%.1f%%", p);
    }

    /** 0.05 → "5 points"; 0.025 → "2.5 points". */
    static String points(double uplift) {
        double p = uplift * 100;
        String n = Math.abs(p - Math.round(p)) < 0.05 ? String.valueOf(Math.round(p)) : String.format(Locale.US, "%.1f", p);
        return n + (n.equals("1") ? " point" : " points");
    }

    /** Three decimals, for AUC. */
    static String metric(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.US, "%.3f", value);
    }
}
