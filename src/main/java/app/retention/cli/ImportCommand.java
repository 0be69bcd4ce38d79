package app.retention.cli;

import app.retention.data.ImportOptions;
import app.retention.data.ImportResult;
import app.retention.data.ImportService;
import app.retention.data.RejectedRowsException;
import app.retention.data.RowProblemsCsv;
import app.retention.domain.DatasetInfo;
import app.retention.store.Workspace;
import app.retention.task.TaskContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

@Command(name = "import", description = "Import a CSV, XLSX or ARFF file as a dataset (a new version if the name exists).")
final class ImportCommand extends WorkspaceCommand {

    @Parameters(paramLabel = "FILE", description = "The file to import.")
    Path file;

    @Option(names = "--name", description = "Dataset name (default: from the file name).")
    String name;

    @Option(names = "--target", paramLabel = "COLUMN", description = "The churn column (default: inferred from names like churn, exited).")
    String target;

    @Option(names = "--sheet", paramLabel = "NAME", description = "XLSX sheet (default: the sheet with the most rows).")
    String sheet;

    @Option(names = "--allow-rejects", description = "Import without rows that cannot be read; they are quarantined.")
    boolean allowRejects;

    @Option(names = "--rejects-out", paramLabel = "FILE.csv", description = "When rows cannot be read, list them in this CSV.")
    Path rejectsOut;

    @Override
    int run(Workspace workspace) throws Exception {
        ImportService imports = workbench().imports();
        ImportResult result;
        try {
            result = imports.importFile(file, new ImportOptions(name, target, sheet, allowRejects), TaskContext.silent());
        } catch (RejectedRowsException e) {
            if (rejectsOut != null) {
                RowProblemsCsv.write(rejectsOut, e.problems());
            }
            throw e;
        }
        DatasetInfo d = result.dataset();
        if (result.unchanged()) {
            out().printf("%s (version %d) already holds this file; nothing imported.%n", d.name(), d.version());
        } else {
            out().printf("Imported %s (version %d): %,d rows imported, %,d rejected, %d columns.%n",
                    d.name(), d.version(), d.rowsImported(), d.rowsRejected(), d.columnCount());
            if (d.rowsRejected() > 0 && rejectsOut != null) {
                RowProblemsCsv.writeRejected(rejectsOut, workspace.datasets().rejectedRows(d));
            }
        }
        return 0;
    }
}
