package app.retention.segment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Risk bands (METRICS.md): named churn-probability ranges, highest risk first, each described by the share of
 * validation customers in it and the churn rate observed there. By default High is the top 10% of validation
 * scores, Medium the next 20% and Low the rest; cut-offs can also be set by hand.
 */
public final class RiskBands {

    public static final List<String> DEFAULT_NAMES = List.of("High", "Medium", "Low");
    /** Shares of validation customers in each band but the last, highest risk first. */
    public static final List<Double> DEFAULT_SHARES = List.of(0.10, 0.20);
    private static final String NOT_CHECKED = "(not checked against validation data)";
    private static final String IN_SAMPLE = "(in-sample: the model was trained on these customers)";

    private final List<RiskBand> bands;

    private RiskBands(List<RiskBand> bands) {
        this.bands = List.copyOf(bands);
    }

    /** The default bands (High = top 10% of validation scores, Medium = next 20%, Low = the rest). */
    public static RiskBands fromValidation(double[] probabilities, boolean[] churned) {
        return fromValidation(probabilities, churned, DEFAULT_NAMES, DEFAULT_SHARES);
    }

    /**
     * Bands holding given shares of the validation scores. A cut-off is the score of the last customer inside
     * its share (scores sorted from high to low); customers tied with it join the higher band, so a band can
     * hold a little more than its share when many scores are equal.
     *
     * @param names  band names, highest risk first
     * @param shares the share of validation customers in each band but the last (which takes the rest)
     * @throws SegmentException when the shares do not fit in 100% or the scores have too few distinct values
     */
    public static RiskBands fromValidation(double[] probabilities, boolean[] churned, List<String> names,
                                           List<Double> shares) {
        checkValidation(probabilities, churned);
        checkNames(names);
        if (shares.size() != names.size() - 1) {
            throw new IllegalArgumentException("need one share per band but the last: " + names + " " + shares);
        }
        double cumulative = 0;
        for (int i = 0; i < shares.size(); i++) {
            double share = shares.get(i);
            if (!(share > 0 && share < 1)) {
                throw new SegmentException("The share of band " + names.get(i) + " must be between 0% and 100%; got "
                        + Wording.percent(share) + ".");
            }
            cumulative += share;
        }
        if (cumulative >= 1 - 1e-12) {
            throw new SegmentException("The bands " + String.join(", ", names.subList(0, shares.size()))
                    + " together take " + Wording.percent(cumulative) + " of customers, leaving nothing for "
                    + names.get(names.size() - 1) + "; make them smaller.");
        }
        double[] descending = probabilities.clone();
        Arrays.sort(descending);
        reverse(descending);
        List<Double> cutoffs = new ArrayList<>();
        cumulative = 0;
        for (double share : shares) {
            cumulative += share;
            int inside = Math.max(1, (int) Math.ceil(cumulative * descending.length - 1e-9));
            cutoffs.add(descending[inside - 1]);
        }
        try {
            checkCutoffs(names, cutoffs);
        } catch (SegmentException e) {
            throw new SegmentException("The validation scores have too few distinct values to split them into "
                    + describeShares(names, shares) + " (" + e.getMessage() + "); set the cut-offs by hand.", e);
        }
        return build(names, cutoffs, probabilities, churned);
    }

    /**
     * Bands from cut-offs a user set, checked against validation data for their descriptions.
     *
     * @param names   band names, highest risk first
     * @param cutoffs the lowest churn probability of each band but the last, strictly decreasing, each in (0, 1)
     * @throws SegmentException when the cut-offs are not strictly decreasing or outside (0, 1)
     */
    public static RiskBands fromCutoffs(List<String> names, List<Double> cutoffs, double[] probabilities,
                                        boolean[] churned) {
        checkValidation(probabilities, churned);
        checkNames(names);
        checkCutoffs(names, cutoffs);
        return build(names, cutoffs, probabilities, churned);
    }

    /** Bands from cut-offs a user set, without validation data (their descriptions say so). */
    public static RiskBands fromCutoffs(List<String> names, List<Double> cutoffs) {
        checkNames(names);
        checkCutoffs(names, cutoffs);
        return build(names, cutoffs, new double[0], new boolean[0]);
    }

