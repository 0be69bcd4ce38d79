package app.retention.data.sample;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MobileCommerceGeneratorTest {

    private static final int CUSTOMERS = 5_000;
    /** Written out literally on purpose: the header is a contract with the README and the importers. */
    private static final String DOCUMENTED_HEADER = "customer_id,full_name,email,phone,country,signup_date,"
            + "acquisition_channel,device_os,app_version,sessions_30d,days_since_last_order,orders_90d,"
            + "avg_basket_brl,coupons_used_90d,push_opt_in,payment_method,loyalty_tier,nps,support_tickets_90d,"
            + "complaint,clv_brl,snapshot_date,churned_30d";

    @TempDir
    static Path sharedDir;
    private static List<Path> snapshots;
    private static List<Map<String, String>> september;
    private static List<Map<String, String>> october;
    private static List<Map<String, String>> november;

    @BeforeAll
    static void generateSnapshots() throws IOException {
        snapshots = new MobileCommerceGenerator(MobileCommerceGenerator.DEFAULT_SEED)
                .writeSnapshots(sharedDir.resolve("snapshots"), CUSTOMERS);
        september = readRows(snapshots.get(0));
        october = readRows(snapshots.get(1));
        november = readRows(snapshots.get(2));
    }

    @Test
    void writesTheThreeMonthlyFilesInOrder() {
        assertThat(snapshots).extracting(path -> path.getFileName().toString())
                .containsExactly("mcommerce_2026_09.csv", "mcommerce_2026_10.csv", "mcommerce_2026_11.csv");
        assertThat(september).extracting(row -> row.get("snapshot_date")).containsOnly("2026-09-30");
        assertThat(october).extracting(row -> row.get("snapshot_date")).containsOnly("2026-10-31");
        assertThat(september).hasSize(CUSTOMERS);
        assertThat(october.size()).isBetween((int) (CUSTOMERS * 0.95), (int) (CUSTOMERS * 1.05));
    }

    @Test
    void theCurrentSnapshotHasEveryColumnButTheTargetBecauseNobodyKnowsYetWhoWillChurn() throws IOException {
        assertThat(readRecords(snapshots.get(2)).get(0).getFields())
                .containsExactlyElementsOf(MobileCommerceGenerator.COLUMNS.subList(0, 22))
                .doesNotContain(MobileCommerceGenerator.TARGET);
        assertThat(november).extracting(row -> row.get("snapshot_date")).containsOnly("2026-11-30");
        assertThat(november.size()).isBetween((int) (october.size() * 0.95), (int) (october.size() * 1.05));
    }

    @Test
    void theCurrentSnapshotIsOctobersSurvivorsOneMonthOnAndNewSignUps() {
        Set<String> survivors = october.stream().filter(row -> row.get("churned_30d").equals("No"))
                .map(row -> row.get("customer_id")).collect(Collectors.toSet());
        Set<String> novemberIds = ids(november);
        assertThat(novemberIds).containsAll(survivors);
        assertThat(novemberIds).doesNotContainAnyElementsOf(october.stream()
                .filter(row -> row.get("churned_30d").equals("Yes")).map(row -> row.get("customer_id")).toList());
        Set<String> newcomers = new java.util.HashSet<>(novemberIds);
        newcomers.removeAll(ids(october));
        assertThat(newcomers).isNotEmpty().allMatch(id -> id.compareTo(ids(october).stream().max(String::compareTo)
                .orElseThrow()) > 0);
    }

    @Test
    void sameSeedGivesByteIdenticalFiles(@TempDir Path otherDir) throws IOException {
        List<Path> again = new MobileCommerceGenerator(MobileCommerceGenerator.DEFAULT_SEED)
                .writeSnapshots(otherDir, CUSTOMERS);

        assertThat(Files.mismatch(snapshots.get(0), again.get(0))).isEqualTo(-1L);
        assertThat(Files.mismatch(snapshots.get(1), again.get(1))).isEqualTo(-1L);
    }

    @Test
    void differentSeedGivesDifferentCustomers(@TempDir Path otherDir) throws IOException {
        List<Path> other = new MobileCommerceGenerator(7L).writeSnapshots(otherDir, CUSTOMERS);

        assertThat(Files.mismatch(snapshots.get(0), other.get(0))).isNotEqualTo(-1L);
    }

    @Test
    void headerIsExactlyTheDocumentedColumns() throws IOException {
        for (Path file : snapshots.subList(0, 2)) {
            String firstLine = Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
            assertThat(firstLine).isEqualTo(DOCUMENTED_HEADER);
        }
        assertThat(Files.readAllLines(snapshots.get(2), StandardCharsets.UTF_8).get(0))
                .isEqualTo(DOCUMENTED_HEADER.substring(0, DOCUMENTED_HEADER.lastIndexOf(',')));
        assertThat(String.join(",", MobileCommerceGenerator.COLUMNS)).isEqualTo(DOCUMENTED_HEADER);
    }

    @Test
    void filesAreUtf8WithoutBomAndWithUnixLineEnds() throws IOException {
        byte[] bytes = Files.readAllBytes(snapshots.get(0));

        assertThat(bytes[0]).isEqualTo((byte) 'c'); // no BOM before "customer_id"
        assertThat(bytes).doesNotContain((byte) '\r');
        assertThat(bytes[bytes.length - 1]).isEqualTo((byte) '\n');
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("(demo)").containsPattern("[ãáéíóúçñ]");
    }

    @Test
    void churnBaseRateOfEachSnapshotIsBetween15And25Percent() {
        assertThat(shareOf(september, row -> row.get("churned_30d").equals("Yes"))).isBetween(0.15, 0.25);
        assertThat(shareOf(october, row -> row.get("churned_30d").equals("Yes"))).isBetween(0.15, 0.25);
    }

    @Test
    void npsIsBlankForMostButNotAllCustomers() {
        for (List<Map<String, String>> rows : List.of(september, october)) {
            assertThat(shareOf(rows, row -> row.get("nps").isEmpty())).isBetween(0.55, 0.70);
            assertThat(rows).extracting(row -> row.get("nps")).filteredOn(nps -> !nps.isEmpty())
                    .allSatisfy(nps -> assertThat(Integer.parseInt(nps)).isBetween(0, 10));
        }
    }

    @Test
    void survivorsReappearNextMonthAndChurnedCustomersDoNot() {
        Set<String> septemberIds = ids(september);
        Set<String> survivorIds = september.stream().filter(row -> row.get("churned_30d").equals("No"))
                .map(row -> row.get("customer_id")).collect(Collectors.toSet());
        Set<String> octoberIds = ids(october);

        Set<String> overlap = new HashSet<>(octoberIds);
        overlap.retainAll(septemberIds);
        assertThat(overlap).isEqualTo(survivorIds);
        assertThat(octoberIds.size() - overlap.size()).as("new sign-ups").isGreaterThan(CUSTOMERS / 10);
        assertThat(septemberIds).hasSize(september.size());
        assertThat(octoberIds).hasSize(october.size());
    }

    @Test
    void survivorsKeepTheirIdentityAndGrowTheirTenure() {
        Map<String, Map<String, String>> septemberById = new HashMap<>();
        september.forEach(row -> septemberById.put(row.get("customer_id"), row));
        for (Map<String, String> now : october) {
            Map<String, String> before = septemberById.get(now.get("customer_id"));
            if (before != null) {
                assertThat(now.get("email")).isEqualTo(before.get("email"));
                assertThat(now.get("signup_date")).isEqualTo(before.get("signup_date"));
            } else {
                assertThat(LocalDate.parse(now.get("signup_date"))).isAfter(LocalDate.of(2026, 9, 30));
            }
        }
    }

    @Test
    void rowsAreInternallyConsistentAndPlausible() {
        for (List<Map<String, String>> rows : List.of(september, october)) {
            for (Map<String, String> row : rows) {
                int orders = Integer.parseInt(row.get("orders_90d"));
                int recency = Integer.parseInt(row.get("days_since_last_order"));
                long tenure = LocalDate.parse(row.get("signup_date")).until(LocalDate.parse(row.get("snapshot_date")),
                        java.time.temporal.ChronoUnit.DAYS);
                assertThat(Integer.parseInt(row.get("coupons_used_90d"))).isBetween(0, orders);
                assertThat((long) recency).isBetween(0L, tenure);
                if (orders > 0) {
                    assertThat(recency).isLessThan(90);
                }
                assertThat(row.get("email")).matches("[a-z]+\\.[a-z]+\\.\\d+@example\\.(com|org|net)");
                assertThat(row.get("customer_id")).matches("MC-\\d{6,}");
                assertThat(row.get("avg_basket_brl")).matches("\\d+\\.\\d{2}");
                assertThat(row.get("clv_brl")).matches("\\d+\\.\\d{2}");
                assertThat(row.get("country")).isIn("BR", "MX", "CO", "AR", "CL");
                assertThat(row.get("loyalty_tier")).isIn("Bronze", "Silver", "Gold", "Platinum");
                assertThat(row.get("device_os")).isIn("Android", "iOS");
            }
        }
        assertThat(shareOf(september, row -> row.get("country").equals("BR"))).isBetween(0.40, 0.50);
    }

    @Test
    void paymentMethodsOnlyAppearWhereTheyExist() {
        Map<String, String> onlyIn = Map.of("Pix", "BR", "Boleto", "BR", "OXXO", "MX", "PSE", "CO");
        for (Map<String, String> row : september) {
            String country = onlyIn.get(row.get("payment_method"));
            if (country != null) {
                assertThat(row.get("country")).as(row.get("customer_id")).isEqualTo(country);
            }
        }
        assertThat(september).extracting(row -> row.get("payment_method")).contains(
                "Pix", "Boleto", "Credit card", "Debit card", "OXXO", "PSE", "Mercado Pago", "Cash on delivery");
    }

    @Test
    void benchmarkCsvHas20ColumnsWithoutPersonalDataAndTheRequestedRows(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("nested/benchmark.csv");
        new MobileCommerceGenerator(MobileCommerceGenerator.DEFAULT_SEED).writeBenchmarkCsv(file, 2_500);

        List<CsvRecord> records = readRecords(file);
        assertThat(records).hasSize(2_501);
        assertThat(records.get(0).getFields()).hasSize(20).containsExactlyElementsOf(MobileCommerceGenerator.BENCHMARK_COLUMNS)
                .doesNotContain("full_name", "email", "phone");
        assertThat(records).allSatisfy(record -> assertThat(record.getFieldCount()).isEqualTo(20));
    }

    @Test
    void benchmarkCsvIsDeterministic(@TempDir Path dir) throws IOException {
        MobileCommerceGenerator generator = new MobileCommerceGenerator(99L);
        generator.writeBenchmarkCsv(dir.resolve("a.csv"), 1_000);
        generator.writeBenchmarkCsv(dir.resolve("b.csv"), 1_000);

        assertThat(Files.mismatch(dir.resolve("a.csv"), dir.resolve("b.csv"))).isEqualTo(-1L);
    }

    /** The bundled sample-data files must be exactly what the generator produces today. */
    @Test
    void bundledSampleDataMatchesTheGenerator(@TempDir Path dir) throws IOException {
        Path bundled = Path.of(System.getProperty("retention.sampleData", "sample-data"));
        List<Path> regenerated = new MobileCommerceGenerator(MobileCommerceGenerator.DEFAULT_SEED)
                .writeSnapshots(dir, SampleDataRegeneration.SAMPLE_CUSTOMERS);

        for (Path file : regenerated) {
            Path committed = bundled.resolve(file.getFileName());
            assertThat(committed).as("run SampleDataRegeneration to create it").exists();
            assertThat(Files.mismatch(committed, file))
                    .as("%s differs from the generator output; regenerate it (see sample-data/README.md)", committed)
                    .isEqualTo(-1L);
        }
    }

    private static double shareOf(List<Map<String, String>> rows, java.util.function.Predicate<Map<String, String>> test) {
        return (double) rows.stream().filter(test).count() / rows.size();
    }

    private static Set<String> ids(List<Map<String, String>> rows) {
        return rows.stream().map(row -> row.get("customer_id")).collect(Collectors.toSet());
    }

    private static List<CsvRecord> readRecords(Path file) throws IOException {
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file, StandardCharsets.UTF_8)) {
            return reader.stream().toList();
        }
    }

    private static List<Map<String, String>> readRows(Path file) throws IOException {
        List<CsvRecord> records = readRecords(file);
        List<String> header = records.get(0).getFields();
        return records.stream().skip(1).map(record -> {
            assertThat(record.getFieldCount()).isEqualTo(header.size());
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), record.getField(i));
            }
            return row;
        }).toList();
    }
}
