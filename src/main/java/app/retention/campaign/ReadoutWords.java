package app.retention.campaign;

import app.retention.evaluate.Interval;

import java.util.List;
import java.util.Locale;

/**
 * The readout in sentences: what we did, what happened, what it was worth, how sure we are, what next. Its number
 * formats are public so that the Campaigns screen says the numbers as the sentences, the CLI and the report do.
 */
public final class ReadoutWords {

    private ReadoutWords() {
    }

    static CampaignReadout.Words of(CampaignReadout.Summary c, List<CampaignReadout.ArmResult> arms,
                                    CampaignReadout.Effect e, CampaignReadout.ModelVsRule versus,
                                    List<CampaignReadout.BandEffect> bands,
                                    CampaignReadout.Qini qini, CampaignReadout.Checks checks) {
        long treated = arms.stream().filter(a -> a.arm().equals("treated")).mapToLong(
                CampaignReadout.ArmResult::assigned).sum();
        long control = arms.stream().filter(a -> a.arm().equals("control")).mapToLong(
                CampaignReadout.ArmResult::assigned).sum();
        String how = (c.channel() == null ? "" : " by " + c.channel()) + (c.offer() == null ? "" : " with "
                + c.offer());
        String ranked = ranking(c.callOrder(), c.model(), c.modelLearner(), c.dataset());
        String did = String.format(Locale.ROOT, "Campaign %s contacted %,d customers of segment %s%s from %s, "
                + "%s, and held out %,d comparable customers as a control group.",
                c.name(), treated, c.segment(), how, c.startDate(), ranked, control);
        String happened = String.format(Locale.ROOT, "Churn was %s among contacted customers and %s in the control "
                + "group: %s %s (95%% interval %s to %s)%s.", percent(e.treatedRate()), percent(e.controlRate()),
                points(Math.abs(e.uplift())), e.uplift() >= 0 ? "lower" : "higher",
                signedPoints(e.upliftInterval().low()), signedPoints(e.upliftInterval().high()),
                e.relativeReduction() == null ? "" : ", a relative " + (e.uplift() >= 0 ? "reduction" : "increase")
                        + " of " + percent(Math.abs(e.relativeReduction())));
        if (versus != null) {
            happened += String.format(Locale.ROOT, " The rule (%s) contacted %,d customers of the other half: their "
                    + "churn was %s against %s in its hold-out (%s). The model kept %s customers more per 100 "
                    + "contacts than the rule (95%% interval %s to %s).", versus.rule(), versus.byRule().treated(),
                    percent(versus.byRule().treatedRate()), percent(versus.byRule().controlRate()),
                    signedPoints(versus.byRule().uplift()), String.format(Locale.ROOT, "%+.1f",
                            versus.upliftDifference() * 100),
                    String.format(Locale.ROOT, "%+.1f", versus.upliftDifferenceInterval().low() * 100),
                    String.format(Locale.ROOT, "%+.1f", versus.upliftDifferenceInterval().high() * 100));
        }
        String unit = c.valueUnit() == null ? "" : " " + c.valueUnit();
        String worth;
        if (e.valueSaved() == null) {
            worth = String.format(Locale.ROOT, "About %s customers kept (95%% interval %s to %s). The segment has no "
                    + "value column, so what they are worth and the ROI cannot be said; the campaign cost %s.",
                    whole(e.customersSaved()), whole(e.customersSavedInterval().low()),
                    whole(e.customersSavedInterval().high()), money(e.cost()));
        } else {
            worth = String.format(Locale.ROOT, "About %s customers kept (95%% interval %s to %s), worth %s%s against "
                    + "a cost of %s%s: net %s%s", whole(e.customersSaved()), whole(e.customersSavedInterval().low()),
                    whole(e.customersSavedInterval().high()), money(e.valueSaved()), unit, money(e.cost()), unit,
                    money(e.netValue()), unit)
                    + (e.roi() == null ? "." : ", ROI " + percent(e.roi()) + (e.roiInterval() == null ? "."
                    : " (95% interval " + percent(e.roiInterval().low()) + " to " + percent(e.roiInterval().high())
                    + ")."));
        }
        String sure = String.format(Locale.ROOT, "%s: %s", pIs(e.pValue()), e.pValue() < 0.05
                ? "a difference this large would be rare if the campaign changed nothing."
                : "a difference this large could well be chance.");
        if (checks.detectableUplift() != null) {
            sure += " With these arms the campaign could reliably detect a drop of " + points(checks.detectableUplift())
                    + " or more.";
        }
        if (checks.sampleRatioMismatch()) {
            sure += " But the arms' sizes do not match the plan (sample-ratio mismatch): find out why before trusting "
                    + "any of this.";
        }
        String next = next(e, bands, qini, checks);
        if (versus != null) {
            Interval d = versus.upliftDifferenceInterval();
            next += d.low() > 0 ? " The model beat the rule for the same budget: keep targeting by the model."
                    : d.high() < 0 ? " The rule beat the model for the same budget: look at whom the model ranks "
                    + "first before using it again."
                    : " Model and rule cannot be told apart yet (" + pIs(versus.pValue()) + "): repeat the test "
                    + "with more customers per arm.";
        }
        return new CampaignReadout.Words(did, happened, worth, sure, next);
    }

