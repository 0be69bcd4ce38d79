package app.retention.data;

import java.util.ArrayList;
import java.util.List;

/**
 * What the records of a file read so far show: a profile of every column (every value is seen), the first rows
 * for a preview, and the records whose shape is wrong. Memory stays bounded whatever the row count.
 */
final class FileProfile {

    private static final int PREVIEW_ROWS = 20;

    private final List<ColumnProfiler> profilers = new ArrayList<>();
    private final List<List<String>> preview = new ArrayList<>();
    private final List<RowProblem> problems = new ArrayList<>();
    private final String separator;
    private long problemCount;
    private long rows;

    FileProfile(List<String> header, String separator) {
        header.forEach(name -> profilers.add(new ColumnProfiler(name)));
        this.separator = separator;
    }

    /**
     * Profiles one record's values, or notes its wrong shape.
     *
     * @return what is wrong with the record's shape (see {@link ImportService#shapeProblem}), or null
     */
    String add(RawRecord record) {
        rows++;
        String problem = ImportService.shapeProblem(record, profilers.size());
        if (problem != null) {
            if (problems.size() < ImportPlan.MAX_PROBLEMS) {
                problems.add(new RowProblem(record.line(), problem, String.join(separator, record.fields())));
            }
            problemCount++;
        } else {
            List<String> fields = record.fields();
            for (int i = 0; i < profilers.size(); i++) {
                profilers.get(i).accept(fields.get(i));
            }
            if (preview.size() < PREVIEW_ROWS) {
                preview.add(List.copyOf(fields));
            }
        }
        return problem;
    }

    long rows() {
        return rows;
    }

    List<ColumnProfiler> profilers() {
        return profilers;
    }

    /** The plan these records propose for the source. */
    ImportPlan plan(ImportService.Source source) {
        return source.plan(profilers, preview, rows, problems, problemCount);
    }
}
