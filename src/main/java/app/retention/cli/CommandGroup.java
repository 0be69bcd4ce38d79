package app.retention.cli;

import picocli.CommandLine;

/** A command that only groups subcommands: run without one, it is a usage error (exit 2) naming them. */
abstract class CommandGroup implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final String subcommands;

    /** @param subcommands the subcommands in words, e.g. {@code "create or list"} */
    CommandGroup(String subcommands) {
        this.subcommands = subcommands;
    }

    @Override
    public final void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: " + subcommands + ".");
    }
}
