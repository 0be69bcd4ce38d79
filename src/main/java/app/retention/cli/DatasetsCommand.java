package app.retention.cli;

import app.retention.domain.DatasetInfo;
import app.retention.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;

@Command(name = "datasets", description = "List the datasets of the workspace (every version).")
final class DatasetsCommand extends WorkspaceCommand {

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    /** The JSON shape of one dataset version. */
    record DatasetJson(String name, int version, long rows, int columns, String source, String sha256,
                       long size, String importedAt, long rowsRead, long rowsRejected, String target, String format) {
        static DatasetJson of(DatasetInfo d) {
            return new DatasetJson(d.name(), d.version(), d.rowsImported(), d.columnCount(), d.source().path(),
                    d.source().sha256(), d.source().size(), d.importedAt().toString(), d.rowsRead(),
                    d.rowsRejected(), d.targetColumn(), d.source().detail());
        }
    }

    @Override
    int run(Workspace workspace) {
        List<DatasetInfo> datasets = workspace.datasets().list();
        if (json) {
            out().println(Json.write(datasets.stream().map(DatasetJson::of).toList()));
            return 0;
        }
        if (datasets.isEmpty()) {
            out().println("No datasets yet. Import one with: import FILE");
            return 0;
        }
        TextTable table = new TextTable(List.of("NAME", "VERSION", "ROWS", "COLUMNS", "REJECTED", "TARGET", "IMPORTED", "SOURCE"));
        for (DatasetInfo d : datasets) {
            table.add(List.of(d.name(), String.valueOf(d.version()), String.format("%,d", d.rowsImported()),
                    String.valueOf(d.columnCount()), String.format("%,d", d.rowsRejected()),
                    d.targetColumn() == null ? "" : d.targetColumn(),
                    d.importedAt().toLocalDateTime().withNano(0).toString().replace('T', ' '),
                    java.nio.file.Path.of(d.source().path()).getFileName().toString()));
        }
        table.print(out());
        return 0;
    }
}
