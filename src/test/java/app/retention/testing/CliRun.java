package app.retention.testing;

import app.retention.cli.WorkbenchCli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One run of the command line in this process, on a workspace folder: its exit code and what it printed. */
public record CliRun(int code, String out, String err) {

    /** Runs {@code retention-workbench --workspace WORKSPACE ARGS…}. */
    public static CliRun on(Path workspace, String... args) {
        return on(workspace, List.of(args));
    }

    public static CliRun on(Path workspace, List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--workspace", workspace.toString()));
        all.addAll(args);
        int code = WorkbenchCli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new CliRun(code, out.toString(), err.toString());
    }

    /** Asserts the command was refused: a non-zero exit and one line on stderr,
            "error: …" saying each of {@code said}. */
    public CliRun assertRefused(String... said) {
        assertThat(code).as(err).isNotZero();
        assertThat(err.strip().lines()).as(err).hasSize(1);
        assertThat(err).startsWith("error: ").contains(said);
        return this;
    }
}
