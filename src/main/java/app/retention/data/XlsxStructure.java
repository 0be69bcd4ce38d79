package app.retention.data;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Checks that an .xlsx file is a whole workbook before fastexcel reads it. Fastexcel trusts the file: a workbook
 * listing no sheet was reported as "no sheet named `null`", and a cell pointing past the shared strings was read
 * as an empty text, which imported a customer without an id. So the parts are followed as fastexcel follows them
 * ({@code [Content_Types].xml}, the workbook, its relationships, each sheet) and every cell is checked against
 * what the reader can hold; the first fault is refused naming the file, the sheet and the cell.
 *
 * <p>Runs after {@link XlsxLimits}, so every part is known to be small enough to parse. DTDs are not read, so an
 * entity in a part is a fault, never an expansion or an external fetch.
 */
final class XlsxStructure {

    private static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final String DEFAULT_WORKBOOK = "xl/workbook.xml";
    private static final Set<String> WORKBOOK_TYPES = Set.of(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
            "application/vnd.ms-excel.sheet.macroEnabled.main+xml");
    private static final String SHARED_STRINGS_TYPE =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";
    /** The cell types fastexcel reads; any other (such as {@code d}, an ISO date as text) stops it. */
    private static final Set<String> CELL_TYPES = Set.of("b", "e", "n", "str", "s", "inlineStr");
    /** A cell value read for checking: a number or an index is far shorter; longer is reported cut. */
    private static final int VALUE_SHOWN = 40;

    private final ZipFile zip;
    private final String file;

    private XlsxStructure(ZipFile zip, String file) {
        this.zip = zip;
        this.file = file;
    }

    /**
     * @param file the file's name, as messages show it
     * @throws ImportException naming the file and, for a cell, the sheet and the cell
     */
    static void check(ZipFile zip, String file) throws IOException {
        new XlsxStructure(zip, file).check();
    }

    private void check() throws IOException {
        ZipEntry types = entry(CONTENT_TYPES);
        if (types == null) {
            throw damaged("it has no " + CONTENT_TYPES + ", the list of parts every workbook starts with");
        }
        Map<String, String> parts = contentTypes(types);
        String workbookPart = parts.getOrDefault("workbook", DEFAULT_WORKBOOK);
        ZipEntry workbook = entry(workbookPart);
        if (workbook == null) {
            throw damaged("its workbook part " + workbookPart + " is missing");
        }
        List<SheetEntry> sheets = sheets(workbook);
        if (sheets.isEmpty()) {
            throw new ImportException(file + " has no sheet: its workbook lists none. Open it in Excel, put the "
                    + "data on a sheet and save it again, or export the data as CSV.");
        }
        Map<String, String> targets = relationships(workbookPart);
        long sharedStrings = sharedStrings(parts.get("sharedStrings"));
        for (SheetEntry sheet : sheets) {
            String target = targets.get(sheet.relationship());
            if (target == null) {
                throw damaged("sheet `" + sheet.name() + "` is not linked to any part of the file");
            }
            ZipEntry part = entry(target);
            if (part == null) {
                throw damaged("the part of sheet `" + sheet.name() + "`, " + target + ", is missing");
            }
            new SheetCells(sheet.name(), sharedStrings).check(part);
        }
    }

