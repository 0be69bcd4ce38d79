package app.retention.cli;

import app.retention.error.WorkbenchException;
import app.retention.store.Workspace;
import app.retention.text.TerminalText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;

/** {@code java -jar retention-workbench.jar [--workspace DIR] <command>}: the contract scripts rely on. */
@Command(name = "retention-workbench", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        scope = CommandLine.ScopeType.INHERIT, // --help (and --version) on every command and subcommand
        description = "Retention Workbench: import customer data, explore churn, compare models, export call lists.%n"
                + "Without a command, opens the desktop app.",
        subcommands = {ImportCommand.class, DatasetsCommand.class, ColumnsCommand.class, ShowCommand.class,
                RejectsCommand.class, RenameCommand.class, DeleteCommand.class, SampleCommand.class,
                ExploreCommands.Profile.class, ExploreCommands.Drivers.class, ExploreCommands.Warnings.class,
                FixCommands.Fixes.class, ValueCommand.class,
                LearnersCommand.class, ModelCommands.Train.class, ModelCommands.Compare.class, TuneCommand.class, ModelsCommand.class, ModelFileCommands.class,
                ActCommands.Score.class, ActCommands.SegmentCommand.class, ExportCommands.ExportCommand.class,
                CampaignCommands.CampaignCommand.class, UseCaseCommands.UseCaseCommand.class,
                MonitorCommands.Monitor.class, MonitorCommands.Decay.class, MonitorCommands.Migration.class, CustomerCommand.class,
                OverviewCommand.class,
                BenchCommand.class})
public final class WorkbenchCli implements Runnable {

    @Option(names = "--workspace", paramLabel = "DIR", scope = CommandLine.ScopeType.INHERIT,
            description = "Workspace folder (default: $RETENTION_WORKBENCH_HOME or ~/.retention-workbench).")
    Path workspace;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command. Try --help.");
    }

    Path workspaceDirectory() {
        return workspace != null ? workspace : Workspace.defaultDirectory();
    }

    /** Opens the chosen workspace; the caller closes it. */
    Workspace openWorkspace() {
        return Workspace.open(workspaceDirectory());
    }

    /** Runs the CLI and returns the process exit code: 0 success, 1 failure, 2 wrong usage. */
    public static int run(String[] args, PrintWriter terminalOut, PrintWriter terminalErr) {
        // Data and model files reach the terminal through these: no escape sequence in them ever runs.
        PrintWriter out = TerminalText.guard(terminalOut, true);
        PrintWriter err = TerminalText.guard(terminalErr, false);
        CommandLine cli = new CommandLine(new WorkbenchCli());
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, arguments) -> {
            err.println("error: " + e.getMessage() + " (see --help)");
            err.flush();
            return 2;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            err.println("error: " + describe(e));
            err.flush();
            return 1;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    static String describe(Throwable e) {
        if (e instanceof WorkbenchException) {
            return e.getMessage();
        }
        // A bug, not a user error: say what it is so it can be reported.
        return "unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
