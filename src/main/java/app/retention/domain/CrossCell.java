package app.retention.domain;

/** One cell of a crosstab: the group keys (a value, or a bin index for binned columns), rows and churners. */
public record CrossCell(Object first, Object second, long count, long churners) {
}
