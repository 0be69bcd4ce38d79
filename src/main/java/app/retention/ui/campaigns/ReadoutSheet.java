package app.retention.ui.campaigns;

import app.retention.campaign.CampaignReadout;
import app.retention.campaign.CampaignReadout.ArmResult;
import app.retention.campaign.CampaignReadout.Effect;
import app.retention.campaign.ReadoutWords;
import app.retention.evaluate.Interval;
import app.retention.ui.common.Formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A campaign readout as the Campaigns screen shows it: small tables in plain words, each number said as the readout's
 * sentences and the report say it ({@link ReadoutWords}), each estimate with its 95% interval.
 */
public final class ReadoutSheet {

    /** One row: what it is, its cells, and whether it is a warning. */
    public record Row(String label, List<String> cells, boolean flagged) {

        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** A titled table with its column headers (the first names the rows) and a note under it, or null. */
    public record Table(String title, List<String> headers, List<Row> rows, String note) {

        public Table {
            headers = List.copyOf(headers);
            rows = List.copyOf(rows);
        }

        /** The row of that label, for tests and the screen. */
        public Row row(String label) {
            return rows.stream().filter(r -> r.label().equals(label)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no row " + label + " in " + title));
        }
    }

    private ReadoutSheet() {
    }

    /** The tables of a readout, in reading order. */
    public static List<Table> of(CampaignReadout r) {
        List<Table> tables = new ArrayList<>();
        tables.add(arms(r));
        tables.add(effect(r));
        tables.add(plan(r));
        if (r.modelVsRule() != null) {
            tables.add(versus(r));
        }
        tables.add(checks(r));
        return tables;
    }

    /** Churn per arm with Wilson's 95% interval. */
    static Table arms(CampaignReadout r) {
        List<Row> rows = new ArrayList<>();
        for (ArmResult a : r.arms()) {
            rows.add(new Row(armName(a.arm()), List.of(Formats.count(a.assigned()), Formats.count(a.withOutcome()),
                    Formats.count(a.churners()), a.churnRate() == null ? "–" : ReadoutWords.percent(a.churnRate()),
                    a.churnRateInterval() == null ? "–" : range(a.churnRateInterval()),
                    reached(a)), !a.checksumOk()));
        }
        return new Table("Who churned, per group", List.of("Group", "Customers", "With an outcome", "Churned",
                "Churn rate", "95% interval", "Reached"), rows, null);
    }

    /** Customers reached: a control group is not contacted, and outcomes without a reached column do not say. */
    private static String reached(ArmResult a) {
        return a.arm().contains("control") ? "–" : a.reached() == null ? "not known" : Formats.count(a.reached());
    }

    /** "Contacted", "Control group (not contacted)", … */
    static String armName(String arm) {
        return switch (arm) {
            case "treated" -> "Contacted";
            case "control" -> "Control group (not contacted)";
            case "rule" -> "Contacted by the rule";
            case "rule control" -> "The rule's control group";
            default -> arm;
        };
    }

    /** Intention to treat beside per protocol. */
    static Table effect(CampaignReadout r) {
        String unit = unit(r);
        Effect itt = r.intentionToTreat();
        Effect pp = r.perProtocol();
        List<Row> rows = new ArrayList<>();
        rows.add(row("Churn drop (control − contacted)", upliftText(itt), pp == null ? "–" : upliftText(pp), false));
        rows.add(row("Relative drop", relative(itt), pp == null ? "–" : relative(pp), false));
        rows.add(row("Customers kept", saved(itt), pp == null ? "–" : saved(pp), false));
        rows.add(row("Value kept" + unit, value(itt), pp == null ? "–" : value(pp), false));
        rows.add(row("Cost" + unit, ReadoutWords.money(itt.cost()), pp == null ? "–" : ReadoutWords.money(pp.cost()),
                false));
        rows.add(row("Net value" + unit, money(itt.netValue()), pp == null ? "–" : money(pp.netValue()), false));
        rows.add(row("Return on cost (ROI)", roi(itt), pp == null ? "–" : roi(pp), false));
        rows.add(row("Chance of a drop this large by luck", ReadoutWords.pIs(itt.pValue()),
                pp == null ? "–" : ReadoutWords.pIs(pp.pValue()), itt.pValue() >= 0.05));
        String note = r.perProtocolWarning() == null
                ? "Per protocol needs the outcomes to say who was reached; these do not."
                : r.perProtocolWarning();
        return new Table("What the campaign changed", List.of("", "Everyone chosen (intention to treat)",
                "Only those reached (per protocol)"), rows, note);
    }

    /** The plan's expectations against what happened. */
    static Table plan(CampaignReadout r) {
        String unit = unit(r);
        CampaignReadout.Plan p = r.plan();
        List<Row> rows = new ArrayList<>();
        rows.add(row("Churn without the campaign", ReadoutWords.percent(p.expectedControlChurnRate()),
                ReadoutWords.percent(p.observedControlChurnRate()), false));
        rows.add(row("Customers kept", ReadoutWords.whole(p.expectedSaves()), ReadoutWords.whole(p.observedSaves()),
                p.observedSaves() < p.expectedSaves() / 2));
        rows.add(row("Value kept" + unit, money(p.expectedValueSaved()), money(p.observedValueSaved()), false));
        rows.add(row("Cost" + unit, ReadoutWords.money(p.cost()), ReadoutWords.money(p.cost()), false));
        rows.add(row("Return on cost (ROI)", percent(p.expectedRoi()), percent(p.observedRoi()), false));
        return new Table("Planned and observed", List.of("", "Planned", "Observed"), rows,
                "Planned: each contacted customer's churn probability × the save rate of "
                        + ReadoutWords.percent(r.campaign().saveRate()) + ", with the plan's costs.");
    }

