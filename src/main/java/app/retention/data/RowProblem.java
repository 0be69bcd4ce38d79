package app.retention.data;

/** A source row that cannot be imported as it is: where it is, why, and its text. */
public record RowProblem(long line, String reason, String raw) {
}
