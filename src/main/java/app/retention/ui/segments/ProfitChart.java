package app.retention.ui.segments;

import app.retention.segment.ValuePlan;
import app.retention.ui.common.ChartLook;
import app.retention.ui.common.Formats;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * The profit curve: expected value saved (net of the campaign's cost) against the number of customers contacted,
 * best contacts first, with markers at the team's capacity and at the curve's peak.
 */
final class ProfitChart {

    static final String SERIES = "Expected net value saved";
    private static final int MAX_POINTS = 800;

    private ProfitChart() {
    }

    static JFreeChart of(ValuePlan plan, int capacity, String currency) {
        double[] curve = plan.profitCurve();
        XYSeries series = new XYSeries(SERIES);
        int step = Math.max(1, (curve.length - 1) / MAX_POINTS);
        for (int k = 0; k < curve.length; k += step) {
            series.add(k, curve[k]);
        }
        series.add(curve.length - 1, curve[curve.length - 1]);
        series.add(plan.peakListSize(), plan.peakValue());

        NumberAxis contacts = new NumberAxis("Customers contacted (best first)");
        ChartLook.axis(contacts);
        contacts.setNumberFormatOverride(NumberFormat.getIntegerInstance(Locale.US));
        contacts.setRange(0, Math.max(1, curve.length - 1));
        NumberAxis value = new NumberAxis(currency.isEmpty() ? SERIES : SERIES + " (" + currency + ")");
        ChartLook.axis(value);
        value.setNumberFormatOverride(NumberFormat.getIntegerInstance(Locale.US));
        value.setAutoRangeIncludesZero(true);

        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
        line.setSeriesPaint(0, ChartLook.ACCENT);
        line.setSeriesStroke(0, ChartLook.RATE_LINE);
        XYPlot plot = new XYPlot(new XYSeriesCollection(series), contacts, value, line);
        ChartLook.plot(plot);
        plot.setRangeGridlinePaint(ChartLook.GRID);
        plot.setDomainGridlinePaint(ChartLook.GRID);

        ValueMarker peak = marker(plan.peakListSize(), "peak " + Formats.count(plan.peakListSize()),
                ChartLook.AVERAGE);
        peak.setStroke(ChartLook.DASHED);
        plot.addDomainMarker(peak);
        ValueMarker atCapacity = marker(Math.min(capacity, curve.length - 1), "capacity " + Formats.count(capacity),
                ChartLook.RATE);
        atCapacity.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
        atCapacity.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        plot.addDomainMarker(atCapacity);
        return ChartLook.chart(plot, false);
    }

    private static ValueMarker marker(double x, String label, java.awt.Color colour) {
        ValueMarker marker = new ValueMarker(x, colour, new java.awt.BasicStroke(1.8f));
        marker.setLabel(label);
        marker.setLabelFont(ChartLook.LABEL);
        marker.setLabelPaint(colour);
        marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        marker.setLabelBackgroundColor(new java.awt.Color(255, 255, 255, 200));
        return marker;
    }
}
