package app.retention.segment;

import java.util.Locale;

/** How numbers read in the package's sentences: shares as whole percentages, probabilities with two decimals. */
final class Wording {

    private Wording() {
    }

    /** 0.1 → "10%", 0.004 → "0.4%", 0 → "0%". */
    static String percent(double share) {
        double percent = share * 100;
        if (percent == 0 || percent >= 0.95) {
            return String.format(Locale.ROOT, "%d%%", Math.round(percent));
        }
        return String.format(Locale.ROOT, "%.1f%%", percent);
    }

    static String decimal(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /** "days_since_last_order" → "Days since last order"; common acronyms in capitals ("NPS"). */
    static String humanise(String column) {
        String[] words = column.trim().split("[_\\s]+");
        StringBuilder out = new StringBuilder();
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            String lower = word.toLowerCase(Locale.ROOT);
            String shown = switch (lower) {
                case "nps", "clv", "id", "os", "brl", "sms", "csm", "cpf", "vip" -> lower.toUpperCase(Locale.ROOT);
                default -> lower;
            };
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(shown);
        }
        if (out.length() == 0) {
            return column;
        }
        out.setCharAt(0, Character.toUpperCase(out.charAt(0)));
        return out.toString();
    }
}
