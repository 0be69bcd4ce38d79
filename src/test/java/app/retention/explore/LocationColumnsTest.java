package app.retention.explore;

import app.retention.data.ImportOptions;
import app.retention.data.ImportService;
import app.retention.domain.ColumnInfo;
import app.retention.domain.ColumnRole;
import app.retention.domain.DatasetInfo;
import app.retention.store.Workspace;
import app.retention.task.TaskContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, point 2: a file laid out like IBM's Telco v11 (a city shared by a handful of customers each, zip code,
 * coordinates, "Lat Long", a CLIENTNUM key) imports with its locations out of models, says why, and lets the
 * analyst take a location back as a feature.
 */
class LocationColumnsTest {

    @TempDir
    Path dir;

    private static Path telcoLikeFile(Path dir) throws IOException {
        Random random = new Random(11);
        List<String> lines = new ArrayList<>(List.of("CLIENTNUM,City,Zip Code,Lat Long,Latitude,Longitude,Contract,"
                + "tenure,Churn"));
        for (int i = 0; i < 3_000; i++) {
            int city = i < 600 ? i : random.nextInt(600);
            double lat = 32 + city / 100.0;
            double lng = -124 + city / 90.0;
            boolean monthly = random.nextDouble() < 0.5;
            lines.add(String.format(Locale.ROOT, "%d,Town %d,%d,\"%.6f, %.6f\",%.6f,%.6f,%s,%d,%s", 700_000_000 + i * 7,
                    city, 90_000 + city, lat, lng, lat, lng, monthly ? "Month-to-month" : "Two year",
                    1 + random.nextInt(70), random.nextDouble() < (monthly ? 0.4 : 0.05) ? "Yes" : "No"));
        }
        Path file = dir.resolve("telco_v11_like.csv");
        Files.write(file, lines);
        return file;
    }

    @Test
    void locationsAreKeptOutOfModelsWithAWarningThatSaysWhyAndHowToKeepThem() throws IOException {
        try (Workspace workspace = Workspace.open(dir.resolve("ws"))) {
            DatasetInfo data = new ImportService(workspace.datasets()).importFile(telcoLikeFile(dir),
                    ImportOptions.defaults(), TaskContext.silent()).dataset();
            Map<String, ColumnRole> roles = workspace.datasets().columns(data).stream()
                    .collect(Collectors.toMap(ColumnInfo::name, ColumnInfo::role));
            assertThat(roles).containsEntry("CLIENTNUM", ColumnRole.ID).containsEntry("City", ColumnRole.IGNORED)
                    .containsEntry("Zip Code", ColumnRole.IGNORED).containsEntry("Lat Long", ColumnRole.IGNORED)
                    .containsEntry("Latitude", ColumnRole.IGNORED).containsEntry("Longitude", ColumnRole.IGNORED)
                    .containsEntry("Contract", ColumnRole.FEATURE).containsEntry("tenure", ColumnRole.FEATURE)
                    .containsEntry("Churn", ColumnRole.TARGET);

            ExploreService explore = new ExploreService(workspace);
            List<DataWarning> locations = explore.warnings(data, TaskContext.silent()).stream()
                    .filter(w -> w.kind().equals("location")).toList();
            assertThat(locations).extracting(w -> w.columns().get(0))
                    .containsExactlyInAnyOrder("City", "Zip Code", "Lat Long", "Latitude", "Longitude");
            DataWarning city = locations.stream().filter(w -> w.columns().contains("City")).findFirst().orElseThrow();
            assertThat(city.message()).startsWith("`City` has 600 values among 3,000 customers, half of them held by")
                    .contains("treated as personal location data, not a feature")
                    .endsWith("`columns set DATASET City --role feature`.");

            explore.changeRole(data, "City", ColumnRole.FEATURE);
            assertThat(explore.warnings(data, TaskContext.silent())).noneMatch(w -> w.kind().equals("location")
                    && w.columns().contains("City"));
        }
    }
}
