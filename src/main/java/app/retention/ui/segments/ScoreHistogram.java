package app.retention.ui.segments;

import app.retention.segment.RiskBands;
import app.retention.segment.ScoredCustomer;
import app.retention.ui.common.ChartLook;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * How the scored customers' churn probabilities spread, in bins of 0.05, with the risk bands' cut-offs marked: where
 * High and Medium start, and how many customers each side of them (issue 12, section 3).
 */
final class ScoreHistogram {

    static final int BINS = 20;

    private ScoreHistogram() {
    }

    /** Customers per bin of width 1 / {@link #BINS}; a probability of exactly 1 falls in the last bin. */
    static long[] counts(List<ScoredCustomer> customers) {
        long[] counts = new long[BINS];
        for (ScoredCustomer c : customers) {
            counts[Math.min(BINS - 1, (int) Math.floor(c.probability() * BINS))]++;
        }
        return counts;
    }

    static JFreeChart of(List<ScoredCustomer> customers, RiskBands bands) {
        long[] counts = counts(customers);
        XYSeries series = new XYSeries("Customers");
        for (int b = 0; b < BINS; b++) {
            series.add((b + 0.5) / BINS, counts[b]);
        }
        XYSeriesCollection data = new XYSeriesCollection(series);
        data.setIntervalWidth(1.0 / BINS);

        NumberAxis probability = new NumberAxis("Churn probability");
        ChartLook.axis(probability);
        probability.setRange(0, 1);
        probability.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(0.2));
        NumberAxis customersAxis = new NumberAxis("Customers");
        ChartLook.axis(customersAxis);
        customersAxis.setNumberFormatOverride(NumberFormat.getIntegerInstance(Locale.US));
        customersAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());

        XYBarRenderer bars = new XYBarRenderer(0.08);
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, ChartLook.BARS);
        XYPlot plot = new XYPlot(data, probability, customersAxis, bars);
        ChartLook.plot(plot);
        plot.setRangeGridlinePaint(ChartLook.GRID);

        List<Double> cutoffs = bands.cutoffs();
        List<String> names = bands.names();
        for (int i = 0; i < cutoffs.size(); i++) {
            ValueMarker marker = new ValueMarker(cutoffs.get(i), ChartLook.RATE, ChartLook.DASHED);
            marker.setLabel(names.get(i) + " ≥ " + String.format(Locale.US, "%.2f", cutoffs.get(i)));
            marker.setLabelFont(ChartLook.LABEL);
            marker.setLabelPaint(ChartLook.RATE);
            // both labels right of their line, at different heights so that near cut-offs do not collide
            marker.setLabelAnchor(i == 0 ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.RIGHT);
            marker.setLabelTextAnchor(i == 0 ? TextAnchor.TOP_LEFT : TextAnchor.CENTER_LEFT);
            marker.setLabelBackgroundColor(new java.awt.Color(255, 255, 255, 200));
            plot.addDomainMarker(marker);
        }
        return ChartLook.chart(plot, false);
    }
}
