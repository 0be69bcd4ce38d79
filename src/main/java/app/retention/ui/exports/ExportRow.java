package app.retention.ui.exports;

import app.retention.domain.ExportLogEntry;
import app.retention.export.ExportLog.FileState;
import app.retention.export.ExportLog;
import app.retention.ui.common.Formats;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.util.Locale;

/** One export of the log as the table shows it, with the result of the last file check (null until checked). */
public final class ExportRow {

    private final ExportLogEntry entry;
    private final String campaign;
    private final ObjectProperty<FileState> state = new SimpleObjectProperty<>();

    ExportRow(ExportLogEntry entry) {
        this(entry, null);
    }

    /** @param campaign the campaign this export launched, or null */
    ExportRow(ExportLogEntry entry, String campaign) {
        this.entry = entry;
        this.campaign = campaign;
    }

    /** The name of the campaign this export launched, or null. */
    public String campaign() {
        return campaign;
    }

    public ExportLogEntry entry() {
        return entry;
    }

    public ObjectProperty<FileState> stateProperty() {
        return state;
    }

    public String when() {
        return Formats.when(entry.createdAt());
    }

    public String fileName() {
        return Formats.fileName(entry.file());
    }

    public String personalData() {
        return ExportLog.personalData(entry);
    }

    /** Whether the row matches what the user typed in the search field (segment, campaign, file, person or kind). */
    boolean matches(String search) {
        if (search == null || search.isBlank()) {
            return true;
        }
        String needle = search.strip().toLowerCase(Locale.ROOT);
        return contains(entry.segmentName(), needle) || contains(campaign, needle) || contains(entry.file(), needle)
                || contains(entry.exportedBy(), needle) || contains(entry.kind().label(), needle);
    }

    private static boolean contains(String haystack, String needle) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle);
    }
}
