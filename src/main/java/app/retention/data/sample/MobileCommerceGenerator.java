package app.retention.data.sample;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Deterministic generator of synthetic customers of a Latin-American mobile-commerce app: the
 * bundled sample data and the input of the import benchmarks. Columns and the churn rule are
 * documented in {@code sample-data/README.md}.
 *
 * <p>The same seed always produces byte-identical files, on any JVM and platform.
 */
public final class MobileCommerceGenerator {

    public static final long DEFAULT_SEED = 20260901L;
    public static final LocalDate FIRST_SNAPSHOT_DATE = LocalDate.of(2026, 9, 30);
    public static final LocalDate SECOND_SNAPSHOT_DATE = LocalDate.of(2026, 10, 31);
    public static final LocalDate CURRENT_SNAPSHOT_DATE = LocalDate.of(2026, 11, 30);
    public static final String FIRST_SNAPSHOT_FILE = "mcommerce_2026_09.csv";
    public static final String SECOND_SNAPSHOT_FILE = "mcommerce_2026_10.csv";
    /** The current month: nobody knows yet who will churn, so it has no target column. */
    public static final String CURRENT_SNAPSHOT_FILE = "mcommerce_2026_11.csv";
    /** The target column, absent from the current snapshot. */
    public static final String TARGET = "churned_30d";

    /** Header of the snapshot files, in order. */
    public static final List<String> COLUMNS = List.of(
            "customer_id", "full_name", "email", "phone", "country", "signup_date", "acquisition_channel",
            "device_os", "app_version", "sessions_30d", "days_since_last_order", "orders_90d", "avg_basket_brl",
            "coupons_used_90d", "push_opt_in", "payment_method", "loyalty_tier", "nps", "support_tickets_90d",
            "complaint", "clv_brl", "snapshot_date", "churned_30d");

    /** Header of the benchmark file: the snapshot columns without personal data (20 columns). */
    public static final List<String> BENCHMARK_COLUMNS = COLUMNS.stream()
            .filter(column -> !Set.of("full_name", "email", "phone").contains(column))
            .toList();

    // Separate random streams per purpose keep each file independent of how the others are drawn.
    private static final int FIRST_POPULATION = 1;
    private static final int FIRST_OUTCOMES = 2;
    private static final int SECOND_POPULATION = 3;
    private static final int SECOND_OUTCOMES = 4;
    private static final int BENCHMARK_POPULATION = 5;
    private static final int BENCHMARK_OUTCOMES = 6;
    private static final int CURRENT_POPULATION = 7;
    private static final int CURRENT_CHANGES = 8;
    private static final int CURRENT_OUTCOMES = 9;

    private final long seed;

    /** @param seed all output is a pure function of this seed and the requested sizes */
    public MobileCommerceGenerator(long seed) {
        this.seed = seed;
    }

    /**
     * Writes three monthly snapshots of the same customer base into {@code dir}:
     * {@value #FIRST_SNAPSHOT_FILE} (as of 2026-09-30), {@value #SECOND_SNAPSHOT_FILE}
     * (2026-10-31) and {@value #CURRENT_SNAPSHOT_FILE} (2026-11-30). Customers who churned after a
     * snapshot are absent from the next, the others appear again with updated behaviour, and new
     * sign-ups bring each file back to about {@code customers} rows (within 2%). The current
     * snapshot has no {@value #TARGET} column: its month has not happened yet.
     *
     * @param dir       target directory, created if missing; existing files are overwritten
     * @param customers number of rows in the first snapshot
     * @return the paths of the three snapshots, oldest first
     */
    public List<Path> writeSnapshots(Path dir, int customers) throws IOException {
        List<Snapshot> snapshots = simulateSnapshots(customers);
        Snapshot current = currentSnapshot(snapshots.get(1), customers);
        Files.createDirectories(dir);
        Path firstFile = dir.resolve(FIRST_SNAPSHOT_FILE);
        Path secondFile = dir.resolve(SECOND_SNAPSHOT_FILE);
        Path currentFile = dir.resolve(CURRENT_SNAPSHOT_FILE);
        writeSnapshot(firstFile, snapshots.get(0), true);
        writeSnapshot(secondFile, snapshots.get(1), true);
        writeSnapshot(currentFile, current, false);
        return List.of(firstFile, secondFile, currentFile);
    }

