package app.retention.data;

import app.retention.domain.DatasetInfo;

/**
 * The outcome of an import.
 *
 * @param unchanged true when the same file with the same columns was already the latest version: nothing
 *                  was written
 */
public record ImportResult(DatasetInfo dataset, boolean unchanged) {
}
