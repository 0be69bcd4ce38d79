package app.retention.cli;

import app.retention.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "rename", description = "Rename a dataset (all its versions).")
final class RenameCommand extends WorkspaceCommand {

    @Parameters(index = "0", paramLabel = "DATASET")
    String dataset;

    @Parameters(index = "1", paramLabel = "NEW_NAME")
    String newName;

    @Override
    int run(Workspace workspace) {
        workspace.datasets().rename(dataset, newName);
        out().printf("Renamed %s to %s.%n", dataset.strip(), newName);
        return 0;
    }
}
