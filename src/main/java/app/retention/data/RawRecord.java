package app.retention.data;

import java.util.List;

/**
 * One record as read from a source, before typing: its first line and its fields as text.
 *
 * @param problem why the reader could not read it faithfully (it becomes a rejected row), or {@code null}
 */
record RawRecord(long line, List<String> fields, String problem) {

    RawRecord(long line, List<String> fields) {
        this(line, fields, null);
    }
}
