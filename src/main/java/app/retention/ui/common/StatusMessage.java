package app.retention.ui.common;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** One line of the status bar's history: when, whether it was an error, and what it said. */
public record StatusMessage(LocalTime time, boolean error, String text) {

    private static final DateTimeFormatter HH_MM_SS = DateTimeFormatter.ofPattern("HH:mm:ss");

    /** "14:02:31  Saved 'high risk' · 1,964 customers", errors marked with ⚠. */
    @Override
    public String toString() {
        return time.format(HH_MM_SS) + "  " + (error ? "⚠ " : "") + text;
    }
}
