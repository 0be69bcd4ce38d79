package app.retention.segment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the segment screen and the campaign brief show about a segment: size, expected churners, value at risk
 * (METRICS.md), the bands with their recommended action, the commonest reasons and a breakdown by one column.
 *
 * @param expectedChurners      Σ churn probability
 * @param valueAtRisk           Σ churn probability × CLV, over customers whose value is known
 * @param totalValue            Σ CLV, over customers whose value is known
 * @param customersWithoutValue customers whose CLV is unknown (left out of the value sums)
 * @param bands                 highest risk first (bands ordered by the highest score seen in them)
 * @param topReasons            every reason feature, most frequent first
 * @param breakdownColumn       the column of the breakdown; null when none was asked for
 * @param breakdown             one row per value, most customers first
 */
public record SegmentSummary(int customers, double expectedChurners, double valueAtRisk, double totalValue,
                             int customersWithoutValue, List<BandSummary> bands, List<ReasonCount> topReasons,
                             String breakdownColumn, List<BreakdownRow> breakdown) {

    /** How a missing breakdown value is shown. */
    public static final String MISSING = "(missing)";

    public SegmentSummary {
        bands = List.copyOf(bands);
        topReasons = List.copyOf(topReasons);
        breakdown = List.copyOf(breakdown);
    }

    /**
     * Aggregates a segment's customers.
     *
     * @param breakdownColumn an attribute to break the segment down by ({@code acquisition_channel}); null for none
     * @param playbook        gives each band its recommended action
     * @throws SegmentException when the playbook has no action for a band present in the segment
     */
    public static SegmentSummary of(List<ScoredCustomer> customers, String breakdownColumn, Playbook playbook) {
        double expected = 0;
        double atRisk = 0;
        double total = 0;
        int withoutValue = 0;
        Map<String, double[]> bandTotals = new LinkedHashMap<>(); // customers, expected, at risk, highest score
        Map<String, Map<String, Integer>> reasonTexts = new HashMap<>();
        Map<String, Integer> reasonCustomers = new HashMap<>();
        Map<String, BreakdownAccumulator> breakdown = new HashMap<>();
        for (ScoredCustomer c : customers) {
            expected += c.probability();
            if (c.hasValue()) {
                atRisk += c.valueAtRisk();
                total += c.value();
            } else {
                withoutValue++;
            }
            double[] band = bandTotals.computeIfAbsent(c.band(), b -> new double[] {0, 0, 0, -1});
            band[0]++;
            band[1] += c.probability();
            band[2] += c.valueAtRisk();
            band[3] = Math.max(band[3], c.probability());
            c.reasons().stream().map(Reason::feature).distinct().forEach(f -> reasonCustomers.merge(f, 1, Integer::sum));
            for (Reason r : c.reasons()) {
                reasonTexts.computeIfAbsent(r.feature(), f -> new HashMap<>()).merge(r.text(), 1, Integer::sum);
            }
            if (breakdownColumn != null) {
                Object raw = c.attribute(breakdownColumn);
                String value = raw == null || raw.toString().isBlank() ? MISSING : raw.toString();
                breakdown.computeIfAbsent(value, BreakdownAccumulator::new).add(c);
            }
        }
        List<BandSummary> bands = new ArrayList<>();
        bandTotals.entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<String, double[]> e) -> -e.getValue()[3])
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> bands.add(new BandSummary(e.getKey(), (int) e.getValue()[0], e.getValue()[1],
                        e.getValue()[2], playbook.actionFor(e.getKey()))));
        List<ReasonCount> reasons = reasonCounts(reasonCustomers, reasonTexts, customers.size());
        List<BreakdownRow> rows = breakdown.values().stream()
                .map(BreakdownAccumulator::row)
                .sorted(Comparator.comparingInt((BreakdownRow r) -> -r.customers()).thenComparing(BreakdownRow::value))
                .toList();
        return new SegmentSummary(customers.size(), expected, atRisk, total, withoutValue, bands, reasons,
                breakdownColumn, rows);
    }

    /** The {@code n} most frequent reasons. */
    public List<ReasonCount> topReasons(int n) {
        return topReasons.subList(0, Math.min(n, topReasons.size()));
    }

    private static List<ReasonCount> reasonCounts(Map<String, Integer> customersByFeature,
                                                  Map<String, Map<String, Integer>> texts, int size) {
        List<ReasonCount> out = new ArrayList<>();
        for (Map.Entry<String, Integer> e : customersByFeature.entrySet()) {
            Map<String, Integer> wordings = texts.get(e.getKey());
            String example = wordings.entrySet().stream()
                    .max(Comparator.comparingInt((Map.Entry<String, Integer> w) -> w.getValue())
                            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                    .map(Map.Entry::getKey).orElse(e.getKey());
            String label = wordings.size() == 1 ? example : Wording.humanise(e.getKey());
            out.add(new ReasonCount(e.getKey(), label, example, e.getValue(), size == 0 ? 0 : (double) e.getValue() / size));
        }
        out.sort(Comparator.comparingInt((ReasonCount r) -> -r.customers()).thenComparing(ReasonCount::feature));
        return out;
    }

    /** Running totals of one breakdown value. */
    private static final class BreakdownAccumulator {
        private final String value;
        private int customers;
        private double expected;
        private double atRisk;
        private final Map<String, Integer> byBand = new LinkedHashMap<>();

        BreakdownAccumulator(String value) {
            this.value = value;
        }

        void add(ScoredCustomer c) {
            customers++;
            expected += c.probability();
            atRisk += c.valueAtRisk();
            byBand.merge(c.band(), 1, Integer::sum);
        }

        BreakdownRow row() {
            return new BreakdownRow(value, customers, expected, atRisk, byBand);
        }
    }
}
