package app.retention.cli;

import app.retention.data.ImportOptions;
import app.retention.data.ImportService;
import app.retention.data.sample.MobileCommerceGenerator;
import app.retention.store.StoreException;
import app.retention.store.Workspace;
import app.retention.task.TaskContext;
import app.retention.testing.CustomerCsv;
import app.retention.testing.KilledCommand;
import app.retention.testing.WorkspaceSnapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A real full disk: a small tmpfs mounted for the test (so it runs as root only, and is skipped otherwise), filled
 * while an import runs in a child JVM, or before an export. Each must stop promptly with one line, leave no
 * partial file and leave the workspace as it was.
 */
@Tag("slow")
class DiskFullTest {

    /** How long an import that met a full disk may take to stop: H2 used to spin at 100% CPU for ever. */
    private static final Duration PROMPTLY = Duration.ofSeconds(60);

    @TempDir
    Path dir;
    private final List<Path> mounts = new ArrayList<>();

    @AfterEach
    void unmount() throws Exception {
        for (Path mount : mounts) {
            new ProcessBuilder("umount", mount.toString()).inheritIO().start().waitFor();
        }
    }

    @Test
    void anImportStopsPromptlyWithOneLineWhenTheDiskFillsUnderIt() throws Exception {
        Path disk = smallDisk("disk", 160);
        Path ws = disk.resolve("ws");
        assertThat(cli(ws, "import", CustomerCsv.write(dir.resolve("small.csv"), 2_000).toString(), "--name", "small").code())
                .isZero();
        WorkspaceSnapshot before;
        try (Workspace workspace = Workspace.open(ws)) {
            before = WorkspaceSnapshot.of(workspace);
        }
        Path file = ws.resolve("workspace.mv.db");
        long fillAt = Files.size(file) + (3 << 20);
        // 300,000 rows, 13 MB: the up-front check sees room for them (4 x 13 MB + 64 MB < 160 MB)
        Path big = CustomerCsv.write(dir.resolve("big.csv"), 300_000);
        Path output = dir.resolve("import.out");
        KilledCommand importing = KilledCommand.start(output, "--workspace", ws.toString(), "import",
                big.toString(), "--name", "big");

        assertThat(importing.waitUntil(() -> size(file) > fillAt)).as("the import was writing when the disk filled")
                .isTrue();
        Path filler = fill(disk, 0);
        assertThat(importing.awaitExit(PROMPTLY)).isEqualTo(1);

        List<String> said = Files.readAllLines(output).stream().filter(l -> !l.isBlank()).toList();
        assertThat(said).hasSize(1);
        assertThat(said.get(0)).startsWith("error: ").contains("is full", ws.toString())
                .doesNotContain("Exception", "SQL");
        Run stillFull = cli(ws, "datasets");
        if (stillFull.code() != 0) { // opening writes when H2 has an interrupted write to recover
            assertThat(stillFull.err()).startsWith("error: ").contains("is full").doesNotContain("Exception")
                    .doesNotContainPattern("\\R");
        }
        Files.delete(filler);
        try (Workspace workspace = Workspace.open(ws)) {
            assertThat(WorkspaceSnapshot.of(workspace)).isEqualTo(before);
        }
        assertThat(cli(ws, "import", dir.resolve("small.csv").toString(), "--name", "again").code()).isZero();
    }

