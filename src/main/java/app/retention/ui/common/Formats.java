package app.retention.ui.common;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How numbers and times read on screen: thousands separators, local time without seconds. */
public final class Formats {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private Formats() {
    }

    public static String count(long n) {
        return String.format(Locale.US, "%,d", n);
    }

    public static String percent(double share) {
        if (share == 0) {
            return "0%";
        }
        if (share < 0.001) {
            return "<0.1%";
        }
        return String.format(Locale.US, "%.1f%%", share * 100);
    }

    public static String when(OffsetDateTime time) {
        return time == null ? "" : time.atZoneSameInstant(ZoneId.systemDefault()).format(WHEN);
    }

    /** The file name at the end of a path as stored (either separator). */
    public static String fileName(String path) {
        if (path == null) {
            return "";
        }
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }
}
