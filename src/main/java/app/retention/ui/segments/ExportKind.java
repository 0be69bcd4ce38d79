package app.retention.ui.segments;

import java.util.List;

/** What the export writes, and the file types each may take (the first is the default). */
public enum ExportKind {
    CALL_LIST("Call list", "calls", List.of("csv", "xlsx")),
    SEGMENT_LIST("Segment list", "segment", List.of("csv", "xlsx")),
    BRIEF("Campaign brief", "brief", List.of("pdf", "html"));

    private final String title;
    private final String fileSuffix;
    private final List<String> extensions;

    ExportKind(String title, String fileSuffix, List<String> extensions) {
        this.title = title;
        this.fileSuffix = fileSuffix;
        this.extensions = extensions;
    }

    public String title() {
        return title;
    }

    String fileSuffix() {
        return fileSuffix;
    }

    public List<String> extensions() {
        return extensions;
    }

    /** Whether the export can carry personal data (the brief is always masked). */
    public boolean isList() {
        return this != BRIEF;
    }

    @Override
    public String toString() {
        return title;
    }
}
