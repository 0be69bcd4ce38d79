package app.retention.cli;

import app.retention.domain.DatasetInfo;
import app.retention.store.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "delete", description = "Delete one version of a dataset (the latest unless name@version is given).")
final class DeleteCommand extends WorkspaceCommand {

    @Parameters(paramLabel = "DATASET", description = "Dataset name, or name@version.")
    String dataset;

    @Option(names = "--yes", description = "Confirm the deletion (required: it cannot be undone).")
    boolean confirmed;

    @Override
    int run(Workspace workspace) {
        DatasetInfo info = workspace.datasets().require(dataset);
        if (!confirmed) {
            throw new CommandLine.ParameterException(spec.commandLine(), "deleting " + info.reference()
                    + " (" + info.rowsImported() + " rows) cannot be undone; add --yes to confirm");
        }
        workspace.datasets().delete(info);
        out().printf("Deleted %s.%n", info.reference());
        return 0;
    }
}
