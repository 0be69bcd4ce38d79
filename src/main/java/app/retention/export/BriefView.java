package app.retention.export;

import app.retention.segment.BandSummary;
import app.retention.segment.CapacityOutcome;
import app.retention.segment.ReasonCount;
import app.retention.segment.RiskBand;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A campaign brief as the template's values: every number formatted, every sentence written. */
final class BriefView {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final CampaignBrief brief;
    private final BriefFormats formats;

    private BriefView(CampaignBrief brief) {
        this.brief = brief;
        this.formats = new BriefFormats(brief.currency());
    }

    static Map<String, Object> of(CampaignBrief brief, String preparedBy) {
        return new BriefView(brief).values(preparedBy);
    }

    private Map<String, Object> values(String preparedBy) {
        BriefSegment s = brief.segment();
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("title", brief.title());
        v.put("subtitle", "Prepared " + DATE.format(brief.date()) + (preparedBy == null ? "" : " by " + preparedBy)
                + " with Retention Workbench " + brief.provenance().appVersion() + ". For internal use.");
        v.put("goal", brief.goal());
        List<Map<String, Object>> tiles = tiles();
        v.put("tilesRow1", tiles.subList(0, 3));
        v.put("tilesRow2", tiles.subList(3, tiles.size()));
        v.put("definition", s.definition() + ".");
        v.put("bands", bands());
        v.put("reasons", reasons());
        v.put("hasReasons", !brief.topReasons().isEmpty());
        v.put("reasonsChart", brief.topReasons().isEmpty() ? ""
                : BriefCharts.dataUri(BriefCharts.reasons(brief.topReasons(), 640, 36 + 28 * brief.topReasons().size())));
        actions(v);
        List<Map<String, Object>> ideas = ideas();
        v.put("ideasRow1", ideas.subList(0, Math.min(2, ideas.size())));
        v.put("ideasRow2", ideas.subList(Math.min(2, ideas.size()), ideas.size()));
        outcome(v);
        v.put("measurement", measurement());
        v.put("provenance", provenance(preparedBy));
        return v;
    }

    private List<Map<String, Object>> tiles() {
        BriefSegment s = brief.segment();
        CapacityOutcome at = brief.outcome().atCapacity();
        List<Map<String, Object>> tiles = new ArrayList<>();
        tiles.add(tile("Segment size", BriefFormats.count(s.size()) + " customers", s.name()));
        tiles.add(tile("Control group", BriefFormats.count(s.controlSize()) + " customers",
                BriefFormats.percent((double) s.controlSize() / s.size()) + " held out, no contact",
                brief.measurement().controlTooSmall()));
        tiles.add(tile("Expected churners", BriefFormats.count(s.expectedChurners()),
                BriefFormats.percent(s.expectedChurners() / s.size()) + " of the segment without action"));
        tiles.add(brief.value().isSet()
                ? tile("Value at risk", formats.money(s.valueAtRisk()), "churn probability × customer value: "
                + brief.value().describe())
                : tile("Value at risk", "–", "no customer value set: choose a value column on the Segments screen"));
        tiles.add(tile("Model ROC AUC", BriefFormats.metric(brief.model().rocAuc()), brief.model().learner()
                + ", " + brief.model().validation()));
        tiles.add(tile("Contacts planned", BriefFormats.count(at.contacts()), Double.isNaN(at.roi())
                ? "no cost entered" : "expected ROI " + BriefFormats.percent(at.roi())));
        return tiles;
    }

    private static Map<String, Object> tile(String label, String value, String note) {
        return tile(label, value, note, "");
    }

    /** A tile with a warning under its note (a list, so that no warning renders nothing in any template). */
    private static Map<String, Object> tile(String label, String value, String note, String warning) {
        return Map.of("label", label, "value", value, "note", note,
                "warnings", warning.isEmpty() ? List.of() : List.of(warning));
    }

