package app.retention.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** `COMMAND --help` works for every command and subcommand and lists every option it takes (issue 13, point 4). */
class HelpTest {

    @Test
    void everyCommandAndSubcommandAnswersHelpWithEveryOptionItTakes() {
        List<String> problems = new ArrayList<>();
        visit(new CommandLine(new WorkbenchCli()), new ArrayList<>(), problems);
        assertThat(problems).isEmpty();
    }

    private static void visit(CommandLine command, List<String> path, List<String> problems) {
        for (CommandLine sub : command.getSubcommands().values()) {
            List<String> args = new ArrayList<>(path);
            args.add(sub.getCommandName());
            visit(sub, args, problems);
        }
        if (path.isEmpty()) {
            return;
        }
        List<String> args = new ArrayList<>(path);
        args.add("--help");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = WorkbenchCli.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        String usage = out.toString();
        if (code != 0 || !usage.startsWith("Usage: retention-workbench " + String.join(" ", path))) {
            problems.add(String.join(" ", args) + ": exit " + code + ", " + err.toString().strip());
            return;
        }
        for (CommandLine.Model.OptionSpec option : command.getCommandSpec().options()) {
            if (!option.hidden() && !usage.contains(option.longestName())) {
                problems.add(String.join(" ", args) + " does not list " + option.longestName());
            }
        }
    }
}
