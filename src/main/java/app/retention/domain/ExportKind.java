package app.retention.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What an export writes: the kind the export log records, the Export tab offers and the exports take (one enum
 * for the three that there were, issue 11), with the file types each may take (the first is the default).
 */
public enum ExportKind {
    CALL_LIST("call list", "calls", List.of("csv", "xlsx")),
    SEGMENT_LIST("segment list", "segment", List.of("csv", "xlsx")),
    CAMPAIGN_BRIEF("campaign brief", "brief", List.of("pdf", "html"));

    private final String label;
    private final String fileSuffix;
    private final List<String> extensions;

    ExportKind(String label, String fileSuffix, List<String> extensions) {
        this.label = label;
        this.fileSuffix = fileSuffix;
        this.extensions = extensions;
    }

    /** What a proposed file name ends in: "calls", "segment", "brief". */
    public String fileSuffix() {
        return fileSuffix;
    }

    /** The file types this export may take, the default first. */
    public List<String> extensions() {
        return extensions;
    }

    /** Whether this is a list of customers (which can carry personal data; the brief is always masked). */
    public boolean isList() {
        return this != CAMPAIGN_BRIEF;
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
