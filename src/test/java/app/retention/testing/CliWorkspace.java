package app.retention.testing;

import app.retention.store.Workspace;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A workspace folder driven through the command line, as the CLI tests drive it: {@link #run} any command,
 * {@link #ok} one that must succeed, {@link #json} the answer of one run with {@code --json}, and the usual starting
 * points ({@link #withSample()}, {@link #train}).
 */
public final class CliWorkspace {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path directory;

    private CliWorkspace(Path directory) {
        this.directory = directory;
    }

    /** The workspace {@code ws} in {@code parent}; the first command creates it. */
    public static CliWorkspace in(Path parent) {
        return at(parent.resolve("ws"));
    }

    /** The workspace in {@code directory}. */
    public static CliWorkspace at(Path directory) {
        return new CliWorkspace(directory);
    }

    public Path directory() {
        return directory;
    }

    /** Runs {@code retention-workbench --workspace DIR ARGS…}, whatever its exit code. */
    public CliRun run(String... args) {
        return CliRun.on(directory, args);
    }

    public CliRun run(List<String> args) {
        return CliRun.on(directory, args);
    }

    /** Runs a command that must succeed: exit 0, else the test fails with what it printed on stderr. */
    public CliRun ok(String... args) {
        CliRun run = run(args);
        assertThat(run.code()).as(run.err()).isZero();
        return run;
    }

    /** Runs a command that must succeed and reads what it printed as JSON (the arguments say {@code --json}). */
    public JsonNode json(String... args) {
        try {
            return JSON.readTree(ok(args).out());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Imports the bundled sample data (the September, October and November snapshots). */
    public CliWorkspace withSample() {
        ok("sample", "import");
        return this;
    }

    /**
     * Trains one model on {@code dataset} with 3-fold cross-validation and returns its id.
     *
     * @param more further options of {@code train} ("--param", "minLeaf=1000")
     */
    public String train(String dataset, String learner, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("train", dataset, "--learner", learner, "--folds", "3"));
        args.addAll(List.of(more));
        args.add("--json");
        return json(args.toArray(String[]::new)).get(0).get("id").asText();
    }

    /** What a user could observe of the workspace now, to compare after a command that must change nothing. */
    public WorkspaceSnapshot snapshot() {
        try (Workspace ws = Workspace.open(directory)) {
            return WorkspaceSnapshot.of(ws);
        }
    }
}
