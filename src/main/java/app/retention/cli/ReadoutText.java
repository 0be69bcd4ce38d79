package app.retention.cli;

import app.retention.campaign.CampaignReadout;
import app.retention.evaluate.UpliftDeciles;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** The plain-text readout of {@code campaign readout}: the sentences first, then the tables behind them. */
final class ReadoutText {

    private ReadoutText() {
    }

    static void print(PrintWriter out, CampaignReadout r) {
        CampaignReadout.Summary c = r.campaign();
        out.println("Campaign " + c.name() + ": read out" + (c.outcomesFrom() == null ? ""
                : " (outcomes from " + c.outcomesFrom() + ")"));
        out.println();
        out.println("What we did:       " + r.words().whatWeDid());
        out.println("What happened:     " + r.words().whatHappened());
        out.println("What it was worth: " + r.words().whatItWasWorth());
        out.println("How sure we are:   " + r.words().howSure());
        out.println("What next:         " + r.words().whatNext());
        out.println();
        TextTable arms = new TextTable(List.of("ARM", "ASSIGNED", "WITH OUTCOME", "CHURNED", "CHURN RATE",
                "95% INTERVAL", "REACHED", "MEAN REVENUE", "CHECKSUM"));
        for (CampaignReadout.ArmResult a : r.arms()) {
            arms.add(List.of(a.arm(), String.format("%,d", a.assigned()), String.format("%,d", a.withOutcome()),
                    String.format("%,d", a.churners()), a.churnRate() == null ? "–"
                            : String.format(Locale.ROOT, "%.1f%%", a.churnRate() * 100),
                    CampaignCommands.interval(a.churnRateInterval(), 100, "%.1f%%"),
                    a.reached() == null ? "–" : String.format("%,d", a.reached()),
                    a.meanRevenue() == null ? "–" : String.format(Locale.ROOT, "%,.2f", a.meanRevenue()),
                    a.checksumOk() ? "ok" : "CHANGED"));
        }
        arms.print(out);
        out.println();
        effect(out, "Intention to treat", r.intentionToTreat(), c.valueUnit());
        if (r.perProtocol() != null) {
            effect(out, "Per protocol (reached only)", r.perProtocol(), c.valueUnit());
        }
        if (r.perProtocolWarning() != null) {
            out.println("  warning: " + r.perProtocolWarning());
        }
        if (r.modelVsRule() != null) {
            CampaignReadout.ModelVsRule v = r.modelVsRule();
            effect(out, "Rule arm (" + v.rule() + ")", v.byRule(), c.valueUnit());
            out.printf(Locale.ROOT, "Model vs rule: the model kept %+.1f customers more per 100 contacts (95%% interval "
                    + "%s), %s%s%n", v.upliftDifference() * 100,
                    CampaignCommands.interval(v.upliftDifferenceInterval(), 100, "%+.1f"), pIs(v.pValue()),
                    v.roiDifference() == null ? "" : String.format(Locale.ROOT, "; ROI %+.0f points higher",
                            v.roiDifference() * 100));
        }
        out.println();
        out.println("By risk band (uplift = control churn − contacted churn, points):");
        TextTable bands = new TextTable(List.of("BAND", "CONTACTED", "CONTROL", "UPLIFT", "95% INTERVAL", "P"));
        for (CampaignReadout.BandEffect b : r.bands()) {
            bands.add(List.of(b.band(), String.format("%,d", b.treated()), String.format("%,d", b.control()),
                    b.uplift() == null ? "–" : String.format(Locale.ROOT, "%+.1f", b.uplift() * 100),
                    CampaignCommands.interval(b.upliftInterval(), 100, "%+.1f"),
                    b.pValue() == null ? "–" : p(b.pValue())));
        }
        bands.print(out);
        out.println();
        out.println("By score decile (1 = highest churn probability at the start):");
        TextTable deciles = new TextTable(List.of("DECILE", "MEAN SCORE", "CONTACTED", "CONTROL", "UPLIFT",
                "95% INTERVAL"));
        for (UpliftDeciles.Decile d : r.deciles()) {
            deciles.add(CampaignCommands.decileRow(d));
        }
        deciles.print(out);
        out.printf(Locale.ROOT, "Qini coefficient %.2f over %,d customers ranked by %s (0 = no better than random).%n",
                r.qini().coefficient(), r.qini().customers(), r.qini().rankedBy());
        out.println();
        CampaignReadout.Plan p = r.plan();
        out.printf(Locale.ROOT, "Plan vs observed: control churn %.1f%% expected, %.1f%% observed; customers kept "
                        + "%.0f expected, %.0f observed", p.expectedControlChurnRate() * 100,
                p.observedControlChurnRate() * 100, p.expectedSaves(), p.observedSaves());
        if (p.expectedRoi() != null && p.observedRoi() != null) {
            out.printf(Locale.ROOT, "; ROI %.0f%% expected, %.0f%% observed", p.expectedRoi() * 100,
                    p.observedRoi() * 100);
        }
        out.println(".");
        CampaignReadout.Checks k = r.checks();
        out.printf(Locale.ROOT, "Checks: control share %.1f%% planned, %.1f%% observed (sample-ratio %s%s); "
                        + "smallest detectable drop %s; customers in two arms %d; outcomes before the start %d; "
                        + "checksums %s.%n", k.plannedControlShare() * 100, k.observedControlShare() * 100,
                pIs(k.sampleRatioP()), k.sampleRatioMismatch() ? ", MISMATCH" : "",
                k.detectableUplift() == null ? "none" : String.format(Locale.ROOT, "%.1f points",
                        k.detectableUplift() * 100), k.customersInTwoArms(), k.outcomesBeforeStart(),
                k.checksumsOk() ? "verified" : "CHANGED");
        for (String w : k.warnings()) {
            out.println("warning: " + w);
        }
    }

    private static String pIs(double p) {
        return p < 0.0001 ? "p < 0.0001" : String.format(Locale.ROOT, "p = %.4f", p);
    }

    private static String p(double p) {
        return p < 0.0001 ? "< 0.0001" : String.format(Locale.ROOT, "%.4f", p);
    }

    private static void effect(PrintWriter out, String title, CampaignReadout.Effect e, String unit) {
        String u = unit == null ? "" : " " + unit;
        out.printf(Locale.ROOT, "%s: %,d contacted (%.1f%% churned) vs %,d control (%.1f%%); uplift %+.1f points "
                        + "(95%% interval %s), relative reduction %s, %s%n", title, e.treated(),
                e.treatedRate() * 100, e.control(), e.controlRate() * 100, e.uplift() * 100,
                CampaignCommands.interval(e.upliftInterval(), 100, "%+.1f"), e.relativeReduction() == null ? "–"
                        : String.format(Locale.ROOT, "%.0f%%", e.relativeReduction() * 100), pIs(e.pValue()));
        out.printf(Locale.ROOT, "  customers kept %.0f (%s); cost %,.2f%s", e.customersSaved(),
                CampaignCommands.interval(e.customersSavedInterval(), 1, "%.0f"), e.cost(), u);
        if (e.valueSaved() != null) {
            out.printf(Locale.ROOT, "; value kept %,.2f%s (%s); net %,.2f%s", e.valueSaved(), u,
                    CampaignCommands.interval(e.valueSavedInterval(), 1, "%,.0f"), e.netValue(), u);
        }
        if (e.roi() != null) {
            out.printf(Locale.ROOT, "; ROI %.0f%% (95%% interval %s)", e.roi() * 100,
                    CampaignCommands.interval(e.roiInterval(), 100, "%.0f%%"));
        }
        out.println();
    }
}
