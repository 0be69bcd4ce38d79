package app.retention.ui.common;

import app.retention.export.DesignTokens;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.stream.IntStream;

/**
 * The look of the workbench's charts. Charts are drawn by JFreeChart (AWT), which JavaFX CSS does not style, so
 * their colours are read from styles/tokens.css through {@link DesignTokens}.
 */
public final class ChartLook {

    public static final Color TEXT = DesignTokens.colour("text");
    public static final Color MUTED = DesignTokens.colour("text-muted");
    public static final Color GRID = DesignTokens.colour("grid");
    public static final Color BARS = DesignTokens.colour("importance");
    public static final Color RATE = DesignTokens.colour("rate");
    public static final Color AVERAGE = MUTED;
    /**
     * The colours of models on the Models screen's charts, as -rw-series-0 … -rw-series-9 in styles/tokens.css:
     * eight for the models, then one for ZeroR and one for the rule baseline.
     */
    public static final Color[] SERIES = IntStream.range(0, 10).mapToObj(i -> DesignTokens.colour("series-" + i))
            .toArray(Color[]::new);
    public static final int MODEL_COLOURS = 8;
    public static final int ZEROR_COLOUR = 8;
    public static final int RULE_COLOUR = 9;
    /** The no-skill reference lines (the ROC diagonal, lift 1.0), as -rw-reference. */
    public static final Color REFERENCE = DesignTokens.colour("reference");
    /** A single series (the Segments profit curve): the first model colour. */
    public static final Color ACCENT = SERIES[0];
    public static final Font LABEL = new Font("SansSerif", Font.PLAIN, 12);
    public static final Font AXIS = new Font("SansSerif", Font.BOLD, 12);
    public static final BasicStroke RATE_LINE = new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    public static final BasicStroke SERIES_LINE = new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    public static final BasicStroke BASELINE_LINE = new BasicStroke(2.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND,
            10f, new float[] {8f, 5f}, 0f);
    public static final BasicStroke REFERENCE_LINE = new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
            10f, new float[] {3f, 4f}, 0f);
    public static final BasicStroke DASHED = new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {6f, 5f}, 0f);

    private ChartLook() {
    }

    public static void axis(Axis axis) {
        axis.setLabelFont(AXIS);
        axis.setLabelPaint(MUTED);
        axis.setTickLabelFont(LABEL);
        axis.setTickLabelPaint(TEXT);
        axis.setAxisLinePaint(GRID);
        axis.setTickMarkPaint(GRID);
    }

    public static void plot(Plot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setInsets(new RectangleInsets(8, 4, 4, 8));
    }

    public static JFreeChart chart(Plot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(6, 6, 6, 6));
        LegendTitle title = chart.getLegend();
        if (title != null) {
            title.setPosition(RectangleEdge.TOP);
            // room between one item's words and the next item's line or dot (m3)
            title.setItemLabelPadding(new RectangleInsets(2, 4, 2, 24));
            title.setItemFont(LABEL);
            title.setItemPaint(TEXT);
            title.setFrame(org.jfree.chart.block.BlockBorder.NONE);
            title.setBackgroundPaint(Color.WHITE);
        }
        return chart;
    }

    /** The colour of series {@code index}: the two baseline colours, or a model colour repeating after eight. */
    public static Color series(int index) {
        return SERIES[seriesIndex(index)];
    }

    /** {@code index} within the palette: baselines keep theirs, models cycle through the first eight. */
    public static int seriesIndex(int index) {
        return index == ZEROR_COLOUR || index == RULE_COLOUR ? index : Math.floorMod(index, MODEL_COLOURS);
    }
}
