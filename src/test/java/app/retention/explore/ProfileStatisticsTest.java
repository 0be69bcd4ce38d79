package app.retention.explore;

import app.retention.data.ImportOptions;
import app.retention.data.ImportService;
import app.retention.domain.ColumnRole;
import app.retention.domain.ColumnType;
import app.retention.domain.DatasetInfo;
import app.retention.store.Workspace;
import app.retention.task.TaskContext;
import app.retention.testing.SharedDatasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Every column's profile of Telco equals an independent computation in plain Java streams over the raw
 * CSV (the file has no quoted fields, so splitting on commas is exact).
 */
class ProfileStatisticsTest {

    @TempDir
    Path dir;

    @Test
    void everyColumnOfTelcoMatchesAnIndependentComputation() throws IOException {
        Path csv = SharedDatasets.file("telco_customer_churn.csv");
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        String[] header = lines.get(0).split(",", -1);
        List<String[]> rows = lines.stream().skip(1).filter(l -> !l.isBlank()).map(l -> l.split(",", -1)).toList();
        DatasetProfile profile;
        try (Workspace ws = Workspace.open(dir)) {
            DatasetInfo telco = new ImportService(ws.datasets()).importFile(csv, ImportOptions.defaults(), TaskContext.silent()).dataset();
            profile = new ExploreService(ws).profile(telco, TaskContext.silent());
        }
        assertThat(profile.rows()).isEqualTo(rows.size());
        int churn = Arrays.asList(header).indexOf("Churn");
        assertThat(profile.churners()).isEqualTo(rows.stream().filter(r -> r[churn].equals("Yes")).count());
        Map<String, ColumnProfile> byName = profile.columns().stream().collect(Collectors.toMap(ColumnProfile::name, Function.identity()));
        for (int i = 0; i < header.length; i++) {
            int col = i;
            ColumnProfile p = byName.get(header[i]);
            List<String> present = rows.stream().map(r -> r[col].strip()).filter(v -> !v.isEmpty()).toList();
            assertThat(p.missing()).as(header[i] + " missing").isEqualTo(rows.size() - present.size());
            assertThat(p.distinct()).as(header[i] + " distinct").isEqualTo(present.stream().distinct().count());
            if (p.type().isNumeric()) {
                double[] v = present.stream().mapToDouble(Double::parseDouble).sorted().toArray();
                double mean = Arrays.stream(v).average().orElseThrow();
                double sd = Math.sqrt(Arrays.stream(v).map(x -> (x - mean) * (x - mean)).sum() / (v.length - 1));
                NumericSummary s = p.numeric();
                assertThat(s.min()).as(header[i] + " min").isEqualTo(v[0]);
                assertThat(s.max()).as(header[i] + " max").isEqualTo(v[v.length - 1]);
                assertThat(s.mean()).as(header[i] + " mean").isCloseTo(mean, within(1e-9 * Math.max(1, Math.abs(mean))));
                assertThat(s.sd()).as(header[i] + " sd").isCloseTo(sd, within(1e-9 * Math.max(1, sd)));
                assertThat(s.median()).as(header[i] + " median").isCloseTo(quantile(v, 0.5), within(1e-9));
                assertThat(s.q1()).as(header[i] + " q1").isCloseTo(quantile(v, 0.25), within(1e-9));
                assertThat(s.q3()).as(header[i] + " q3").isCloseTo(quantile(v, 0.75), within(1e-9));
                assertThat(s.p05()).as(header[i] + " p05").isCloseTo(quantile(v, 0.05), within(1e-9));
                assertThat(s.p95()).as(header[i] + " p95").isCloseTo(quantile(v, 0.95), within(1e-9));
            } else if (p.role() != ColumnRole.ID && p.type() != ColumnType.DATE) {
                Map<String, Long> counts = present.stream().collect(Collectors.groupingBy(x -> x, Collectors.counting()));
                CategoryCount top = p.topCategories().get(0);
                long expectedTop = counts.values().stream().max(Comparator.naturalOrder()).orElseThrow();
                assertThat(top.count()).as(header[i] + " top count").isEqualTo(expectedTop);
                assertThat(counts.get(top.value())).as(header[i] + " top value " + top.value()).isEqualTo(expectedTop);
                long churners = rows.stream().filter(r -> r[col].strip().equals(top.value()) && r[churn].equals("Yes")).count();
                if (p.type() != ColumnType.BOOLEAN || !header[i].equals("SeniorCitizen")) {
                    assertThat(top.churners()).as(header[i] + " top churners").isEqualTo(churners);
                }
            }
        }
    }

    /** Linear interpolation between order statistics at (n − 1)·p. */
    private static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
