package app.retention.store;

import org.flywaydb.core.Flyway;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;

/**
 * Stands in for an earlier release in a child process that a test kills: brings the workspace in {@code args[0]}
 * up to schema version {@code args[1]} only (so this build has a migration to apply at its next open), then
 * writes rows for ever, one commit each, writing to {@code args[2]} how many are committed.
 */
public final class EarlierRelease {

    private EarlierRelease() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Path progress = Path.of(args[2]);
        String url = "jdbc:h2:file:" + dir.resolve(WorkspaceFile.DATABASE_NAME) + Workspace.URL_SETTINGS;
        try (Connection keeper = DriverManager.getConnection(url, "sa", "")) {
            Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target(args[1])
                    .load().migrate();
            keeper.setAutoCommit(false);
            try (PreparedStatement insert = keeper.prepareStatement(
                    "INSERT INTO workspace_setting (setting_key, setting_value) VALUES (?, ?)")) {
                for (int i = 1; ; i++) {
                    insert.setString(1, "row-" + i);
                    insert.setString(2, "x".repeat(200));
                    insert.executeUpdate();
                    keeper.commit();
                    Path next = Files.writeString(progress.resolveSibling(progress.getFileName() + ".next"),
                            Integer.toString(i));
                    Files.move(next, progress, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
            }
        }
    }
}
