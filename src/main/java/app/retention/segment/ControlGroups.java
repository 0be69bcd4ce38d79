package app.retention.segment;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
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
        Draw draw = new Draw(share, seed);
        customers.forEach(c -> draw.add(c.key(), c.probability(), c.band()));
        return draw.finish();
    }

    /**
     * A control group drawn from customers as they stream by, keeping only each one's key and place in the draw
     * (not the customer): how a segment of a million customers is drawn in a small heap. Gives the group
     * {@link ControlGroups#draw(List, double, long)} gives for the same customers, in any order.
     */
    public static final class Draw {
        private final double share;
        private final long seed;
        private final List<Ticket> tickets = new ArrayList<>();
        private final Map<String, Band> bands = new HashMap<>();

        /** @throws SegmentException when the share is outside (0, 1) */
        public Draw(double share, long seed) {
            if (!(share > 0 && share < 1)) {
                throw new SegmentException("The control group share must be between 0% and 100%; got " + share
                        + ". 10% is usual.");
            }
            this.share = share;
            this.seed = seed;
        }

        /** Adds one customer of the segment. */
        public void add(String key, double probability, String band) {
            Band b = bands.computeIfAbsent(band, name -> new Band(name, bands.size()));
            b.add(key, probability);
            tickets.add(new Ticket(drawOrder(seed, key), key, b.index));
        }

        /** @throws SegmentException when a customer key was added twice */
        public ControlGroup finish() {
            // bands listed highest risk first: by their riskiest customer, ties by the smaller key
            List<Band> ordered = new ArrayList<>(bands.values());
            ordered.sort(Comparator.comparingDouble((Band b) -> -b.highest).thenComparing(b -> b.keyAtHighest));
            int[] held = new int[bands.size()];
            for (Band b : ordered) {
                held[b.index] = heldOut(b.size, share);
            }
            tickets.sort(Comparator.comparingLong(Ticket::order).thenComparing(Ticket::key));
            List<String> control = new ArrayList<>();
            for (int i = 0; i < tickets.size(); i++) {
                Ticket t = tickets.get(i);
                if (i > 0 && tickets.get(i - 1).key().equals(t.key())) {
                    throw new SegmentException("Customer " + t.key() + " appears twice in the segment; a control "
                            + "group needs each customer once.");
                }
                if (held[t.band()] > 0) {
                    held[t.band()]--;
                    control.add(t.key());
                }
            }
            List<StratumSplit> strata = ordered.stream()
                    .map(b -> new StratumSplit(b.name, b.size, heldOut(b.size, share))).toList();
            return new ControlGroup(share, seed, new HashSet<>(control), strata);
        }

        /** A customer's place in the draw: order, then key; the band by its index. */
        private record Ticket(long order, String key, int band) {
        }

        private static final class Band {
            private final String name;
            private final int index;
            private int size;
            private double highest = Double.NEGATIVE_INFINITY;
            private String keyAtHighest;

            Band(String name, int index) {
                this.name = name;
                this.index = index;
            }

            void add(String key, double probability) {
                size++;
                if (probability > highest || (probability == highest && key.compareTo(keyAtHighest) < 0)) {
                    highest = probability;
                    keyAtHighest = key;
                }
            }
        }
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
