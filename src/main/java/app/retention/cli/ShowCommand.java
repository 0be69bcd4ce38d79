package app.retention.cli;

import app.retention.data.DisplayValues;
import app.retention.domain.ColumnInfo;
import app.retention.domain.DatasetInfo;
import app.retention.domain.StoredRow;
import app.retention.store.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.List;

@Command(name = "show", description = "Print the first rows of a dataset as a table.")
final class ShowCommand extends WorkspaceCommand {

    @Parameters(paramLabel = "DATASET", description = "Dataset name, or name@version.")
    String dataset;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Rows to show (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Rows to skip first.")
    long offset;

    @Override
    int run(Workspace workspace) {
        if (limit < 1 || limit > 100_000) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be between 1 and 100000, not " + limit);
        }
        if (offset < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--offset cannot be negative");
        }
        DatasetInfo info = workspace.datasets().require(dataset);
        List<ColumnInfo> columns = workspace.datasets().columns(info);
        TextTable table = new TextTable(columns.stream().map(ColumnInfo::name).toList());
        for (StoredRow row : workspace.datasets().rows(info, offset, limit)) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                cells.add(DisplayValues.format(row.values().get(i), columns.get(i)));
            }
            table.add(cells);
        }
        table.print(out());
        return 0;
    }
}
