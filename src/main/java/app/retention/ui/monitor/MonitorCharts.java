package app.retention.ui.monitor;

import app.retention.export.DesignTokens;
import app.retention.ui.common.ChartLook;
import app.retention.usecase.FeatureDrift;
import app.retention.usecase.MonitorReport;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.Color;
import java.awt.Paint;
import java.util.List;

/** The Monitor screen's charts: PSI per input with the watch and shifted lines, and the two score distributions. */
public final class MonitorCharts {

    /** The charts of a report, in the order of the screen's chart tabs. */
    public enum Kind {
        PSI("Drift per input (PSI)", "psi"), SCORES("Score distributions", "score-distributions");

        private final String title;
        private final String fileStem;

        Kind(String title, String fileStem) {
            this.title = title;
            this.fileStem = fileStem;
        }

        public String title() {
            return title;
        }

        public String fileStem() {
            return fileStem;
        }
    }

    static final String PSI_SERIES = "PSI against the training data";
    static final String TRAINING_SERIES = "Training data (validation scores)";
    static final String SNAPSHOT_SERIES = "This snapshot";
    private static final Color SHIFTED = DesignTokens.colour("danger");
    private static final Color WATCH = DesignTokens.colour("warning");

    private MonitorCharts() {
    }

    public static JFreeChart of(Kind kind, MonitorReport report) {
        return kind == Kind.PSI ? psi(report.features()) : scores(report.score());
    }

    /** One horizontal bar per input, most shifted on top, coloured by level, with the 0.1 and 0.25 lines. */
    static JFreeChart psi(List<FeatureDrift> features) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (FeatureDrift f : features) {
            data.addValue(f.psi(), PSI_SERIES, f.feature());
        }
        CategoryAxis inputs = new CategoryAxis(null);
        NumberAxis psi = new NumberAxis("PSI (0.1 watch, 0.25 shifted)");
        double top = features.stream().mapToDouble(FeatureDrift::psi).max().orElse(0);
        psi.setRange(0, Math.max(0.3, top * 1.08));
        ChartLook.axis(inputs);
        ChartLook.axis(psi);
        BarRenderer bars = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                double v = features.get(column).psi();
                return v > MonitorViewModel.SHIFTED ? SHIFTED : v >= MonitorViewModel.WATCH ? WATCH : ChartLook.BARS;
            }
        };
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setMaximumBarWidth(0.08);
        CategoryPlot plot = new CategoryPlot(data, inputs, psi, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeGridlinePaint(ChartLook.GRID);
        plot.addRangeMarker(threshold(MonitorViewModel.WATCH, "watch 0.1", WATCH, false));
        plot.addRangeMarker(threshold(MonitorViewModel.SHIFTED, "shifted 0.25", SHIFTED, true));
        ChartLook.plot(plot);
        return ChartLook.chart(plot, false);
    }

    /** A dashed line with its label beside it, on the left of the line when {@code left} (room at the right end). */
    private static ValueMarker threshold(double at, String label, Color colour, boolean left) {
        ValueMarker marker = new ValueMarker(at, colour, ChartLook.DASHED);
        marker.setLabel(label);
        marker.setLabelFont(ChartLook.LABEL);
        marker.setLabelPaint(colour);
        marker.setLabelBackgroundColor(Color.WHITE);
        marker.setLabelAnchor(left ? RectangleAnchor.BOTTOM_LEFT : RectangleAnchor.BOTTOM_RIGHT);
        marker.setLabelTextAnchor(left ? TextAnchor.BOTTOM_RIGHT : TextAnchor.BOTTOM_LEFT);
        return marker;
    }

    /** The share of customers per 5-point band of churn probability: the training data's and the snapshot's. */
    static JFreeChart scores(MonitorReport.ScoreDrift drift) {
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(series(TRAINING_SERIES, drift.sharesBefore()));
        data.addSeries(series(SNAPSHOT_SERIES, drift.sharesNow()));
        NumberAxis probability = new NumberAxis("Churn probability (%)");
        probability.setRange(0, 100);
        NumberAxis share = new NumberAxis("Customers (%)");
        ChartLook.axis(probability);
        ChartLook.axis(share);
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < 2; i++) {
            lines.setSeriesPaint(i, ChartLook.series(i));
            lines.setSeriesStroke(i, i == 0 ? ChartLook.BASELINE_LINE : ChartLook.SERIES_LINE);
        }
        XYPlot plot = new XYPlot(data, probability, share, lines);
        plot.setRangeGridlinePaint(ChartLook.GRID);
        plot.setDomainGridlinePaint(ChartLook.GRID);
        ChartLook.plot(plot);
        return ChartLook.chart(plot, true);
    }

    private static XYSeries series(String name, double[] shares) {
        XYSeries series = new XYSeries(name);
        double width = 100.0 / shares.length;
        for (int i = 0; i < shares.length; i++) {
            series.add(width * (i + 0.5), shares[i] * 100);
        }
        return series;
    }
}
