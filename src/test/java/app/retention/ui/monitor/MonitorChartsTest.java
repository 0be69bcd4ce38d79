package app.retention.ui.monitor;

import app.retention.domain.ModelFigures;
import app.retention.usecase.DecayReport;
import app.retention.usecase.FeatureDrift;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The Monitor screen's charts built from reports (issue 16, points 1 and 3a), without a toolkit. */
class MonitorChartsTest {

    private static FeatureDrift drift(String name, double psi) {
        return new FeatureDrift(name, false, psi, "x", 0, 0, List.of(), 0, 0, List.of());
    }

    @Test
    void oneHugeShiftDoesNotFlattenTheOtherBarsItIsCutAndSaysItsValue() {
        List<FeatureDrift> features = List.of(drift("app_version", 7.58), drift("payment_method", 0.561),
                drift("sessions_30d", 0.345), drift("nps", 0.017));
        JFreeChart chart = MonitorCharts.psi(features);
        CategoryPlot plot = chart.getCategoryPlot();
        double end = plot.getRangeAxis().getUpperBound();
        assertThat(end).isCloseTo(0.561 * 1.5, within(1e-12));
        // both threshold lines stay in sight
        assertThat(plot.getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND)).extracting(m -> ((ValueMarker) m)
                .getValue()).containsExactlyInAnyOrder(MonitorViewModel.WATCH, MonitorViewModel.SHIFTED)
                .allSatisfy(v -> assertThat((Double) v).isLessThan(end));
        BarRenderer bars = (BarRenderer) plot.getRenderer();
        CategoryDataset data = plot.getDataset();
        assertThat(bars.getDefaultItemLabelGenerator().generateLabel(data, 0, 0)).isEqualTo("7.58 ▸");
        assertThat(bars.getDefaultItemLabelGenerator().generateLabel(data, 0, 1)).isNull();
    }

    @Test
    void theAxisEndsPastTheLargestBarWhenNothingIsHuge() {
        assertThat(MonitorCharts.psiAxisEnd(new double[] {0.05, 0.02})).isEqualTo(0.3);
        assertThat(MonitorCharts.psiAxisEnd(new double[] {0.4, 0.3})).isCloseTo(0.432, within(1e-12));
        assertThat(MonitorCharts.psiAxisEnd(new double[] {2.0, 0.1})).isEqualTo(MonitorCharts.PSI_AXIS_FLOOR);
        assertThat(MonitorCharts.psiAxisEnd(new double[0])).isEqualTo(0.3);
    }

    @Test
    void theDecayChartHasAPointWithItsIntervalPerReadingAndBothBaselinesAsLines() {
        ModelFigures validation = new ModelFigures(1, 0.735, 0.726, 0.744, 2.99, 0.087);
        DecayReport.Point october = new DecayReport.Point("mcommerce_2026_10@1", DecayReport.Kind.SNAPSHOT,
                "mcommerce_2026_10@1", 19_697, 3_591, new ModelFigures(1, 0.758, 0.748, 0.767, 3.21, 0.103), null, null,
                false, "");
        DecayReport.Point november = new DecayReport.Point("mcommerce_2026_11_outcomes@1", DecayReport.Kind.SNAPSHOT,
                "mcommerce_2026_11_outcomes@1", 19_413, 3_252, new ModelFigures(1, 0.734, 0.725, 0.744, 2.77, 0.093),
                null, new DecayReport.Drop("on mcommerce_2026_10@1", 0.758, 0.748, 0.767, 0.024, 0.0002, true), true,
                "");
        DecayReport report = new DecayReport(1, "j48", "mcommerce_2026_09@1", validation, "3-fold", "mcommerce_2026_10@1",
                List.of(october, november), true, "");
        CategoryPlot plot = MonitorCharts.decay(report).getCategoryPlot();
        assertThat(plot.getDataset().getColumnCount()).isEqualTo(2);
        assertThat(plot.getDataset().getValue(0, 1).doubleValue()).isEqualTo(0.734);
        assertThat(plot.getDataset().getColumnKey(1).toString()).isEqualTo("mcommerce_2026_11_ outcomes");
        assertThat(plot.getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND)).extracting(m -> ((ValueMarker) m)
                .getValue()).containsExactlyInAnyOrder(0.735, 0.758);
        assertThat(plot.getFixedLegendItems().getItemCount()).isEqualTo(3);
        assertThat(plot.getFixedLegendItems().get(2).getLabel()).isEqualTo("First snapshot after training 0.758");
        assertThat(plot.getRangeAxis().getLowerBound()).isLessThan(0.725);
        assertThat(plot.getRangeAxis().getUpperBound()).isGreaterThan(0.767);
    }

    @Test
    void aChangeInAucReadsWithItsSignAndTheTestOnlyWhenItDropped() {
        assertThat(MonitorView.change(null)).isEmpty();
        assertThat(MonitorView.change(new DecayReport.Drop("x", 0.758, 0, 1, 0.024, 0.0002, true)))
                .isEqualTo("−0.024 (p < 0.001)");
        assertThat(MonitorView.change(new DecayReport.Drop("x", 0.735, 0, 1, -0.023, 0.9997, false)))
                .isEqualTo("+0.023");
    }
}
