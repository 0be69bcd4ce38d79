package app.retention.domain;

import java.util.Arrays;
import java.util.Locale;

/** What an export wrote, as the export log records it. */
public enum ExportKind {
    CALL_LIST("call list"),
    SEGMENT_LIST("segment list"),
    CAMPAIGN_BRIEF("campaign brief");

    private final String label;

    ExportKind(String label) {
        this.label = label;
    }

    /** The kind in words, as the log stores and shows it: "call list". */
    public String label() {
        return label;
    }

    /** The label as a heading: "Call list". */
    public String title() {
        return label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1);
    }

    /**
     * The kind a stored label names.
     *
     * @throws IllegalArgumentException when no kind has that label
     */
    public static ExportKind ofLabel(String label) {
        return Arrays.stream(values()).filter(k -> k.label.equals(label)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("no export kind is called \"" + label + "\""));
    }
}
