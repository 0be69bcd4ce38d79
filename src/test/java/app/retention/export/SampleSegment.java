package app.retention.export;

import app.retention.domain.CustomerValue;
import app.retention.segment.CampaignEconomics;
import app.retention.segment.ColumnFilter;
import app.retention.segment.ControlGroup;
import app.retention.segment.ControlGroups;
import app.retention.segment.Playbook;
import app.retention.segment.Reason;
import app.retention.segment.RiskBands;
import app.retention.segment.ScoredCustomer;
import app.retention.segment.SegmentDefinition;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bundled sample snapshot scored by a hand-written logistic score (the export tests need no Weka), with
 * reasons worded from the data, default risk bands checked against the real outcomes, and a campaign brief
 * request for the High and Medium customers in Brazil.
 */
final class SampleSegment {

    static final CustomerValue VALUE = CustomerValue.lifetime("clv_brl", "BRL");
    static final CampaignEconomics ECONOMICS = new CampaignEconomics(6, 25, 0.4, 0.25);
    static final int CAPACITY = 400;

    final List<ScoredCustomer> all;
    final RiskBands bands;

    private SampleSegment(List<ScoredCustomer> all, RiskBands bands) {
        this.all = all;
        this.bands = bands;
    }

    static SampleSegment load() {
        Path file = Path.of(System.getProperty("retention.sampleData", "sample-data")).resolve("mcommerce_2026_09.csv");
        List<NamedCsvRecord> records;
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(file)) {
            records = reader.stream().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("the sample data " + file.toAbsolutePath() + " is needed", e);
        }
        double[] p = new double[records.size()];
        boolean[] churned = new boolean[records.size()];
        for (int i = 0; i < records.size(); i++) {
            p[i] = score(records.get(i));
            churned[i] = records.get(i).getField("churned_30d").equals("Yes");
        }
        RiskBands bands = RiskBands.fromValidation(p, churned);
        List<ScoredCustomer> customers = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            NamedCsvRecord r = records.get(i);
            Map<String, Object> attributes = new LinkedHashMap<>();
            for (String column : r.getHeader()) {
                String value = r.getField(column);
                attributes.put(column, value.isEmpty() ? null : value);
            }
            String clv = r.getField("clv_brl");
            customers.add(new ScoredCustomer(r.getField("customer_id"), p[i], bands.assign(p[i]).name(),
                    clv.isEmpty() ? Double.NaN : Double.parseDouble(clv), reasons(r), attributes));
        }
        return new SampleSegment(customers, bands);
    }

    SegmentDefinition definition() {
        return new SegmentDefinition("High and Medium risk, Brazil", "mcommerce_2026_09", 1, "model-3",
                List.of(ColumnFilter.oneOf(SegmentDefinition.RISK_BAND, List.of("High", "Medium")),
                        ColumnFilter.oneOf("country", List.of("BR"))));
    }

    List<ScoredCustomer> segment() {
        return definition().select(all);
    }

    ControlGroup control() {
        return ControlGroups.draw(segment(), 0.10, 20261120L);
    }

    Provenance provenance() {
        ModelRef model = new ModelRef("model-3", "boosting", 0.825, "10-fold stratified cross-validation, seed 1",
                Map.of("PR AUC", 0.610));
        return Provenance.of(definition(), "3f1c9a07b2d4e6f8a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3", model,
                bands, ECONOMICS, "0.1.0-SNAPSHOT");
    }

    BriefRequest briefRequest() {
        return new BriefRequest("Win back Brazilian customers at high and medium risk of leaving before the "
                + "holiday season, and keep the customer success team's calls for those worth the most.",
                definition(), segment(), bands, Playbook.defaults(), control(), ECONOMICS, CAPACITY, 0.05,
                "acquisition_channel", 30, VALUE, provenance(), LocalDate.of(2026, 11, 20));
    }

    /** Logistic weights fitted once on this snapshot (ROC AUC about 0.70). */
    private static double score(NamedCsvRecord r) {
        double z = -1.541 + 0.0031 * number(r, "days_since_last_order", 30) - 0.161 * number(r, "orders_90d", 1)
                - 0.0026 * number(r, "sessions_30d", 8) + 0.216 * number(r, "support_tickets_90d", 0)
                + (r.getField("complaint").equals("Yes") ? 0.509 : 0) + (r.getField("push_opt_in").equals("No") ? 0.391 : 0)
                - (r.getField("nps").isEmpty() ? 0 : 0.269 * (number(r, "nps", 7) - 7));
        return Math.round(1000 / (1 + Math.exp(-z))) / 1000.0;
    }

    /** The three strongest of a few plain-language reasons. */
    private static List<Reason> reasons(NamedCsvRecord r) {
        record Candidate(double strength, Reason reason) {
        }
        List<Candidate> candidates = new ArrayList<>();
        int days = (int) number(r, "days_since_last_order", 0);
        if (days > 30) {
            candidates.add(new Candidate(0.0031 * (days - 30), new Reason("days_since_last_order", "No order in " + days + " days")));
        }
        int tickets = (int) number(r, "support_tickets_90d", 0);
        if (tickets >= 2) {
            candidates.add(new Candidate(0.216 * tickets, new Reason("support_tickets_90d", tickets + " support tickets in 90 days")));
        }
        if (r.getField("complaint").equals("Yes")) {
            candidates.add(new Candidate(0.509, new Reason("complaint", "Complained to support")));
        }
        if (!r.getField("nps").isEmpty() && number(r, "nps", 7) <= 6) {
            candidates.add(new Candidate(0.269 * (7 - number(r, "nps", 7)), new Reason("nps", "NPS " + r.getField("nps"))));
        }
        if (r.getField("push_opt_in").equals("No")) {
            candidates.add(new Candidate(0.391, new Reason("push_opt_in", "Push notifications off")));
        }
        int orders = (int) number(r, "orders_90d", 1);
        if (orders == 0) {
            candidates.add(new Candidate(0.161, new Reason("orders_90d", "No orders in 90 days")));
        }
        int sessions = (int) number(r, "sessions_30d", 8);
        if (sessions <= 3) {
            candidates.add(new Candidate(0.0026 * (8 - sessions), new Reason("sessions_30d", "Opened the app " + sessions
                    + (sessions == 1 ? " time" : " times") + " in 30 days")));
        }
        return candidates.stream().sorted(Comparator.comparingDouble(Candidate::strength).reversed()).limit(3)
                .map(Candidate::reason).toList();
    }

    private static double number(NamedCsvRecord r, String column, double missing) {
        String v = r.getField(column);
        return v.isEmpty() ? missing : Double.parseDouble(v);
    }
}
