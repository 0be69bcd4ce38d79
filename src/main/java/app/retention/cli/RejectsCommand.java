package app.retention.cli;

import app.retention.data.RowProblemsCsv;
import app.retention.domain.DatasetInfo;
import app.retention.domain.RejectedRow;
import app.retention.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;

@Command(name = "rejects", description = "List the rows quarantined when a dataset was imported.")
final class RejectsCommand extends WorkspaceCommand {

    @Parameters(paramLabel = "DATASET", description = "Dataset name, or name@version.")
    String dataset;

    @Option(names = "--out", paramLabel = "FILE.csv", description = "Write them to a CSV instead.")
    Path outFile;

    @Override
    int run(Workspace workspace) throws Exception {
        DatasetInfo info = workspace.datasets().require(dataset);
        List<RejectedRow> rows = workspace.datasets().rejectedRows(info);
        if (outFile != null) {
            RowProblemsCsv.writeRejected(outFile, rows);
            out().printf("Wrote %,d rejected rows to %s%n", rows.size(), outFile);
            return 0;
        }
        if (rows.isEmpty()) {
            out().printf("%s (version %d) has no rejected rows.%n", info.name(), info.version());
            return 0;
        }
        TextTable table = new TextTable(List.of("LINE", "REASON", "ROW"));
        rows.forEach(r -> table.add(List.of(String.valueOf(r.line()), r.reason(), r.raw())));
        table.print(out());
        return 0;
    }
}
