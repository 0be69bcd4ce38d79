package app.retention.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Checks an .xlsx file (a zip of XML parts) once, when it is inspected and before any part is parsed: a
 * "zip bomb" (a small file that expands into gigabytes: one 1.5 GB cell, 2 GB of shared strings) would
 * otherwise fill the heap. Every part is inflated
 * once into a counter, and the file is refused, naming the part and the limit, as soon as one is passed; then
 * {@link XlsxStructure} checks that the parts make a whole workbook.
 *
 * <p>The limits leave room for the largest real workbooks: Excel itself stops at 1,048,576 rows of 16,384
 * columns, and its XML compresses about 10 to 20 times.
 */
final class XlsxLimits {

    /** Parts of a workbook: a real one has a few dozen; thousands mean a crafted file. */
    static final int MAX_PARTS = 10_000;
    /** One part expanded: a million rows of 20 columns take about 600 MB of sheet XML. */
    static final long MAX_PART_BYTES = 4L << 30;
    /** All shared strings are held in memory while a sheet is read. */
    static final long MAX_SHARED_STRINGS_BYTES = 256L << 20;
    /** XML that expands more than this many times is repetition, not data (Apache POI uses the same bound). */
    static final double MAX_EXPANSION = 100;
    /** Expansion is judged once a part has expanded past this much, so tiny parts never trip it. */
    static final long EXPANSION_FLOOR = 1L << 20;

    private XlsxLimits() {
    }

    /**
     * @throws ImportException naming the file, the part and the limit it passes
     */
    static void check(Path file) {
        String name = file.getFileName().toString();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_PARTS) {
                throw refused(name, "it has " + zip.size() + " parts (a workbook has a few dozen; the limit is "
                        + MAX_PARTS + ")");
            }
            if (zip.size() == 0) {
                throw new ImportException(name + " cannot be read as an Excel workbook: it holds no sheet.");
            }
            Enumeration<? extends ZipEntry> entries = zip.entries();
            byte[] buffer = new byte[1 << 16];
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                long limit = entry.getName().toLowerCase(Locale.ROOT).endsWith("sharedstrings.xml")
                        ? MAX_SHARED_STRINGS_BYTES : MAX_PART_BYTES;
                long compressed = Math.max(1, entry.getCompressedSize());
                long expanded = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        expanded += n;
                        if (expanded > limit) {
                            throw refused(name, "its part " + entry.getName() + " expands to more than "
                                    + megabytes(limit) + " (the limit for that part)");
                        }
                        if (expanded > EXPANSION_FLOOR && expanded > compressed * MAX_EXPANSION) {
                            throw refused(name, "its part " + entry.getName() + " expands more than "
                                    + (int) MAX_EXPANSION + " times (from " + megabytes(compressed)
                                    + "), as zip bombs do");
                        }
                    }
                }
            }
            XlsxStructure.check(zip, name); // every part is now known to be small enough to parse
        } catch (ZipException e) {
            throw new ImportException(name + " cannot be read as an Excel workbook: it is not a valid zip file ("
                    + e.getMessage() + ").", e);
        } catch (IOException e) {
            throw new ImportException("Cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    private static ImportException refused(String name, String why) {
        return new ImportException(name + " was refused: " + why + ". Save it again from Excel, or export the "
                + "sheet as CSV.");
    }

    private static String megabytes(long bytes) {
        return bytes < (1 << 20) ? String.format(Locale.ENGLISH, "%,d KB", Math.max(1, bytes >> 10))
                : String.format(Locale.ENGLISH, "%,d MB", bytes >> 20);
    }
}
