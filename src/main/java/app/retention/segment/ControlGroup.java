package app.retention.segment;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The customers of a segment held out from a campaign so it can be measured against them (METRICS.md "Control
 * group"). Store it with the segment: share, seed and the control keys. Made by {@link ControlGroups#draw}.
 *
 * @param share       the share asked for, per risk band
 * @param seed        the draw's seed
 * @param controlKeys the held-out customers' keys, sorted
 * @param strata      per risk band: customers and how many are held out, highest band first as seen
 */
public record ControlGroup(double share, long seed, Set<String> controlKeys, List<StratumSplit> strata) {

    public ControlGroup {
        controlKeys = Collections.unmodifiableSet(new LinkedHashSet<>(new TreeSet<>(controlKeys)));
        strata = List.copyOf(strata);
    }

    /** Whether the customer is held out (receives no action). */
    public boolean isControl(String key) {
        return controlKeys.contains(key);
    }

    /** Customers held out. */
    public int controlSize() {
        return controlKeys.size();
    }

    /** Customers in the segment when the group was drawn. */
    public int segmentSize() {
        return strata.stream().mapToInt(StratumSplit::customers).sum();
    }

    /** Customers who receive the campaign. */
    public int treatedSize() {
        return segmentSize() - controlSize();
    }

    /** The customers who receive the campaign, in the given order. */
    public List<ScoredCustomer> treated(List<ScoredCustomer> customers) {
        return customers.stream().filter(c -> !isControl(c.key())).toList();
    }

    /** The held-out customers, in the given order. */
    public List<ScoredCustomer> control(List<ScoredCustomer> customers) {
        return customers.stream().filter(c -> isControl(c.key())).toList();
    }
}
