package app.retention.domain;

/**
 * Where a dataset came from.
 *
 * @param detail how it was read: encoding and delimiter for CSV, sheet for XLSX
 */
public record SourceInfo(String path, String format, String detail, long size, String sha256) {
}
