package app.retention.data;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/** Streams a CSV file with FastCSV in the dialect found by inspection. */
final class CsvTabularReader implements TabularReader {

    private final Path file;
    private final CsvDialect dialect;
    private final CsvReader<CsvRecord> csv;
    /** What the decoder puts in place of bytes that are not of the file's encoding. */
    private static final char UNDECODABLE = '\uFFFD';

    private final Iterator<CsvRecord> records;
    private final List<String> header;
    private final long headerLine;
    private final boolean endsWithQuote;
    private RawRecord last;

    CsvTabularReader(Path file, CsvDialect dialect) throws IOException {
        this.file = file;
        this.dialect = dialect;
        this.endsWithQuote = endsWithQuote(file);
        InputStream in = Files.newInputStream(file);
        try {
            in.skipNBytes(dialect.bomLength());
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, dialect.charset().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)),
                    1 << 16);
            this.csv = CsvReader.builder().fieldSeparator(dialect.delimiter())
                    .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                    .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                    .allowExtraCharsAfterClosingQuote(true)
                    .skipEmptyLines(true)
                    .ofCsvRecord(reader);
            this.records = csv.iterator();
            RawRecord first = read();
            if (first == null) {
                throw new ImportException(file.getFileName() + " has no header line: it holds only blank lines.");
            }
            this.header = first.fields();
            this.headerLine = first.line();
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public long headerLine() {
        return headerLine;
    }

    @Override
    public String separator() {
        return String.valueOf(dialect.delimiter());
    }

    @Override
    public RawRecord next() throws IOException {
        RawRecord record = read();
        if (record == null && last != null && !endsWithQuote && spansLines(last)) {
            throw new ImportException(file.getFileName() + ", line " + last.line() + ": a quoted field opens on this "
                    + "line and is never closed; it runs to the end of the file. Add the closing quote (\") or "
                    + "remove the opening one.");
        }
        if (record != null) {
            last = record;
        }
        return record;
    }

    private RawRecord read() throws IOException {
        try {
            if (!records.hasNext()) {
                return null;
            }
            CsvRecord r = records.next();
            List<String> fields = r.getFields();
            if (dialect.undecodableBytes() && fields.stream().anyMatch(f -> f.indexOf(UNDECODABLE) >= 0)) {
                String encoding = dialect.charset().displayName(Locale.ROOT).replaceFirst("(BE|LE)$", "");
                return new RawRecord(r.getStartingLineNumber(), fields, "holds bytes that are not " + encoding
                        + " (the rest of the file is " + encoding + "): fix the characters of this line, or import "
                        + "without it");
            }
            return new RawRecord(r.getStartingLineNumber(), fields);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (RuntimeException e) {
            long line = last == null ? 1 : last.line() + 1;
            throw new ImportException(file.getFileName() + ", after line " + line + ": " + e.getMessage(), e);
        }
    }

    private static boolean spansLines(RawRecord record) {
        for (String field : record.fields()) {
            if (field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether the last character other than line breaks and spaces is a quote. */
    private static boolean endsWithQuote(Path file) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long pos = raf.length() - 1;
            while (pos >= 0) {
                raf.seek(pos);
                int b = raf.read();
                if (b != '\n' && b != '\r' && b != ' ' && b != 0) {
                    return b == '"';
                }
                pos--;
            }
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