    /**
     * Writes the current snapshot as it reads once December has happened: November's customers with the churn outcome
     * the ground-truth rule gives them in the 30 days after 2026-11-30 (a random stream of its own). Importing it
     * measures how the model in use holds up on the month it scored (decay, issue 16).
     *
     * @param customers the same size as given to {@link #writeSnapshots} for the same customers
     */
    public Path writeCurrentOutcomes(Path file, int customers) throws IOException {
        List<Snapshot> snapshots = simulateSnapshots(customers);
        Snapshot current = currentSnapshot(snapshots.get(1), customers);
        Snapshot labelled = withOutcomes(CURRENT_SNAPSHOT_DATE, current.customers(),
                RandomDraws.stream(seed, CURRENT_OUTCOMES));
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        writeSnapshot(file, labelled, true);
        return file;
    }

    /**
     * The month after October: its survivors one month on and new sign-ups, without outcomes (drawn from a stream
     * of its own, so the two older files stay as they were).
     */
    Snapshot currentSnapshot(Snapshot october, int customers) {
        RandomDraws draws = RandomDraws.stream(seed, CURRENT_POPULATION);
        CustomerSimulator simulator = new CustomerSimulator(draws);
        List<Customer> base = new ArrayList<>(october.customers().size() + customers / 20);
        int lastNumber = 0;
        for (int i = 0; i < october.customers().size(); i++) {
            Customer customer = october.customers().get(i);
            lastNumber = Math.max(lastNumber, Integer.parseInt(customer.customerId().substring(3)));
            if (!october.churned().get(i)) {
                base.add(simulator.oneMonthLater(customer, SECOND_SNAPSHOT_DATE, CURRENT_SNAPSHOT_DATE));
            }
        }
        int churned = october.customers().size() - base.size();
        int newcomers = Math.max(0, churned + (int) Math.round(customers * 0.02 * (2 * draws.uniform() - 1)));
        for (int number = lastNumber + 1; number <= lastNumber + newcomers; number++) {
            base.add(simulator.newCustomer(number, CURRENT_SNAPSHOT_DATE, true));
        }
        NovemberChanges changes = new NovemberChanges(RandomDraws.stream(seed, CURRENT_CHANGES));
        base.replaceAll(customer -> changes.apply(customer, CURRENT_SNAPSHOT_DATE));
        List<Boolean> unknown = java.util.Collections.nCopies(base.size(), false);
        return new Snapshot(CURRENT_SNAPSHOT_DATE, List.copyOf(base), unknown);
    }

    /** One month's customer base with each customer's churn outcome (same positions). */
    record Snapshot(LocalDate date, List<Customer> customers, List<Boolean> churned) { }

    /** The two monthly customer bases behind {@link #writeSnapshots}, before formatting. */
    List<Snapshot> simulateSnapshots(int customers) {
        if (customers < 1) {
            throw new IllegalArgumentException("customers must be positive: " + customers);
        }
        CustomerSimulator firstSimulator = new CustomerSimulator(RandomDraws.stream(seed, FIRST_POPULATION));
        List<Customer> firstBase = new ArrayList<>(customers);
        for (int number = 1; number <= customers; number++) {
            firstBase.add(firstSimulator.newCustomer(number, FIRST_SNAPSHOT_DATE, false));
        }
        Snapshot first = withOutcomes(FIRST_SNAPSHOT_DATE, firstBase, RandomDraws.stream(seed, FIRST_OUTCOMES));

        RandomDraws secondDraws = RandomDraws.stream(seed, SECOND_POPULATION);
        CustomerSimulator secondSimulator = new CustomerSimulator(secondDraws);
        List<Customer> secondBase = new ArrayList<>(customers + customers / 20);
        for (int i = 0; i < customers; i++) {
            if (!first.churned().get(i)) {
                secondBase.add(secondSimulator.oneMonthLater(firstBase.get(i), FIRST_SNAPSHOT_DATE, SECOND_SNAPSHOT_DATE));
            }
        }
        // Acquisition roughly replaces the churned customers, give or take 2% of the base.
        int churned = customers - secondBase.size();
        int newcomers = Math.max(0, churned + (int) Math.round(customers * 0.02 * (2 * secondDraws.uniform() - 1)));
        for (int number = customers + 1; number <= customers + newcomers; number++) {
            secondBase.add(secondSimulator.newCustomer(number, SECOND_SNAPSHOT_DATE, true));
        }
        Snapshot second = withOutcomes(SECOND_SNAPSHOT_DATE, secondBase, RandomDraws.stream(seed, SECOND_OUTCOMES));
        return List.of(first, second);
    }

