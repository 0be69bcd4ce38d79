package app.retention.ui.models;

import app.retention.evaluate.Predictions;
import app.retention.ui.common.ChartFiles;
import app.retention.ui.common.ChartLook;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class ModelChartsTest {

    @TempDir
    Path dir;

    /** 5,000 customers with a score that separates churners somewhat. */
    private static ModelCurves curves(long seed) {
        Random random = new Random(seed);
        double[] p = new double[5000];
        boolean[] y = new boolean[p.length];
        for (int i = 0; i < p.length; i++) {
            y[i] = random.nextDouble() < 0.2;
            p[i] = Math.min(1, Math.max(0, random.nextGaussian() * 0.15 + (y[i] ? 0.45 : 0.3)));
        }
        return ModelCurves.of(new Predictions(p, y));
    }

    private static List<CurveSeries> twoModels() {
        return List.of(new CurveSeries("Boosted trees", 0, false, curves(1)),
                new CurveSeries("No-skill reference (ZeroR)", ChartLook.ZEROR_COLOUR, true, curves(2)));
    }

    @Test
    void everyChartDrawsOneSeriesPerModelInItsColour() {
        for (CurveKind kind : CurveKind.values()) {
            JFreeChart chart = ModelCharts.of(kind, twoModels());
            XYDataset data = chart.getXYPlot().getDataset();
            assertThat(data.getSeriesCount()).as(kind.title()).isEqualTo(2);
            assertThat(data.getSeriesKey(0).toString()).startsWith("Boosted trees");
            assertThat(chart.getXYPlot().getRenderer().getSeriesPaint(1)).isEqualTo(ChartLook.SERIES[ChartLook.ZEROR_COLOUR]);
        }
        JFreeChart lift = ModelCharts.of(CurveKind.LIFT, twoModels());
        assertThat(lift.getXYPlot().getDataset().getItemCount(0)).isEqualTo(10);
        assertThat(lift.getXYPlot().getRangeMarkers(org.jfree.chart.ui.Layer.BACKGROUND)).hasSize(1);
        JFreeChart calibration = ModelCharts.of(CurveKind.CALIBRATION, twoModels());
        assertThat(calibration.getXYPlot().getDataset().getSeriesKey(0).toString()).matches("Boosted trees \\(ECE 0\\.\\d{3}\\)");
    }

    @Test
    void curvesOfThousandsOfThresholdsAreThinnedButKeepTheirEnds() {
        ModelCurves c = curves(3);
        JFreeChart roc = ModelCharts.of(CurveKind.ROC, List.of(new CurveSeries("m", 0, false, c)));
        XYDataset data = roc.getXYPlot().getDataset();
        int n = data.getItemCount(0);

        assertThat(c.roc()).hasSizeGreaterThan(4000);
        assertThat(n).isLessThan(1100);
        assertThat(data.getXValue(0, 0)).isZero();
        assertThat(data.getXValue(0, n - 1)).isEqualTo(1.0);
        assertThat(data.getYValue(0, n - 1)).isEqualTo(1.0);
    }

    @Test
    void chartsSaveAsPngAndSvg() throws Exception {
        JFreeChart gains = ModelCharts.of(CurveKind.GAINS, twoModels());

        ChartFiles.save(gains, dir.resolve("gains.png"));
        ChartFiles.save(gains, dir.resolve("gains.svg"));

        byte[] png = Files.readAllBytes(dir.resolve("gains.png"));
        assertThat(png).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        assertThat(Files.readString(dir.resolve("gains.svg"))).contains("<svg").contains("Boosted trees")
                .contains("Customers contacted, highest risk first");
    }
}