    @Test
    void afterTheDiskFilledUpTheAppSaysToStartAgainAndTheNextStartHasEverythingSavedBefore() throws Exception {
        Path disk = smallDisk("app", 160);
        Path ws = disk.resolve("ws");
        Path small = CustomerCsv.write(dir.resolve("small.csv"), 2_000);
        Path big = CustomerCsv.write(dir.resolve("big.csv"), 300_000);
        WorkspaceSnapshot before;
        Path filler;
        try (Workspace workspace = Workspace.open(ws)) {
            ImportService imports = new ImportService(workspace.datasets());
            imports.importFile(small, ImportOptions.defaults(), TaskContext.silent());
            before = WorkspaceSnapshot.of(workspace);
            Path file = ws.resolve("workspace.mv.db");
            long fillAt = Files.size(file) + (3 << 20);
            CompletableFuture<?> importing = CompletableFuture.runAsync(() -> imports.importFile(big,
                    ImportOptions.defaults(), TaskContext.silent()));
            while (!importing.isDone() && size(file) <= fillAt) {
                Thread.onSpinWait();
            }
            assertThat(importing.isDone()).as("the import was writing when the disk filled").isFalse();
            filler = fill(disk, 0);
            Throwable failed = catchThrowable(() -> importing.get(PROMPTLY.toSeconds(), TimeUnit.SECONDS));
            assertThat(failed).isInstanceOf(ExecutionException.class);
            assertThat(failed.getCause()).hasMessageContaining("is full");
            // what the screens meet next: one plain sentence that says what to do, not H2's text
            assertThatThrownBy(() -> workspace.datasets().list()).isInstanceOf(StoreException.class)
                    .hasMessageContaining("Free some space, then start Retention Workbench again")
                    .hasMessageNotContaining("SQL");
        }
        Files.delete(filler);
        try (Workspace workspace = Workspace.open(ws)) {
            assertThat(workspace.rebuiltAfterUncleanClose()).isPresent();
            assertThat(WorkspaceSnapshot.of(workspace)).isEqualTo(before);
        }
    }

    @Test
    void anExportToAFullDiskSaysSoInOneLineAndLeavesNoFile() throws Exception {
        Path ws = dir.resolve("ws");
        Path customers = new MobileCommerceGenerator(MobileCommerceGenerator.DEFAULT_SEED)
                .writeSnapshots(dir.resolve("data"), 1_000).get(0);
        assertThat(cli(ws, "import", customers.toString(), "--name", "customers").code()).isZero();
        assertThat(cli(ws, "train", "customers", "--learner", "logistic", "--folds", "3").code()).isZero();
        assertThat(cli(ws, "segment", "create", "all", "--dataset", "customers", "--model", "1").code()).isZero();
        Path disk = smallDisk("out", 1);
        fill(disk, 16 << 10);

        for (String name : List.of("list.csv", "list.xlsx")) {
            Run export = cli(ws, "export", "segmentlist", "all", "--out", disk.resolve(name).toString());

            assertThat(export.code()).as(name).isEqualTo(1);
            assertThat(export.err().lines().toList()).as(name).hasSize(1);
            assertThat(export.err()).as(name).startsWith("error: ").contains("disk is full", name)
                    .doesNotContain("Exception");
        }
        try (Stream<Path> files = Files.list(disk)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("filler");
        }
        try (Workspace workspace = Workspace.open(ws)) {
            assertThat(workspace.exportLog().entries()).isEmpty();
        }
    }

    /** A tmpfs of {@code megabytes} mounted in the test's folder, or the test is skipped where that is not allowed. */
    private Path smallDisk(String name, int megabytes) throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "a small disk is a tmpfs mounted for the test, "
                + "which needs root: the disk-full tests are skipped for " + System.getProperty("user.name"));
        Path mount = Files.createDirectories(dir.resolve(name));
        Process mounting = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + megabytes + "m", "tmpfs",
                mount.toString()).redirectErrorStream(true).start();
        String said = new String(mounting.getInputStream().readAllBytes());
        assumeTrue(mounting.waitFor() == 0, "mount -t tmpfs is not allowed here (" + said.strip() + "): the "
                + "disk-full tests are skipped");
        mounts.add(mount);
        return mount;
    }

    /**
     * Fills the disk until at most {@code leave} bytes are free, as another program writing would: in megabytes
     * first (fast enough to fill it while an import still runs), then in 4 KB blocks.
     */
    private static Path fill(Path disk, long leave) throws IOException {
        Path filler = disk.resolve("filler");
        try (OutputStream out = Files.newOutputStream(filler)) {
            for (byte[] block : List.of(new byte[1 << 20], new byte[4096])) {
                while (Files.getFileStore(disk).getUsableSpace() > leave + block.length) {
                    out.write(block);
                }
                out.flush();
            }
        } catch (IOException full) {
            // No space left on device: full, as wanted
        }
        return filler;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private record Run(int code, String err) {
    }

    private static Run cli(Path ws, String... args) {
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--workspace", ws.toString()));
        all.addAll(List.of(args));
        int code = WorkbenchCli.run(all.toArray(String[]::new), new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        return new Run(code, err.toString().strip());
    }
}
