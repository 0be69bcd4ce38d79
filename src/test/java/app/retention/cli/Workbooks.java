package app.retention.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Generated .xlsx files, whole or damaged: a small valid workbook as parts (part name to XML), which a case
 * changes before it is zipped. Written by hand rather than by a library so that any part can be left out or
 * broken.
 */
final class Workbooks {

    static final String SHEET = "xl/worksheets/sheet1.xml";
    static final String WORKBOOK = "xl/workbook.xml";
    static final String SHARED_STRINGS = "xl/sharedStrings.xml";
    static final String RELS = "xl/_rels/workbook.xml.rels";
    static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private Workbooks() {
    }

    /** Customers with an id, a plan and churn: header and ids are shared strings, tenure a number. */
    static Map<String, byte[]> customers() {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put(CONTENT_TYPES, utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas."
                + "openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application"
                + "/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application"
                + "/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-"
                + "officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" "
                + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-"
                + "officedocument.spreadsheetml.sharedStrings+xml\"/></Types>"));
        parts.put("_rels/.rels", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://"
                + "schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\""
                + RELATIONSHIPS + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"));
        parts.put(WORKBOOK, workbook("<sheet name=\"Customers\" sheetId=\"1\" r:id=\"rId1\"/>"));
        parts.put(RELS, utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas."
                + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"" + RELATIONSHIPS
                + "/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"" + RELATIONSHIPS
                + "/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>"));
        StringBuilder strings = new StringBuilder();
        for (String s : List.of("customer_id", "plan", "tenure", "churn", "basic", "pro", "Yes", "No")) {
            strings.append("<si><t>").append(s).append("</t></si>");
        }
        for (int i = 1; i <= 6; i++) {
            strings.append("<si><t>X").append(i).append("</t></si>");
        }
        parts.put(SHARED_STRINGS, utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + MAIN + "\" count=\"14\" "
                + "uniqueCount=\"14\">" + strings + "</sst>"));
        StringBuilder rows = new StringBuilder(row(1, s(0), s(1), s(2), s(3)));
        for (int i = 1; i <= 6; i++) {
            rows.append(row(i + 1, s(7 + i), s(4 + i % 2), n(i * 7), s(6 + i % 2)));
        }
        parts.put(SHEET, sheet(rows.toString()));
        return parts;
    }

    static byte[] workbook(String sheets) {
        return utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + MAIN + "\" xmlns:r=\""
                + RELATIONSHIPS + "\"><sheets>" + sheets + "</sheets></workbook>");
    }

    static byte[] sheet(String rows) {
        return utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData>" + rows
                + "</sheetData></worksheet>");
    }

    /** A row of cells, addressed A, B, C... */
    static String row(int number, String... cells) {
        StringBuilder row = new StringBuilder("<row r=\"" + number + "\">");
        for (int c = 0; c < cells.length; c++) {
            row.append(cells[c].replace("<c ", "<c r=\"" + (char) ('A' + c) + number + "\" "));
        }
        return row.append("</row>").toString();
    }

    static String s(int index) {
        return "<c t=\"s\"><v>" + index + "</v></c>";
    }

    static String n(double value) {
        return "<c ><v>" + (value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value))
                + "</v></c>";
    }

    static String cell(String type, String value) {
        return "<c t=\"" + type + "\"><v>" + value + "</v></c>";
    }

    static String inline(String text) {
        return "<c t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    /** The customers workbook with {@code change} applied to its parts. */
    static byte[] changed(Consumer<Map<String, byte[]>> change) {
        Map<String, byte[]> parts = customers();
        change.accept(parts);
        return zip(parts);
    }

    /** The customers sheet with one more data row of these cells. */
    static byte[] withRow(String... cells) {
        return changed(parts -> {
            String sheet = new String(parts.get(SHEET), StandardCharsets.UTF_8);
            parts.put(SHEET, utf8(sheet.replace("</sheetData>", row(8, cells) + "</sheetData>")));
        });
    }

    static byte[] zip(Map<String, byte[]> parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Writes a workbook whose sheet holds one cell of {@code cellBytes} bytes made by {@code filler}, streamed
     * into the zip so that no test holds the expanded part in memory.
     */
    static Path withHugeCell(Path file, long cellBytes, Filler filler) {
        Map<String, byte[]> parts = customers();
        parts.remove(SHEET);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(SHEET));
            String head = new String(sheet(row(1, s(0), s(1), s(2), s(3)) + "<row r=\"2\"><c r=\"A2\" "
                    + "t=\"inlineStr\"><is><t>"), StandardCharsets.UTF_8).replace("</sheetData></worksheet>", "");
            zip.write(utf8(head));
            filler.fill(zip, cellBytes);
            zip.write(utf8("</t></is></c>" + s(4).replace("<c ", "<c r=\"B2\" ") + "</row></sheetData></worksheet>"));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Writes {@code bytes} bytes of cell text. */
    interface Filler {
        void fill(OutputStream out, long bytes) throws IOException;
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
