package app.retention.explore;

import java.util.List;

/**
 * Which rows a group holds, to preview them: a set of stored values (null = missing) or a numeric range
 * [from, to) with open ends when null.
 */
public record GroupSelector(String column, List<Object> values, Double from, Double to) {
}
