package app.retention.store;

import app.retention.data.ImportOptions;
import app.retention.data.ImportService;
import app.retention.domain.DatasetInfo;
import app.retention.task.TaskContext;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kill -9 at random points of an import in another process, then three opens: each works, nothing half-written
 * is visible, and the next import works. Twenty kills, each at a random amount of rows written.
 */
@Tag("slow")
class CrashRecoveryTest {

    private static final int KILLS = 20;

    @TempDir
    Path dir;

    @Test
    void everyOpenAfterAKilledImportWorksAndShowsNothingHalfWritten() throws Exception {
        Path big = csv(dir.resolve("big.csv"), 120_000);
        Path small = csv(dir.resolve("small.csv"), 2_000);
        Path seed = dir.resolve("seed");
        List<DatasetInfo> seeded;
        try (Workspace workspace = Workspace.open(seed)) {
            new ImportService(workspace.datasets()).importFile(small, ImportOptions.defaults(), TaskContext.silent());
            seeded = workspace.datasets().list();
        }
        long seedSize = Files.size(seed.resolve("workspace.mv.db"));
        Random random = new Random(20261128);
        List<String> failures = new ArrayList<>();
        int killedWhileWriting = 0;
        for (int trial = 1; trial <= KILLS; trial++) {
            Path ws = dir.resolve("trial-" + trial);
            copy(seed, ws);
            long killAt = seedSize + 200_000 + (long) (random.nextDouble() * 6_000_000);
            Process importing = new ProcessBuilder(javaCommand("--workspace", ws.toString(), "import", big.toString(),
                    "--name", "victim")).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            Path file = ws.resolve("workspace.mv.db");
            while (importing.isAlive() && Files.size(file) < killAt) {
                importing.waitFor(20, TimeUnit.MILLISECONDS);
            }
            if (importing.isAlive()) {
                killedWhileWriting++;
            }
            importing.destroyForcibly().waitFor();
            for (int open = 1; open <= 3; open++) {
                try (Workspace workspace = Workspace.open(ws)) {
                    List<DatasetInfo> datasets = workspace.datasets().list();
                    boolean finished = datasets.stream().anyMatch(d -> d.name().equals("victim"));
                    if (!finished) {
                        assertThat(datasets).as("trial %d, open %d", trial, open).isEqualTo(seeded);
                        assertThat(workspace.datasets().dataTables()).as("trial %d", trial)
                                .containsExactly(seeded.get(0).tableName());
                    }
                } catch (RuntimeException e) {
                    failures.add("trial " + trial + ", open " + open + ": " + e.getMessage());
                }
            }
            try (Workspace workspace = Workspace.open(ws)) {
                new ImportService(workspace.datasets()).importFile(small, new ImportOptions("after", null, null,
                        false), TaskContext.silent());
            } catch (RuntimeException e) {
                failures.add("trial " + trial + ", import after: " + e.getMessage());
            }
            try (Workspace workspace = Workspace.open(ws)) {
                assertThat(workspace.datasets().list()).extracting(DatasetInfo::name).contains("after");
            } catch (RuntimeException e) {
                failures.add("trial " + trial + ", open after import: " + e.getMessage());
            }
        }
        assertThat(failures).isEmpty();
        assertThat(killedWhileWriting).as("kills that hit the import while it wrote rows").isGreaterThan(KILLS / 2);
    }

    private static List<String> javaCommand(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "-Duser.home=" + System.getProperty("user.home"), "-cp", System.getProperty("java.class.path"), "app.retention.Launcher"));
        command.addAll(List.of(args));
        return command;
    }

    private static Path csv(Path file, int rows) throws IOException {
        Random random = new Random(rows);
        String[] plans = {"basic", "pro", "max"};
        try (Writer out = Files.newBufferedWriter(file)) {
            out.write("customer_id,plan,spend,visits,tenure,churn\n");
            for (int i = 0; i < rows; i++) {
                out.write(String.format(java.util.Locale.ROOT, "C%07d,%s,%.2f,%d,%d,%s%n", i, plans[random.nextInt(3)],
                        random.nextDouble() * 500, random.nextInt(90), 1 + random.nextInt(60),
                        random.nextBoolean() ? "Yes" : "No"));
            }
        }
        return file;
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }
}
