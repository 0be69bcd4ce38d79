package app.retention.campaign;

import app.retention.domain.CampaignArm;
import app.retention.domain.CampaignArmRecord;
import app.retention.domain.CampaignMember;
import app.retention.domain.CampaignOutcome;
import app.retention.domain.CampaignRecord;
import app.retention.domain.OutcomeImportRecord;
import app.retention.evaluate.DifferenceOfDifferences;
import app.retention.evaluate.Interval;
import app.retention.evaluate.NewcombeInterval;
import app.retention.evaluate.ProportionTest;
import app.retention.evaluate.QiniCurve;
import app.retention.evaluate.RoiBootstrap;
import app.retention.evaluate.SampleRatioCheck;
import app.retention.evaluate.UpliftDeciles;
import app.retention.evaluate.WilsonInterval;
import app.retention.segment.SampleSize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Computes a {@link CampaignReadout} from the stored arms and outcomes: pure arithmetic on them (the statistics are
 * the {@code evaluate} package's), nothing re-scored or re-drawn. Intention to treat: every assigned customer with
 * an outcome counts in its arm; per protocol: only treated customers the outcomes say were reached.
 */
final class ReadoutCalculator {

    /** The drop in churn a campaign should be able to detect: five points, as the brief plans it. */
    static final double TARGET_UPLIFT = 0.05;
    private static final int QINI_POINTS = 101;
    private static final int MISSING_LISTED = 20;

    private ReadoutCalculator() {
    }

    /** One customer with its outcome, as the statistics read it. */
    private record Observed(CampaignMember member, CampaignOutcome outcome) {
        boolean treated() {
            return member.arm() == CampaignArm.TREATED;
        }

        boolean in(CampaignArm arm) {
            return member.arm() == arm;
        }

        boolean churned() {
            return outcome.churned();
        }
    }

    static CampaignReadout read(CampaignRecord campaign, List<CampaignArmRecord> storedArms,
                                List<CampaignMember> members, List<CampaignOutcome> outcomes,
                                OutcomeImportRecord source, long seed, int resamples) {
        return read(campaign, storedArms, members, outcomes, source, seed, resamples, null);
    }

    /** @param callOrder the segment's call order in words when it was not ranked by churn risk, else null */
    static CampaignReadout read(CampaignRecord campaign, List<CampaignArmRecord> storedArms,
                                List<CampaignMember> members, List<CampaignOutcome> outcomes,
                                OutcomeImportRecord source, long seed, int resamples, String callOrder) {
        Map<String, CampaignOutcome> byKey = new HashMap<>();
        outcomes.forEach(o -> byKey.put(o.key(), o));
        Map<String, Integer> armsPerKey = new HashMap<>();
        members.forEach(m -> armsPerKey.merge(m.key(), 1, Integer::sum));
        long inTwoArms = armsPerKey.values().stream().filter(n -> n > 1).count();
        List<Observed> observed = new ArrayList<>();
        List<String> missingKeys = new ArrayList<>();
        long missing = 0;
        for (CampaignMember m : members) {
            CampaignOutcome o = byKey.get(m.key());
            if (o == null) {
                missing++;
                if (missingKeys.size() < MISSING_LISTED) {
                    missingKeys.add(m.key());
                }
            } else {
                observed.add(new Observed(m, o));
            }
        }
        List<Observed> treated = observed.stream().filter(Observed::treated).toList();
        List<Observed> control = observed.stream().filter(o -> o.in(CampaignArm.CONTROL)).toList();
        if (control.isEmpty()) {
            throw new CampaignException("Campaign " + campaign.name() + " has no control customer with an outcome, "
                    + "so nothing shows what churn would have been without it.");
        }
        if (treated.isEmpty()) {
            throw new CampaignException("Campaign " + campaign.name() + " has no treated customer with an outcome.");
        }
        List<CampaignMember> assignedTreated = members.stream().filter(m -> m.arm() == CampaignArm.TREATED).toList();
        List<CampaignMember> assignedControl = members.stream().filter(m -> m.arm() == CampaignArm.CONTROL).toList();
        boolean hasValue = campaign.valueColumn() != null;
        double cost = assignedTreated.size() * (campaign.contactCost() + campaign.offerCost() * campaign.acceptance());

        List<CampaignReadout.ArmResult> arms = arms(storedArms, members, observed);
        boolean checksumsOk = arms.stream().allMatch(CampaignReadout.ArmResult::checksumOk);
        CampaignReadout.Effect itt = effect(treated, control, assignedTreated.size(),
                sumValue(assignedTreated), cost, hasValue, seed,
                resamples);
        boolean reachKnown = treated.stream().anyMatch(o -> o.outcome().reached() != null);
        CampaignReadout.Effect perProtocol = null;
        String warning = null;
        if (reachKnown) {
            List<Observed> reached = treated.stream().filter(o -> Boolean.TRUE.equals(o.outcome().reached()))
                    .toList();
            if (!reached.isEmpty()) {
                perProtocol = effect(reached, control, reached.size(),
                        sumValue(reached.stream().map(Observed::member).toList()),
                        cost, hasValue, seed, resamples);
            }
            warning = String.format(java.util.Locale.ROOT, "Per protocol counts only the %,d treated customers who "
                    + "were reached, ", reached.size())
                    + "against the whole control group. Who answers the phone is not random (engaged customers are "
                    + "easier to reach and churn less anyway), so it flatters the campaign; the intention-to-treat "
                    + "figures are the ones to act on.";
        }
        CampaignReadout.ModelVsRule versus = campaign.rule() == null ? null
                : versus(campaign, members, observed, itt, hasValue, seed, resamples);
        // bands, deciles and the Qini curve read the model's arms: the rule's customers were not ranked by it
        observed = observed.stream().filter(o -> o.treated() || o.in(CampaignArm.CONTROL)).toList();
        List<CampaignReadout.BandEffect> bands = bands(observed);
        double[] score = new double[observed.size()];
        boolean[] isTreated = new boolean[observed.size()];
        boolean[] churned = new boolean[observed.size()];
        boolean[] retained = new boolean[observed.size()];
        for (int i = 0; i < observed.size(); i++) {
            Observed o = observed.get(i);
            score[i] = o.member().probability();
            isTreated[i] = o.treated();
            churned[i] = o.churned();
            retained[i] = !o.churned();
        }
        List<UpliftDeciles.Decile> deciles = UpliftDeciles.of(score, isTreated, churned);
        QiniCurve curve = QiniCurve.of(score, isTreated, retained, QINI_POINTS);
        CampaignReadout.Qini qini = new CampaignReadout.Qini("churn probability at the start", curve.coefficient(),
                curve.customers(), curve.points());

        double expectedControl = assignedControl.stream().mapToDouble(CampaignMember::probability).average()
                .orElse(Double.NaN);
        double expectedSaves = assignedTreated.stream().mapToDouble(CampaignMember::probability).sum()
                * campaign.saveRate();
        Double expectedValue = hasValue ? assignedTreated.stream().mapToDouble(m -> m.probability() * known(m.value()))
                .sum() * campaign.saveRate() : null;
        Double expectedRoi = expectedValue != null && cost > 0 ? (expectedValue - cost) / cost : null;
        CampaignReadout.Plan plan = new CampaignReadout.Plan(expectedControl, expectedSaves, expectedValue, cost,
                expectedRoi, itt.controlRate(), itt.customersSaved(), itt.valueSaved(), itt.roi());

        SampleRatioCheck srm = SampleRatioCheck.of(new long[]{treated.size(), control.size()},
                new double[]{1 - campaign.plannedControlShare(), campaign.plannedControlShare()});
        double base = itt.controlRate() > 0 && itt.controlRate() < 1 ? itt.controlRate() : expectedControl;
        Double detectable = null;
        if (base > 0 && base < 1) {
            double d = SampleSize.detectableUplift(base, Math.min(treated.size(), control.size()));
            detectable = Double.isNaN(d) ? null : d;
        }
        boolean largeEnough = detectable != null && detectable <= TARGET_UPLIFT + 1e-12;
        List<String> warnings = new ArrayList<>();
        if (versus != null && versus.ruleSampleRatioP() < SampleRatioCheck.THRESHOLD) {
            warnings.add("Sample-ratio mismatch in the rule's arms (chi-square " + ReadoutWords.pIs(
                    versus.ruleSampleRatioP()) + "): the rule's comparison cannot be trusted.");
        }
        if (srm.mismatch()) {
            warnings.add(String.format(java.util.Locale.ROOT, "Sample-ratio mismatch: %s of the customers with "
                    + "outcomes are in the control group, against %s planned (chi-square %s). The assignment or "
                    + "the outcomes are broken (customers lost from one arm?): do not trust this readout until "
                    + "that is explained.", ReadoutWords.percent(share(control.size(), observed.size())),
                    ReadoutWords.percent(campaign.plannedControlShare()), ReadoutWords.pIs(srm.pValue())));
        }
        if (missing > 0) {
            long missingTreated = assignedTreated.size() - treated.size();
            warnings.add(String.format(java.util.Locale.ROOT, "%,d customers have no outcome (%,d treated, %,d "
                    + "control); they are left out of the rates.", missing, missingTreated,
                    missing - missingTreated));
        }
        if (!largeEnough) {
            warnings.add(detectable == null ? "The arms are too small to detect even a drop to no churn at all."
                    : "Too few customers for the planned power: with " + Math.min(treated.size(), control.size())
                    + " in the smaller arm the campaign could only reliably detect a drop in churn of "
                    + ReadoutWords.points(detectable) + " or more (5 points was the aim).");
        }
        if (!checksumsOk) {
            warnings.add("The stored customers of an arm no longer match the checksum taken when the campaign was "
                    + "created: the workspace was changed outside the workbench.");
        }
        if (inTwoArms > 0) {
            warnings.add(inTwoArms + " customers are in more than one arm.");
        }
        CampaignReadout.Checks checks = new CampaignReadout.Checks(campaign.plannedControlShare(),
                share(control.size(), observed.size()), srm.statistic(), srm.pValue(), srm.mismatch(), detectable,
                largeEnough, inTwoArms, 0, checksumsOk, missing, warnings);
        CampaignReadout.Summary summary = new CampaignReadout.Summary(campaign.name(), campaign.status().label(),
                campaign.goal(), campaign.channel(), campaign.offer(), campaign.startDate().toString(),
                campaign.capacity(), campaign.segmentName(), campaign.modelId(), campaign.modelLearner(),
                campaign.datasetReference(), campaign.contactCost(), campaign.offerCost(), campaign.acceptance(),
                campaign.saveRate(), campaign.valueColumn(), campaign.valueUnit(),
                source == null ? null : source.source(),
                source == null ? null : source.importedAt().toString(), callOrder);
        CampaignReadout.Words words = ReadoutWords.of(summary, arms, itt, versus, bands, qini, checks);
        return new CampaignReadout(summary, arms, itt, perProtocol, warning, versus, bands, deciles, qini, plan,
                checks, missingKeys, words);
    }

    /** The rule's arm against its own hold-out, and the model's uplift against the rule's. */
    private static CampaignReadout.ModelVsRule versus(CampaignRecord campaign, List<CampaignMember> members,
                                                      List<Observed> observed, CampaignReadout.Effect model,
                                                      boolean hasValue, long seed, int resamples) {
        List<Observed> rule = observed.stream().filter(o -> o.in(CampaignArm.RULE)).toList();
        List<Observed> ruleControl = observed.stream().filter(o -> o.in(CampaignArm.RULE_CONTROL)).toList();
        if (rule.isEmpty() || ruleControl.isEmpty()) {
            throw new CampaignException("The rule's arms of campaign " + campaign.name() + " have no customer with "
                    + "an outcome in " + (rule.isEmpty() ? "the contacted arm" : "the hold-out") + ", so the model "
                    + "cannot be compared with the rule.");
        }
        List<CampaignMember> assigned = members.stream().filter(m -> m.arm() == CampaignArm.RULE).toList();
        double cost = assigned.size() * (campaign.contactCost() + campaign.offerCost() * campaign.acceptance());
        CampaignReadout.Effect byRule = effect(rule, ruleControl, assigned.size(), sumValue(assigned), cost,
                hasValue, seed, resamples);
        double difference = model.uplift() - byRule.uplift();
        SampleRatioCheck srm = SampleRatioCheck.of(new long[]{rule.size(), ruleControl.size()},
                new double[]{1 - campaign.plannedControlShare(), campaign.plannedControlShare()});
        return new CampaignReadout.ModelVsRule(campaign.rule(), model, byRule, difference,
                DifferenceOfDifferences.interval(model.uplift(), model.upliftInterval(), byRule.uplift(),
                        byRule.upliftInterval()),
                DifferenceOfDifferences.twoSidedP(model.controlChurners(), model.control(), model.treatedChurners(),
                        model.treated(), byRule.controlChurners(), byRule.control(), byRule.treatedChurners(),
                        byRule.treated()),
                model.roi() != null && byRule.roi() != null ? model.roi() - byRule.roi() : null, srm.pValue());
    }

    private static List<CampaignReadout.ArmResult> arms(List<CampaignArmRecord> stored, List<CampaignMember> members,
                                                        List<Observed> observed) {
        List<CampaignReadout.ArmResult> result = new ArrayList<>();
        for (CampaignArmRecord arm : stored) {
            List<String> keys = members.stream().filter(m -> m.arm() == arm.arm()).map(CampaignMember::key).toList();
            List<Observed> with = observed.stream().filter(o -> o.member().arm() == arm.arm()).toList();
            long churners = with.stream().filter(Observed::churned).count();
            boolean reachKnown = with.stream().anyMatch(o -> o.outcome().reached() != null);
            Long reached = reachKnown ? with.stream().filter(o -> Boolean.TRUE.equals(o.outcome().reached()))
                    .count() : null;
            java.util.OptionalDouble revenue = with.stream().filter(o -> o.outcome().revenue() != null)
                    .mapToDouble(o -> o.outcome().revenue()).average();
            result.add(new CampaignReadout.ArmResult(arm.arm().label(), keys.size(), with.size(),
                    keys.size() - with.size(), churners, with.isEmpty() ? null : share(churners, with.size()),
                    with.isEmpty() ? null : WilsonInterval.of95(churners, with.size()), reached,
                    revenue.isPresent() ? revenue.getAsDouble() : null, arm.sha256(),
                    keys.size() == arm.customers() && ArmChecksum.of(keys).equals(arm.sha256())));
        }
        return result;
    }

    /**
     * Treated against control. Customers and value saved are extrapolated to every assigned treated customer
     * ({@code assignedValue} is their value); the ROI interval resamples the customers with outcomes, with the cost
     * scaled by the share of the value they carry, which gives the same ROI.
     */
    private static CampaignReadout.Effect effect(List<Observed> treated, List<Observed> control, long assigned,
                                                 double assignedValue, double cost, boolean hasValue, long seed,
                                                 int resamples) {
        long nt = treated.size();
        long nc = control.size();
        long xt = treated.stream().filter(Observed::churned).count();
        long xc = control.stream().filter(Observed::churned).count();
        double rt = share(xt, nt);
        double rc = share(xc, nc);
        double uplift = rc - rt;
        Interval interval = NewcombeInterval.difference95(xc, nc, xt, nt);
        double saved = uplift * assigned;
        Interval savedInterval = new Interval(interval.low() * assigned, interval.high() * assigned);
        Double valueSaved = null;
        Interval valueInterval = null;
        Double net = null;
        Double roi = null;
        Interval roiInterval = null;
        if (hasValue) {
            valueSaved = uplift * assignedValue;
            valueInterval = new Interval(interval.low() * assignedValue, interval.high() * assignedValue);
            net = valueSaved - cost;
            if (cost > 0) {
                roi = net / cost;
                double analysedValue = sumValue(treated.stream().map(Observed::member).toList());
                if (analysedValue > 0 && assignedValue > 0) {
                    boolean[] tc = new boolean[(int) nt];
                    double[] tv = new double[(int) nt];
                    for (int i = 0; i < nt; i++) {
                        tc[i] = treated.get(i).churned();
                        tv[i] = known(treated.get(i).member().value());
                    }
                    boolean[] cc = new boolean[(int) nc];
                    for (int i = 0; i < nc; i++) {
                        cc[i] = control.get(i).churned();
                    }
                    roiInterval = RoiBootstrap.interval95(tc, tv, cc, cost * analysedValue / assignedValue,
                            resamples, seed);
                }
            }
        }
        return new CampaignReadout.Effect(nt, xt, nc, xc, rt, rc, uplift, interval, rc > 0 ? uplift / rc : null,
                ProportionTest.twoSidedP(xc, nc, xt, nt), saved, savedInterval, valueSaved, valueInterval, cost, net,
                roi, roiInterval);
    }

    private static List<CampaignReadout.BandEffect> bands(List<Observed> observed) {
        Map<String, Double> topScore = new LinkedHashMap<>();
        observed.forEach(o -> topScore.merge(o.member().band(), o.member().probability(), Math::max));
        List<String> names = topScore.keySet().stream()
                .sorted(Comparator.comparingDouble((String b) -> -topScore.get(b))).toList();
        List<CampaignReadout.BandEffect> result = new ArrayList<>();
        for (String band : names) {
            Predicate<Observed> in = o -> o.member().band().equals(band);
            List<Observed> t = observed.stream().filter(in.and(Observed::treated)).toList();
            List<Observed> c = observed.stream().filter(in.and(o -> !o.treated())).toList();
            long xt = t.stream().filter(Observed::churned).count();
            long xc = c.stream().filter(Observed::churned).count();
            boolean both = !t.isEmpty() && !c.isEmpty();
            Double uplift = both ? share(xc, c.size()) - share(xt, t.size()) : null;
            result.add(new CampaignReadout.BandEffect(band, t.size(), xt, c.size(), xc, uplift,
                    both ? NewcombeInterval.difference95(xc, c.size(), xt, t.size()) : null,
                    both ? ProportionTest.twoSidedP(xc, c.size(), xt, t.size()) : null,
                    both ? uplift * t.size() : null));
        }
        return result;
    }

    private static double sumValue(List<CampaignMember> members) {
        return members.stream().mapToDouble(m -> known(m.value())).sum();
    }

    private static double known(double value) {
        return Double.isNaN(value) ? 0 : value;
    }

    private static double share(long part, long whole) {
        return whole == 0 ? Double.NaN : (double) part / whole;
    }
}