    private List<Map<String, Object>> bands() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (BandSummary b : brief.bandSummaries()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", b.band());
            row.put("index", bandIndex(b.band()));
            row.put("description", brief.bands().stream().filter(r -> r.name().equals(b.band()))
                    .map(RiskBand::description).findFirst().orElse(""));
            row.put("customers", BriefFormats.count(b.customers()));
            row.put("expected", BriefFormats.count(b.expectedChurners()));
            row.put("valueAtRisk", formats.money(b.valueAtRisk()));
            row.put("action", b.action());
            rows.add(row);
        }
        return rows;
    }

    private int bandIndex(String band) {
        for (int i = 0; i < brief.bands().size(); i++) {
            if (brief.bands().get(i).name().equals(band)) {
                return Math.min(i, 2);
            }
        }
        return 2;
    }

    private List<Map<String, Object>> reasons() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ReasonCount r : brief.topReasons()) {
            rows.add(Map.of("theme", MessageIdeas.theme(r.feature(), r.label()), "customers",
                    BriefFormats.count(r.customers()), "share", BriefFormats.percent(r.share()), "example", r.example()));
        }
        return rows;
    }

    private void actions(Map<String, Object> v) {
        ActionTable table = brief.actions();
        boolean hasColumn = table.column() != null && !table.values().isEmpty();
        v.put("hasBreakdown", hasColumn);
        v.put("breakdownColumn", hasColumn ? table.column().replace('_', ' ') : "");
        v.put("breakdownValues", table.values());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ActionTable.Row row : table.rows()) {
            rows.add(Map.of("band", row.band(), "index", bandIndex(row.band()), "action", row.action(),
                    "customers", BriefFormats.count(row.customers()),
                    "cells", row.customersByValue().stream().map(BriefFormats::count).toList()));
        }
        v.put("actionRows", rows);
    }

    private List<Map<String, Object>> ideas() {
        return brief.messageIdeas().stream().map(i -> Map.<String, Object>of("theme", i.theme(),
                "customers", BriefFormats.count(i.customers()), "messages", i.messages())).toList();
    }

    private void outcome(Map<String, Object> v) {
        ExpectedOutcome o = brief.outcome();
        CapacityOutcome at = o.atCapacity();
        String sentence = "Contacting the top " + BriefFormats.count(at.contacts()) + " customers outside the control "
                + "group costs " + formats.money(at.cost()) + " and is expected to keep "
                + BriefFormats.count(at.expectedSaves()) + " customers who would otherwise leave, worth "
                + formats.money(at.valueSaved()) + ": a net " + formats.money(at.netValue())
                + (Double.isNaN(at.roi()) ? "." : " and an ROI of " + BriefFormats.percent(at.roi()) + ".");
        if (at.contacts() < at.capacity()) {
            sentence += " The segment has only " + BriefFormats.count(at.contacts()) + " customers outside the control "
                    + "group, fewer than the capacity of " + BriefFormats.count(at.capacity()) + ".";
        }
        v.put("outcomeSentence", sentence);
        String peak;
        if (o.peakListSize() == 0) {
            peak = "At these costs no contact is expected to pay for itself: review the offer, or target a riskier or "
                    + "more valuable segment.";
        } else if (o.peakListSize() < at.contacts()) {
            peak = "The profit curve peaks at " + BriefFormats.count(o.peakListSize()) + " contacts ("
                    + formats.money(o.peakValue()) + "); beyond that each further contact costs more than it is "
                    + "expected to save.";
        } else if (o.peakListSize() > at.contacts()) {
            peak = "Value keeps growing up to " + BriefFormats.count(o.peakListSize()) + " contacts ("
                    + formats.money(o.peakValue()) + "): more capacity would pay.";
        } else {
            peak = "The capacity matches the profit curve's peak.";
        }
        v.put("peakSentence", peak);
        v.put("profitChart", o.profitCurve().size() < 2 ? ""
                : BriefCharts.dataUri(BriefCharts.profitCurve(o, brief.currency(), 640, 240)));
        v.put("figures", List.of(figure("Contacts", BriefFormats.count(at.contacts())),
                figure("Expected saves", BriefFormats.count(at.expectedSaves())),
                figure("Value saved", formats.money(at.valueSaved())),
                figure("Cost", formats.money(at.cost())),
                figure("Net value", formats.money(at.netValue())),
                figure("ROI", Double.isNaN(at.roi()) ? "n/a" : BriefFormats.percent(at.roi()))));
        v.put("assumptions", o.assumptions());
    }

    private static Map<String, Object> figure(String label, String value) {
        return Map.of("label", label, "value", value);
    }

    private List<String> measurement() {
        MeasurementPlan m = brief.measurement();
        BriefSegment s = brief.segment();
        List<String> out = new ArrayList<>();
        out.add("Hold out " + BriefFormats.count(m.controlSize()) + " customers ("
                + BriefFormats.percent(s.controlShare()) + " of each risk band, drawn at random) who receive nothing. "
                + "The other " + BriefFormats.count(m.treatedSize()) + " customers are eligible for the campaign."
                + (m.controlTooSmall().isEmpty() ? "" : " The control group is t" + m.controlTooSmall().substring(1)
                        + " It needs " + BriefFormats.count(m.customersPerGroupNeeded()) + " customers."));
        if (brief.provenance().callOrder() != null) {
            // persuadables first (docs/adr/0027): say whom the list calls first, and who comes last
            out.add("The call list is " + brief.provenance().callOrder());
        }
        out.add("After " + m.windowDays() + " days, compare churn. Uplift = churn rate of the control group − churn "
                + "rate of contacted customers, reported with its 95% interval. ROI = (uplift × customers contacted × "
                + "average CLV − campaign cost) ÷ campaign cost.");
        if (m.contactsTopOnly()) {
            out.add("Only the top " + BriefFormats.count(m.contacted()) + " of the " + BriefFormats.count(m.treatedSize())
                    + " eligible customers are contacted, and they are riskier than the rest; compare them with the "
                    + BriefFormats.count(m.comparableControl()) + " control customers who would have been contacted "
                    + "(the control group ranked by the same expected value saved), not with the whole control group.");
        }
        String sizes = "Without action about " + BriefFormats.percent(m.baseChurnRate()) + " of the contacted customers "
                + "would leave. To detect a drop of " + BriefFormats.points(m.targetUplift()) + ", each group needs "
                + BriefFormats.count(m.customersPerGroupNeeded()) + " customers (5% significance, 80% power). ";
        int smaller = Math.min(m.contacted(), m.comparableControl());
        if (m.largeEnough()) {
            sizes += "The groups compared (" + BriefFormats.count(m.contacted()) + " contacted, "
                    + BriefFormats.count(m.comparableControl()) + " control) are large enough.";
        } else if (Double.isNaN(m.detectableUplift())) {
            sizes += "With " + BriefFormats.count(smaller) + " customers in the smaller group the study cannot detect "
                    + "a drop reliably: treat the result as indicative, or run the campaign on a larger segment.";
        } else {
            sizes += "With " + BriefFormats.count(smaller) + " customers in the smaller group it reliably detects a drop "
                    + "of about " + BriefFormats.points(m.detectableUplift()) + " or more; for a smaller effect, hold "
                    + "out more customers or repeat the campaign and pool the results.";
        }
        out.add(sizes);
        return out;
    }

    private List<Map<String, Object>> provenance(String preparedBy) {
        Provenance p = brief.provenance();
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.add(figure("Dataset", p.dataset().reference()));
        rows.add(figure("Dataset SHA-256", p.dataset().sha256()));
        rows.add(figure("Model", p.model().id() + " (" + p.model().learner() + "), ROC AUC "
                + BriefFormats.metric(p.model().rocAuc())));
        rows.add(figure("Validation", p.model().validation()));
        p.model().metrics().forEach((name, value) -> rows.add(figure(name, BriefFormats.metric(value))));
        rows.add(figure("Segment filters", p.segment().filtersInWords()));
        if (p.callOrder() != null) {
            rows.add(figure("Call order", p.callOrder()));
        }
        for (Provenance.Band band : p.riskBands()) {
            rows.add(figure("Risk band " + band.name(), band.description()));
        }
        if (preparedBy != null) {
            rows.add(figure("Prepared by", preparedBy));
        }
        rows.add(figure("Prepared on", DATE.format(brief.date())));
        rows.add(figure("App version", p.appVersion()));
        return rows;
    }
}
