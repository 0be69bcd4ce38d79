package app.retention.cli;

import app.retention.domain.ModelRecord;
import app.retention.model.ModelFiles;
import app.retention.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.Locale;

/** {@code model export|import}: a trained model as a file another workspace can use. */
@Command(name = "model", description = "Export a trained model to a file, or import one; promote a model to be in "
        + "use for a use case, roll back, show the model in use and the history.",
        subcommands = {ModelFileCommands.Export.class, ModelFileCommands.Import.class, UseCaseCommands.Promote.class,
                UseCaseCommands.Rollback.class, UseCaseCommands.Active.class, UseCaseCommands.History.class})
final class ModelFileCommands extends CommandGroup {

    ModelFileCommands() {
        super("export, import, promote, rollback, active or history");
    }

    @Command(name = "export", description = "Write model ID (an id from `models`) to a file.")
    static final class Export extends WorkspaceCommand {
        @Parameters(paramLabel = "ID", description = "The model's id, as `models` lists it.")
        long id;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "File to write, e.g. churn.model.")
        Path out;

        @Override
        int run(Workspace workspace) {
            new ModelFiles(workspace).export(id, out);
            out().println("Wrote model " + id + " to " + out);
            return 0;
        }
    }

    @Command(name = "import", description = "Read a model file written by `model export`; it gets a new id.")
    static final class Import extends WorkspaceCommand {
        @Parameters(paramLabel = "FILE", description = "A model file.")
        Path file;

        @Override
        int run(Workspace workspace) {
            long id = new ModelFiles(workspace).importFile(file);
            ModelRecord r = workspace.models().find(id).orElseThrow();
            out().println(String.format(Locale.ROOT, "Imported %s as model %d: %s trained on %s@%d, ROC AUC %.3f",
                    file.getFileName(), id, r.learner(), r.datasetName(), r.datasetVersion(), r.rocAuc()));
            return 0;
        }
    }
}
