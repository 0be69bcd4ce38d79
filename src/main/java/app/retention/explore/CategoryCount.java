package app.retention.explore;

/** One category (or boolean value) with its customers and churners. */
public record CategoryCount(String value, long count, long churners) {
}
