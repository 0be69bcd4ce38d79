package app.retention.ui.segments;

import app.retention.segment.SegmentException;

import java.math.BigDecimal;

/** A number as a person types it in the builder: "0.3", "0,3" (decimal comma) or "1,000.5" (thousands comma). */
final class TypedNumber {

    private TypedNumber() {
    }

    /**
     * The number typed, or null when the field is blank.
     *
     * @param what names the field in the message ("Churn probability from")
     * @throws SegmentException naming the field when the text is not a number or lies outside [lowest, highest]
     */
    static Double parse(String typed, String what, Double lowest, Double highest) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String text = typed.strip().replace(" ", "");
        text = text.contains(".") ? text.replace(",", "") : text.replace(',', '.');
        double value;
        try {
            value = new BigDecimal(text).doubleValue();
        } catch (NumberFormatException e) {
            throw new SegmentException(what + ": `" + typed.strip() + "` is not a number.");
        }
        if ((lowest != null && value < lowest) || (highest != null && value > highest)) {
            throw new SegmentException(what + ": " + typed.strip() + " is outside " + plain(lowest) + " to "
                    + plain(highest) + (highest != null && highest == 1 ? " (0.3 means 30%)." : "."));
        }
        return value;
    }

    static String plain(Double d) {
        return d == null ? "any" : BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
