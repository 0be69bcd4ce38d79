package app.retention.usecase;

import app.retention.data.sample.ChurnGroundTruth;
import app.retention.data.sample.Customer;
import app.retention.domain.DatasetInfo;
import app.retention.segment.ScoredCustomer;
import app.retention.store.Workspace;
import app.retention.task.TaskContext;
import app.retention.testing.CliRun;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reasons given for a customer agree with why the sample data's customers really churn (issue 12, M14). The
 * sample's churn rule is known ({@link ChurnGroundTruth}); a column's true contribution to a customer's risk is
 * how much the rule's risk falls when that column alone is set to a value the rule does not penalise, which is
 * how the model's reasons are found too (the score's fall when a feature is set to a reference). For the High band
 * of a boosting model trained on October and scoring November, the top reason must be one of the customer's two
 * largest true contributions for at least 70% of them.
 */
@Tag("slow")
class ReasonsAgreeWithGroundTruthTest {

    private static final double REQUIRED = 0.70;
    /** The customers of a snapshot file by id, and its date (one date per file). */
    private record Snapshot(Map<String, Customer> customers, LocalDate date) {
    }

    /** Per column, the customer with that column set to a value the churn rule adds nothing for. */
    private static final Map<String, UnaryOperator<Customer>> NEUTRAL = Map.ofEntries(
            Map.entry("days_since_last_order", c -> with(c, "days", 10)),
            Map.entry("sessions_30d", c -> with(c, "sessions", 10)),
            Map.entry("push_opt_in", c -> with(c, "push", 1)),
            Map.entry("coupons_used_90d", c -> with(c, "coupons", 0)),
            Map.entry("payment_method", c -> with(c, "payment", 0)),
            Map.entry("app_version", c -> with(c, "version", 0)),
            Map.entry("complaint", c -> with(c, "complaint", 0)),
            Map.entry("support_tickets_90d", c -> with(c, "tickets", 0)),
            Map.entry("nps", c -> with(c, "nps", 7)),
            Map.entry("loyalty_tier", c -> with(c, "tier", 0)),
            Map.entry("signup_date", c -> with(c, "signup", 0)),
            Map.entry("acquisition_channel", c -> with(c, "channel", 0)),
            Map.entry("country", c -> with(c, "country", 0)),
            Map.entry("avg_basket_brl", c -> with(c, "basket", 0)),
            Map.entry("orders_90d", c -> with(c, "orders", 5)));

    @TempDir
    Path dir;

    @Test
    void theTopReasonIsOneOfTheTwoLargestTrueContributionsForMostHighRiskCustomers() throws Exception {
        Path ws = dir.resolve("ws");
        assertThat(CliRun.on(ws, "sample", "import").code()).isZero();
        CliRun trained = CliRun.on(ws, "train", "mcommerce_2026_10", "--learner", "boosting", "--folds", "2",
                "--json");
        assertThat(trained.code()).as(trained.err()).isZero();
        long model = new ObjectMapper().readTree(trained.out()).get(0).get("id").asLong();

        List<ScoredCustomer> high;
        try (Workspace workspace = Workspace.open(ws); Workbench services = new Workbench(workspace, 2)) {
            DatasetInfo november = services.datasets().require("mcommerce_2026_11");
            high = services.preparation().prepare(november, model, null, ValueChoice.none(), TaskContext.silent())
                    .customers().stream().filter(c -> c.band().equals("High")).toList();
        }
        Snapshot read = customers(ws.resolve("samples").resolve("mcommerce_2026_11.csv"));
        Map<String, Customer> truth = read.customers();
        LocalDate snapshot = read.date();

        int agree = 0;
        int withReason = 0;
        Map<String, Integer> tops = new HashMap<>();
        for (ScoredCustomer c : high) {
            if (c.reasons().isEmpty()) {
                continue;
            }
            withReason++;
            Customer customer = truth.get(c.key());
            double risk = ChurnGroundTruth.riskScore(customer, snapshot);
            List<String> largest = NEUTRAL.entrySet().stream()
                    .sorted(Comparator.comparingDouble((Map.Entry<String, UnaryOperator<Customer>> e) ->
                            risk - ChurnGroundTruth.riskScore(e.getValue().apply(customer), snapshot)).reversed())
                    .limit(2).map(Map.Entry::getKey).toList();
            String top = c.reasons().get(0).feature();
            tops.merge(top, 1, Integer::sum);
            if (largest.contains(top)) {
                agree++;
            }
        }
        double share = (double) agree / withReason;
        System.out.printf(Locale.ROOT, "High band: %d customers, %d with reasons; the top reason is one of the two "
                + "largest true contributions for %d (%.1f%%). Top reasons: %s%n", high.size(), withReason, agree,
                100 * share, tops);
        assertThat(withReason).isGreaterThan(100);
        assertThat(share).isGreaterThanOrEqualTo(REQUIRED);
    }

