package app.retention.data;

import app.retention.domain.ColumnSpec;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A whole file's rows converted to the values the store keeps, held in memory: the input of H2's insert floor in
 * {@code bench import} (see {@code store.InsertFloor}). Not for imports: it holds every row.
 *
 * @param columns the columns as the plan says to write them
 * @param rows    one array of typed values per readable row, in file order
 */
public record TypedRows(List<ColumnSpec> columns, List<Object[]> rows) {

    /** Distinct values shared between rows per column, to keep a million rows in a few hundred megabytes. */
    private static final int SHARED_VALUES = 10_000;

    /** Reads and converts every row of the plan's file; rows that cannot be read are left out. */
    public static TypedRows read(ImportPlan plan) {
        List<ColumnSpec> columns = plan.columns().stream().map(ColumnPlan::spec).toList();
        List<ValueConverter> converters = plan.columns().stream().map(ValueConverter::new).toList();
        List<Map<Object, Object>> shared = new ArrayList<>();
        converters.forEach(c -> shared.add(new HashMap<>()));
        List<Object[]> rows = new ArrayList<>();
        try (TabularReader reader = ImportService.open(plan.source(), plan.sheet())) {
            RawRecord record;
            next:
            while ((record = reader.next()) != null) {
                if (record.problem() != null || record.fields().size() != columns.size()) {
                    continue;
                }
                Object[] values = new Object[columns.size()];
                for (int i = 0; i < values.length; i++) {
                    try {
                        values[i] = share(shared.get(i), converters.get(i).convert(record.fields().get(i)));
                    } catch (IllegalArgumentException e) {
                        continue next;
                    }
                }
                rows.add(values);
            }
        } catch (IOException e) {
            throw new ImportException("Cannot read " + plan.source().file() + ": " + e.getMessage(), e);
        }
        return new TypedRows(columns, rows);
    }

    private static Object share(Map<Object, Object> values, Object value) {
        if (value == null) {
            return null;
        }
        Object known = values.get(value);
        if (known != null) {
            return known;
        }
        if (values.size() < SHARED_VALUES) {
            values.put(value, value);
        }
        return value;
    }
}
