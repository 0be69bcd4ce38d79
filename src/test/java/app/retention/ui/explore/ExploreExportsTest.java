package app.retention.ui.explore;

import app.retention.domain.ColumnRole;
import app.retention.domain.ColumnType;
import app.retention.explore.ChurnBreakdown;
import app.retention.explore.ColumnProfile;
import app.retention.explore.Crosstab;
import app.retention.explore.NumericSummary;
import app.retention.explore.RateGroup;
import app.retention.ui.common.ChartFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The pure parts of the Explore screen: tab-separated text, chart files, heat colours, statistics. */
class ExploreExportsTest {

    @TempDir
    Path dir;

    private static RateGroup group(String label, long customers, long churners) {
        double rate = (double) churners / customers;
        return new RateGroup(label, label, customers, churners, rate, rate * 0.9, rate * 1.1, rate / 0.2, null);
    }

    @Test
    void tsvKeepsEveryValueInItsOwnCell() {
        String tsv = TsvTable.of(List.of("name", "note"), List.of(List.of("a\tb", "line one\nline two"),
                List.of("c", "")));

        assertThat(tsv).isEqualTo("name\tnote\na b\tline one line two\nc\t\n");
    }

    @Test
    void tsvWritesMissingValuesAsEmptyCells() {
        assertThat(TsvTable.of(List.of("x", "y"), List.of(java.util.Arrays.asList(null, "1")))).isEqualTo("x\ty\n\t1\n");
    }

    @Test
    void chartsAreSavedAsPngOrSvgByExtension() throws Exception {
        ChurnBreakdown breakdown = new ChurnBreakdown("plan", 0.2, List.of(group("basic", 100, 30), group("plus", 50, 5)));

        ChartFiles.save(ChurnChart.of(breakdown), dir.resolve("a/plan.png"));
        ChartFiles.save(ChurnChart.of(breakdown), dir.resolve("a/plan.svg"));

        byte[] png = Files.readAllBytes(dir.resolve("a/plan.png"));
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(dir.resolve("a/plan.svg")).content().contains("<svg").contains("basic").contains("average 20.0%");
    }

    @Test
    void theHeatMapChartIsSavedWithItsLabels() throws Exception {
        RateGroup[][] cells = {{group("a", 100, 10), group("b", 100, 50)}};
        Crosstab table = new Crosstab("plan", "region", List.of("basic"), List.of("north", "south"), cells, 0.2,
                List.of(), List.of());

        ChartFiles.save(CrosstabChart.of(table), dir.resolve("heat.svg"));

        assertThat(dir.resolve("heat.svg")).content().contains("north").contains("50.0%").contains("100 customers");
    }

    @Test
    void heatStepsCompareTheRateWithTheAverage() {
        assertThat(HeatScale.step(100, 0.05, 0.2)).isZero();
        assertThat(HeatScale.step(100, 0.2, 0.2)).isEqualTo(HeatScale.AVERAGE);
        assertThat(HeatScale.step(100, 0.5, 0.2)).isEqualTo(HeatScale.STEPS - 1);
        assertThat(HeatScale.step(0, Double.NaN, 0.2)).isEqualTo(-1);
    }

    @Test
    void numericStatisticsReadAsWholeNumbersOrTwoDecimals() {
        ColumnProfile p = new ColumnProfile("fee", ColumnType.DECIMAL, ColumnRole.FEATURE, 1000, 250, 40,
                new NumericSummary(1, 1500, 12.345, 3.2, 2, 5, 10, 15, 20), null, null, null);

        assertThat(ColumnStats.of(p)).contains(new ColumnStats.Stat("Missing", "250 (25.0%)"),
                new ColumnStats.Stat("Maximum", "1,500"), new ColumnStats.Stat("Mean", "12.35"));
    }

    @Test
    void columnMarksAreShortAndOnlyUnusualRolesAreNamed() {
        assertThat(ColumnGlyphs.type(ColumnType.INTEGER)).isEqualTo("#");
        assertThat(ColumnGlyphs.type(ColumnType.CATEGORY)).isEqualTo("Aa");
        assertThat(ColumnGlyphs.role(ColumnRole.FEATURE)).isEmpty();
        assertThat(ColumnGlyphs.role(ColumnRole.TARGET)).isEqualTo("target");
    }
}
