package app.retention.data;

import app.retention.domain.ColumnType;
import app.retention.store.DatasetRepository;
import app.retention.store.DatasetWriter;
import app.retention.task.TaskContext;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Imports a file in one read when the types of its first records hold to its end (ADR 0024). The plan the first
 * {@value #FIRST_RECORDS} records propose is written by while every value of every record is still profiled; at the
 * end the plan of the whole file decides. When it stores every value alike (the same types, spellings and formats;
 * category and text are stored alike) the dataset is committed with the whole file's types and roles, exactly as the
 * two-pass import would have written it. When a later value changes a type, or the target, the rows written are
 * dropped at once and the whole file's plan is returned for a second pass.
 */
final class OnePassImport {

    /** Records read and profiled before the first row is written. */
    static final int FIRST_RECORDS = 10_000;
    /** At most this many characters of them are held, so that huge fields cannot fill the heap. */
    private static final long FIRST_CHARACTERS = 8_000_000;

    private final DatasetRepository datasets;
    private final ImportService.Source source;
    private final String target;
    private final ImportRequest request;
    private final TaskContext context;

    /**
     * @param target the column named as the churn target, or null to infer it
     */
    OnePassImport(DatasetRepository datasets, ImportService.Source source, String target, ImportRequest request,
                  TaskContext context) {
        this.datasets = datasets;
        this.source = source;
        this.target = target;
        this.request = request;
        this.context = context;
    }

    /**
     * What one read of the file achieved: the import committed, or the whole file's plan when a type changed after
     * the first records (nothing of the import remains then).
     */
    record Outcome(ImportResult result, ImportPlan wholeFile) {
    }

    Outcome run() {
        Path file = source.inspection().file();
        try (TabularReader reader = ImportService.open(source.inspection(), source.sheet())) {
            List<String> header = ImportService.checkedHeader(file, reader);
            if (target != null && !header.contains(target)) {
                throw new ImportException(file.getFileName() + " has no column named `" + target + "`. Its columns: "
                        + String.join(", ", header) + ".");
            }
            FileProfile profile = new FileProfile(header, reader.separator());
            List<RawRecord> first = readFirst(reader, profile);
            if (profile.rows() == 0) {
                throw ImportService.noDataRows(file, reader);
            }
            ImportPlan plan = ImportService.withTarget(profile.plan(source), target);
            return write(reader, profile, first, plan);
        } catch (IOException e) {
            throw new ImportException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private List<RawRecord> readFirst(TabularReader reader, FileProfile profile) throws IOException {
        List<RawRecord> first = new ArrayList<>();
        long characters = 0;
        RawRecord record;
        while (first.size() < FIRST_RECORDS && characters < FIRST_CHARACTERS && (record = reader.next()) != null) {
            profile.add(record);
            first.add(record);
            for (String field : record.fields()) {
                characters += field.length();
            }
            progress(profile.rows());
        }
        return first;
    }

    private Outcome write(TabularReader reader, FileProfile profile, List<RawRecord> first, ImportPlan plan)
            throws IOException {
        Path file = source.inspection().file();
        List<ColumnPlan> columns = plan.columns();
        String targetName = plan.target().map(ColumnPlan::name).orElse(null);
        try (DatasetWriter writer = datasets.beginImport(request.name(), ImportService.sourceInfo(plan),
                columns.stream().map(ColumnPlan::spec).toList(), targetName)) {
            ValueTally tally = new ValueTally(columns.size(), ValueTally.targetIndex(columns));
            ImportedRows rows = new ImportedRows(writer, columns, tally, reader.separator());
            for (RawRecord record : first) {
                rows.add(record, ImportService.shapeProblem(record, columns.size()));
            }
            first.clear();
            Watch watch = new Watch(profile.profilers(), columns);
            boolean holds = true;
            RawRecord record;
            while ((record = reader.next()) != null) {
                String problem = profile.add(record);
                if (holds && (problem != null || watch.holds())) {
                    rows.add(record, problem);
                } else if (holds) {
                    holds = false;
                    writer.abort(); // a later value changed a type: the rows written so far go now
                }
                progress(profile.rows());
            }
            context.checkCancelled();
            ImportPlan whole = ImportService.withTarget(profile.plan(source), target);
            if (!holds || !storedAlike(plan, whole)) {
                return new Outcome(null, whole);
            }
            whole.target().ifPresent(t -> ImportService.checkTarget(file, t));
            rows.checkComplete(file.getFileName().toString(), request.allowRejects());
            writer.settleColumns(whole.columns().stream().map(ColumnPlan::spec).toList(), targetName);
            tally.skipUnprofiled(whole.columns());
            return new Outcome(new ImportResult(rows.commit(targetName, source.inspection(), context), false), null);
        }
    }

    private void progress(long rows) {
        if ((rows & 1023) == 0) {
            context.checkCancelled();
            context.progress(-1, String.format("Importing %s: %,d rows", source.inspection().file().getFileName(),
                    rows));
        }
    }

    /** Whether the whole file's plan stores every value as the written plan did, with the same target. */
    static boolean storedAlike(ImportPlan written, ImportPlan whole) {
        if (!Objects.equals(written.target().map(ColumnPlan::name), whole.target().map(ColumnPlan::name))) {
            return false;
        }
        for (int i = 0; i < written.columns().size(); i++) {
            ColumnPlan a = written.columns().get(i);
            ColumnPlan b = whole.columns().get(i);
            if (!storedAlike(a.type(), a.trueLabel(), a.falseLabel(), a.format(), b.type(), b.trueLabel(),
                    b.falseLabel(), b.format())) {
                return false;
            }
        }
        return true;
    }

    private static boolean storedAlike(ColumnType a, String aTrue, String aFalse, String aFormat,
                                       ColumnType b, String bTrue, String bFalse, String bFormat) {
        boolean text = (a == ColumnType.CATEGORY || a == ColumnType.TEXT) && (b == ColumnType.CATEGORY || b == ColumnType.TEXT);
        return (a == b || text) && Objects.equals(aTrue, bTrue) && Objects.equals(aFalse, bFalse)
                && Objects.equals(aFormat, bFormat);
    }

    /**
     * Tells, record by record, whether every column's profile still infers what the rows are written as: cheap,
     * since it looks again only at columns whose profile changed (see {@link ColumnProfiler#revision}).
     */
    private static final class Watch {

        private final List<ColumnProfiler> profilers;
        private final List<ColumnPlan> columns;
        private final int[] revisions;

        Watch(List<ColumnProfiler> profilers, List<ColumnPlan> columns) {
            this.profilers = profilers;
            this.columns = columns;
            this.revisions = new int[profilers.size()];
            for (int i = 0; i < revisions.length; i++) {
                revisions[i] = profilers.get(i).revision();
            }
        }

        boolean holds() {
            for (int i = 0; i < revisions.length; i++) {
                ColumnProfiler p = profilers.get(i);
                if (p.revision() != revisions[i]) {
                    ColumnProfiler.InferredType now = p.inferType();
                    ColumnPlan c = columns.get(i);
                    if (!storedAlike(c.type(), c.trueLabel(), c.falseLabel(), c.format(), now.type(), now.trueLabel(),
                            now.falseLabel(), now.format())) {
                        return false;
                    }
                    revisions[i] = p.revision();
                }
            }
            return true;
        }
    }
}
