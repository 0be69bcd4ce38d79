package app.retention.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static app.retention.cli.CorpusCase.importing;
import static app.retention.cli.Workbooks.RELS;
import static app.retention.cli.Workbooks.SHARED_STRINGS;
import static app.retention.cli.Workbooks.SHEET;
import static app.retention.cli.Workbooks.WORKBOOK;
import static app.retention.cli.Workbooks.cell;
import static app.retention.cli.Workbooks.n;
import static app.retention.cli.Workbooks.s;

/**
 * Generated files an import must refuse in one line naming the file, leaving the workspace as it was: malformed
 * CSV, XLSX and ARFF, huge fields, bad encodings, non-finite numbers, 20-digit ids, duplicate headers, long and
 * odd column names. Every file is made here, small; the ones that need megabytes are written when the case runs.
 */
final class ImportCorpus {

    static final String CSV = "malformed CSV";
    static final String XLSX = "malformed XLSX";
    static final String ARFF = "malformed ARFF";
    static final String HUGE = "huge fields";
    static final String ENCODING = "bad encodings";
    static final String NON_FINITE = "non-finite numbers";
    static final String LONG_IDS = "20-digit ids";
    static final String DUPLICATES = "duplicate headers";
    static final String NAMES = "long or odd column names";

    /** A good header and rows, so that each case breaks exactly one thing. */
    private static final String HEADER = "customer_id,plan,tenure,churn\n";

    private ImportCorpus() {
    }

    static List<CorpusCase> cases() {
        List<CorpusCase> cases = new ArrayList<>();
        csv(cases);
        xlsx(cases);
        arff(cases);
        hugeFields(cases);
        encodings(cases);
        nonFinite(cases);
        longIds(cases);
        duplicates(cases);
        names(cases);
        return cases;
    }

