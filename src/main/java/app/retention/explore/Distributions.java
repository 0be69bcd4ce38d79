package app.retention.explore;

import app.retention.domain.ChurnDefinition;
import app.retention.domain.ColumnInfo;
import app.retention.domain.ColumnType;
import app.retention.domain.DatasetInfo;
import app.retention.domain.TallyEntry;
import app.retention.store.DatasetQueries;
import app.retention.store.Workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Loads value distributions from H2, with the dataset version's category merges applied. */
final class Distributions {

    private Distributions() {
    }

    /**
     * The column's distribution: from the tally stored at import when it was split by the same target,
     * else from a {@code GROUP BY} in H2.
     */
    static ColumnDistribution load(Workspace workspace, DatasetInfo dataset, ColumnInfo column, ChurnDefinition churn,
                                   Map<String, String> merges) {
        java.util.Optional<String> tallyTarget = workspace.tallies().tallyTarget(dataset);
        boolean sameSplit = churn == null || tallyTarget.filter(t -> t.equals(churn.target().name())).isPresent();
        if (sameSplit) {
            java.util.Optional<List<TallyEntry>> tally = workspace.tallies().tally(dataset, column);
            if (tally.isPresent()) {
                return fromTally(column, tally.get(), churn, merges);
            }
        }
        return fromSql(workspace.queries(), dataset, column, churn, merges);
    }

    private static ColumnDistribution fromTally(ColumnInfo column, List<TallyEntry> entries, ChurnDefinition churn,
                                                Map<String, String> merges) {
        String churnText = churn == null ? null : String.valueOf(churn.churnValue());
        TreeMap<Object, long[]> byValue = new TreeMap<>(Distributions::compareValues);
        long[] missing = new long[2];
        for (TallyEntry e : entries) {
            long churners = churnText != null && churnText.equals(e.targetValue()) ? e.count() : 0;
            if (e.value() == null) {
                missing[0] += e.count();
                missing[1] += churners;
                continue;
            }
            Object value = e.value() instanceof String text && merges != null ? merges.getOrDefault(text, text) : e.value();
            long[] c = byValue.computeIfAbsent(value, k -> new long[2]);
            c[0] += e.count();
            c[1] += churners;
        }
        List<Object> values = new ArrayList<>(byValue.keySet());
        long[] n = new long[values.size()];
        long[] ch = new long[values.size()];
        int i = 0;
        for (long[] c : byValue.values()) {
            n[i] = c[0];
            ch[i++] = c[1];
        }
        return new ColumnDistribution(column, List.copyOf(values), n, ch, missing[0], missing[1]);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareValues(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        return ((Comparable) a).compareTo(b);
    }

    static ColumnDistribution fromSql(DatasetQueries queries, DatasetInfo dataset, ColumnInfo column,
                                              ChurnDefinition churn, Map<String, String> merges) {
        List<Object> values = new ArrayList<>();
        List<long[]> counts = new ArrayList<>();
        long[] missing = new long[2];
        boolean merging = merges != null && !merges.isEmpty()
                && (column.type() == ColumnType.CATEGORY || column.type() == ColumnType.TEXT);
        TreeMap<String, long[]> merged = merging ? new TreeMap<>() : null;
        queries.forEachValue(dataset, column, churn, g -> {
            if (g.value() == null) {
                missing[0] += g.count();
                missing[1] += g.churners();
            } else if (merging) {
                String to = merges.getOrDefault((String) g.value(), (String) g.value());
                long[] c = merged.computeIfAbsent(to, k -> new long[2]);
                c[0] += g.count();
                c[1] += g.churners();
            } else {
                values.add(g.value());
                counts.add(new long[] {g.count(), g.churners()});
            }
        });
        if (merging) {
            merged.forEach((v, c) -> {
                values.add(v);
                counts.add(c);
            });
        }
        long[] n = new long[counts.size()];
        long[] ch = new long[counts.size()];
        for (int i = 0; i < n.length; i++) {
            n[i] = counts.get(i)[0];
            ch[i] = counts.get(i)[1];
        }
        return new ColumnDistribution(column, List.copyOf(values), n, ch, missing[0], missing[1]);
    }
}
