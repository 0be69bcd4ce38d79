package app.retention.ui.models;

import app.retention.evaluate.CalibrationBin;
import app.retention.evaluate.GainsPoint;
import app.retention.evaluate.LiftDecile;
import app.retention.evaluate.PrecisionRecallPoint;
import app.retention.evaluate.RocPoint;
import app.retention.ui.common.ChartLook;
import app.retention.ui.common.Formats;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.geom.Ellipse2D;
import java.text.DecimalFormat;
import java.util.List;
import java.util.Locale;

/**
 * The Models screen's charts: one line per selected model in its own colour (baselines dashed), with the no-skill
 * reference of each chart (the diagonal of ROC, gains and calibration; lift 1.0; precision at the base rate).
 */
public final class ModelCharts {

    /** Points closer than this to the last one drawn are skipped: a curve of 20,000 thresholds stays light. */
    static final double MIN_STEP = 0.002;
    private static final DecimalFormat PERCENT = new DecimalFormat("0%");
    private static final DecimalFormat PERCENT_TIP = new DecimalFormat("0.0%");

    private ModelCharts() {
    }

    public static JFreeChart of(CurveKind kind, List<CurveSeries> models) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (CurveSeries model : models) {
            data.addSeries(series(kind, model));
        }
        NumberAxis x = new NumberAxis(xLabel(kind));
        NumberAxis y = new NumberAxis(yLabel(kind));
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, kind == CurveKind.LIFT
                || kind == CurveKind.CALIBRATION);
        for (int i = 0; i < models.size(); i++) {
            CurveSeries model = models.get(i);
            renderer.setSeriesPaint(i, ChartLook.series(model.colour()));
            renderer.setSeriesStroke(i, model.baseline() ? ChartLook.BASELINE_LINE : ChartLook.SERIES_LINE);
            renderer.setSeriesShape(i, new Ellipse2D.Double(-4, -4, 8, 8));
        }
        renderer.setDrawSeriesLineAsPath(true);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        ChartLook.plot(plot);
        plot.setInsets(new RectangleInsets(8, 4, 4, 18)); // room for the last tick label, 100%
        plot.setDomainGridlinePaint(ChartLook.GRID);
        plot.setRangeGridlinePaint(ChartLook.GRID);
        ChartLook.axis(x);
        ChartLook.axis(y);
        if (kind == CurveKind.LIFT) {
            x.setRange(0.5, 10.5);
            x.setTickUnit(new NumberTickUnit(1, new DecimalFormat("0")));
            y.setNumberFormatOverride(new DecimalFormat("0.0×"));
            y.setAutoRangeIncludesZero(true);
            y.setUpperMargin(0.1);
            renderer.setDefaultToolTipGenerator(new StandardXYToolTipGenerator("{0}: decile {1}, lift {2}",
                    new DecimalFormat("0"), new DecimalFormat("0.00×")));
            plot.addRangeMarker(reference(1.0, "average (lift 1.0)"), Layer.BACKGROUND);
        } else {
            unitAxis(x);
            unitAxis(y);
            renderer.setDefaultToolTipGenerator(new StandardXYToolTipGenerator("{0}: {1}, {2}", PERCENT_TIP, PERCENT_TIP));
            if (kind == CurveKind.PRECISION_RECALL) {
                baseRate(models).ifPresent(rate -> plot.addRangeMarker(reference(rate,
                        "no skill (base rate " + Formats.percent(rate) + ")"), Layer.BACKGROUND));
            } else {
                XYLineAnnotation diagonal = new XYLineAnnotation(0, 0, 1, 1, ChartLook.REFERENCE_LINE, ChartLook.REFERENCE);
                plot.addAnnotation(diagonal);
            }
        }
        return ChartLook.chart(plot, true);
    }

    /**
     * Points at the focused model's threshold on a ROC, precision–recall or gains chart (replacing an earlier
     * mark); other charts have no such point.
     */
    public static void mark(JFreeChart chart, CurveKind kind, OperatingPoint point) {
        XYPlot plot = chart.getXYPlot();
        List.copyOf(plot.getAnnotations()).stream().filter(a -> a instanceof XYPointerAnnotation)
                .forEach(plot::removeAnnotation);
        if (point == null) {
            return;
        }
        double x;
        double y;
        switch (kind) {
            case ROC -> {
                x = point.falsePositiveRate();
                y = point.truePositiveRate();
            }
            case PRECISION_RECALL -> {
                x = point.truePositiveRate();
                y = point.precision();
            }
            case GAINS -> {
                x = point.contacted();
                y = point.truePositiveRate();
            }
            default -> {
                return;
            }
        }
        if (Double.isNaN(y)) {
            return;
        }
        // the label goes towards the middle of the chart, where it stays inside the plot
        boolean below = y > 0.5;
        boolean left = x > 0.6;
        double angle = (left ? 3 : 1) * Math.PI / 4 * (below ? 1 : -1);
        XYPointerAnnotation pointer = new XYPointerAnnotation(String.format(Locale.US, "threshold %.2f",
                point.threshold()), x, y, angle);
        pointer.setTextAnchor(below ? (left ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT)
                : (left ? TextAnchor.BOTTOM_RIGHT : TextAnchor.BOTTOM_LEFT));
        pointer.setBaseRadius(42);
        pointer.setTipRadius(3);
        pointer.setArrowLength(9);
        pointer.setArrowWidth(5);
        pointer.setPaint(ChartLook.TEXT);
        pointer.setArrowPaint(ChartLook.series(point.colour()));
        pointer.setArrowStroke(ChartLook.SERIES_LINE);
        pointer.setFont(ChartLook.LABEL);
        pointer.setBackgroundPaint(new java.awt.Color(255, 255, 255, 220));
        plot.addAnnotation(pointer);
    }

    private static XYSeries series(CurveKind kind, CurveSeries model) {
        ModelCurves c = model.curves();
        String label = kind == CurveKind.CALIBRATION ? model.label() + String.format(Locale.US, " (ECE %.3f)",
                c.calibration().expectedCalibrationError()) : model.label();
        XYSeries series = new XYSeries(label, false, true);
        switch (kind) {
            case ROC -> {
                for (RocPoint p : c.roc()) {
                    addThinned(series, p.falsePositiveRate(), p.truePositiveRate());
                }
            }
            case PRECISION_RECALL -> {
                for (PrecisionRecallPoint p : c.precisionRecall()) {
                    addThinned(series, p.recall(), p.precision());
                }
            }
            case GAINS -> {
                for (GainsPoint p : c.gains()) {
                    addThinned(series, p.contacted(), p.captured());
                }
            }
            case LIFT -> {
                for (LiftDecile d : c.lift()) {
                    series.add(d.decile(), d.lift());
                }
            }
            case CALIBRATION -> {
                for (CalibrationBin b : c.calibration().bins()) {
                    series.add(b.meanPredicted(), b.observedRate());
                }
            }
        }
        return series;
    }

    /** Adds a point unless it is within {@link #MIN_STEP} of the last one; the end of a curve is always kept. */
    static void addThinned(XYSeries series, double x, double y) {
        int n = series.getItemCount();
        if (n >= 2) {
            double lastX = series.getX(n - 1).doubleValue();
            double lastY = series.getY(n - 1).doubleValue();
            double keptX = series.getX(n - 2).doubleValue();
            double keptY = series.getY(n - 2).doubleValue();
            if (Math.abs(lastX - keptX) < MIN_STEP && Math.abs(lastY - keptY) < MIN_STEP) {
                // the last point only held the curve's end so far: move it on
                series.remove(n - 1);
            }
        }
        series.add(x, y);
    }

    private static java.util.Optional<Double> baseRate(List<CurveSeries> models) {
        return models.stream().map(m -> m.curves().baseRate()).findFirst();
    }

    private static void unitAxis(NumberAxis axis) {
        axis.setRange(0, 1);
        axis.setTickUnit(new NumberTickUnit(0.1, PERCENT));
    }

    private static ValueMarker reference(double value, String label) {
        ValueMarker marker = new ValueMarker(value, ChartLook.REFERENCE, ChartLook.REFERENCE_LINE);
        marker.setLabel(label);
        marker.setLabelFont(ChartLook.LABEL);
        marker.setLabelPaint(ChartLook.MUTED);
        // at the left, above the line, on white: the curves meet the reference at the right (m3)
        marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        marker.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        marker.setLabelOffset(new org.jfree.chart.ui.RectangleInsets(2, 36, 2, 2));
        marker.setLabelBackgroundColor(new java.awt.Color(255, 255, 255, 220));
        return marker;
    }

    private static String xLabel(CurveKind kind) {
        return switch (kind) {
            case ROC -> "Stayers flagged (false positive rate)";
            case PRECISION_RECALL -> "Churners caught (recall)";
            case GAINS -> "Customers contacted, highest risk first";
            case LIFT -> "Decile (1 = the highest-risk tenth of customers)";
            case CALIBRATION -> "Predicted churn probability (mean of the bin)";
        };
    }

    private static String yLabel(CurveKind kind) {
        return switch (kind) {
            case ROC -> "Churners caught (true positive rate)";
            case PRECISION_RECALL -> "Flagged who churn (precision)";
            case GAINS -> "Churners captured";
            case LIFT -> "Lift (churn rate ÷ average)";
            case CALIBRATION -> "Observed churn rate";
        };
    }
}