    /**
     * Bands as stored earlier (for instance read back from the workspace): cut-offs and validation counts are
     * kept, descriptions are written again.
     */
    public static RiskBands restore(List<RiskBand> stored) {
        List<String> names = stored.stream().map(RiskBand::name).toList();
        checkNames(names);
        List<Double> cutoffs = stored.subList(0, stored.size() - 1).stream().map(RiskBand::lowerProbability).toList();
        checkCutoffs(names, cutoffs);
        long[] customers = stored.stream().mapToLong(RiskBand::validationCustomers).toArray();
        long[] churners = stored.stream().mapToLong(RiskBand::validationChurners).toArray();
        return new RiskBands(describe(names, cutoffs, customers, churners, stored.get(0).validationTotal(),
                stored.get(0).description().endsWith(IN_SAMPLE) ? IN_SAMPLE : NOT_CHECKED));
    }

    /**
     * The same cut-offs, described for in-sample scores (a model scoring its own training customers): no
     * validation share or churn rate, since those would not hold for customers the model has seen.
     */
    public RiskBands inSample() {
        List<String> names = names();
        List<Double> cutoffs = cutoffs();
        return new RiskBands(describe(names, cutoffs, new long[names.size()], new long[names.size()], 0,
                IN_SAMPLE));
    }

    /** The bands, highest risk first. */
    public List<RiskBand> bands() {
        return bands;
    }

    /** The lowest churn probability of each band but the last, highest first. */
    public List<Double> cutoffs() {
        return bands.subList(0, bands.size() - 1).stream().map(RiskBand::lowerProbability).toList();
    }

    /** The cut-offs as the descriptions write them: two decimals unless two would then read the same. */
    public List<String> cutoffTexts() {
        List<Double> cutoffs = cutoffs();
        int decimals = decimalsToTellApart(cutoffs);
        return cutoffs.stream().map(c -> Wording.decimal(c, decimals)).toList();
    }

    /** The band names, highest risk first. */
    public List<String> names() {
        return bands.stream().map(RiskBand::name).toList();
    }