    private static Snapshot customers(Path csv) throws IOException {
        Map<String, Customer> byId = new HashMap<>();
        LocalDate date = null;
        try (CsvReader<NamedCsvRecord> rows = CsvReader.builder().ofNamedCsvRecord(csv)) {
            for (NamedCsvRecord r : rows) {
                String nps = r.getField("nps");
                Customer c = new Customer(Integer.parseInt(r.getField("customer_id").substring(3)),
                        r.getField("full_name"), r.getField("email"), r.getField("phone"), r.getField("country"),
                        LocalDate.parse(r.getField("signup_date")), r.getField("acquisition_channel"),
                        r.getField("device_os"), r.getField("app_version"), integer(r, "sessions_30d"),
                        integer(r, "days_since_last_order"), integer(r, "orders_90d"),
                        Double.parseDouble(r.getField("avg_basket_brl")), integer(r, "coupons_used_90d"),
                        r.getField("push_opt_in").equals("Yes"), r.getField("payment_method"),
                        r.getField("loyalty_tier"), nps.isEmpty() ? OptionalInt.empty()
                                : OptionalInt.of(Integer.parseInt(nps)), integer(r, "support_tickets_90d"),
                        r.getField("complaint").equals("Yes"), Double.parseDouble(r.getField("clv_brl")), null);
                byId.put(r.getField("customer_id"), c);
                date = LocalDate.parse(r.getField("snapshot_date"));
            }
        }
        return new Snapshot(byId, date);
    }

    private static int integer(NamedCsvRecord r, String column) {
        return Integer.parseInt(r.getField(column));
    }

    /** The customer with one field set to a value the churn rule adds nothing for. */
    private static Customer with(Customer c, String field, int v) {
        return new Customer(c.number(), c.fullName(), c.email(), c.phone(),
                field.equals("country") ? "BR" : c.country(),
                field.equals("signup") ? LocalDate.of(2025, 1, 1) : c.signupDate(),
                field.equals("channel") ? "organic" : c.acquisitionChannel(), c.deviceOs(),
                field.equals("version") ? "5.3.2" : c.appVersion(),
                field.equals("sessions") ? v : c.sessions30d(), field.equals("days") ? v : c.daysSinceLastOrder(),
                field.equals("orders") ? v : c.orders90d(), field.equals("basket") ? 90.0 : c.avgBasketBrl(),
                field.equals("coupons") ? v : c.couponsUsed90d(), field.equals("push") || c.pushOptIn(),
                field.equals("payment") ? "Credit card" : c.paymentMethod(),
                field.equals("tier") ? "Bronze" : c.loyaltyTier(), field.equals("nps") ? OptionalInt.of(v) : c.nps(),
                field.equals("tickets") ? v : c.supportTickets90d(), !field.equals("complaint") && c.complaint(),
                c.clvBrl(), c.traits());
    }
}
