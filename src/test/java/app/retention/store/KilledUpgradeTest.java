package app.retention.store;

import app.retention.testing.KilledCommand;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A workspace an earlier release was writing to when it was killed (kill -9) opens in this release: it is
 * rebuilt, brought up to this schema, holds every row committed before the kill, and opens and writes again.
 * Before the rebuild, such a workspace could hang for ever in the upgrade (docs/adr/0009).
 */
@Tag("slow")
class KilledUpgradeTest {

    private static final int KILLS = 6;
    private static final String LATEST = "13";

    @TempDir
    Path dir;

    @Test
    void everyWorkspaceKilledWhileAnEarlierReleaseWroteIsUpgradedWithEveryCommittedRow() throws Exception {
        Random random = new Random(20261128);
        for (int trial = 1; trial <= KILLS; trial++) {
            Path ws = dir.resolve("trial-" + trial);
            Path progress = dir.resolve("progress-" + trial);
            KilledCommand earlier = KilledCommand.startMain(dir.resolve("out-" + trial), EarlierRelease.class,
                    ws.toString(), "7", progress.toString());
            assertThat(earlier.waitUntil(() -> Files.exists(progress))).as("trial %d: the earlier release writes",
                    trial).isTrue();
            assertThat(earlier.killIn(Duration.ofMillis(100 + random.nextInt(900)))).isTrue();
            long committed = Long.parseLong(Files.readString(progress).strip());

            int at = trial;
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                try (Workspace workspace = Workspace.open(ws)) {
                    assertThat(workspace.rebuiltAfterUncleanClose()).as("trial %d", at).isPresent();
                    assertThat(schemaVersions(workspace)).as("trial %d", at).endsWith(LATEST);
                    assertThat(rowsWritten(workspace)).as("trial %d", at).isGreaterThanOrEqualTo(committed);
                }
            }, "trial " + trial + ": the open after the kill hung");
            for (int open = 1; open <= 3; open++) {
                try (Workspace workspace = Workspace.open(ws)) {
                    assertThat(workspace.rebuiltAfterUncleanClose()).isEmpty();
                    assertThat(rowsWritten(workspace)).isGreaterThanOrEqualTo(committed);
                    workspace.putSetting("open-" + open, "works");
                }
            }
        }
    }

    private static long rowsWritten(Workspace workspace) throws SQLException {
        try (Connection c = workspace.connection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM workspace_setting WHERE setting_key LIKE 'row-%'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static java.util.List<String> schemaVersions(Workspace workspace) throws SQLException {
        java.util.List<String> versions = new java.util.ArrayList<>();
        try (Connection c = workspace.connection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" "
                     + "ORDER BY \"installed_rank\"")) {
            while (rs.next()) {
                versions.add(rs.getString(1));
            }
        }
        return versions;
    }

}
