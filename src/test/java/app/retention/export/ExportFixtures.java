package app.retention.export;

import app.retention.segment.CampaignEconomics;
import app.retention.segment.ColumnFilter;
import app.retention.segment.Reason;
import app.retention.segment.RiskBands;
import app.retention.segment.ScoredCustomer;
import app.retention.segment.SegmentDefinition;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/** Segments, provenance and file readers shared by the export tests. */
final class ExportFixtures {

    static final String HOSTILE_NAME = "=HYPERLINK(\"http://x\",\"y\")";
    static final Instant WHEN = Instant.parse("2026-11-20T10:15:30Z");
    static final CampaignEconomics ECONOMICS = new CampaignEconomics(8, 20, 0.5, 0.3);
    static final RiskBands BANDS = RiskBands.fromCutoffs(RiskBands.DEFAULT_NAMES, List.of(0.6, 0.3));
    static final SegmentDefinition DEFINITION = new SegmentDefinition("At risk in Brazil", "mcommerce_2026_09", 1,
            "model-7", List.of(ColumnFilter.oneOf("country", List.of("BR"))));
    static final ModelRef MODEL = new ModelRef("model-7", "boosting", 0.8251,
            "10-fold stratified cross-validation, seed 1", Map.of("PR AUC", 0.61));
    static final Provenance PROVENANCE = Provenance.of(DEFINITION, "ab".repeat(32), MODEL, BANDS, ECONOMICS,
            "0.1.0-test");

    private ExportFixtures() {
    }

    /** Customers C-0001… with the sample data's columns; customer 7 has a formula for a name. */
    static List<ScoredCustomer> customers(int n, long seed) {
        Random random = new Random(seed);
        String[] channels = {"organic", "search_ads", "social_ads", "referral"};
        String[] countries = {"BR", "MX", "AR"};
        List<ScoredCustomer> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            double p = Math.round(random.nextDouble() * 1000) / 1000.0;
            double value = i % 17 == 0 ? Double.NaN : Math.round(random.nextDouble() * 80000) / 100.0;
            Map<String, Object> attributes = new LinkedHashMap<>();
            attributes.put("full_name", i == 7 ? HOSTILE_NAME : "Cliente Número " + i + " (demo)");
            attributes.put("email", "cliente." + i + "@example.com");
            attributes.put("phone", "+55 11 90000-" + String.format("%04d", i));
            attributes.put("country", countries[i % 3]);
            attributes.put("acquisition_channel", i == 9 ? "@SUM(A1:A9)" : channels[i % 4]);
            attributes.put("days_since_last_order", 10 + random.nextInt(120));
            List<Reason> reasons = List.of(new Reason("days_since_last_order", "No order in " + (20 + i % 60) + " days"),
                    new Reason("complaint", i == 11 ? "-cmd|' /C calc'!A0" : "Complained to support"),
                    new Reason("nps", "NPS " + (i % 10)));
            out.add(new ScoredCustomer(String.format("C-%04d", i), p, BANDS.assign(p).name(), value, reasons, attributes));
        }
        return out;
    }

    static List<ExportColumn> attributeColumns() {
        return List.of(ExportColumn.personal("full_name"), ExportColumn.personal("email"),
                ExportColumn.personal("phone"), ExportColumn.text("country"), ExportColumn.text("acquisition_channel"),
                ExportColumn.integer("days_since_last_order"));
    }

    /** Every record of a CSV export, header first. */
    static List<List<String>> readCsv(Path file) {
        try (CsvReader<CsvRecord> reader = CsvReader.builder().detectBomHeader(true).ofCsvRecord(file)) {
            return reader.stream().map(CsvRecord::getFields).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every non-empty cell of every sheet of an XLSX file. */
    static List<Cell> readXlsxCells(Path file) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
            List<Cell> cells = new ArrayList<>();
            workbook.getSheets().forEach(sheet -> {
                try (Stream<Row> rows = sheet.openStream()) {
                    rows.forEach(row -> row.stream().filter(c -> c != null && c.getRawValue() != null).forEach(cells::add));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            return cells;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of one sheet as text. */
    static List<List<String>> readSheet(Path file, String sheetName) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
            try (Stream<Row> rows = workbook.findSheet(sheetName).orElseThrow().openStream()) {
                return rows.map(row -> row.stream().map(c -> c == null ? "" : c.getText()).toList()).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> fileNames(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
