package app.retention.export;

import app.retention.domain.CustomerValue;
import app.retention.segment.BandSummary;
import app.retention.segment.BreakdownRow;
import app.retention.segment.CapacityOutcome;
import app.retention.segment.ControlGroups;
import app.retention.segment.ReasonCount;
import app.retention.segment.RiskBand;
import app.retention.segment.SampleSize;
import app.retention.segment.ScoredCustomer;
import app.retention.segment.SegmentSummary;
import app.retention.segment.StratumSplit;
import app.retention.segment.ValuePlan;
import app.retention.segment.ValuePlanner;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The content of a campaign brief, a document a marketing lead can forward: goal, target segment and its size,
 * risk and value at risk, reasons, actions by band and channel, message ideas, the control group and how
 * success is measured, the expected outcome with its assumptions, and where the numbers come from. Rendered by
 * {@link BriefRenderer}.
 */
public record CampaignBrief(String title, String goal, LocalDate date, CustomerValue value, BriefSegment segment,
                            List<RiskBand> bands, List<BandSummary> bandSummaries, List<ReasonCount> topReasons,
                            ActionTable actions, List<MessageIdea> messageIdeas, MeasurementPlan measurement,
                            ExpectedOutcome outcome, Provenance provenance) {

    static final int REASONS = 6;
    static final int MESSAGE_IDEAS = 4;
    static final int BREAKDOWN_VALUES = 5;
    static final int CURVE_POINTS = 300;
    static final String OTHER = "Other";

    public CampaignBrief {
        bands = List.copyOf(bands);
        bandSummaries = List.copyOf(bandSummaries);
        topReasons = List.copyOf(topReasons);
        messageIdeas = List.copyOf(messageIdeas);
    }

    /** The prefix amounts are written with ("R$"), blank for none. */
    public String currency() {
        return value.symbol();
    }

    /** The model whose scores the brief uses. */
    public ModelRef model() {
        return provenance.model();
    }

    /**
     * Computes the brief's content: the segment summary, the value plan over the customers outside the control
     * group, the outcome at capacity, the sample size for the target uplift and the message ideas.
     *
     * @throws ExportException when the control group was drawn for other customers or the capacity is below 1
     * @throws app.retention.segment.SegmentException when the target uplift is impossible for the base rate
     */
    public static CampaignBrief assemble(BriefRequest request) {
        List<ScoredCustomer> customers = request.customers();
        checkControlGroup(request);
        if (request.capacity() < 1) {
            throw new ExportException("The team's capacity must be at least 1 contact; got " + request.capacity() + ".");
        }
        if (customers.isEmpty()) {
            throw new ExportException("The segment " + request.segment().name() + " has no customers; widen its "
                    + "filters before writing a brief.");
        }
        SegmentSummary summary = SegmentSummary.of(customers, request.breakdownColumn(), request.playbook());
        ValuePlan plan = ValuePlanner.plan(request.control().treated(customers), request.economics(),
                request.order().comparator());
        CapacityOutcome atCapacity = plan.atCapacity(request.capacity());
        BriefFormats formats = new BriefFormats(request.value().symbol());

        BriefSegment segment = new BriefSegment(request.segment().name(), request.segment().describe(),
                summary.customers(), request.control().controlSize(), request.control().treatedSize(),
                request.control().share(), summary.expectedChurners(), summary.valueAtRisk(),
                summary.customersWithoutValue());
        MeasurementPlan measurement = measurement(request, plan, atCapacity, summary);
        ExpectedOutcome outcome = new ExpectedOutcome(atCapacity, plan.peakListSize(), plan.peakValue(),
                request.economics(), thin(plan.profitCurve(), request.capacity(), plan.peakListSize()),
                assumptions(request, plan, formats));
        String goal = request.goal() == null || request.goal().isBlank()
                ? "Keep more of the customers in " + request.segment().name() + " who are likely to leave in the next "
                  + request.measurementWindowDays() + " days, and spend the team's " + BriefFormats.count(request.capacity())
                  + " contacts where they save the most value."
                : request.goal().strip();
        List<ReasonCount> reasons = summary.topReasons(REASONS);
        return new CampaignBrief("Campaign brief: " + request.segment().name(), goal, request.date(),
                request.value(), segment, request.bands().bands(), summary.bands(), reasons,
                actionTable(summary), MessageIdeas.forReasons(reasons, MESSAGE_IDEAS), measurement, outcome,
                request.provenance().withCapacity(request.capacity()));
    }

    private static MeasurementPlan measurement(BriefRequest request, ValuePlan plan, CapacityOutcome atCapacity,
                                               SegmentSummary summary) {
        int contacted = atCapacity.contacts();
        int control = request.control().controlSize();
        int eligible = request.control().treatedSize();
        double baseRate = contacted == 0 ? summary.expectedChurners() / summary.customers()
                : plan.top(contacted).stream().mapToDouble(r -> r.customer().probability()).average().orElseThrow();
        int comparable = eligible == 0 ? 0 : (int) Math.round((double) contacted * control / eligible);
        long needed = SampleSize.perGroup(baseRate, request.targetUplift());
        int smaller = Math.min(contacted, comparable);
        double detectable = smaller == 0 ? Double.NaN : SampleSize.detectableUplift(baseRate, smaller);
        String tooSmall = ControlGroups.tooSmall(request.control().strata().stream().map(StratumSplit::customers)
                .toList(), control, needed, request.targetUplift());
        return new MeasurementPlan(baseRate, request.targetUplift(), needed, control, eligible, contacted, comparable,
                detectable, request.measurementWindowDays(), tooSmall);
    }

    private static void checkControlGroup(BriefRequest request) {
        TreeSet<String> keys = new TreeSet<>();
        request.customers().forEach(c -> keys.add(c.key()));
        if (request.control().segmentSize() != request.customers().size() || !keys.containsAll(request.control().controlKeys())) {
            throw new ExportException("The control group was drawn for " + BriefFormats.count(request.control().segmentSize())
                    + " customers, but segment " + request.segment().name() + " now has "
                    + BriefFormats.count(request.customers().size()) + " others; draw the control group again.");
        }
    }

    private static List<String> assumptions(BriefRequest request, ValuePlan plan, BriefFormats formats) {
        List<String> out = new ArrayList<>();
        out.add("Each contact costs " + formats.money(request.economics().contactCost()) + "; the offer costs "
                + formats.money(request.economics().offerCost()) + " and " + BriefFormats.percent(request.economics()
                .acceptanceRate()) + " of contacted customers accept it.");
        out.add("A contact keeps " + BriefFormats.percent(request.economics().saveRate()) + " of the customers who "
                + "would otherwise leave (the save rate).");
        out.add("Churn probabilities are calibrated: of customers scored 0.40, about 40% leave without action.");
        out.add("Customers are contacted in order of expected value saved (churn probability × CLV × save rate − "
                + "costs); the control group is never contacted.");
        if (plan.customersWithoutValue() > 0) {
            out.add(BriefFormats.count(plan.customersWithoutValue()) + " customers have no known CLV and count as "
                    + "worth nothing.");
        }
        return out;
    }

    private static ActionTable actionTable(SegmentSummary summary) {
        List<BreakdownRow> rows = summary.breakdown();
        List<String> values = new ArrayList<>();
        boolean other = rows.size() > BREAKDOWN_VALUES;
        int shown = other ? BREAKDOWN_VALUES - 1 : rows.size();
        for (int i = 0; i < shown; i++) {
            values.add(rows.get(i).value());
        }
        if (other) {
            values.add(OTHER);
        }
        List<ActionTable.Row> out = new ArrayList<>();
        for (BandSummary band : summary.bands()) {
            List<Integer> counts = new ArrayList<>();
            for (int i = 0; i < shown; i++) {
                counts.add(rows.get(i).customers(band.band()));
            }
            if (other) {
                counts.add(rows.subList(shown, rows.size()).stream().mapToInt(r -> r.customers(band.band())).sum());
            }
            out.add(new ActionTable.Row(band.band(), band.action(), band.customers(), counts));
        }
        return new ActionTable(summary.breakdownColumn(), values, out);
    }

    /** At most about {@link #CURVE_POINTS} points, always with the start, the end, the capacity and the peak. */
    private static List<ProfitPoint> thin(double[] curve, int capacity, int peak) {
        int last = curve.length - 1;
        int step = Math.max(1, (int) Math.ceil(last / (double) CURVE_POINTS));
        TreeSet<Integer> sizes = new TreeSet<>();
        for (int k = 0; k <= last; k += step) {
            sizes.add(k);
        }
        sizes.add(last);
        sizes.add(Math.min(capacity, last));
        sizes.add(peak);
        return sizes.stream().map(k -> new ProfitPoint(k, curve[k])).toList();
    }
}
