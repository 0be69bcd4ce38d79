package app.retention.data;

import app.retention.task.TaskContext;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Reads a file's bytes once: refuses what is not a table (empty, binary, legacy .xls), recognises the
 * format, computes the SHA-256 and, for text, decides the encoding (UTF-8, else Latin-1) and delimiter.
 */
final class SourceInspector {

    private static final int HEAD = 64 * 1024;

    private SourceInspector() {
    }

    static SourceInspection inspect(Path file, TaskContext context) {
        if (!Files.exists(file)) {
            throw new ImportException("File not found: " + file);
        }
        if (Files.isDirectory(file)) {
            throw new ImportException(file + " is a folder, not a file.");
        }
        if (!Files.isReadable(file)) {
            throw new ImportException("Cannot read " + file + ": permission denied.");
        }
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new ImportException(file.getFileName() + " is empty (0 bytes): there is nothing to import.");
            }
            byte[] head = readHead(file);
            SourceFormat format = detectFormat(file, head);
            if (format != SourceFormat.XLSX) {
                rejectBinary(file, head);
            }
            ByteScan scan = scan(file, size, context);
            CsvDialect dialect = null;
            if (format == SourceFormat.CSV) {
                int bom = bomLength(head);
                Charset charset = bom == 2 ? utf16(head) : scan.validUtf8 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
                String text = new String(head, bom, head.length - bom, charset);
                dialect = new CsvDialect(charset, DelimiterDetector.detect(text), bom);
            }
            return new SourceInspection(file, format, size, scan.sha256, dialect);
        } catch (NoSuchFileException e) {
            throw new ImportException("File not found: " + file, e);
        } catch (IOException e) {
            throw new ImportException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static byte[] readHead(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD);
        }
    }

    private static SourceFormat detectFormat(Path file, byte[] head) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean zip = head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        boolean ole2 = head.length >= 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF
                && (head[2] & 0xFF) == 0x11 && (head[3] & 0xFF) == 0xE0;
        if (ole2) {
            throw new ImportException(file.getFileName() + " is an old Excel (.xls) workbook. Open it in Excel or "
                    + "LibreOffice and save it as .xlsx or .csv, then import that file.");
        }
        if (zip) {
            if (name.endsWith(".xlsx") || name.endsWith(".xlsm") || !name.endsWith(".csv")) {
                return SourceFormat.XLSX;
            }
            throw new ImportException(file.getFileName() + " is named .csv but holds a ZIP archive (perhaps an Excel "
                    + "workbook renamed). Rename it to .xlsx or export it as CSV.");
        }
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
            throw new ImportException(file.getFileName() + " is named .xlsx but is not an Excel workbook "
                    + "(no ZIP signature at byte 0). Is it a CSV file with the wrong extension?");
        }
        if (name.endsWith(".arff") || startsLikeArff(head)) {
            return SourceFormat.ARFF;
        }
        return SourceFormat.CSV;
    }

    private static boolean startsLikeArff(byte[] head) {
        String text = new String(head, 0, Math.min(head.length, 4096), StandardCharsets.ISO_8859_1);
        for (String line : text.split("\r?\n")) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("%")) {
                continue;
            }
            return t.toLowerCase(Locale.ROOT).startsWith("@relation");
        }
        return false;
    }

    private static void rejectBinary(Path file, byte[] head) {
        if (bomLength(head) == 2) {
            return; // UTF-16 text has zero bytes by design
        }
        int control = 0;
        for (int i = 0; i < head.length; i++) {
            int b = head[i] & 0xFF;
            if (b == 0) {
                throw new ImportException(file.getFileName() + " is not a text table: it holds binary data (a zero "
                        + "byte at offset " + i + "). Import a CSV, XLSX or ARFF file.");
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != 0x0C) {
                control++;
            }
        }
        if (head.length > 0 && control * 20 > head.length) {
            throw new ImportException(file.getFileName() + " is not a text table: " + control + " of its first "
                    + head.length + " bytes are control characters. Import a CSV, XLSX or ARFF file.");
        }
    }

    static int bomLength(byte[] head) {
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return 3;
        }
        if (head.length >= 2 && (((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)
                || ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE))) {
            return 2;
        }
        return 0;
    }

    private static Charset utf16(byte[] head) {
        return (head[0] & 0xFF) == 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
    }

    private record ByteScan(String sha256, boolean validUtf8) {
    }

    /** One pass over the bytes: checksum, and whether they decode as UTF-8 without error. */
    private static ByteScan scan(Path file, long size, TaskContext context) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        boolean valid = true;
        byte[] buffer = new byte[1 << 16];
        ByteBuffer pending = ByteBuffer.allocate(buffer.length + 8);
        CharBuffer chars = CharBuffer.allocate(buffer.length + 8);
        long done = 0;
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
                done += n;
                if (valid) {
                    pending.put(buffer, 0, n).flip();
                    chars.clear();
                    CoderResult result = utf8.decode(pending, chars, false);
                    valid = !result.isError();
                    pending.compact();
                }
                context.checkCancelled();
                context.progress((double) done / size * 0.2, "Checking " + file.getFileName());
            }
        }
        if (valid) {
            pending.flip();
            chars.clear();
            valid = !utf8.decode(pending, chars, true).isError() && !pending.hasRemaining();
        }
        return new ByteScan(HexFormat.of().formatHex(digest.digest()), valid);
    }
}
