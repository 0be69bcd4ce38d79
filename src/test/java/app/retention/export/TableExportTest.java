package app.retention.export;

import app.retention.text.SpreadsheetSafety;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import static app.retention.export.ExportFixtures.HOSTILE_NAME;
import static app.retention.export.ExportFixtures.PROVENANCE;
import static app.retention.export.ExportFixtures.WHEN;
import static app.retention.export.ExportFixtures.fileNames;
import static app.retention.export.ExportFixtures.readCsv;
import static app.retention.export.ExportFixtures.readSheet;
import static app.retention.export.ExportFixtures.readXlsxCells;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TableExportTest {

    private static final List<String> HOSTILE = List.of(HOSTILE_NAME, "+1", "-cmd|' /C calc'!A0", "@SUM(A1:A2)", "\tx",
            "\rx");
    private static final ExportOptions INCLUDING = new ExportOptions(true, "ana", WHEN);
    private static final ExportOptions MASKING = new ExportOptions(false, "ana", WHEN);

    @TempDir
    Path folder;

    @Test
    void csvNeutralisesEveryCellThatStartsLikeAFormula() {
        Path file = folder.resolve("list.csv");

        TableExport.writeCsv(hostileTable(), file, INCLUDING, PROVENANCE);

        List<List<String>> records = readCsv(file);
        assertThat(records).hasSize(HOSTILE.size() + 1);
        for (int i = 0; i < HOSTILE.size(); i++) {
            assertThat(records.get(i + 1)).containsExactly("C-" + i, "'" + HOSTILE.get(i), "'" + HOSTILE.get(i),
                    "-3.5", "12.50");
        }
        records.stream().flatMap(List::stream).forEach(cell -> assertThat(SpreadsheetSafety.startsLikeAFormula(cell))
                .as(cell).isFalse());
    }

    @Test
    void aDiskThatFillsUpIsSaidPlainlyAndPromisesNothingWasWritten() {
        ExportException e = StagedFile.failure(folder.resolve("calls.csv"),
                new IOException("No space left on device"));
        assertThat(e.getMessage()).contains("the disk is full").contains("Nothing was written")
                .doesNotContain("IOException");
    }

    @Test
    void csvStartsWithAByteOrderMarkAndAHeader() throws IOException {
        Path file = folder.resolve("list.csv");

        TableExport.writeCsv(hostileTable(), file, INCLUDING, PROVENANCE);

        byte[] bytes = Files.readAllBytes(file);
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(readCsv(file).get(0)).containsExactly("customer_id", "full_name", "note", "balance", "clv");
    }

    @Test
    void xlsxNeutralisesEveryTextCellInEverySheet() {
        Path file = folder.resolve("list.xlsx");

        TableExport.writeXlsx(hostileTable(), file, INCLUDING, PROVENANCE);

        List<Cell> cells = readXlsxCells(file);
        assertThat(cells).isNotEmpty();
        for (Cell cell : cells) {
            assertThat(cell.getFormula()).as(cell.getAddress().toString()).isNull();
            if (cell.getType() == CellType.STRING) {
                assertThat(SpreadsheetSafety.startsLikeAFormula(cell.asString())).as(cell.asString()).isFalse();
            }
        }
        assertThat(cells).extracting(Cell::getText).contains("'" + HOSTILE_NAME, "'+1", "'\tx", "'\rx");
    }

    @Test
    void xlsxWritesNumbersAsNumericCells() {
        Path file = folder.resolve("list.xlsx");

        TableExport.writeXlsx(hostileTable(), file, INCLUDING, PROVENANCE);

        List<List<String>> rows = readSheet(file, "Hostile");
        assertThat(rows.get(1)).containsExactly("C-0", "'" + HOSTILE_NAME, "'" + HOSTILE_NAME, "-3.5", "12.5");
        List<Cell> numbers = readXlsxCells(file).stream().filter(c -> c.getType() == CellType.NUMBER).toList();
        assertThat(numbers).hasSize(HOSTILE.size() * 2);
    }

    @Test
    void personalDataIsMaskedUnlessIncluded() {
        Path file = folder.resolve("people.csv");

        ExportResult result = TableExport.writeCsv(peopleTable(), file, MASKING, PROVENANCE);

        assertThat(readCsv(file).get(1)).containsExactly("C-1", "J. C. F.", "j***@example.com", "***7065", "BR");
        assertThat(result.personalDataIncluded()).isFalse();
        assertThat(result.personalDataColumns()).containsExactly("full_name", "email", "phone");
    }

    @Test
    void personalDataIsWrittenWhenIncludedExplicitly() {
        Path file = folder.resolve("people.xlsx");

        ExportResult result = TableExport.writeXlsx(peopleTable(), file, INCLUDING, PROVENANCE);

        assertThat(readSheet(file, "People").get(1)).containsExactly("C-1", "José Carvalho Ferreira",
                "jose.carvalho@example.com", "'+55 61 90000-7065", "BR");
        assertThat(result.personalDataIncluded()).isTrue();
    }

    @Test
    void aFailureMidwayLeavesNeitherTargetNorTemporaryFile() {
        Path file = folder.resolve("list.csv");

        assertThatThrownBy(() -> TableExport.writeCsv(failingTable(), file, MASKING, PROVENANCE))
                .isInstanceOf(IllegalStateException.class);

        assertThat(fileNames(folder)).isEmpty();
    }

    @Test
    void aFailureMidwayKeepsAnEarlierExportIntact() throws IOException {
        Path file = folder.resolve("list.xlsx");
        Files.writeString(file, "the export of last week");
        Files.writeString(TableExport.provenancePath(file), "{\"rows\": 3}");

        assertThatThrownBy(() -> TableExport.writeXlsx(failingTable(), file, MASKING, PROVENANCE))
                .isInstanceOf(IllegalStateException.class);

        assertThat(Files.readString(file)).isEqualTo("the export of last week");
        assertThat(Files.readString(TableExport.provenancePath(file))).isEqualTo("{\"rows\": 3}");
        assertThat(fileNames(folder)).containsExactly("list.xlsx", "list.xlsx.provenance.json");
    }

    @Test
    void aMissingFolderIsNamedAndNothingIsWritten() {
        Path file = folder.resolve("no-such-folder").resolve("list.csv");

        assertThatThrownBy(() -> TableExport.writeCsv(peopleTable(), file, MASKING, PROVENANCE))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("the folder " + folder.resolve("no-such-folder") + " does not exist");
        assertThat(fileNames(folder)).isEmpty();
    }

    @Test
    void aFolderAsTargetIsRefused() {
        assertThatThrownBy(() -> TableExport.writeCsv(peopleTable(), folder, MASKING, PROVENANCE))
                .isInstanceOf(ExportException.class).hasMessageContaining("it is a folder");
    }

    @Test
    void replacingAnEarlierExportLeavesOnlyTheNewFiles() throws IOException {
        Path file = folder.resolve("list.csv");
        Files.writeString(file, "old");

        TableExport.writeCsv(peopleTable(), file, MASKING, PROVENANCE);

        assertThat(readCsv(file)).hasSize(2);
        assertThat(fileNames(folder)).containsExactly("list.csv", "list.csv.provenance.json");
    }

    @Test
    void provenanceSidecarRecordsDatasetModelThresholdsFiltersAndTheExport() throws Exception {
        Path file = folder.resolve("people.csv");

        ExportResult result = TableExport.writeCsv(peopleTable(), file,
                MASKING, PROVENANCE.withCapacity(100));

        JsonNode json = new ObjectMapper().readTree(TableExport.provenancePath(file).toFile());
        assertThat(result.provenanceFile()).isEqualTo(TableExport.provenancePath(file).toAbsolutePath());
        assertThat(json.get("file").asText()).isEqualTo("people.csv");
        assertThat(json.get("sha256").asText()).isEqualTo(sha256(file)).isEqualTo(result.sha256());
        assertThat(json.get("dataset").get("name").asText()).isEqualTo("mcommerce_2026_09");
        assertThat(json.get("dataset").get("version").asInt()).isEqualTo(1);
        assertThat(json.get("dataset").get("sha256").asText()).isEqualTo("ab".repeat(32));
        assertThat(json.get("model").get("learner").asText()).isEqualTo("boosting");
        assertThat(json.get("model").get("rocAuc").asDouble()).isEqualTo(0.8251);
        assertThat(json.get("model").get("metrics").get("PR AUC").asDouble()).isEqualTo(0.61);
        assertThat(json.get("riskBands").get(0).get("name").asText()).isEqualTo("High");
        assertThat(json.get("riskBands").get(0).get("lowerProbability").asDouble()).isEqualTo(0.6);
        assertThat(json.get("segment").get("name").asText()).isEqualTo("At risk in Brazil");
        assertThat(json.get("segment").get("filters").get(0).asText()).isEqualTo("country is BR");
        assertThat(json.get("capacity").asInt()).isEqualTo(100);
        assertThat(json.get("economics").get("saveRate").asDouble()).isEqualTo(0.3);
        assertThat(json.get("personalDataIncluded").asBoolean()).isFalse();
        assertThat(json.get("rows").asInt()).isEqualTo(1);
        assertThat(json.get("createdAt").asText()).isEqualTo("2026-11-20T10:15:30Z");
        assertThat(json.get("createdBy").asText()).isEqualTo("ana");
        assertThat(json.get("appVersion").asText()).isEqualTo("0.1.0-test");
    }

    @Test
    void xlsxCarriesItsProvenanceInASecondSheet() {
        Path file = folder.resolve("people.xlsx");

        TableExport.writeXlsx(peopleTable(), file, MASKING, PROVENANCE.withCapacity(100));

        List<List<String>> fields = readSheet(file, "Provenance");
        assertThat(fields).contains(List.of("Dataset", "mcommerce_2026_09@1"), List.of("Dataset SHA-256", "ab".repeat(32)),
                List.of("Model ROC AUC", "0.825"), List.of("Capacity (contacts)", "100"),
                List.of("Personal data included", "No (masked)"), List.of("Rows", "1"), List.of("Filters", "country is BR"));
    }

    private static ExportTable hostileTable() {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < HOSTILE.size(); i++) {
            rows.add(List.of("C-" + i, HOSTILE.get(i), HOSTILE.get(i), -3.5, 12.5));
        }
        return new ExportTable("Hostile", List.of(ExportColumn.text("customer_id"), ExportColumn.personal("full_name"),
                ExportColumn.text("note"), ExportColumn.decimal("balance"), ExportColumn.money("clv")), rows);
    }

    private static ExportTable peopleTable() {
        return new ExportTable("People", List.of(ExportColumn.text("customer_id"), ExportColumn.personal("full_name"),
                ExportColumn.personal("email"), ExportColumn.personal("phone"), ExportColumn.text("country")),
                List.of(List.of("C-1", "José Carvalho Ferreira", "jose.carvalho@example.com", "+55 61 90000-7065", "BR")));
    }

    /** 100 rows whose 51st cannot be read, as when the source fails halfway. */
    private static ExportTable failingTable() {
        List<List<Object>> rows = new AbstractList<>() {
            @Override
            public List<Object> get(int index) {
                if (index == 50) {
                    throw new IllegalStateException("the source went away at row 51");
                }
                return List.of("C-" + index, "Name " + index);
            }

            @Override
            public int size() {
                return 100;
            }
        };
        return new ExportTable("Failing", List.of(ExportColumn.text("customer_id"), ExportColumn.personal("full_name")),
                rows);
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
