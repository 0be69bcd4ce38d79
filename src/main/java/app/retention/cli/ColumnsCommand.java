package app.retention.cli;

import app.retention.domain.ColumnInfo;
import app.retention.domain.DatasetInfo;
import app.retention.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;

@Command(name = "columns", description = "List a dataset's columns with label, type, role, missing and distinct counts.",
        subcommands = FixCommands.SetColumn.class)
final class ColumnsCommand extends WorkspaceCommand {

    // optional for picocli, which would otherwise ask for it before `columns set`; required by checkArguments
    @Parameters(paramLabel = "DATASET", arity = "0..1", description = "Dataset name, or name@version.")
    String dataset;

    @Override
    void checkArguments() {
        require(dataset, "DATASET");
    }

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    record ColumnJson(String name, String label, String type, String role, long missing, long distinct) {
    }

    @Override
    int run(Workspace workspace) {
        DatasetInfo info = workspace.datasets().require(dataset);
        List<ColumnInfo> columns = workspace.datasets().columns(info);
        if (json) {
            out().println(Json.write(columns.stream().map(c -> new ColumnJson(c.name(), c.displayLabel(), c.type().label(),
                    c.role().label(), c.missing(), c.distinct())).toList()));
            return 0;
        }
        TextTable table = new TextTable(List.of("COLUMN", "LABEL", "TYPE", "ROLE", "MISSING", "MISSING %",
                "DISTINCT"));
        for (ColumnInfo c : columns) {
            table.add(List.of(c.name(), c.displayLabel(), c.type().label(), c.role().label(), String.format("%,d", c.missing()),
                    String.format("%.1f%%", 100 * c.missingShare(info.rowsImported())), String.format("%,d", c.distinct())));
        }
        out().printf("%s (version %d): %,d rows%n", info.name(), info.version(), info.rowsImported());
        table.print(out());
        return 0;
    }
}
