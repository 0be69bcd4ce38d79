package app.retention.data;

import app.retention.domain.ColumnInfo;

import java.time.LocalDateTime;
import java.time.LocalTime;

/** How stored values read on screen and in the terminal: booleans in the source's own words, dates in ISO. */
public final class DisplayValues {

    private DisplayValues() {
    }

    public static String format(Object value, ColumnInfo column) {
        if (value == null) {
            return "";
        }
        if (value instanceof Boolean b) {
            String label = b ? column.trueLabel() : column.falseLabel();
            return label != null ? label : b.toString();
        }
        if (value instanceof LocalDateTime d) {
            return d.toLocalTime().equals(LocalTime.MIDNIGHT) ? d.toLocalDate().toString()
                    : d.toString().replace('T', ' ');
        }
        if (value instanceof Double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf(d.longValue()) : d.toString();
        }
        return value.toString();
    }
}
