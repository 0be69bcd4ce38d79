package app.retention.data;

import app.retention.domain.ColumnRole;
import app.retention.domain.TallyEntry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts, while rows stream into the store, how many rows have each value of each column, split by the
 * target's value. Stored with the version, it lets Explore profile a million rows without scanning the
 * table once per column. Identifier and personal-data columns are skipped (nobody profiles their values);
 * a column with more than {@value #MAX_DISTINCT} distinct values is dropped and profiled by SQL instead. It also
 * counts every column's distinct values: those of a tallied column are its tally's keys.
 */
final class ValueTally {

    static final int MAX_DISTINCT = 100_000;
    /** Two target values and missing. */
    private static final int SLOTS = 3;

    private final List<Map<Object, long[]>> columns = new ArrayList<>();
    private final int target;
    private final List<Object> targetValues = new ArrayList<>(SLOTS);
    private boolean enabled = true;
    /** Distinct values of the columns no longer tallied. */
    private final DistinctCounter[] distinct;

    ValueTally(List<ColumnPlan> plan) {
        this(plan.size(), targetIndex(plan));
        skipUnprofiled(plan);
    }

    /**
     * Tallies every column, split by the column at {@code target} (-1: none), for an import that learns the roles
     * only at its end: then {@link #skipUnprofiled} drops the columns the final plan does not profile.
     */
    ValueTally(int width, int target) {
        this.distinct = new DistinctCounter[width];
        for (int i = 0; i < width; i++) {
            columns.add(new HashMap<>());
            distinct[i] = new DistinctCounter();
        }
        this.target = target;
    }

    static int targetIndex(List<ColumnPlan> plan) {
        for (int i = 0; i < plan.size(); i++) {
            if (plan.get(i).role() == ColumnRole.TARGET) {
                return i;
            }
        }
        return -1;
    }

    /** Stops tallying identifier and personal-data columns of {@code plan}, and forgets what they counted. */
    void skipUnprofiled(List<ColumnPlan> plan) {
        for (int i = 0; i < plan.size(); i++) {
            ColumnRole role = plan.get(i).role();
            if (role == ColumnRole.ID || role == ColumnRole.PII) {
                drop(i);
            }
        }
    }

    void add(Object[] values) {
        int slot = enabled ? slotOf(target < 0 ? null : values[target]) : -1;
        if (enabled && slot < 0) {
            enabled = false; // a third target value: the split no longer means churned / stayed
            for (int i = 0; i < columns.size(); i++) {
                drop(i);
            }
        }
        for (int i = 0; i < values.length; i++) {
            Map<Object, long[]> counts = columns.get(i);
            if (counts == null) {
                distinct[i].add(values[i]);
                continue;
            }
            counts.computeIfAbsent(values[i], k -> new long[SLOTS])[slot]++;
            if (counts.size() > MAX_DISTINCT) {
                drop(i);
            }
        }
    }

    /** Stops tallying a column; its distinct values so far are counted on from here. */
    private void drop(int column) {
        Map<Object, long[]> counts = columns.get(column);
        if (counts != null) {
            counts.keySet().forEach(distinct[column]::add);
            columns.set(column, null);
        }
    }

    /**
     * The distinct values of each column (missing values not counted), as {@link DistinctCounter} counts them: a
     * tallied column's values are its tally's keys, so only columns no longer tallied are counted row by row.
     */
    long[] distinctCounts() {
        long[] result = new long[columns.size()];
        for (int i = 0; i < result.length; i++) {
            Map<Object, long[]> counts = columns.get(i);
            if (counts == null) {
                result[i] = distinct[i].count();
            } else {
                DistinctCounter keys = new DistinctCounter();
                counts.keySet().forEach(keys::add);
                result[i] = keys.count();
            }
        }
        return result;
    }

    private int slotOf(Object targetValue) {
        int slot = targetValues.indexOf(targetValue);
        if (slot >= 0) {
            return slot;
        }
        if (targetValues.size() == SLOTS) {
            return -1;
        }
        targetValues.add(targetValue);
        return targetValues.size() - 1;
    }

    /** Position (1-based) → entries, for the columns still tallied; empty when tallying was abandoned. */
    Map<Integer, List<TallyEntry>> entries() {
        Map<Integer, List<TallyEntry>> result = new LinkedHashMap<>();
        if (!enabled) {
            return result;
        }
        for (int i = 0; i < columns.size(); i++) {
            Map<Object, long[]> counts = columns.get(i);
            if (counts == null) {
                continue;
            }
            List<TallyEntry> entries = new ArrayList<>();
            counts.forEach((value, bySlot) -> {
                for (int s = 0; s < targetValues.size(); s++) {
                    if (bySlot[s] > 0) {
                        entries.add(new TallyEntry(value, targetValues.get(s), bySlot[s]));
                    }
                }
            });
            result.put(i + 1, entries);
        }
        return result;
    }
}
