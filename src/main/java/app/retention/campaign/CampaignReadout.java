package app.retention.campaign;

import app.retention.evaluate.Interval;
import app.retention.evaluate.QiniCurve;
import app.retention.evaluate.UpliftDeciles;

import java.util.List;

/**
 * A campaign read out against its control group (METRICS.md "Reading a campaign out"): per arm, the effect by
 * intention to treat and per protocol, per risk band, by score decile and as a Qini curve, the plan against what
 * happened, the checks an experimentation platform makes, and the same in sentences. Numbers a readout cannot give
 * (an arm without customers in a band, an interval without a cost) are null.
 */
public record CampaignReadout(Summary campaign, List<ArmResult> arms, Effect intentionToTreat, Effect perProtocol,
                              String perProtocolWarning, ModelVsRule modelVsRule, List<BandEffect> bands,
                              List<UpliftDeciles.Decile> deciles, Qini qini, Plan plan, Checks checks,
                              List<String> missingOutcomeKeys, Words words) {

    public CampaignReadout {
        arms = List.copyOf(arms);
        bands = List.copyOf(bands);
        deciles = List.copyOf(deciles);
        missingOutcomeKeys = List.copyOf(missingOutcomeKeys);
    }

    /**
     * What the campaign was.
     *
     * @param callOrder how its segment ordered the calls when not by churn risk ("ranked by predicted uplift from
     *                  campaign X's uplift model: persuadables first", docs/adr/0027), else null
     */
    public record Summary(String name, String status, String goal, String channel, String offer, String startDate,
                          int capacity, String segment, long model, String modelLearner, String dataset,
                          double contactCost, double offerCost, double acceptance, double saveRate,
                          String valueColumn, String valueUnit, String outcomesFrom, String outcomesImported,
                          String callOrder) {
    }

    /**
     * One arm: its customers as assigned, those with an outcome, and their churn.
     *
     * @param reached     customers of the arm the outcomes say were reached, or null when they do not say
     * @param meanRevenue mean revenue in the period after over the arm's customers with one, or null
     * @param checksumOk  whether the stored keys still have the checksum stored with the arm
     */
    public record ArmResult(String arm, long assigned, long withOutcome, long missingOutcome, long churners,
                            Double churnRate, Interval churnRateInterval, Long reached, Double meanRevenue,
                            String sha256, boolean checksumOk) {
    }

    /**
     * Treated against control: uplift = control churn rate − treated churn rate, Newcombe's 95% interval, the
     * relative reduction, the two-proportion p-value, customers and value saved (extrapolated to every assigned
     * treated customer), the cost and the ROI with its bootstrap interval. Value and ROI are null without a
     * value column; ROI is null without a cost.
     */
    public record Effect(long treated, long treatedChurners, long control, long controlChurners, double treatedRate,
                         double controlRate, double uplift, Interval upliftInterval, Double relativeReduction,
                         double pValue, double customersSaved, Interval customersSavedInterval, Double valueSaved,
                         Interval valueSavedInterval, double cost, Double netValue, Double roi, Interval roiInterval) {
    }

    /**
     * A model-vs-rule campaign: each arm against its own hold-out (intention to treat), and the model's uplift minus
     * the rule's, i.e. customers kept per contact, with its MOVER 95% interval and p-value. Null in a campaign
     * without a rule arm.
     *
     * @param ruleSampleRatioP the rule pair's sample-ratio p-value against the planned control share
     */
    public record ModelVsRule(String rule, Effect model, Effect byRule, double upliftDifference,
                              Interval upliftDifferenceInterval, double pValue, Double roiDifference,
                              double ruleSampleRatioP) {
    }

    /** The effect within one risk band (null uplift when an arm has no customer with an outcome in it). */
    public record BandEffect(String band, long treated, long treatedChurners, long control, long controlChurners,
                             Double uplift, Interval upliftInterval, Double pValue, Double customersSaved) {
    }

    /** The Qini curve of the campaign's customers ranked by their churn probability at the start. */
    public record Qini(String rankedBy, double coefficient, int customers, List<QiniCurve.QiniPoint> points) {
    }

    /**
     * The plan's expectations (economics and scores at the start: saves = Σ p × save rate over treated) against what
     * happened.
     */
    public record Plan(double expectedControlChurnRate, double expectedSaves, Double expectedValueSaved,
                       double cost, Double expectedRoi, double observedControlChurnRate, double observedSaves,
                       Double observedValueSaved, Double observedRoi) {
    }

    /**
     * Checks: sample-ratio mismatch of the customers with outcomes against the planned control share; the smallest
     * drop in churn the achieved sizes could detect (α 0.05, power 0.8); customers in more than one arm; outcomes
     * dated before the start (refused when imported, so 0); stored checksums; warnings in words.
     */
    public record Checks(double plannedControlShare, double observedControlShare, double sampleRatioChiSquare,
                         double sampleRatioP, boolean sampleRatioMismatch, Double detectableUplift,
                         boolean largeEnough, long customersInTwoArms, long outcomesBeforeStart,
                         boolean checksumsOk, long missingOutcomes, List<String> warnings) {

        public Checks {
            warnings = List.copyOf(warnings);
        }
    }

    /** The readout a manager reads in two minutes. */
    public record Words(String whatWeDid, String whatHappened, String whatItWasWorth, String howSure,
                        String whatNext) {
    }
}
