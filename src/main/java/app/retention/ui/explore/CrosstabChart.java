package app.retention.ui.explore;

import app.retention.explore.Crosstab;
import app.retention.explore.RateGroup;
import app.retention.export.DesignTokens;
import app.retention.ui.common.ChartLook;
import app.retention.ui.common.Formats;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.data.xy.DefaultXYZDataset;

import java.awt.Color;
import java.awt.Font;
import java.util.stream.IntStream;

/**
 * The crosstab heat map as a chart, for saving as PNG or SVG: one block per cell coloured by its
 * {@link HeatScale} step, with the churn rate and the number of customers written in it.
 */
public final class CrosstabChart {

    /** The colours of the heat steps, as -rw-heat-0 … -rw-heat-6 in styles/tokens.css. */
    static final Color[] HEAT = IntStream.range(0, 7).mapToObj(i -> DesignTokens.colour("heat-" + i))
            .toArray(Color[]::new);
    private static final Color EMPTY = DesignTokens.colour("surface");
    private static final Font RATE = new Font("SansSerif", Font.BOLD, 13);
    private static final Font COUNT = new Font("SansSerif", Font.PLAIN, 11);

    private CrosstabChart() {
    }

    public static JFreeChart of(Crosstab table) {
        int rows = table.rowLabels().size();
        int cols = table.columnLabels().size();
        double[] xs = new double[rows * cols];
        double[] ys = new double[rows * cols];
        double[] zs = new double[rows * cols];
        XYPlot plot = new XYPlot();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int i = r * cols + c;
                RateGroup g = table.cells()[r][c];
                // the first row on top, as on screen
                double y = rows - 1 - r;
                xs[i] = c;
                ys[i] = y;
                int step = HeatScale.step(g.customers(), g.rate(), table.baseRate());
                zs[i] = step;
                Color ink = step == 0 || step == HeatScale.STEPS - 1 ? Color.WHITE : ChartLook.TEXT;
                if (g.customers() > 0) {
                    XYTextAnnotation rate = new XYTextAnnotation(Formats.percent(g.rate()), c, y + 0.1);
                    rate.setFont(RATE);
                    rate.setPaint(ink);
                    plot.addAnnotation(rate);
                }
                XYTextAnnotation count = new XYTextAnnotation(Formats.count(g.customers()) + " customers", c, y - 0.18);
                count.setFont(COUNT);
                count.setPaint(ink);
                plot.addAnnotation(count);
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("churn", new double[][] {xs, ys, zs});
        SymbolAxis x = new SymbolAxis(table.columnColumn() == null ? "" : table.columnTitle(),
                table.columnLabels().toArray(new String[0]));
        String[] rowNames = new String[rows];
        for (int r = 0; r < rows; r++) {
            rowNames[r] = table.rowLabels().get(rows - 1 - r);
        }
        SymbolAxis y = new SymbolAxis(table.rowTitle(), rowNames);
        ChartLook.axis(x);
        ChartLook.axis(y);
        x.setGridBandsVisible(false);
        y.setGridBandsVisible(false);
        XYBlockRenderer blocks = new XYBlockRenderer();
        LookupPaintScale scale = new LookupPaintScale(-1, HeatScale.STEPS, EMPTY);
        for (int s = 0; s < HeatScale.STEPS; s++) {
            scale.add(s, HEAT[s]);
        }
        blocks.setPaintScale(scale);
        plot.setDataset(data);
        plot.setDomainAxis(x);
        plot.setRangeAxis(y);
        plot.setRenderer(blocks);
        ChartLook.plot(plot);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        return ChartLook.chart(plot, false);
    }
}