    /** The model's arm beside the rule's, with the interval of their difference. */
    static Table versus(CampaignReadout r) {
        CampaignReadout.ModelVsRule v = r.modelVsRule();
        List<Row> rows = new ArrayList<>();
        rows.add(row("Contacted", Formats.count(v.model().treated()), Formats.count(v.byRule().treated()), false));
        rows.add(row("Customers kept per 100 contacts", per100(v.model()), per100(v.byRule()), false));
        rows.add(row("Return on cost (ROI)", roi(v.model()), roi(v.byRule()), false));
        String difference = String.format(Locale.ROOT, "%+.1f per 100 contacts (95%% interval %+.1f to %+.1f), %s",
                v.upliftDifference() * 100, v.upliftDifferenceInterval().low() * 100,
                v.upliftDifferenceInterval().high() * 100, ReadoutWords.pIs(v.pValue()));
        return new Table("Model against the rule (" + v.rule() + ")", List.of("", "Model", "Rule"), rows,
                "Model minus rule: " + difference + ".");
    }

    /** The checks an experimentation platform makes. */
    static Table checks(CampaignReadout r) {
        CampaignReadout.Checks c = r.checks();
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("Control group share as planned", List.of(c.sampleRatioMismatch()
                ? "No: " + ReadoutWords.percent(c.observedControlShare()) + " against "
                + ReadoutWords.percent(c.plannedControlShare()) + " planned (" + ReadoutWords.pIs(c.sampleRatioP())
                + "). Find out why before trusting this readout."
                : "Yes: " + ReadoutWords.percent(c.observedControlShare()) + " against "
                + ReadoutWords.percent(c.plannedControlShare()) + " planned"), c.sampleRatioMismatch()));
        rows.add(new Row("Enough customers", List.of(c.detectableUplift() == null
                ? "No: the groups are too small to detect any drop."
                : (c.largeEnough() ? "Yes: " : "No: ") + "a drop of " + ReadoutWords.points(c.detectableUplift())
                + " or more could be detected (the aim was 5 points)"), !c.largeEnough()));
        rows.add(new Row("Every customer has an outcome", List.of(c.missingOutcomes() == 0 ? "Yes"
                : "No: " + Formats.count(c.missingOutcomes()) + " missing, left out of the rates"),
                c.missingOutcomes() > 0));
        rows.add(new Row("No customer in two groups", List.of(c.customersInTwoArms() == 0 ? "Yes"
                : "No: " + Formats.count(c.customersInTwoArms()) + " customers"), c.customersInTwoArms() > 0));
        rows.add(new Row("No outcome before the start", List.of(c.outcomesBeforeStart() == 0 ? "Yes"
                : "No: " + Formats.count(c.outcomesBeforeStart())), c.outcomesBeforeStart() > 0));
        rows.add(new Row("Groups unchanged since the launch", List.of(c.checksumsOk() ? "Yes (checksums match)"
                : "No: the workspace was changed outside the workbench"), !c.checksumsOk()));
        return new Table("Checks", List.of("Check", "Result"), rows, null);
    }

    private static Row row(String label, String first, String second, boolean flagged) {
        return new Row(label, List.of(first, second), flagged);
    }

    private static String unit(CampaignReadout r) {
        return r.campaign().valueUnit() == null ? "" : " (" + r.campaign().valueUnit() + ")";
    }

    /** "12.3% to 15.6%" */
    static String range(Interval i) {
        return ReadoutWords.percent(i.low()) + " to " + ReadoutWords.percent(i.high());
    }

    /** "+2.4 points (+0.8 to +4.0)" */
    static String upliftText(Effect e) {
        return ReadoutWords.signedPoints(e.uplift()) + " (" + String.format(Locale.ROOT, "%+.1f to %+.1f",
                e.upliftInterval().low() * 100, e.upliftInterval().high() * 100) + ")";
    }

    private static String relative(Effect e) {
        return e.relativeReduction() == null ? "–" : ReadoutWords.percent(e.relativeReduction());
    }

    private static String saved(Effect e) {
        return ReadoutWords.whole(e.customersSaved()) + " (" + ReadoutWords.whole(e.customersSavedInterval().low())
                + " to " + ReadoutWords.whole(e.customersSavedInterval().high()) + ")";
    }

    private static String value(Effect e) {
        return e.valueSaved() == null ? "no value column" : ReadoutWords.money(e.valueSaved()) + " ("
                + ReadoutWords.money(e.valueSavedInterval().low()) + " to "
                + ReadoutWords.money(e.valueSavedInterval().high()) + ")";
    }

    private static String roi(Effect e) {
        return e.roi() == null ? "–" : ReadoutWords.percent(e.roi()) + (e.roiInterval() == null ? ""
                : " (" + range(e.roiInterval()) + ")");
    }

    private static String per100(Effect e) {
        return String.format(Locale.ROOT, "%.1f (%.1f to %.1f)", e.uplift() * 100, e.upliftInterval().low() * 100,
                e.upliftInterval().high() * 100);
    }

    private static String money(Double x) {
        return x == null ? "–" : ReadoutWords.money(x);
    }

    private static String percent(Double x) {
        return x == null ? "–" : ReadoutWords.percent(x);
    }
}
