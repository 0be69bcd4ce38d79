package app.retention.data;

import java.io.IOException;
import java.util.List;

/** Streams a tabular source record by record; never holds the whole file. */
interface TabularReader extends AutoCloseable {

    /** Column names from the source's header; read when the reader opens. */
    List<String> header();

    /** The line the header was on (reported in errors about it). */
    long headerLine();

    /** The next data record, or null at the end. */
    RawRecord next() throws IOException;

    /** The field separator a rejected record is re-joined with to show it. */
    default String separator() {
        return ",";
    }

    @Override
    void close() throws IOException;
}
