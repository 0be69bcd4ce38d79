package app.retention.data;

import app.retention.task.TaskContext;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
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
            } else {
                // once per import, before any part is parsed: every later read is of this same file
                // (checkUnchanged refuses one that changed), so the readers need not inflate it again
                XlsxLimits.check(file);
            }
            ByteScan scan = scan(file, size, context);
            CsvDialect dialect = null;
            if (format == SourceFormat.CSV) {
                int bom = bomLength(head);
                Charset charset = bom == 2 ? utf16(head) : scan.utf8() ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
                String text = new String(head, bom, head.length - bom, charset);
                // rows with bytes the decoder replaced are reported: UTF-8 with invalid sequences, and UTF-16
                // always, where a cut last character or a lone surrogate leaves no other trace
                boolean damaged = (charset == StandardCharsets.UTF_8 && scan.invalidSequences() > 0) || bom == 2;
                dialect = new CsvDialect(charset, DelimiterDetector.detect(text), bom, damaged);
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

    /**
     * What one pass over the bytes found: the checksum, and the evidence for the encoding (valid UTF-8 sequences
     * of two or more bytes, and byte sequences that are not UTF-8).
     */
    private record ByteScan(String sha256, long utf8Sequences, long invalidSequences) {

        /**
         * UTF-8 when nothing is invalid, or when valid multi-byte sequences outnumber the invalid ones: a Latin-1
         * file almost never forms a valid sequence ("ã" is one byte followed by a letter), while a UTF-8 file with
         * one damaged byte is still thousands of valid ones. Decided once per file, on all of its bytes.
         */
        boolean utf8() {
            return invalidSequences == 0 || utf8Sequences > invalidSequences;
        }
    }

    /**
     * Refuses an import whose source is no longer the file that was inspected (it changed while it was read, or
     * since the preview): the dataset would otherwise carry the size and checksum of another file.
     */
    static void checkUnchanged(SourceInspection source, TaskContext context) {
        Path file = source.file();
        String now;
        try {
            now = Files.size(file) == source.size() ? scan(file, source.size(), TaskContext.silent()).sha256() : null;
        } catch (IOException e) {
            now = null;
        }
        if (!source.sha256().equals(now)) {
            throw new ImportException(file.getFileName() + " changed while it was being imported, so what was read is "
                    + "not the file that was checked. Nothing was imported; import it again once it is complete.");
        }
        context.checkCancelled();
    }

    /** One pass over the bytes: checksum, and how many sequences are and are not UTF-8. */
    private static ByteScan scan(Path file, long size, TaskContext context) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
        Utf8Evidence evidence = new Utf8Evidence();
        byte[] buffer = new byte[1 << 16];
        long done = 0;
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
                evidence.accept(buffer, n);
                done += n;
                context.checkCancelled();
                context.progress((double) done / size * 0.2, "Checking " + file.getFileName());
            }
        }
        evidence.end();
        return new ByteScan(HexFormat.of().formatHex(digest.digest()), evidence.valid, evidence.invalid);
    }

    /**
     * Counts UTF-8 multi-byte sequences and invalid ones, byte by byte, across buffer boundaries. Strict as Java's
     * decoder is: overlong forms, encoded surrogates and code points past U+10FFFF are invalid (the second byte's
     * range depends on the first), so a file judged UTF-8 here is one the decoder reads, or reports row by row.
     */
    private static final class Utf8Evidence {
        private long valid;
        private long invalid;
        private int pending;
        private int low = 0x80;
        private int high = 0xBF;

        void accept(byte[] bytes, int length) {
            for (int i = 0; i < length; i++) {
                int b = bytes[i] & 0xFF;
                if (pending > 0) {
                    if (b >= low && b <= high) {
                        low = 0x80;
                        high = 0xBF;
                        if (--pending == 0) {
                            valid++;
                        }
                        continue;
                    }
                    invalid++;
                    pending = 0;
                    low = 0x80;
                    high = 0xBF;
                }
                if (b >= 0x80) {
                    lead(b);
                }
            }
        }

        /** The sequence a lead byte starts, with the range its second byte must fall in. */
        private void lead(int b) {
            if (b >= 0xC2 && b <= 0xDF) {
                pending = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                pending = 2;
                low = b == 0xE0 ? 0xA0 : 0x80;
                high = b == 0xED ? 0x9F : 0xBF;
            } else if (b >= 0xF0 && b <= 0xF4) {
                pending = 3;
                low = b == 0xF0 ? 0x90 : 0x80;
                high = b == 0xF4 ? 0x8F : 0xBF;
            } else {
                invalid++;
            }
        }

        void end() {
            if (pending > 0) {
                invalid++;
            }
        }
    }
}
