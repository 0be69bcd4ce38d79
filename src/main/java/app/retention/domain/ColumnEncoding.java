package app.retention.domain;

/**
 * The encoding a user chose for one column of a dataset version.
 *
 * @param minCount for {@link Encoding#GROUP_RARE}: customers a value needs to stay on its own; null for the default
 */
public record ColumnEncoding(String column, Encoding encoding, Integer minCount) {
}
