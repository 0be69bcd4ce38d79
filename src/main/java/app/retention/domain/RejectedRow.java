package app.retention.domain;

/** A source row that was not imported, with the line it came from and why. */
public record RejectedRow(long line, String reason, String raw) {
}
