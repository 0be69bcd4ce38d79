package app.retention.export;

import app.retention.domain.ExportLogEntry;
import app.retention.segment.CampaignEconomics;
import app.retention.store.Workspace;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The workspace's export log read back for an audit: every list and brief that left the workspace, whether its
 * file is still the one written (by SHA-256), and its provenance as lines a person reads.
 */
public final class ExportLog {

    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    /** What became of an exported file since it was written. */
    public enum FileState {
        UNCHANGED("Unchanged", "The file is the one exported (same SHA-256)."),
        CHANGED("Changed", "The file was changed after the export: its SHA-256 differs from the one recorded."),
        REPLACED("Replaced", "A later export wrote this file again; the file now is that export's (see the newer entry)."),
        MISSING("Missing", "The file is no longer there: moved, renamed or deleted."),
        UNREADABLE("Unreadable", "The file is there but cannot be read.");

        private final String label;
        private final String explanation;

        FileState(String label, String explanation) {
            this.label = label;
            this.explanation = explanation;
        }

        public String label() {
            return label;
        }

        public String explanation() {
            return explanation;
        }
    }

    /** One line of an export's description: a field and its value. */
    public record Field(String name, String value) {
    }

    private final Workspace workspace;

    public ExportLog(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Every export, newest first. */
    public List<ExportLogEntry> entries() {
        return workspace.exportLog().entries();
    }

    /**
     * Reads the exported file again and compares its SHA-256 with the one recorded at export. A file that differs
     * but is exactly what a later export of {@code log} wrote to the same path (a weekly call list written again,
     * say) is {@code REPLACED}, not {@code CHANGED}.
     */
    public static FileState check(ExportLogEntry entry, List<ExportLogEntry> log) {
        Path file;
        try {
            file = Path.of(entry.file());
        } catch (InvalidPathException e) {
            return FileState.MISSING;
        }
        if (!Files.isRegularFile(file)) {
            return FileState.MISSING;
        }
        String now;
        try {
            now = Checksums.sha256(file);
        } catch (IOException e) {
            return FileState.UNREADABLE;
        }
        if (now.equalsIgnoreCase(entry.sha256())) {
            return FileState.UNCHANGED;
        }
        boolean rewritten = log.stream().anyMatch(later -> later.id() > entry.id() && later.file().equals(entry.file())
                && now.equalsIgnoreCase(later.sha256()));
        return rewritten ? FileState.REPLACED : FileState.CHANGED;
    }

    /** Whether a file in this state is still accounted for: the one exported, or a later export's. */
    public static boolean accountedFor(FileState state) {
        return state == FileState.UNCHANGED || state == FileState.REPLACED;
    }

    /** How personal data left with the export: "Included: name, email", "Masked: email" or "None". */
    public static String personalData(ExportLogEntry entry) {
        if (entry.personalDataColumns().isEmpty()) {
            return "None";
        }
        return (entry.personalDataIncluded() ? "Included: " : "Masked: ") + String.join(", ", entry.personalDataColumns());
    }

    /** The export and where it came from (dataset, model, bands, filters, capacity, economics), field by field. */
    public static List<Field> describe(ExportLogEntry entry) {
        List<Field> fields = new ArrayList<>();
        fields.add(new Field("Export", entry.kind().title() + (entry.segmentName() == null ? ""
                : " of segment " + entry.segmentName())));
        fields.add(new Field("File", entry.file()));
        fields.add(new Field("Format", entry.format().toUpperCase(Locale.ROOT)));
        // as the export table writes times (finding m17): local date and minute
        fields.add(new Field("Written", entry.createdAt() == null ? "" : WRITTEN.format(
                entry.createdAt().atZoneSameInstant(java.time.ZoneId.systemDefault()))));
        fields.add(new Field("By", entry.exportedBy()));
        if (entry.rows() > 0) {
            fields.add(new Field("Customers", String.format(Locale.ROOT, "%,d", entry.rows())));
        }
        fields.add(new Field("Personal data", personalData(entry)));
        fields.add(new Field("File SHA-256", entry.sha256()));
        ExportProvenance p;
        try {
            p = ExportProvenance.read(entry.provenance());
        } catch (ExportException e) {
            fields.add(new Field("Provenance", e.getMessage()));
            return fields;
        }
        Provenance source = p.source();
        fields.add(new Field("Dataset", source.dataset().name() + ", version " + source.dataset().version()));
        fields.add(new Field("Dataset SHA-256", source.dataset().sha256()));
        ModelRef model = source.model();
        fields.add(new Field("Model", String.format(Locale.ROOT, "#%s %s, ROC AUC %.3f (%s)", model.id(),
                model.learner(), model.rocAuc(), model.validation())));
        for (Provenance.Band band : source.riskBands()) {
            fields.add(new Field("Risk band " + band.name(), band.description()));
        }
        fields.add(new Field("Filters", source.segment().filtersInWords()));
        if (source.capacity() != null) {
            fields.add(new Field("Capacity", String.format(Locale.ROOT, "%,d contacts", source.capacity())));
        }
        CampaignEconomics e = source.economics();
        if (e != null) {
            fields.add(new Field("Economics", String.format(Locale.ROOT,
                    "contact %s, offer %s, %s accept the offer, %s of those kept",
                    ExportProvenance.plain(e.contactCost()), ExportProvenance.plain(e.offerCost()),
                    percent(e.acceptanceRate()), percent(e.saveRate()))));
        }
        if (!p.columns().isEmpty()) {
            fields.add(new Field("Columns", String.join(", ", p.columns())));
        }
        if (source.appVersion() != null) {
            fields.add(new Field("App version", source.appVersion()));
        }
        return fields;
    }

    private static String percent(double share) {
        return BigDecimal.valueOf(share).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
