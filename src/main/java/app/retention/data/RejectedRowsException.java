package app.retention.data;

import java.util.List;

/**
 * Some rows cannot be read and the user has not agreed to import without them. Nothing was written; the
 * rows are listed so the user can decide (or export them to fix the source).
 */
public class RejectedRowsException extends ImportException {

    private final transient List<RowProblem> problems;
    private final long count;

    public RejectedRowsException(String file, List<RowProblem> problems, long count) {
        super(message(file, problems, count));
        this.problems = List.copyOf(problems);
        this.count = count;
    }

    private static String message(String file, List<RowProblem> problems, long count) {
        RowProblem first = problems.get(0);
        return file + ": " + count + (count == 1 ? " row cannot" : " rows cannot") + " be read (first: line "
                + first.line() + ", " + first.reason() + "). Nothing was imported; fix the file, or import "
                + "without " + (count == 1 ? "it" : "them") + " (--allow-rejects) to quarantine "
                + (count == 1 ? "it." : "them.");
    }

    public List<RowProblem> problems() {
        return problems;
    }

    public long count() {
        return count;
    }
}
