package app.retention.data;

import app.retention.domain.DatasetInfo;
import app.retention.store.DatasetWriter;
import app.retention.task.TaskContext;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of one import on their way into the store: each record is converted by its column's plan and appended,
 * or quarantined with its line and reason; missing values, distinct values and value tallies are counted as rows
 * pass (see {@link ValueTally}). Shared by the one-pass import ({@link OnePassImport}) and the import of a reviewed plan.
 */
final class ImportedRows {

    private final DatasetWriter writer;
    private final List<ValueConverter> converters;
    private final ValueTally tally;
    private final String separator;
    private final Object[] values;
    private final long[] missing;
    private final List<RowProblem> problems = new ArrayList<>();
    private long rows;

    ImportedRows(DatasetWriter writer, List<ColumnPlan> columns, ValueTally tally, String separator) {
        this.writer = writer;
        this.converters = columns.stream().map(ValueConverter::new).toList();
        this.tally = tally;
        this.separator = separator;
        int width = columns.size();
        this.values = new Object[width];
        this.missing = new long[width];
    }

    /**
     * Writes one record, or quarantines it.
     *
     * @param shapeProblem what is wrong with the record's shape (see {@link ImportService#shapeProblem}), or null
     */
    void add(RawRecord record, String shapeProblem) {
        rows++;
        String problem = shapeProblem == null ? convert(record) : shapeProblem;
        if (problem == null) {
            writer.append(record.line(), values);
            tally.add(values);
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    missing[i]++;
                }
            }
        } else {
            String raw = String.join(separator, record.fields());
            if (problems.size() < ImportPlan.MAX_PROBLEMS) {
                problems.add(new RowProblem(record.line(), problem, raw));
            }
            writer.reject(record.line(), problem, raw);
        }
    }

    private String convert(RawRecord record) {
        List<String> fields = record.fields();
        for (int i = 0; i < values.length; i++) {
            try {
                values[i] = converters.get(i).convert(fields.get(i));
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
        }
        return null;
    }

    /** Records read so far. */
    long rows() {
        return rows;
    }

    /**
     * Refuses to finish when rows were quarantined and that was not allowed, or when no row could be read.
     *
     * @throws RejectedRowsException when rows cannot be read and rejects are not allowed
     */
    void checkComplete(String fileName, boolean allowRejects) {
        if (writer.rowsRejected() > 0 && !allowRejects) {
            throw new RejectedRowsException(fileName, problems, writer.rowsRejected());
        }
        if (writer.rowsWritten() == 0) {
            throw new ImportException("No row of " + fileName + " could be imported: all " + rows
                    + " rows were rejected (first: line " + problems.get(0).line() + ", " + problems.get(0).reason() + ").");
        }
    }

    /** Stores the value counts and statistics and makes the dataset visible, once the source is seen unchanged. */
    DatasetInfo commit(String targetColumn, SourceInspection source, TaskContext context) {
        context.progress(0.98, "Storing value counts");
        writer.storeTallies(targetColumn, tally.entries());
        context.progress(0.99, "Finishing");
        SourceInspector.checkUnchanged(source, context);
        return writer.commit(rows, missing, tally.distinctCounts());
    }
}
