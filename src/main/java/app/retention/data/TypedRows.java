package app.retention.data;

import app.retention.domain.ColumnSpec;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A whole file's rows converted to the values the store keeps, held in memory column by column in primitive arrays
 * (a million rows of boxed values would keep the garbage collector busy while they are inserted, slowing the insert
 * timed): the input of H2's insert floor in {@code bench import} (see {@code store.InsertFloor}). Not for imports:
 * it holds every row.
 */
public final class TypedRows {

    private final List<ColumnSpec> columns;
    private final Object[] data;
    private final boolean[][] missing;
    private int size;

    private TypedRows(List<ColumnSpec> columns) {
        this.columns = columns;
        this.data = new Object[columns.size()];
        this.missing = new boolean[columns.size()][];
        for (int i = 0; i < data.length; i++) {
            data[i] = switch (columns.get(i).type()) {
                case INTEGER, DATE -> new long[1024];
                case DECIMAL -> new double[1024];
                case BOOLEAN -> new boolean[1024];
                case CATEGORY, TEXT -> new String[1024];
            };
            missing[i] = new boolean[1024];
        }
    }

    public List<ColumnSpec> columns() {
        return columns;
    }

    public int size() {
        return size;
    }

    /** Row {@code row}'s values as {@code DatasetWriter.append} takes them (a new array, new boxes). */
    public Object[] row(int row) {
        Object[] values = new Object[data.length];
        for (int i = 0; i < data.length; i++) {
            if (missing[i][row]) {
                continue;
            }
            values[i] = switch (columns.get(i).type()) {
                case INTEGER -> ((long[]) data[i])[row];
                case DATE -> LocalDateTime.ofEpochSecond(((long[]) data[i])[row], 0, ZoneOffset.UTC);
                case DECIMAL -> ((double[]) data[i])[row];
                case BOOLEAN -> ((boolean[]) data[i])[row];
                case CATEGORY, TEXT -> ((String[]) data[i])[row];
            };
        }
        return values;
    }

    private void add(Object[] values, List<Map<String, String>> shared) {
        if (size == missing[0].length) {
            for (int i = 0; i < data.length; i++) {
                data[i] = grow(data[i], size * 2);
                missing[i] = Arrays.copyOf(missing[i], size * 2);
            }
        }
        for (int i = 0; i < data.length; i++) {
            Object value = values[i];
            if (value == null) {
                missing[i][size] = true;
                continue;
            }
            switch (columns.get(i).type()) {
                case INTEGER -> ((long[]) data[i])[size] = (Long) value;
                case DATE -> ((long[]) data[i])[size] = ((LocalDateTime) value).toEpochSecond(ZoneOffset.UTC);
                case DECIMAL -> ((double[]) data[i])[size] = (Double) value;
                case BOOLEAN -> ((boolean[]) data[i])[size] = (Boolean) value;
                case CATEGORY, TEXT -> ((String[]) data[i])[size] = share(shared.get(i), (String) value);
            }
        }
        size++;
    }

    private static Object grow(Object array, int length) {
        if (array instanceof long[] a) {
            return Arrays.copyOf(a, length);
        }
        if (array instanceof double[] a) {
            return Arrays.copyOf(a, length);
        }
        if (array instanceof boolean[] a) {
            return Arrays.copyOf(a, length);
        }
        return Arrays.copyOf((String[]) array, length);
    }

    /** Reads and converts every row of the plan's file; rows that cannot be read are left out. */
    public static TypedRows read(ImportPlan plan) {
        TypedRows rows = new TypedRows(plan.columns().stream().map(ColumnPlan::spec).toList());
        List<ValueConverter> converters = plan.columns().stream().map(ValueConverter::new).toList();
        List<Map<String, String>> shared = new ArrayList<>();
        converters.forEach(c -> shared.add(new HashMap<>()));
        int width = converters.size();
        try (TabularReader reader = ImportService.open(plan.source(), plan.sheet())) {
            RawRecord record;
            next:
            while ((record = reader.next()) != null) {
                if (record.problem() != null || record.fields().size() != width) {
                    continue;
                }
                Object[] values = new Object[width];
                for (int i = 0; i < width; i++) {
                    try {
                        values[i] = converters.get(i).convert(record.fields().get(i));
                    } catch (IllegalArgumentException e) {
                        continue next;
                    }
                }
                rows.add(values, shared);
            }
        } catch (IOException e) {
            throw new ImportException("Cannot read " + plan.source().file() + ": " + e.getMessage(), e);
        }
        return rows;
    }

    /** One instance per distinct text (up to 10,000 a column), as a file's categories repeat. */
    private static String share(Map<String, String> values, String value) {
        String known = values.get(value);
        if (known != null) {
            return known;
        }
        if (values.size() < 10_000) {
            values.put(value, value);
        }
        return value;
    }
}
