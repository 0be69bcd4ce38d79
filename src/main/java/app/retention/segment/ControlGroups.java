package app.retention.segment;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Draws control groups: a random share of a segment, stratified by risk band, that receives no action.
 *
 * <p>Each band holds out {@code round(share × band size)} customers, halves rounded up (a band of 15 at 10%
 * holds out 2, a band of 4 holds out none), so every band is represented in proportion. Within a band the
 * customers are ordered by a hash of the seed and their key and the first ones are held out: the group depends
 * only on the seed and the customers' keys, never on the order they come in, and adding a customer to a segment
 * moves at most one other in or out of its band's control group.
 */
public final class ControlGroups {

    public static final double DEFAULT_SHARE = 0.10;

    private ControlGroups() {
    }

    /** A control group of the default share (10%). */
    public static ControlGroup draw(List<ScoredCustomer> customers, long seed) {
        return draw(customers, DEFAULT_SHARE, seed);
    }

    /**
     * @param share the share of each band to hold out, in (0, 1)
     * @throws SegmentException when the share is outside (0, 1) or a customer key appears twice
     */
    public static ControlGroup draw(List<ScoredCustomer> customers, double share, long seed) {
        if (!(share > 0 && share < 1)) {
            throw new SegmentException("The control group share must be between 0% and 100%; got " + share
                    + ". 10% is usual.");
        }
        Map<String, List<ScoredCustomer>> byBand = new LinkedHashMap<>();
        HashSet<String> keys = new HashSet<>();
        List<ScoredCustomer> byRisk = new ArrayList<>(customers);
        // bands listed highest risk first, whatever order the customers come in
        byRisk.sort(Comparator.comparingDouble((ScoredCustomer c) -> -c.probability()).thenComparing(ScoredCustomer::key));
        for (ScoredCustomer c : byRisk) {
            if (!keys.add(c.key())) {
                throw new SegmentException("Customer " + c.key() + " appears twice in the segment; a control group "
                        + "needs each customer once.");
            }
            byBand.computeIfAbsent(c.band(), b -> new ArrayList<>()).add(c);
        }
        List<String> control = new ArrayList<>();
        List<StratumSplit> strata = new ArrayList<>();
        for (Map.Entry<String, List<ScoredCustomer>> band : byBand.entrySet()) {
            List<ScoredCustomer> members = band.getValue();
            int held = heldOut(members.size(), share);
            List<String> order = new ArrayList<>(members.stream().map(ScoredCustomer::key).toList());
            order.sort(Comparator.comparingLong((String key) -> drawOrder(seed, key))
                    .thenComparing(Comparator.naturalOrder()));
            control.addAll(order.subList(0, held));
            strata.add(new StratumSplit(band.getKey(), members.size(), held));
        }
        return new ControlGroup(share, seed, new HashSet<>(control), strata);
    }

    /** How many of a band's customers are held out: share × size, halves rounded up. */
    public static int heldOut(int bandSize, double share) {
        return (int) Math.floor(bandSize * share + 0.5 + 1e-9);
    }

    /**
     * The smallest whole-percent share (up to half) of each band to hold out so that both the control group and
     * the customers left to contact reach {@code perGroup}; empty when even half the segment is too few.
     */
    public static OptionalDouble shareToReach(List<Integer> bandSizes, long perGroup) {
        int total = bandSizes.stream().mapToInt(Integer::intValue).sum();
        for (int percent = 1; percent <= 50; percent++) {
            double share = percent / 100.0;
            long held = bandSizes.stream().mapToLong(b -> heldOut(b, share)).sum();
            if (held >= perGroup && total - held >= perGroup) {
                return OptionalDouble.of(share);
            }
        }
        return OptionalDouble.empty();
    }

    /**
     * Says when a control group is smaller than the {@code perGroup} customers needed to detect {@code uplift}
     * (SampleSize), and what would do: "Too small to detect a 5-point drop: hold out 30% or widen the segment."
     * Empty when the control group is large enough.
     */
    public static String tooSmall(List<Integer> bandSizes, long controlSize, long perGroup, double uplift) {
        if (controlSize >= perGroup) {
            return "";
        }
        String drop = "Too small to detect a " + Wording.decimal(uplift * 100, 1).replace(".0", "") + "-point drop";
        OptionalDouble share = shareToReach(bandSizes, perGroup);
        if (share.isPresent()) {
            return drop + ": hold out " + Math.round(share.getAsDouble() * 100) + "% or widen the segment.";
        }
        return drop + ": widen the segment to at least " + String.format(Locale.US, "%,d", 2 * perGroup)
                + " customers (" + String.format(Locale.US, "%,d", perGroup) + " to hold out, as many to contact).";
    }

    /** A customer's place in the draw: a 64-bit hash (FNV-1a, then SplitMix64's finaliser) of seed and key. */
    static long drawOrder(long seed, String key) {
        long h = 0xcbf29ce484222325L ^ mix(seed);
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
