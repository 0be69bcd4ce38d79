package app.retention.explore;

import app.retention.store.ChurnDefinition;
import app.retention.store.ColumnInfo;
import app.retention.store.ColumnType;
import app.retention.store.DatasetInfo;
import app.retention.store.DatasetQueries;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Loads value distributions from H2, with the dataset version's category merges applied. */
final class Distributions {

    private Distributions() {
    }

    static ColumnDistribution load(DatasetQueries queries, DatasetInfo dataset, ColumnInfo column, ChurnDefinition churn,
                                   Map<String, String> merges) {
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
