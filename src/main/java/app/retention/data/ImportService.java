package app.retention.data;

import app.retention.domain.ColumnInfo;
import app.retention.domain.ColumnRole;
import app.retention.domain.ColumnSpec;
import app.retention.domain.DatasetInfo;
import app.retention.domain.SourceInfo;
import app.retention.store.DatasetNames;
import app.retention.store.DatasetRepository;
import app.retention.store.DatasetWriter;
import app.retention.task.TaskContext;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Imports CSV, XLSX and ARFF files into the workspace in two streaming passes: {@link #analyze} infers
 * types and roles and finds unreadable rows without writing anything; {@link #importPlan} writes the rows
 * as the (possibly edited) plan says, all or nothing.
 */
public final class ImportService {

    private static final int EXAMPLES = 5;
    /** The longest column name the workspace stores (its catalogue column holds 400 characters). */
    static final int MAX_COLUMN_NAME = 400;
    /**
     * The longest field stored: a text column and the value counts hold 1,000,000 characters. A longer field is
     * a row problem (quarantined with {@code --allow-rejects}), never a failure of the store half-way.
     */
    static final int MAX_FIELD = 1_000_000;

    private final DatasetRepository datasets;

    public ImportService(DatasetRepository datasets) {
        this.datasets = datasets;
    }

    /**
     * Reads the whole file once and proposes how to import it. Writes nothing.
     *
     * @param sheet the XLSX sheet to read, or null for the sheet with the most rows
     * @throws ImportException when the file is not a readable table; the message names file and line
     */
    public ImportPlan analyze(Path file, String sheet, TaskContext context) {
        return analyze(inspect(file, sheet, context), context);
    }

    private static ImportPlan analyze(Source source, TaskContext context) {
        Path file = source.inspection().file();
        try (TabularReader reader = open(source.inspection(), source.sheet())) {
            FileProfile profile = new FileProfile(checkedHeader(file, reader), reader.separator());
            RawRecord record;
            while ((record = reader.next()) != null) {
                profile.add(record);
                if ((profile.rows() & 1023) == 0) {
                    context.checkCancelled();
                    context.progress(-1, String.format("Reading %s: %,d rows", file.getFileName(), profile.rows()));
                }
            }
            if (profile.rows() == 0) {
                throw noDataRows(file, reader);
            }
            return profile.plan(source);
        } catch (IOException e) {
            throw new ImportException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    static ImportException noDataRows(Path file, TabularReader reader) {
        return new ImportException(file.getFileName() + " has a header (line " + reader.headerLine()
                + ") but no data rows: there is nothing to import.");
    }

    /** A source inspected and its sheet chosen, before any record is read. */
    record Source(SourceInspection inspection, String detail, String sheet, List<String> sheets) {

        /** The plan the profiles of every record propose. */
        ImportPlan plan(List<ColumnProfiler> profilers, List<List<String>> preview, long rows,
                        List<RowProblem> problems, long problemCount) {
            Path file = inspection.file();
            return new ImportPlan(inspection, detail, sheet, sheets, planColumns(profilers), List.copyOf(preview), rows,
                    List.copyOf(problems), problemCount, DatasetNames.fromFileName(file.getFileName().toString()));
        }
    }

    /**
     * Finds the file's format, encoding and delimiter, or its sheet.
     *
     * @param sheet the XLSX sheet to read, or null for the sheet with the most rows
     */
    static Source inspect(Path file, String sheet, TaskContext context) {
        SourceInspection source = SourceInspector.inspect(file, context);
        List<String> sheets = List.of();
        String chosenSheet = null;
        String detail;
        if (source.format() == SourceFormat.XLSX) {
            XlsxTabularReader.SheetChoice choice = readSheets(file);
            sheets = choice.names();
            if (sheet != null && !sheets.contains(sheet)) {
                throw new ImportException(file.getFileName() + " has no sheet named `" + sheet + "`. Its sheets: "
                        + String.join(", ", sheets) + ".");
            }
            chosenSheet = sheet != null ? sheet : choice.largest();
            detail = "sheet `" + chosenSheet + "`";
        } else if (sheet != null) {
            throw new ImportException(file.getFileName() + " is not an Excel workbook, so it has no sheets: leave out "
                    + "--sheet `" + sheet + "`.");
        } else if (source.format() == SourceFormat.CSV) {
            detail = source.dialect().describe();
        } else {
            detail = "ARFF";
        }
        return new Source(source, detail, chosenSheet, sheets);
    }

    private static XlsxTabularReader.SheetChoice readSheets(Path file) {
        try {
            return XlsxTabularReader.sheets(file);
        } catch (IOException e) {
            throw new ImportException(file.getFileName() + " cannot be read as an Excel workbook: " + e.getMessage(), e);
        }
    }

    static TabularReader open(SourceInspection source, String sheet) throws IOException {
        return switch (source.format()) {
            case CSV -> new CsvTabularReader(source.file(), source.dialect());
            case XLSX -> new XlsxTabularReader(source.file(), sheet);
            case ARFF -> new ArffTabularReader(source.file());
        };
    }

    /** Header names, trimmed; blank names become column_N; duplicates are an error naming both positions. */
    static List<String> checkedHeader(Path file, TabularReader reader) {
        List<String> names = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        List<String> raw = reader.header();
        for (int i = 0; i < raw.size(); i++) {
            String name = raw.get(i) == null ? "" : raw.get(i).strip();
            if (name.isEmpty()) {
                name = "column_" + (i + 1);
            }
            if (name.length() > MAX_COLUMN_NAME) {
                throw new ImportException(file.getFileName() + ", line " + reader.headerLine() + ": the name of column "
                        + (i + 1) + " is " + name.length() + " characters long; the limit is " + MAX_COLUMN_NAME
                        + ". Is the header line really a header? Shorten the name and import again.");
            }
            Integer earlier = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), i);
            if (earlier != null) {
                throw new ImportException(file.getFileName() + ", line " + reader.headerLine() + ": the column name `"
                        + name + "` appears twice (columns " + (earlier + 1) + " and " + (i + 1) + "). Rename one "
                        + "of them so every column has its own name.");
            }
            names.add(name);
        }
        return names;
    }

    static String shapeProblem(RawRecord record, int expected) {
        if (record.problem() != null) {
            return record.problem();
        }
        int found = record.fields().size();
        if (found == expected) {
            return tooLong(record.fields());
        }
        String reason = "expected " + expected + " fields, found " + found;
        boolean multiline = record.fields().stream().anyMatch(f -> f.indexOf('\n') >= 0);
        return multiline ? reason + " (a quoted field runs over several lines: is a closing quote missing?)" : reason;
    }

    private static String tooLong(List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).length() > MAX_FIELD) {
                return String.format(Locale.ROOT, "field %d is %,d characters long; a field holds at most "
                        + "%,d", i + 1, fields.get(i).length(), MAX_FIELD);
            }
        }
        return null;
    }

    static List<ColumnPlan> planColumns(List<ColumnProfiler> profilers) {
        List<ColumnPlan> columns = new ArrayList<>();
        boolean targetChosen = false;
        for (int i = 0; i < profilers.size(); i++) {
            ColumnProfiler p = profilers.get(i);
            ColumnProfiler.InferredType type = p.inferType();
            ColumnRole role = RoleRules.infer(p.name(), type.type(), p);
            if (!targetChosen && role == ColumnRole.FEATURE && p.distinctSeen() == 2
                    && RoleRules.looksLikeTargetName(p.name())) {
                role = ColumnRole.TARGET;
                targetChosen = true;
            }
            List<String> examples = p.sample().stream().distinct().limit(EXAMPLES).toList();
            columns.add(new ColumnPlan(i, p.name(), type.type(), role, type.type(), role, p.missing(),
                    p.distinctSeen(), type.trueLabel(), type.falseLabel(), type.format(), examples));
        }
        return List.copyOf(columns);
    }

    /**
     * Writes the dataset as the plan says. All or nothing: on any failure, cancel, or unreadable rows
     * without {@link ImportRequest#allowRejects()}, nothing remains in the workspace.
     *
     * @throws RejectedRowsException when rows cannot be read and rejects are not allowed
     */
    public ImportResult importPlan(ImportPlan plan, ImportRequest request, TaskContext context) {
        Path file = plan.source().file();
        Optional<ColumnPlan> target = plan.target();
        target.ifPresent(t -> checkTarget(file, t));
        List<ColumnSpec> specs = plan.columns().stream().map(ColumnPlan::spec).toList();
        Optional<DatasetInfo> same = sameAsLatest(request.name(), plan.source().sha256(), specs);
        if (same.isPresent()) {
            return new ImportResult(same.get(), true);
        }
        SourceInfo sourceInfo = sourceInfo(plan);
        int width = plan.columns().size();
        try (TabularReader reader = open(plan.source(), plan.sheet());
             DatasetWriter writer = datasets.beginImport(request.name(), sourceInfo, specs,
                     target.map(ColumnPlan::name).orElse(null))) {
            ImportedRows rows = new ImportedRows(writer, plan.columns(), new ValueTally(plan.columns()),
                    reader.separator());
            RawRecord record;
            while ((record = reader.next()) != null) {
                rows.add(record, shapeProblem(record, width));
                if ((rows.rows() & 1023) == 0) {
                    context.checkCancelled();
                    context.progress(0.2 + 0.75 * Math.min(1, (double) rows.rows() / plan.rowsRead()),
                            String.format("Importing %s: %,d of %,d rows", file.getFileName(), rows.rows(),
                                    plan.rowsRead()));
                }
            }
            context.checkCancelled();
            rows.checkComplete(file.getFileName().toString(), request.allowRejects());
            return new ImportResult(rows.commit(target.map(ColumnPlan::name).orElse(null), plan.source(), context),
                    false);
        } catch (IOException e) {
            throw new ImportException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    static void checkTarget(Path file, ColumnPlan target) {
        if (target.distinct() > 2 || target.distinct() < 0) {
            throw new ImportException(file.getFileName() + ": column `" + target.name() + "` has "
                    + (target.distinct() < 0 ? "thousands of" : String.valueOf(target.distinct()))
                    + " distinct values; a churn target has two (like Yes/No or 1/0).");
        }
    }

    private Optional<DatasetInfo> sameAsLatest(String name, String sha256, List<ColumnSpec> specs) {
        Optional<DatasetInfo> latest = datasets.find(name);
        if (latest.isEmpty() || !latest.get().source().sha256().equals(sha256)) {
            return Optional.empty();
        }
        List<ColumnInfo> stored = datasets.columns(latest.get());
        if (stored.size() != specs.size()) {
            return Optional.empty();
        }
        for (int i = 0; i < specs.size(); i++) {
            ColumnSpec spec = specs.get(i);
            ColumnInfo column = stored.get(i);
            if (!spec.name().equals(column.name()) || spec.type() != column.type() || spec.role() != column.role()) {
                return Optional.empty();
            }
        }
        return latest;
    }

    /**
     * Analyses and imports a file in one go, as the CLI does: the target, sheet and name can be given,
     * everything else is inferred. A given name is stripped of surrounding spaces, as segment names are and as
     * names are looked up.
     */
    public ImportResult importFile(Path file, ImportOptions options, TaskContext context) {
        Source source = inspect(file, options.sheet(), context);
        String name = options.name() != null ? options.name().strip()
                : DatasetNames.fromFileName(file.getFileName().toString());
        ImportRequest request = new ImportRequest(name, options.allowRejects());
        Optional<DatasetInfo> latest = datasets.find(name);
        if (latest.isEmpty() || !latest.get().source().sha256().equals(source.inspection().sha256())) {
            OnePassImport.Outcome once = new OnePassImport(datasets, source, options.target(), request, context).run();
            if (once.result() != null) {
                return once.result();
            }
            // a type changed after the first records: a second pass writes by the whole file's plan
            return importPlan(once.wholeFile(), request, context);
        }
        // the same file as the latest version: perhaps nothing to write, which the whole file's plan tells
        return importPlan(withTarget(analyze(source, context), options.target()), request, context);
    }

    static SourceInfo sourceInfo(ImportPlan plan) {
        SourceInspection source = plan.source();
        return new SourceInfo(source.file().toAbsolutePath().toString(), source.format().name(), plan.sourceDetail(),
                source.size(), source.sha256());
    }

    /** The plan with the named column as the churn target (none named: as inferred). */
    static ImportPlan withTarget(ImportPlan plan, String target) {
        if (target == null) {
            return plan;
        }
        ColumnPlan column = plan.column(target).orElseThrow(() -> new ImportException(
                plan.source().file().getFileName() + " has no column named `" + target + "`. Its columns: "
                        + String.join(", ", plan.columns().stream().map(ColumnPlan::name).toList()) + "."));
        return plan.withColumn(column.withRole(ColumnRole.TARGET));
    }

}
