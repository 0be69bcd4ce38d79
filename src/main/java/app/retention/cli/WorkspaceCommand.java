package app.retention.cli;

import app.retention.store.Workspace;
import app.retention.usecase.Workbench;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * A command that works on the workspace: opens it and its services (the composition root, {@link Workbench}),
 * runs, closes both.
 */
abstract class WorkspaceCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private Workbench workbench;

    @Override
    public final Integer call() throws Exception {
        WorkbenchCli root = (WorkbenchCli) spec.root().userObject();
        checkArguments();
        try (Workspace workspace = root.openWorkspace(); Workbench services = new Workbench(workspace)) {
            this.workbench = services;
            services.openingNotice().ifPresent(notice -> err().println("note: " + notice));
            return run(workspace);
        } finally {
            this.workbench = null;
        }
    }

    abstract int run(Workspace workspace) throws Exception;

    /** Refuses arguments picocli cannot check itself, before the workspace is opened (nothing is created). */
    void checkArguments() {
    }

    /** A usage error (exit 2) about a positional parameter a command with subcommands has to leave optional. */
    void require(Object parameter, String label) {
        if (parameter == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing required parameter: '" + label
                    + "'");
        }
    }

    /**
     * The model a command scores with: {@code model} when given, else the model in use of {@code useCase}, or of the
     * only use case when none is named (issue 16).
     */
    long modelOrInUse(Long model, String useCase) {
        return modelOrInUse(model, useCase, "--model=ID");
    }

    /** As {@link #modelOrInUse(Long, String)}, for a command whose model option is named otherwise. */
    long modelOrInUse(Long model, String useCase, String option) {
        if (model != null) {
            if (useCase != null) {
                workbench.inService().require(useCase); // a misspelt use case is refused, not ignored
            }
            return model;
        }
        return workbench.inService().defaultModel(useCase).orElseThrow(() -> new CommandLine.ParameterException(
                spec.commandLine(), "Missing required option: '" + option + "' (or --use-case NAME to use its model "
                        + "in use)"));
    }

    /** The services of the open workspace, while {@link #run} runs. */
    Workbench workbench() {
        return workbench;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
