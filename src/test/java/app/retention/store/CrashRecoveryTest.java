package app.retention.store;

import app.retention.data.ImportOptions;
import app.retention.data.ImportService;
import app.retention.domain.DatasetInfo;
import app.retention.task.TaskContext;
import app.retention.testing.CustomerCsv;
import app.retention.testing.KilledCommand;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

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
        Path big = CustomerCsv.write(dir.resolve("big.csv"), 120_000);
        Path small = CustomerCsv.write(dir.resolve("small.csv"), 2_000);
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
            KilledCommand.copyWorkspace(seed, ws);
            long killAt = seedSize + 200_000 + (long) (random.nextDouble() * 6_000_000);
            KilledCommand importing = KilledCommand.start("--workspace", ws.toString(), "import", big.toString(),
                    "--name", "victim");
            Path file = ws.resolve("workspace.mv.db");
            if (importing.killWhen(() -> size(file) >= killAt)) {
                killedWhileWriting++;
            }
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

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
