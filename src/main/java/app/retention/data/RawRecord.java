package app.retention.data;

import java.util.List;

/** One record as read from a source, before typing: its first line and its fields as text. */
record RawRecord(long line, List<String> fields) {
}