    private static String next(CampaignReadout.Effect e, List<CampaignReadout.BandEffect> bands,
                               CampaignReadout.Qini qini, CampaignReadout.Checks checks) {
        StringBuilder next = new StringBuilder();
        Interval u = e.upliftInterval();
        if (u.high() < 0) {
            next.append("The campaign made churn worse: stop it and look at who was contacted and what they were told.");
        } else if (u.low() > 0 && e.roiInterval() != null && e.roiInterval().low() > 0) {
            next.append("It kept customers and paid for itself: run it again, still with a control group, to keep "
                    + "measuring.");
        } else if (u.low() > 0) {
            next.append("It kept customers; whether it paid is not certain yet: run it again with a control group "
                    + "and watch the cost per customer kept.");
        } else {
            next.append("Not proven either way: run it again with a larger control group"
                    + (checks.largeEnough() ? "" : " (the arms were too small for a 5-point drop)")
                    + " before scaling it up.");
        }
        bands.stream().filter(b -> b.uplift() != null && b.upliftInterval() != null)
                .max(java.util.Comparator.comparingDouble(CampaignReadout.BandEffect::uplift))
                .filter(b -> bands.size() > 1)
                .ifPresent(b -> next.append(" The drop was largest in ").append(b.band()).append(" (")
                        .append(signedPoints(b.uplift())).append(")."));
        if (qini.customers() > 0 && qini.coefficient() <= 0) {
            next.append(" Ranking by churn risk did not put the customers the campaign keeps first (Qini ")
                    .append(String.format(Locale.ROOT, "%.1f", qini.coefficient()))
                    .append("): high risk is not the same as persuadable; target by what responds, not only by risk.");
        }
        return next.toString();
    }

    public static String percent(double share) {
        return Double.isNaN(share) ? "–" : String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    public static String points(double share) {
        return String.format(Locale.ROOT, "%.1f points", share * 100);
    }

    public static String signedPoints(double share) {
        return String.format(Locale.ROOT, "%+.1f points", share * 100);
    }

    public static String pIs(double p) {
        return p < 0.0001 ? "p < 0.0001" : String.format(Locale.ROOT, "p = %.4f", p);
    }

    public static String p(double p) {
        return p < 0.0001 ? "< 0.0001" : String.format(Locale.ROOT, "%.4f", p);
    }

    /** 1,234 */
    public static String whole(double x) {
        return String.format(Locale.ROOT, "%,.0f", x);
    }

    /**
     * How a campaign's call list was ordered, as the plan and the readout say it: "ranked by model 3 (J48) on
     * churn@1", or for a segment ranked otherwise its order in words with the model that cut its risk bands
     * ("ranked by predicted uplift from campaign X's uplift model: persuadables first (risk from model 3 ...)").
     *
     * @param callOrder the segment's order in words, null when ranked by churn risk
     */
    public static String ranking(String callOrder, long model, String modelLearner, String dataset) {
        // persuadables first (docs/adr/0027): the segment's order, the model's scores only cut its risk bands
        return callOrder == null ? String.format(Locale.ROOT, "ranked by model %d (%s) on %s", model, modelLearner,
                dataset) : String.format(Locale.ROOT, "%s (risk from model %d (%s) on %s)", callOrder, model,
                modelLearner, dataset);
    }

    /** 1,234.56 */
    public static String money(double x) {
        return String.format(Locale.ROOT, "%,.2f", x);
    }
}
