package app.retention.domain;

/**
 * How many rows have {@code value} in a column (null = missing) together with {@code targetValue} in the
 * target column (null = missing or no target).
 */
public record TallyEntry(Object value, Object targetValue, long count) {
}