    private static Snapshot withOutcomes(LocalDate date, List<Customer> base, RandomDraws outcomes) {
        List<Boolean> churned = new ArrayList<>(base.size());
        for (Customer customer : base) {
            churned.add(ChurnGroundTruth.drawChurn(customer, date, outcomes));
        }
        return new Snapshot(date, List.copyOf(base), List.copyOf(churned));
    }

    /**
     * Streams {@code rows} customers as of 2026-09-30 into a CSV with the 20
     * {@link #BENCHMARK_COLUMNS} (no names, e-mails or phones). Rows are generated one at a time,
     * so memory use does not grow with {@code rows}.
     *
     * @param file target file; parent directories are created, an existing file is overwritten
     */
    public void writeBenchmarkCsv(Path file, int rows) throws IOException {
        if (rows < 0) {
            throw new IllegalArgumentException("rows must not be negative: " + rows);
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        CustomerSimulator simulator = new CustomerSimulator(RandomDraws.stream(seed, BENCHMARK_POPULATION));
        RandomDraws outcomes = RandomDraws.stream(seed, BENCHMARK_OUTCOMES);
        int[] keptColumns = BENCHMARK_COLUMNS.stream().mapToInt(COLUMNS::indexOf).toArray();
        try (CsvWriter csv = openCsv(file)) {
            csv.writeRecord(BENCHMARK_COLUMNS);
            String[] benchmarkRow = new String[keptColumns.length];
            for (int number = 1; number <= rows; number++) {
                Customer customer = simulator.newCustomer(number, FIRST_SNAPSHOT_DATE, false);
                boolean churned = ChurnGroundTruth.drawChurn(customer, FIRST_SNAPSHOT_DATE, outcomes);
                String[] fullRow = csvRow(customer, FIRST_SNAPSHOT_DATE, churned);
                for (int i = 0; i < keptColumns.length; i++) {
                    benchmarkRow[i] = fullRow[keptColumns[i]];
                }
                csv.writeRecord(benchmarkRow);
            }
        }
    }

    /** One snapshot file; without {@code withOutcome} the {@value #TARGET} column is left out. */
    private static void writeSnapshot(Path file, Snapshot snapshot, boolean withOutcome) throws IOException {
        try (CsvWriter csv = openCsv(file)) {
            csv.writeRecord(withOutcome ? COLUMNS : COLUMNS.subList(0, COLUMNS.size() - 1));
            for (int i = 0; i < snapshot.customers().size(); i++) {
                String[] row = csvRow(snapshot.customers().get(i), snapshot.date(), snapshot.churned().get(i));
                csv.writeRecord(withOutcome ? row : java.util.Arrays.copyOf(row, row.length - 1));
            }
        }
    }

    /** Comma-separated, UTF-8 without BOM, LF line ends, quotes only where RFC 4180 needs them. */
    private static CsvWriter openCsv(Path file) throws IOException {
        return CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(file, StandardCharsets.UTF_8);
    }

    private static String[] csvRow(Customer c, LocalDate snapshotDate, boolean churned) {
        return new String[] {
            c.customerId(), c.fullName(), c.email(), c.phone(), c.country(), c.signupDate().toString(),
            c.acquisitionChannel(), c.deviceOs(), c.appVersion(), Integer.toString(c.sessions30d()),
            Integer.toString(c.daysSinceLastOrder()), Integer.toString(c.orders90d()), money(c.avgBasketBrl()),
            Integer.toString(c.couponsUsed90d()), yesNo(c.pushOptIn()), c.paymentMethod(), c.loyaltyTier(),
            c.nps().isPresent() ? Integer.toString(c.nps().getAsInt()) : "",
            Integer.toString(c.supportTickets90d()), yesNo(c.complaint()), money(c.clvBrl()),
            snapshotDate.toString(), yesNo(churned)
        };
    }

    /** Two decimals with a dot, e.g. {@code 1234.50}; amounts are non-negative and already rounded. */
    private static String money(double amount) {
        long cents = Math.round(amount * 100.0);
        return (cents / 100) + "." + Customer.zeroPadded((int) (cents % 100), 2);
    }

    private static String yesNo(boolean value) {
        return value ? "Yes" : "No";
    }
}
