package app.retention.ui.monitor;

import app.retention.export.DesignTokens;
import app.retention.ui.common.ChartKind;
import app.retention.ui.common.ChartLook;
import app.retention.usecase.DecayReport;
import app.retention.usecase.FeatureDrift;
import app.retention.usecase.MonitorReport;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StatisticalLineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.Color;
import java.awt.Paint;
import java.util.List;
import java.util.Locale;

/**
 * The Monitor screen's charts: PSI per input with the watch and shifted lines, the two score distributions, and the
 * realised ROC AUC over snapshots against the validation and first-after-training lines.
 */
public final class MonitorCharts {

    /** The charts of a report, in the order of the screen's chart tabs. */
    public enum Kind implements ChartKind {
        PSI("Drift per input (PSI)", "psi"), SCORES("Score distributions", "score-distributions");

        private final Naming naming;

        Kind(String title, String fileStem) {
            this.naming = new Naming(title, fileStem);
        }

        @Override
        public Naming naming() {
            return naming;
        }
    }

    static final String PSI_SERIES = "PSI against the training data";
    static final String TRAINING_SERIES = "Training data (validation scores)";
    static final String SNAPSHOT_SERIES = "This snapshot";
    static final String REALISED_SERIES = "Realised ROC AUC with its 95% interval";
    /** The PSI axis ends here at least, so that both threshold lines show. */
    static final double PSI_AXIS_FLOOR = 0.5;
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
        double cap = psiAxisEnd(features.stream().mapToDouble(FeatureDrift::psi).toArray());
        psi.setRange(0, cap);
        ChartLook.axis(inputs);
        ChartLook.axis(psi);
        BarRenderer bars = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                double v = features.get(column).psi();
                return v > MonitorViewModel.SHIFTED ? SHIFTED : v >= MonitorViewModel.WATCH ? WATCH : ChartLook.BARS;
            }
        };
        // a bar beyond the axis's end is cut there and says its value
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator() {
            @Override
            public String generateLabel(org.jfree.data.category.CategoryDataset dataset, int row, int column) {
                double v = features.get(column).psi();
                return v > cap ? String.format(Locale.ROOT, "%.2f ▸", v) : null;
            }
        });
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultItemLabelFont(ChartLook.AXIS);
        bars.setDefaultItemLabelPaint(Color.WHITE);
        bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.INSIDE3, TextAnchor.CENTER_RIGHT));
        bars.setPositiveItemLabelPositionFallback(new ItemLabelPosition(ItemLabelAnchor.INSIDE3,
                TextAnchor.CENTER_RIGHT));
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setMaximumBarWidth(0.08);
        CategoryPlot plot = new CategoryPlot(data, inputs, psi, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeGridlinePaint(ChartLook.GRID);
        ValueMarker watch = threshold(MonitorViewModel.WATCH, "watch 0.1", WATCH, false);
        // one line above the shifted label: the two lines are close once the axis is capped
        watch.setLabelOffset(new RectangleInsets(3, 3, 20, 3));
        plot.addRangeMarker(watch);
        plot.addRangeMarker(threshold(MonitorViewModel.SHIFTED, "shifted 0.25", SHIFTED, true));
        ChartLook.plot(plot);
        return ChartLook.chart(plot, false);
    }

    /**
     * Where the PSI axis ends: past the largest PSI when it is small, else at 1.5 × the second largest (at least
     * {@link #PSI_AXIS_FLOOR}), so that one huge shift (a new app version: PSI 7.6) does not flatten every other bar.
     */
    static double psiAxisEnd(double[] psis) {
        double[] sorted = java.util.Arrays.stream(psis).sorted().toArray();
        double top = sorted.length == 0 ? 0 : sorted[sorted.length - 1];
        double second = sorted.length < 2 ? 0 : sorted[sorted.length - 2];
        double cap = Math.max(PSI_AXIS_FLOOR, second * 1.5);
        return top * 1.08 <= cap ? Math.max(0.3, top * 1.08) : cap;
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

    /**
     * Realised ROC AUC per snapshot (and per campaign's held-out customers) with its 95% interval, oldest first,
     * against a line at the validation figure and one at the first snapshot after training; a point that recommends
     * retraining is drawn in the danger colour.
     */
    public static JFreeChart decay(DecayReport report) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        List<DecayReport.Point> points = report.points();
        double low = report.validation().auc();
        double high = low;
        for (DecayReport.Point p : points) {
            // DeLong's interval is AUC ± 1.96 SE: the renderer draws mean ± this half-width
            double half = Math.max(p.realised().auc() - p.realised().aucLow(), p.realised().aucHigh()
                    - p.realised().auc());
            data.add(p.realised().auc(), half, REALISED_SERIES, axisLabel(p));
            low = Math.min(low, p.realised().aucLow());
            high = Math.max(high, p.realised().aucHigh());
        }
        CategoryAxis snapshots = new CategoryAxis(null);
        snapshots.setMaximumCategoryLabelLines(3);
        NumberAxis auc = new NumberAxis("ROC AUC");
        auc.setRange(Math.max(0, low - 0.03), Math.min(1, high + 0.03));
        ChartLook.axis(snapshots);
        ChartLook.axis(auc);
        StatisticalLineAndShapeRenderer renderer = new StatisticalLineAndShapeRenderer(false, true) {
            @Override
            public Paint getItemPaint(int row, int column) {
                return points.get(column).retrainRecommended() ? SHIFTED : ChartLook.ACCENT;
            }
        };
        renderer.setSeriesPaint(0, ChartLook.ACCENT);
        renderer.setErrorIndicatorPaint(ChartLook.TEXT);
        renderer.setErrorIndicatorStroke(ChartLook.SERIES_LINE);
        renderer.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-5, -5, 10, 10));
        CategoryPlot plot = new CategoryPlot(data, snapshots, auc, renderer);
        plot.setRangeGridlinePaint(ChartLook.GRID);
        // the two baselines as dashed lines, named in the legend (a label on the line would sit on a point)
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(new LegendItem(REALISED_SERIES, null, null, null, new java.awt.geom.Ellipse2D.Double(-5, -5, 10, 10),
                ChartLook.ACCENT));
        legend.add(line(String.format(Locale.ROOT, "Validation %.3f", report.validation().auc()), ChartLook.REFERENCE));
        plot.addRangeMarker(new ValueMarker(report.validation().auc(), ChartLook.REFERENCE, ChartLook.DASHED));
        points.stream().filter(p -> p.snapshot().equals(report.firstAfterTraining())
                        && p.kind() == DecayReport.Kind.SNAPSHOT).findFirst().ifPresent(first -> {
                            legend.add(line(String.format(Locale.ROOT, "First snapshot after training %.3f",
                                    first.realised().auc()), WATCH));
                            plot.addRangeMarker(new ValueMarker(first.realised().auc(), WATCH, ChartLook.DASHED));
                        });
        plot.setFixedLegendItems(legend);
        ChartLook.plot(plot);
        return ChartLook.chart(plot, true);
    }

    /** A legend entry drawn as a dashed line. */
    private static LegendItem line(String label, Color colour) {
        LegendItem item = new LegendItem(label, null, null, null, new java.awt.geom.Line2D.Double(-10, 0, 10, 0),
                ChartLook.DASHED, colour);
        return item;
    }

    /**
     * The point's name under the chart: the snapshot's name (and version after the first), or "held out: CAMPAIGN";
     * a long name gets a space after an underscore near its middle, where the axis may break it.
     */
    static String axisLabel(DecayReport.Point p) {
        String label = p.kind() == DecayReport.Kind.CAMPAIGN ? "held out: " + p.label().substring("campaign ".length())
                : p.snapshot().endsWith("@1") ? p.snapshot().substring(0, p.snapshot().length() - 2)
                : p.snapshot().replace("@", " v");
        int middle = label.lastIndexOf('_', label.length() / 2 + 4);
        return label.length() <= 18 || middle < 0 ? label : label.substring(0, middle + 1) + " "
                + label.substring(middle + 1);
    }

    /** What a point is: the snapshot's reference, or "held out: CAMPAIGN". */
    static String label(DecayReport.Point p) {
        return p.kind() == DecayReport.Kind.SNAPSHOT ? p.snapshot()
                : "held out: " + p.label().substring("campaign ".length());
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
