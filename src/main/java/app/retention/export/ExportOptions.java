package app.retention.export;

import java.time.Instant;
import java.util.Objects;

/**
 * How an export is written.
 *
 * @param includePersonalData write personal data as it is; false masks it (the default)
 * @param exportedBy          who exports, for the export log and the provenance
 * @param createdAt           when
 */
public record ExportOptions(boolean includePersonalData, String exportedBy, Instant createdAt) {

    public ExportOptions {
        Objects.requireNonNull(exportedBy, "exportedBy");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Personal data masked, now. */
    public static ExportOptions maskingPersonalData(String exportedBy) {
        return new ExportOptions(false, exportedBy, Instant.now());
    }

    /** A copy made at another time (tests, reproducible files). */
    public ExportOptions at(Instant time) {
        return new ExportOptions(includePersonalData, exportedBy, time);
    }
}
