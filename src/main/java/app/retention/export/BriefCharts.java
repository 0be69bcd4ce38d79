package app.retention.export;

import app.retention.segment.ReasonCount;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * The brief's charts as PNG (drawn by JFreeChart off screen at twice their size, so they stay sharp in print).
 * Charts cannot read the CSS tokens; the colours repeat those of styles/tokens.css.
 */
final class BriefCharts {

    private static final Color TEXT = DesignTokens.colour("text");
    private static final Color MUTED = DesignTokens.colour("text-muted");
    private static final Color GRID = DesignTokens.colour("grid");
    private static final Color ACCENT = DesignTokens.colour("accent");
    private static final Color DANGER = DesignTokens.colour("danger");
    private static final Color TARGET = DesignTokens.colour("target");
    private static final Font LABEL = new Font("SansSerif", Font.PLAIN, 11);
    private static final Font AXIS = new Font("SansSerif", Font.BOLD, 11);
    private static final int SCALE = 2;

    private BriefCharts() {
    }

    /** Share of the segment with each reason, most frequent on top. */
    static byte[] reasons(List<ReasonCount> reasons, int width, int height) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (ReasonCount r : reasons) {
            data.addValue(r.share(), "Share of segment", MessageIdeas.theme(r.feature(), r.label()));
        }
        JFreeChart chart = ChartFactory.createBarChart(null, null, "Share of the segment's customers", data,
                PlotOrientation.HORIZONTAL, false, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        look(chart);
        plot.setRangeGridlinePaint(GRID);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, ACCENT);
        renderer.setMaximumBarWidth(0.12);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
                NumberFormat.getPercentInstance(Locale.US)));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(LABEL);
        renderer.setDefaultItemLabelPaint(TEXT);
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setNumberFormatOverride(NumberFormat.getPercentInstance(Locale.US));
        double top = reasons.stream().mapToDouble(ReasonCount::share).max().orElse(1);
        range.setRange(0, Math.min(1.0, top * 1.18 + 0.02));
        axis(range);
        CategoryAxis categories = plot.getDomainAxis();
        axis(categories);
        categories.setMaximumCategoryLabelWidthRatio(0.45f);
        return png(chart, width, height);
    }

    /** A line chart in the brief's look: grid, no legend, the first series as the accent line. */
    private static JFreeChart lineChart(String xLabel, String yLabel, XYSeriesCollection data) {
        JFreeChart chart = ChartFactory.createXYLineChart(null, xLabel, yLabel, data, PlotOrientation.VERTICAL,
                false, false, false);
        XYPlot plot = chart.getXYPlot();
        look(chart);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setSeriesPaint(0, ACCENT);
        renderer.setSeriesStroke(0, new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        plot.setRenderer(renderer);
        return chart;
    }

    /** Expected value saved against list size, with the capacity and the peak marked. */
    static byte[] profitCurve(ExpectedOutcome outcome, String currency, int width, int height) {
        XYSeries series = new XYSeries("Expected value saved");
        outcome.profitCurve().forEach(p -> series.add(p.listSize(), p.value()));
        JFreeChart chart = lineChart("Customers contacted (list size)", "Expected value saved",
                new XYSeriesCollection(series));
        XYPlot plot = chart.getXYPlot();
        ValueMarker zero = new ValueMarker(0, MUTED, new BasicStroke(0.8f));
        plot.addRangeMarker(zero);
        int capacity = outcome.atCapacity().contacts();
        int peak = outcome.peakListSize();
        // labels right of their lines near the foot, the peak's one line higher, so they never overlap or clip
        plot.addDomainMarker(marker(capacity, "Capacity " + BriefFormats.count(capacity), DANGER, 4));
        if (peak != capacity && peak > 0) {
            plot.addDomainMarker(marker(peak, "Peak " + BriefFormats.count(peak), TARGET, 22));
        }
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setNumberFormatOverride(money(currency));
        range.setAutoRangeIncludesZero(true);
        axis(range);
        NumberAxis domain = (NumberAxis) plot.getDomainAxis();
        domain.setNumberFormatOverride(NumberFormat.getIntegerInstance(Locale.US));
        domain.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        axis(domain);
        return png(chart, width, height);
    }

    /**
     * The Qini curve of a campaign readout, with the straight line from (0, 0) to (N, Q(N)) that random targeting
     * would follow.
     *
     * @param points (k, Q(k)) pairs, k ascending from 0 to N
     */
    static byte[] qini(List<double[]> points, int width, int height) {
        XYSeries curve = new XYSeries("Qini curve");
        points.forEach(p -> curve.add(p[0], p[1]));
        XYSeries random = new XYSeries("Random targeting");
        if (!points.isEmpty()) {
            double[] last = points.get(points.size() - 1);
            random.add(0, 0);
            random.add(last[0], last[1]);
        }
        XYSeriesCollection data = new XYSeriesCollection(curve);
        data.addSeries(random);
        JFreeChart chart = lineChart("Customers, highest churn probability first", "Customers kept (Qini)", data);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer();
        renderer.setSeriesPaint(1, MUTED);
        renderer.setSeriesStroke(1, new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {5f, 4f}, 0f));
        plot.addRangeMarker(new ValueMarker(0, MUTED, new BasicStroke(0.8f)));
        NumberAxis domain = (NumberAxis) plot.getDomainAxis();
        domain.setNumberFormatOverride(NumberFormat.getIntegerInstance(Locale.US));
        domain.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        axis(domain);
        axis(plot.getRangeAxis());
        return png(chart, width, height);
    }

    static String dataUri(byte[] png) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }

    private static ValueMarker marker(double x, String label, Color colour, double raise) {
        ValueMarker marker = new ValueMarker(x, colour, new BasicStroke(1.4f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {5f, 4f}, 0f));
        marker.setLabel(label);
        marker.setLabelFont(AXIS);
        marker.setLabelPaint(colour);
        marker.setLabelBackgroundColor(new Color(255, 255, 255, 220));
        marker.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
        marker.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        marker.setLabelOffset(new RectangleInsets(4, 4, raise, 4));
        return marker;
    }

    private static NumberFormat money(String currency) {
        String prefix = currency == null || currency.isBlank() ? "" : "'" + currency.strip().replace("'", "''") + " '";
        return new DecimalFormat(prefix + "#,##0;-" + prefix + "#,##0", DecimalFormatSymbols.getInstance(Locale.US));
    }

    private static void look(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(4, 4, 4, 10));
        chart.getPlot().setBackgroundPaint(Color.WHITE);
        chart.getPlot().setOutlineVisible(false);
    }

    private static void axis(Axis axis) {
        axis.setLabelFont(AXIS);
        axis.setLabelPaint(MUTED);
        axis.setTickLabelFont(LABEL);
        axis.setTickLabelPaint(TEXT);
        axis.setAxisLinePaint(GRID);
        axis.setTickMarkPaint(GRID);
    }

    private static byte[] png(JFreeChart chart, int width, int height) {
        BufferedImage image = new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(SCALE, SCALE);
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing a PNG to memory cannot fail", e);
        }
        return out.toByteArray();
    }
}
