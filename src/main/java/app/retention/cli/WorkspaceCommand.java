package app.retention.cli;

import app.retention.store.Workspace;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** A command that works on the workspace: opens it, runs, closes it. */
abstract class WorkspaceCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        WorkbenchCli root = (WorkbenchCli) spec.root().userObject();
        try (Workspace workspace = root.openWorkspace()) {
            return run(workspace);
        }
    }

    abstract int run(Workspace workspace) throws Exception;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
