package app.retention.data;

import java.nio.file.Path;

/** What inspecting a file's bytes found: its format, checksum, size and, for CSV, its dialect. */
public record SourceInspection(Path file, SourceFormat format, long size, String sha256, CsvDialect dialect) {
}
