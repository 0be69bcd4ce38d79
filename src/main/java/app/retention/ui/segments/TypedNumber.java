package app.retention.ui.segments;

import app.retention.segment.SegmentException;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * A number as a person types it in the builder, in either convention: "0.3" or "0,3", "1,000.5" or "1.000,5",
 * "1,000,000" or "1.000.000". A single separator followed by exactly three digits ("1,000", "2.500") could mean
 * a thousand or a decimal and is refused with both readings, so the filter never uses the wrong one.
 */
final class TypedNumber {

    private TypedNumber() {
    }

    /**
     * The number typed, or null when the field is blank.
     *
     * @param what names the field in the message ("Churn probability from")
     * @throws SegmentException naming the field when the text is not a number, is ambiguous, or lies outside
     *                          [lowest, highest]
     */
    static Double parse(String typed, String what, Double lowest, Double highest) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String raw = typed.strip();
        String text = raw.replace(" ", "").replace("\u00a0", "");
        int comma = text.lastIndexOf(',');
        int dot = text.lastIndexOf('.');
        if (comma >= 0 && dot >= 0) {
            // both: the last one marks the decimals, the other groups thousands
            char decimal = comma > dot ? ',' : '.';
            char grouping = decimal == ',' ? '.' : ',';
            text = text.replace(String.valueOf(grouping), "").replace(decimal, '.');
        } else if (comma >= 0 || dot >= 0) {
            char mark = comma >= 0 ? ',' : '.';
            String quoted = Pattern.quote(String.valueOf(mark));
            if (text.matches("[-+]?[1-9]\\d{0,2}(" + quoted + "\\d{3})+")) {
                String grouped = text.replace(String.valueOf(mark), "");
                if (text.indexOf(mark) != text.lastIndexOf(mark)) {
                    text = grouped;
                } else {
                    String decimal = new BigDecimal(text.replace(mark, '.')).stripTrailingZeros().toPlainString();
                    throw new SegmentException(what + ": `" + raw + "` could be " + grouped + " or " + decimal
                            + "; type " + grouped + " or " + decimal + " to say which.");
                }
            } else {
                text = text.replace(mark, '.');
            }
        }
        double value;
        try {
            value = new BigDecimal(text).doubleValue();
        } catch (NumberFormatException e) {
            throw new SegmentException(what + ": `" + raw + "` is not a number.");
        }
        if ((lowest != null && value < lowest) || (highest != null && value > highest)) {
            throw new SegmentException(what + ": " + raw + " is outside " + plain(lowest) + " to "
                    + plain(highest) + (highest != null && highest == 1 ? " (0.3 means 30%)." : "."));
        }
        return value;
    }

    static String plain(Double d) {
        return d == null ? "any" : BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