    /** The band a churn probability falls in. */
    public RiskBand assign(double probability) {
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("a churn probability must be within [0, 1]: " + probability);
        }
        for (RiskBand band : bands) {
            if (probability >= band.lowerProbability()) {
                return band;
            }
        }
        return bands.get(bands.size() - 1);
    }

    /** The band with this name. */
    public RiskBand band(String name) {
        return bands.stream().filter(b -> b.name().equals(name)).findFirst()
                .orElseThrow(() -> new SegmentException("There is no risk band `" + name + "`; the bands are "
                        + String.join(", ", names()) + "."));
    }

    /** One sentence per band, highest risk first (see {@link RiskBand#description()}). */
    public List<String> describe() {
        return bands.stream().map(RiskBand::description).toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RiskBands other && bands.equals(other.bands);
    }

    @Override
    public int hashCode() {
        return bands.hashCode();
    }

    @Override
    public String toString() {
        return "RiskBands" + bands;
    }

    private static RiskBands build(List<String> names, List<Double> cutoffs, double[] probabilities,
                                   boolean[] churned) {
        long[] customers = new long[names.size()];
        long[] churners = new long[names.size()];
        for (int i = 0; i < probabilities.length; i++) {
            int band = bandIndex(cutoffs, probabilities[i]);
            customers[band]++;
            if (churned[i]) {
                churners[band]++;
            }
        }
        return new RiskBands(describe(names, cutoffs, customers, churners, probabilities.length, NOT_CHECKED));
    }

    private static int bandIndex(List<Double> cutoffs, double p) {
        for (int i = 0; i < cutoffs.size(); i++) {
            if (p >= cutoffs.get(i)) {
                return i;
            }
        }
        return cutoffs.size();
    }

    private static List<RiskBand> describe(List<String> names, List<Double> cutoffs, long[] customers,
                                           long[] churners, long total, String unchecked) {
        int decimals = decimalsToTellApart(cutoffs);
        List<RiskBand> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            double lower = i < cutoffs.size() ? cutoffs.get(i) : 0;
            double upper = i == 0 ? 1 : cutoffs.get(i - 1);
            String range;
            if (i == 0) {
                range = "churn probability " + Wording.decimal(lower, decimals) + " or more";
            } else if (i == names.size() - 1) {
                range = "churn probability under " + Wording.decimal(upper, decimals);
            } else {
                range = "churn probability " + Wording.decimal(lower, decimals) + " to under "
                        + Wording.decimal(upper, decimals);
            }
            String text;
            if (total == 0) {
                text = names.get(i) + " = " + range + " " + unchecked;
            } else {
                String position = i == 0 ? "top" : i == names.size() - 1 ? "remaining" : "next";
                String outcome = customers[i] == 0 ? "no validation customer scored in this range"
                        : Wording.percent((double) churners[i] / customers[i]) + " of them churned in validation";
                text = names.get(i) + " = " + position + " " + Wording.percent((double) customers[i] / total)
                        + " of scores (" + range + "); " + outcome;
            }
            out.add(new RiskBand(names.get(i), lower, upper, customers[i], churners[i], total, text));
        }
        return out;
    }

    /** Two decimals unless two cut-offs would then read the same. */
    private static int decimalsToTellApart(List<Double> cutoffs) {
        for (int decimals = 2; decimals < 6; decimals++) {
            HashSet<String> seen = new HashSet<>();
            int d = decimals;
            if (cutoffs.stream().allMatch(c -> seen.add(Wording.decimal(c, d)))) {
                return decimals;
            }
        }
        return 6;
    }

    private static void checkValidation(double[] probabilities, boolean[] churned) {
        if (probabilities.length != churned.length) {
            throw new IllegalArgumentException("need one outcome per probability: " + probabilities.length + " vs "
                    + churned.length);
        }
        if (probabilities.length == 0) {
            throw new SegmentException("There are no validation scores to build risk bands from; train and "
                    + "validate a model first.");
        }
        for (double p : probabilities) {
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("a churn probability must be within [0, 1]: " + p);
            }
        }
    }

    private static void checkNames(List<String> names) {
        if (names.size() < 2) {
            throw new SegmentException("Risk bands need at least two bands; got " + names.size() + ".");
        }
        HashSet<String> seen = new HashSet<>();
        for (String name : names) {
            if (name == null || name.isBlank()) {
                throw new SegmentException("Every risk band needs a name.");
            }
            if (!seen.add(name.trim().toLowerCase(Locale.ROOT))) {
                throw new SegmentException("Two risk bands are called `" + name + "`; give each band its own name.");
            }
        }
    }

    private static void checkCutoffs(List<String> names, List<Double> cutoffs) {
        if (cutoffs.size() != names.size() - 1) {
            throw new SegmentException(names.size() + " bands need " + (names.size() - 1) + " cut-offs; got "
                    + cutoffs.size() + ".");
        }
        for (int i = 0; i < cutoffs.size(); i++) {
            Double c = Objects.requireNonNull(cutoffs.get(i), "cut-off");
            if (!(c > 0 && c < 1)) {
                throw new SegmentException("The cut-off of band " + names.get(i) + " must be a churn probability "
                        + "between 0 and 1 (exclusive); got " + c + ".");
            }
            if (i > 0 && !(c < cutoffs.get(i - 1))) {
                throw new SegmentException("The cut-off of band " + names.get(i) + " (" + c + ") must be lower than "
                        + "that of band " + names.get(i - 1) + " (" + cutoffs.get(i - 1) + ").");
            }
        }
    }

    private static String describeShares(List<String> names, List<Double> shares) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < shares.size(); i++) {
            parts.add(names.get(i) + " " + Wording.percent(shares.get(i)));
        }
        parts.add(names.get(names.size() - 1) + " the rest");
        return String.join(", ", parts);
    }

    private static void reverse(double[] values) {
        for (int i = 0, j = values.length - 1; i < j; i++, j--) {
            double t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }
}
