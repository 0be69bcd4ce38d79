package app.retention.domain;

/** One distinct value of a column (null = missing) with how many rows have it and how many of them churned. */
public record ValueGroup(Object value, long count, long churners) {
}