    /** The workbook and shared-strings part names, by {@code workbook} and {@code sharedStrings}. */
    private Map<String, String> contentTypes(ZipEntry types) throws IOException {
        Map<String, String> parts = new HashMap<>();
        read(types, xml -> {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("Override")) {
                    String type = attribute(xml, "ContentType");
                    String part = attribute(xml, "PartName");
                    if (part != null && WORKBOOK_TYPES.contains(type)) {
                        parts.put("workbook", stripSlash(part));
                    } else if (part != null && SHARED_STRINGS_TYPE.equals(type)) {
                        parts.put("sharedStrings", stripSlash(part));
                    }
                }
            }
        });
        return parts;
    }

    /** A sheet as the workbook lists it: its name, and the id of the relationship that names its part. */
    private record SheetEntry(String name, String relationship) {
    }

    /** The workbook's sheets, in its order. */
    private List<SheetEntry> sheets(ZipEntry workbook) throws IOException {
        List<SheetEntry> sheets = new ArrayList<>();
        read(workbook, xml -> {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("sheet")) {
                    String name = attribute(xml, "name");
                    sheets.add(new SheetEntry(name == null ? "(no name)" : name, attribute(xml, "id")));
                }
            }
        });
        return sheets;
    }

    /** The workbook's relationships: id to part name, resolved as fastexcel resolves them. */
    private Map<String, String> relationships(String workbookPart) throws IOException {
        int slash = workbookPart.lastIndexOf('/');
        String folder = workbookPart.substring(0, slash + 1);
        String relsPart = folder + "_rels/" + workbookPart.substring(slash + 1) + ".rels";
        ZipEntry rels = entry(relsPart);
        if (rels == null) {
            throw damaged("its part " + relsPart + ", which links the sheets to their data, is missing");
        }
        Map<String, String> targets = new HashMap<>();
        read(rels, xml -> {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("Relationship")) {
                    String target = attribute(xml, "Target");
                    String id = attribute(xml, "Id");
                    if (target != null && id != null) {
                        targets.put(id, target.startsWith("/") ? target.substring(1) : folder + target);
                    }
                }
            }
        });
        return targets;
    }

    /** How many shared strings the workbook has (the {@code si} items of its table); 0 without a table. */
    private long sharedStrings(String part) throws IOException {
        ZipEntry table = part == null ? null : entry(part);
        if (table == null) {
            return 0;
        }
        long[] count = {0};
        read(table, xml -> {
            int depth = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    if (depth == 2 && xml.getLocalName().equals("si")) {
                        count[0]++;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        });
        return count[0];
    }

    /** The cells of one sheet, checked as they stream by. */
    private final class SheetCells {
        private final String sheet;
        private final long sharedStrings;
        private long row;
        private int column;

        SheetCells(String sheet, long sharedStrings) {
            this.sheet = sheet;
            this.sharedStrings = sharedStrings;
        }

        void check(ZipEntry part) throws IOException {
            read(part, xml -> {
                while (xml.hasNext()) {
                    if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    if (xml.getLocalName().equals("row")) {
                        String r = attribute(xml, "r");
                        row = r != null && r.matches("\\d{1,9}") ? Long.parseLong(r) : row + 1;
                        column = 0;
                    } else if (xml.getLocalName().equals("c")) {
                        cell(xml);
                    }
                }
            });
        }

        private void cell(XMLStreamReader xml) throws XMLStreamException {
            String reference = attribute(xml, "r");
            column++;
            String cell = reference != null ? reference : columnLetters(column) + row;
            String type = attribute(xml, "t");
            type = type == null ? "n" : type;
            if (!CELL_TYPES.contains(type)) {
                throw new ImportException(at(cell) + " has the cell type `" + cut(type) + "`, which cannot be "
                        + "read. Save the file again from Excel, or export the sheet as CSV.");
            }
            String value = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("v")) {
                    value = xml.getElementText().strip();
                } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("c")) {
                    break;
                }
            }
            if (value != null && !value.isEmpty()) {
                checkValue(cell, type, value);
            }
        }

        private void checkValue(String cell, String type, String value) {
            switch (type) {
                case "s" -> {
                    long index = value.matches("\\d{1,18}") ? Long.parseLong(value) : -1;
                    if (index < 0) {
                        throw new ImportException(at(cell) + " points to the shared text `" + cut(value) + "`, "
                                + "which is not a position in the workbook's text table; the file is damaged.");
                    }
                    if (index >= sharedStrings) {
                        throw new ImportException(at(cell) + " points to shared text number " + index + ", but the "
                                + "workbook has " + (sharedStrings == 0 ? "none" : "only " + sharedStrings) + "; "
                                + "the file is damaged. Save it again from Excel, or export the sheet as CSV.");
                    }
                }
                case "b" -> {
                    if (!value.equals("0") && !value.equals("1")) {
                        throw new ImportException(at(cell) + " is a yes/no cell holding `" + cut(value) + "` "
                                + "instead of 0 or 1; the file is damaged.");
                    }
                }
                case "n" -> {
                    try {
                        new BigDecimal(value);
                    } catch (NumberFormatException notANumber) {
                        throw new ImportException(at(cell) + " is a number cell holding `" + cut(value) + "`, "
                                + "which is not a number; the file is damaged.");
                    }
                }
                default -> {
                    // text, formula results and errors are read as they are
                }
            }
        }

        private String at(String cell) {
            return file + ", sheet `" + sheet + "`, cell " + cut(cell);
        }
    }

    static String columnLetters(int column) {
        StringBuilder letters = new StringBuilder();
        for (int n = column; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    private static String cut(String text) {
        return text.length() <= VALUE_SHOWN ? text : text.substring(0, VALUE_SHOWN) + "…";
    }

    private interface PartReader {
        void read(XMLStreamReader xml) throws XMLStreamException;
    }

    private void read(ZipEntry part, PartReader reader) throws IOException {
        try (InputStream in = zip.getInputStream(part)) {
            XMLStreamReader xml = xmlFactory().createXMLStreamReader(in);
            try {
                reader.read(xml);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNumber() + ", column "
                    + e.getLocation().getColumnNumber() + ")";
            throw damaged("its part " + part.getName() + " is not well-formed XML" + where, e);
        }
    }

    private static XMLInputFactory xmlFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }

    /** An attribute by its local name, whatever its prefix ({@code r:id} is {@code id}). */
    private static String attribute(XMLStreamReader xml, String localName) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (xml.getAttributeLocalName(i).equals(localName)) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    /** A part by name as fastexcel finds it: exactly, else ignoring case. */
    private ZipEntry entry(String name) {
        String wanted = stripSlash(name);
        ZipEntry exact = zip.getEntry(wanted);
        if (exact != null) {
            return exact;
        }
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry e = entries.nextElement();
            if (e.getName().equalsIgnoreCase(wanted)) {
                return e;
            }
        }
        return null;
    }

    private static String stripSlash(String part) {
        return part.startsWith("/") ? part.substring(1) : part;
    }

    private ImportException damaged(String why) {
        return damaged(why, null);
    }

    private ImportException damaged(String why, Throwable cause) {
        return new ImportException(file + " cannot be read as an Excel workbook: " + why + ". Save it again from "
                + "Excel, or export the sheet as CSV.", cause);
    }
}
