package app.retention.domain;

import java.time.OffsetDateTime;

/** One imported version of a dataset. */
public record DatasetInfo(long id, String name, int version, String tableName, SourceInfo source,
                          OffsetDateTime importedAt, long rowsRead, long rowsImported, long rowsRejected,
                          int columnCount, String targetColumn) {

    /** {@code name@version}, the unambiguous reference accepted by the CLI. */
    public String reference() {
        return name + "@" + version;
    }
}
