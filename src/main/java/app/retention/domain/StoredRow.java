package app.retention.domain;

import java.util.List;

/**
 * One stored row: its 1-based position in the dataset, the source line it came from, and its
 * values as Java objects ({@code Long}, {@code Double}, {@code Boolean}, {@code LocalDate},
 * {@code LocalDateTime}, {@code String}, or null when missing).
 */
public record StoredRow(long rowNumber, long sourceLine, List<Object> values) {
}
