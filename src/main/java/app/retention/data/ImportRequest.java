package app.retention.data;

/**
 * How to commit a plan.
 *
 * @param name         the dataset name; a new version when the name exists
 * @param allowRejects import without the rows that cannot be read (they are quarantined); when false
 *                     any such row stops the import and nothing is written
 */
public record ImportRequest(String name, boolean allowRejects) {
}
