package app.retention.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the shared public churn datasets ({@code ../shared/datasets}, or the {@code retention.datasets}
 * system property). Fails, never skips, when they are missing: CI has them.
 */
public final class SharedDatasets {

    private SharedDatasets() {
    }

    public static Path file(String name) {
        String configured = System.getProperty("retention.datasets");
        Path dir = configured != null ? Path.of(configured) : Path.of("..", "shared", "datasets");
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("Shared dataset " + file.toAbsolutePath() + " not found; tests need "
                    + "../shared/datasets beside the project (or -Dretention.datasets=DIR).");
        }
        return file;
    }
}