    private static String rows(int n) {
        StringBuilder rows = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            rows.append('C').append(i).append(',').append(i % 2 == 0 ? "basic" : "pro").append(',').append(i * 3)
                    .append(',').append(i % 3 == 0 ? "Yes" : "No").append('\n');
        }
        return rows.toString();
    }

    private static void csv(List<CorpusCase> cases) {
        cases.add(importing(CSV, "an empty file", "empty.csv", ""));
        cases.add(importing(CSV, "a header only", "header-only.csv", HEADER));
        cases.add(importing(CSV, "blank lines only", "blank.csv", "\n\n   \n\n"));
        cases.add(importing(CSV, "a quote never closed", "open-quote.csv", HEADER + rows(5) + "C9,\"basic,9,No\n"
                + rows(3)));
        cases.add(importing(CSV, "a zip named .csv", "zip.csv", Workbooks.zip(Workbooks.customers())));
        cases.add(importing(CSV, "binary bytes", "binary.csv", binary(4096)));
        cases.add(importing(CSV, "an old Excel file named .csv", "old.csv", ole2()));
        cases.add(importing(CSV, "every row longer than the header", "ragged.csv", HEADER
                + rows(6).replace("\n", ",extra\n")));
        cases.add(importing(CSV, "one row too long", "one-long-row.csv", HEADER + rows(5) + "C9,pro,3,No,extra\n"));
        cases.add(importing(CSV, "one row too short", "one-short-row.csv", HEADER + rows(5) + "C9,pro\n"));
        cases.add(new CorpusCase(CSV, "a missing file", d -> List.of("import", d.resolve("missing.csv").toString()),
                1, "missing.csv"));
        cases.add(new CorpusCase(CSV, "a folder", d -> {
            CorpusCase.write(d, "x", new byte[0]);
            return List.of("import", d.toString());
        }, 1, "is a folder"));
        cases.add(importing(CSV, "a target with three values", "three-values.csv", HEADER + rows(6)
                + "C9,pro,3,Maybe\n", "--target", "churn"));
        cases.add(importing(CSV, "a target that is not a column", "no-target.csv", HEADER + rows(6), "--target",
                "cancelled"));
        for (String name : List.of("telco@2", "   ", "n".repeat(201), "@", "a@b@c")) {
            CorpusCase named = importing(CSV, "the name `" + name + "`", "named" + name.length() + name.charAt(0)
                    + ".csv", HEADER + rows(6), "--name", name);
            cases.add(new CorpusCase(CSV, named.label(), named.args(), 1, "dataset name"));
        }
        cases.add(importing(CSV, "a sheet asked of a CSV file", "sheet-of-csv.csv", HEADER + rows(6), "--sheet",
                "Customers"));
    }

    private static void xlsx(List<CorpusCase> cases) {
        cases.add(importing(XLSX, "zero sheets", "no-sheets.xlsx", Workbooks.changed(p -> p.put(WORKBOOK,
                Workbooks.workbook("")))));
        cases.add(importing(XLSX, "a shared string index out of range", "index-out.xlsx",
                Workbooks.withRow(s(99), s(4), n(3), s(6))));
        cases.add(importing(XLSX, "a shared string index just past the end", "index-end.xlsx",
                Workbooks.withRow(s(14), s(4), n(3), s(6))));
        cases.add(importing(XLSX, "a negative shared string index", "index-negative.xlsx",
                Workbooks.withRow(cell("s", "-1"), s(4), n(3), s(6))));
        cases.add(importing(XLSX, "a shared string index that is text", "index-text.xlsx",
                Workbooks.withRow(cell("s", "abc"), s(4), n(3), s(6))));
        cases.add(importing(XLSX, "a shared string index beyond an int", "index-huge.xlsx",
                Workbooks.withRow(cell("s", "99999999999999999999"), s(4), n(3), s(6))));
        cases.add(importing(XLSX, "shared strings used but no table", "no-table.xlsx",
                Workbooks.changed(p -> p.remove(SHARED_STRINGS))));
        cases.add(importing(XLSX, "no workbook part", "no-workbook.xlsx", Workbooks.changed(p -> p.remove(WORKBOOK))));
        cases.add(importing(XLSX, "no content types", "no-types.xlsx",
                Workbooks.changed(p -> p.remove(Workbooks.CONTENT_TYPES))));
        cases.add(importing(XLSX, "no workbook relationships", "no-rels.xlsx", Workbooks.changed(p -> p.remove(RELS))));
        cases.add(importing(XLSX, "a sheet part missing", "no-sheet-part.xlsx", Workbooks.changed(p -> p.remove(SHEET))));
        cases.add(importing(XLSX, "a sheet linked to nothing", "unlinked.xlsx", Workbooks.changed(p -> p.put(WORKBOOK,
                Workbooks.workbook("<sheet name=\"Customers\" sheetId=\"1\" r:id=\"rId9\"/>")))));
        cases.add(importing(XLSX, "a sheet cut mid-tag", "cut-sheet.xlsx", Workbooks.changed(p -> p.put(SHEET,
                Arrays.copyOf(p.get(SHEET), p.get(SHEET).length / 2)))));
        cases.add(importing(XLSX, "an empty sheet part", "empty-sheet.xlsx", Workbooks.changed(p -> p.put(SHEET,
                new byte[0]))));
        cases.add(importing(XLSX, "a workbook part that is not XML", "text-workbook.xlsx", Workbooks.changed(p ->
                p.put(WORKBOOK, Workbooks.utf8("customer_id,plan\n1,basic\n")))));
        cases.add(importing(XLSX, "an entity declared in the sheet", "entity.xlsx", Workbooks.changed(p -> p.put(SHEET,
                Workbooks.utf8("<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                        + "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&x;</t></is></c>"
                        + "</row></sheetData></worksheet>")))));
        cases.add(importing(XLSX, "a billion laughs in the shared strings", "laughs.xlsx", Workbooks.changed(p -> p.put(
                SHARED_STRINGS, Workbooks.utf8("<?xml version=\"1.0\"?><!DOCTYPE s [<!ENTITY a \"aaaaaaaaaa\">"
                        + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
                        + "<sst><si><t>&c;</t></si></sst>")))));
        cases.add(importing(XLSX, "a cell of type d", "date-type.xlsx", Workbooks.withRow(s(12), s(4), cell("d",
                "2026-01-01"), s(6))));
        cases.add(importing(XLSX, "a yes/no cell holding 2", "bool-two.xlsx", Workbooks.withRow(s(12), s(4),
                cell("b", "2"), s(6))));
        cases.add(importing(XLSX, "a number cell holding text", "number-text.xlsx", Workbooks.withRow(s(12), s(4),
                cell("n", "seven"), s(6))));
        byte[] whole = Workbooks.zip(Workbooks.customers());
        cases.add(importing(XLSX, "the first half of a workbook", "half.xlsx", Arrays.copyOf(whole, whole.length / 2)));
        cases.add(importing(XLSX, "a workbook without its last 30 bytes", "cut-end.xlsx",
                Arrays.copyOf(whole, whole.length - 30)));
        cases.add(importing(XLSX, "a workbook with damaged compressed data", "flipped.xlsx", flipped(whole)));
        cases.add(importing(XLSX, "an empty zip", "empty-zip.xlsx", Workbooks.zip(Map.of())));
        cases.add(importing(XLSX, "an old Excel file named .xlsx", "old.xlsx", ole2()));
        cases.add(importing(XLSX, "a CSV named .xlsx", "csv.xlsx", HEADER + rows(4)));
        cases.add(importing(XLSX, "a sheet that is not there", "sheet-asked.xlsx",
                Workbooks.zip(Workbooks.customers()), "--sheet", "Contracts"));
        cases.add(importing(XLSX, "a sheet part that expands like a bomb", "sheet-bomb.xlsx", () -> Workbooks.changed(p ->
                p.put(SHEET, Workbooks.utf8(new String(p.get(SHEET), StandardCharsets.UTF_8).replace("</sheetData>",
                        "<row r=\"9\"><c r=\"A9\" t=\"inlineStr\"><is><t>" + "a".repeat(30 << 20)
                                + "</t></is></c></row></sheetData>"))))));
        cases.add(importing(XLSX, "ten thousand and one parts", "many-parts.xlsx", () -> Workbooks.changed(p -> {
            for (int i = 0; i < 10_001; i++) {
                p.put("xl/media/image" + i + ".bin", new byte[0]);
            }
        })));
        cases.add(importing(XLSX, "a header row only", "header-row.xlsx", Workbooks.changed(p -> p.put(SHEET,
                Workbooks.sheet(Workbooks.row(1, s(0), s(1), s(2), s(3)))))));
        cases.add(importing(XLSX, "a sheet with no rows", "no-rows.xlsx", Workbooks.changed(p -> p.put(SHEET,
                Workbooks.sheet("")))));
    }

    private static void arff(List<CorpusCase> cases) {
        String head = "@relation customers\n@attribute customer_id string\n@attribute tenure numeric\n"
                + "@attribute churn {Yes,No}\n@data\n";
        cases.add(importing(ARFF, "no @data section", "no-data.arff", head.replace("@data\n", "")));
        cases.add(importing(ARFF, "a value outside the nominal list", "nominal.arff", head + "C1,3,Yes\nC2,4,Maybe\n"));
        cases.add(importing(ARFF, "an attribute of unknown type", "type.arff", head.replace("numeric", "decimal")
                + "C1,3,Yes\n"));
        cases.add(importing(ARFF, "a relation only", "relation-only.arff", "@relation nothing\n"));
        cases.add(importing(ARFF, "a quote never closed", "quote.arff", head + "'C1,3,Yes\nC2,4,No\n"));
        cases.add(importing(ARFF, "an attribute without a name", "nameless.arff", head.replace(
                "@attribute tenure numeric", "@attribute numeric")));
        cases.add(importing(ARFF, "a sparse row with a bad index", "sparse.arff", head + "{0 C1, 7 3, 2 Yes}\n"));
        cases.add(importing(ARFF, "a row with a value too many", "extra.arff", head + "C1,3,Yes\nC2,4,No,Yes\n"));
        cases.add(importing(ARFF, "a row with quoted values too many", "extra-quoted.arff", head
                + "'C1, the first',3,Yes\n'C2',4,No,'a, b',\"c\"\n"));
    }

    private static void hugeFields(List<CorpusCase> cases) {
        for (int megabytes : new int[] {5, 12}) {
            int size = megabytes << 20;
            cases.add(importing(HUGE, "a " + megabytes + " MB text field", "field" + megabytes + ".csv", () -> utf8(
                    HEADER + rows(20) + "C99,\"" + "x".repeat(size) + "\",4,No\n")));
            cases.add(importing(HUGE, "a " + megabytes + " MB field in the first row", "first" + megabytes + ".csv",
                    () -> utf8(HEADER + "C99,\"" + "x".repeat(size) + "\",4,No\n" + rows(20))));
        }
        cases.add(importing(HUGE, "a 5 MB line without a newline", "one-line.csv", () -> utf8("x".repeat(5 << 20))));
        cases.add(importing(HUGE, "a 5 MB header name", "header5.csv", () -> utf8("id," + "h".repeat(5 << 20)
                + ",churn\n1,2,Yes\n")));
        cases.add(importing(HUGE, "a 5 MB ARFF value", "value5.arff", () -> utf8("@relation r\n@attribute id string\n"
                + "@attribute churn {Yes,No}\n@data\n'" + "v".repeat(5 << 20) + "',Yes\nb,No\n")));
        cases.add(importing(HUGE, "a 5 MB XLSX cell", "cell5.xlsx", () -> Workbooks.withRow(Workbooks.inline(
                "c".repeat(5 << 20)), s(4), n(3), s(6))));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void encodings(List<CorpusCase> cases) {
        byte[][] broken = {{(byte) 0xC3}, {(byte) 0xFF, (byte) 0xFE}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}};
        String[] labels = {"a cut two-byte sequence", "bytes that are never UTF-8", "an encoded surrogate",
                "an overlong slash", "a five-byte sequence"};
        for (int i = 0; i < broken.length; i++) {
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            StringBuilder valid = new StringBuilder("customer_id,city,churn\n");
            for (int row = 1; row <= 30; row++) {
                valid.append('C').append(row).append(row % 2 == 0 ? ",São Paulo," : ",Bogotá,").append(row % 3 == 0
                        ? "Yes" : "No").append('\n');
            }
            file.writeBytes((valid + "C99,").getBytes(StandardCharsets.UTF_8));
            file.writeBytes(broken[i]);
            file.writeBytes("x,No\nC4,Zürich,No\n".getBytes(StandardCharsets.UTF_8));
            cases.add(importing(ENCODING, labels[i] + " in one UTF-8 row", "utf8-bad" + i + ".csv", file.toByteArray()));
        }
        byte[] utf16 = ("\uFEFF" + HEADER + rows(5)).getBytes(StandardCharsets.UTF_16LE);
        cases.add(importing(ENCODING, "UTF-16 cut mid-character", "utf16-odd.csv", Arrays.copyOf(utf16,
                utf16.length - 1)));
        ByteArrayOutputStream lone = new ByteArrayOutputStream();
        lone.writeBytes(("\uFEFF" + HEADER + rows(3) + "C9,").getBytes(StandardCharsets.UTF_16LE));
        lone.writeBytes(new byte[] {0x00, (byte) 0xD8}); // a high surrogate with no low one after it
        lone.writeBytes(",4,No\n".getBytes(StandardCharsets.UTF_16LE));
        cases.add(importing(ENCODING, "UTF-16 with a lone surrogate", "utf16-lone.csv", lone.toByteArray()));
        cases.add(importing(ENCODING, "UTF-16 without a byte-order mark", "utf16-nobom.csv",
                (HEADER + rows(5)).getBytes(StandardCharsets.UTF_16LE)));
        cases.add(importing(ENCODING, "UTF-32", "utf32.csv", (HEADER + rows(5)).getBytes(java.nio.charset.Charset
                .forName("UTF-32"))));
    }

    private static void nonFinite(List<CorpusCase> cases) {
        for (String number : List.of("1e309", "-1e400", "1.8e308", "-1.8e308", "2E308", "1e99999")) {
            cases.add(importing(NON_FINITE, number + " in a number column", "nonfinite" + cases.size() + ".csv",
                    HEADER + rows(40) + "C99,pro," + number + ",No\n"));
        }
        cases.add(importing(NON_FINITE, "1e309 in an ARFF number", "nonfinite.arff", "@relation r\n@attribute id string\n"
                + "@attribute tenure numeric\n@attribute churn {Yes,No}\n@data\na,1,Yes\nb,1e309,No\n"));
        cases.add(importing(NON_FINITE, "-1e309 in an ARFF number", "negative-nonfinite.arff", "@relation r\n"
                + "@attribute id string\n@attribute tenure numeric\n@attribute churn {Yes,No}\n@data\na,1,Yes\n"
                + "b,-1e309,No\n"));
    }

    private static void longIds(List<CorpusCase> cases) {
        StringBuilder ids = new StringBuilder("account,tenure,churn\n");
        for (int i = 0; i < 60; i++) {
            ids.append("123456789012345678").append(String.format("%02d", i)).append(',').append(i).append(',')
                    .append(i % 4 == 0 ? "Yes" : "No").append('\n');
        }
        cases.add(importing(LONG_IDS, "20-digit ids as the target", "ids-target.csv", ids.toString(), "--target",
                "account"));
        cases.add(importing(LONG_IDS, "20-digit ids and a row of 1e309", "ids-nonfinite.csv", ids
                + "12345678901234567899,1e309,No\n"));
        cases.add(importing(LONG_IDS, "20-digit ids and a short row", "ids-short.csv", ids + "12345678901234567899\n"));
        cases.add(importing(LONG_IDS, "30-digit ids as the target", "ids30-target.csv", ids.toString()
                .replace("123456789012345678", "1234567890123456789012345678"), "--target", "account"));
    }

    private static void duplicates(List<CorpusCase> cases) {
        for (String header : List.of("customer_id,plan,plan,churn", "customer_id,Plan,plan,churn",
                "customer_id,plan , plan,churn", "customer_id,churn,tenure,churn", "customer_id,PLAN,Plan,churn")) {
            cases.add(importing(DUPLICATES, "header " + header, "dup" + cases.size() + ".csv", header + "\n" + rows(6)));
        }
        cases.add(importing(DUPLICATES, "an XLSX header twice", "dup.xlsx", Workbooks.changed(p -> p.put(SHEET,
                Workbooks.sheet(Workbooks.row(1, s(0), s(1), s(1), s(3)) + Workbooks.row(2, s(8), s(4), s(5), s(6)))))));
    }

    private static void names(List<CorpusCase> cases) {
        for (int length : new int[] {401, 1000, 100_000}) {
            cases.add(importing(NAMES, "a column name of " + length + " characters", "long" + length + ".csv",
                    "id," + "c".repeat(length) + ",churn\n1,2,Yes\n2,3,No\n"));
        }
        cases.add(importing(NAMES, "a column name of 401 characters in XLSX", "long401.xlsx", Workbooks.changed(p ->
                p.put(SHEET, Workbooks.sheet(Workbooks.row(1, s(0), Workbooks.inline("n".repeat(401)), s(2), s(3))
                        + Workbooks.row(2, s(8), s(4), n(1), s(6)))))));
        cases.add(importing(NAMES, "a column name of 401 characters in ARFF", "long401.arff", "@relation r\n"
                + "@attribute id string\n@attribute " + "a".repeat(401) + " numeric\n@attribute churn {Yes,No}\n"
                + "@data\na,1,Yes\nb,2,No\n"));
        cases.add(importing(NAMES, "a quoted column name of 401 multibyte characters", "long-multibyte.csv",
                "id,\"" + "é".repeat(401) + "\",churn\n1,2,Yes\n2,3,No\n"));
    }

    private static byte[] binary(int size) {
        byte[] bytes = new byte[size];
        new java.util.Random(17).nextBytes(bytes);
        bytes[0] = 0;
        return bytes;
    }

    private static byte[] ole2() {
        byte[] bytes = new byte[1024];
        byte[] signature = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(signature, 0, bytes, 0, signature.length);
        return bytes;
    }

    /** The workbook with bytes of its compressed data inverted, past the first entry's header. */
    private static byte[] flipped(byte[] whole) {
        byte[] bytes = whole.clone();
        for (int i = 200; i < 260 && i < bytes.length; i++) {
            bytes[i] = (byte) ~bytes[i];
        }
        return bytes;
    }
}
