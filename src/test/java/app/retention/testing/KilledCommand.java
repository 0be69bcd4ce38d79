package app.retention.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * A CLI command run in a child JVM (the real launcher, on the test class path) so that it can be killed with
 * {@code kill -9}: {@link Process#destroyForcibly()} sends SIGKILL on Linux, so no shutdown hook, no
 * {@code finally} and no H2 close runs. The crash tests start one, kill it at a chosen point and then check what
 * the next open of the workspace sees.
 */
public final class KilledCommand {

    private final Process process;
    private boolean killed;
    private Duration lastCpu = Duration.ZERO;

    private KilledCommand(Process process) {
        this.process = process;
    }

    /** Starts {@code java … app.retention.Launcher ARGS} with a 512 MB heap, its output discarded. */
    public static KilledCommand start(String... args) throws IOException {
        return new KilledCommand(new ProcessBuilder(javaCommand(args)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start());
    }

    /** Starts the command with its output and error output written to {@code output}. */
    public static KilledCommand start(Path output, String... args) throws IOException {
        return new KilledCommand(new ProcessBuilder(javaCommand(args)).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start());
    }

    /**
     * Starts {@code java … MAIN ARGS}: a program of the tests (an earlier release's writes, say) rather than the
     * launcher, its output written to {@code output}.
     */
    public static KilledCommand startMain(Path output, Class<?> main, String... args) throws IOException {
        List<String> command = new ArrayList<>(javaCommand(args));
        command.set(command.indexOf("app.retention.Launcher"), main.getName());
        return new KilledCommand(new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start());
    }

    /**
     * The command line of a child JVM running the launcher with {@code args}. The JIT stops at its first tier and
     * the collector is the serial one: these short runs spend most of their time starting, on a shared machine.
     */
    public static List<String> javaCommand(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Duser.home=" + System.getProperty("user.home"), "-cp",
                System.getProperty("java.class.path"), "app.retention.Launcher"));
        command.addAll(List.of(args));
        return command;
    }

    /**
     * Kills the command once {@code reached} holds (checked every 10 ms) or right away when it already ended.
     *
     * @return whether the command was still running when it was killed
     */
    public boolean killWhen(BooleanSupplier reached) throws InterruptedException {
        waitUntil(reached);
        return kill();
    }

    /**
     * Waits until {@code reached} holds (checked every 10 ms) or the command ends.
     *
     * @return whether it held while the command was still running
     */
    public boolean waitUntil(BooleanSupplier reached) throws InterruptedException {
        while (process.isAlive()) {
            cpuTime();
            if (reached.getAsBoolean()) {
                return process.isAlive();
            }
            process.waitFor(10, TimeUnit.MILLISECONDS);
        }
        return false;
    }

    /**
     * Kills the command {@code delay} from now, or waits for its end when it ends first.
     *
     * @return whether the command was still running when it was killed
     */
    public boolean killIn(Duration delay) throws InterruptedException {
        long end = System.nanoTime() + delay.toNanos();
        waitUntil(() -> System.nanoTime() >= end);
        return kill();
    }

    /**
     * Kills the command once it has used {@code cpu} of processor time (all its threads), or right away when it
     * already ended. Processor time, unlike wall time, hardly depends on how busy the machine is, so a point
     * chosen from an uninterrupted run's processor time falls in the same phase of the command.
     *
     * @return whether the command was still running when it was killed
     */
    public boolean killAtCpu(Duration cpu) throws InterruptedException {
        return killWhen(() -> cpuTime().compareTo(cpu) >= 0);
    }

    /**
     * Processor time the command has used so far; once it has ended, the last figure seen while it ran (the
     * system forgets an ended process).
     */
    public Duration cpuTime() {
        process.info().totalCpuDuration().filter(cpu -> cpu.compareTo(lastCpu) > 0).ifPresent(cpu -> lastCpu = cpu);
        return lastCpu;
    }

    /** Waits for the command to end by itself and returns its exit code. */
    public int awaitExit(Duration limit) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (process.isAlive()) {
            if (System.nanoTime() > end) {
                kill();
                throw new IllegalStateException("the command did not end within " + limit);
            }
            cpuTime();
            process.waitFor(10, TimeUnit.MILLISECONDS);
        }
        return process.exitValue();
    }

    /** The exit code of a command that ended by itself, or -9 for one that was killed. */
    public int exitCode() {
        return killed ? -9 : process.exitValue();
    }

    private boolean kill() throws InterruptedException {
        boolean alive = process.isAlive();
        process.destroyForcibly().waitFor();
        if (alive) {
            killed = true;
        }
        return alive;
    }

    /** Copies the files of a (closed) workspace folder, not its backups, to a new folder. */
    public static void copyWorkspace(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }
}
