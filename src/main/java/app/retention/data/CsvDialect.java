package app.retention.data;

import java.nio.charset.Charset;

/**
 * How a CSV file is written.
 *
 * @param bomLength bytes of byte-order mark to skip at the start (0 when none)
 * @param undecodableBytes the file is UTF-8 but some of its bytes are not: the rows holding them are reported
 */
public record CsvDialect(Charset charset, char delimiter, int bomLength, boolean undecodableBytes) {

    /** "UTF-8, delimiter ';'": shown to the user and stored with the dataset. */
    public String describe() {
        String name = switch (delimiter) {
            case '\t' -> "tab";
            case ',' -> "comma";
            case ';' -> "semicolon";
            case '|' -> "pipe";
            default -> "'" + delimiter + "'";
        };
        return (charset.name().equals("ISO-8859-1") ? "Latin-1 (ISO-8859-1)" : charset.name())
                + (bomLength > 0 ? " with BOM" : "") + ", " + name + "-delimited";
    }
}
