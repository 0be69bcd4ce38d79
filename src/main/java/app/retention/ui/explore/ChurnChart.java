package app.retention.ui.explore;

import app.retention.explore.ChurnBreakdown;
import app.retention.explore.RateGroup;
import app.retention.ui.common.ChartLook;
import app.retention.ui.common.Formats;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.geom.Ellipse2D;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * A column's distribution with its churn rate: customers per group as bars (left axis), the churn rate of each
 * group as a line with markers (right axis), and the dataset's average churn rate as a dashed line.
 */
public final class ChurnChart {

    static final String CUSTOMERS = "Customers";
    static final String CHURN_RATE = "Churn rate";
    // Explore's plot can be under 500 px wide: upright labels need room to spare, not just to touch
    private static final int UPRIGHT_GROUPS = 8;
    private static final int UPRIGHT_CHARACTERS = 30;
    private static final int UPRIGHT_LONGEST = 12;

    private ChurnChart() {
    }

    /**
     * Upright labels only while they surely fit side by side; bin labels such as "31–42" have no space to wrap at
     * and ran together (finding M11), so longer or many labels are turned 45°, where each needs only a line's
     * height of room.
     */
    static CategoryLabelPositions labelPositions(List<String> labels) {
        int longest = labels.stream().mapToInt(String::length).max().orElse(0);
        int total = labels.stream().mapToInt(String::length).sum();
        boolean fits = labels.size() <= UPRIGHT_GROUPS && total <= UPRIGHT_CHARACTERS && longest <= UPRIGHT_LONGEST;
        return fits ? CategoryLabelPositions.STANDARD : CategoryLabelPositions.UP_45;
    }

    public static JFreeChart of(ChurnBreakdown breakdown) {
        DefaultCategoryDataset counts = new DefaultCategoryDataset();
        DefaultCategoryDataset rates = new DefaultCategoryDataset();
        double highest = breakdown.baseRate();
        for (RateGroup g : breakdown.groups()) {
            counts.addValue(g.customers(), CUSTOMERS, g.label());
            rates.addValue(g.customers() == 0 ? null : g.rate(), CHURN_RATE, g.label());
            highest = Math.max(highest, g.customers() == 0 ? 0 : g.rate());
        }
        CategoryAxis groups = new CategoryAxis(breakdown.label());
        ChartLook.axis(groups);
        groups.setCategoryMargin(0.15);
        groups.setMaximumCategoryLabelLines(2);
        groups.setMaximumCategoryLabelWidthRatio(1.4f);
        groups.setCategoryLabelPositions(labelPositions(breakdown.groups().stream().map(RateGroup::label).toList()));
        NumberAxis customers = new NumberAxis(CUSTOMERS);
        ChartLook.axis(customers);
        customers.setNumberFormatOverride(NumberFormat.getIntegerInstance(Locale.US));
        customers.setUpperMargin(0.12);

        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, ChartLook.BARS);
        bars.setItemMargin(0);
        bars.setMaximumBarWidth(0.12);
        bars.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator("{1}: {2} customers",
                NumberFormat.getIntegerInstance(Locale.US)));

        CategoryPlot plot = new CategoryPlot(counts, groups, customers, bars);
        ChartLook.plot(plot);
        plot.setRangeGridlinePaint(ChartLook.GRID);
        plot.setDomainGridlinesVisible(false);

        NumberAxis rateAxis = new NumberAxis(CHURN_RATE);
        ChartLook.axis(rateAxis);
        rateAxis.setLabelPaint(ChartLook.RATE);
        rateAxis.setNumberFormatOverride(new DecimalFormat("0%"));
        rateAxis.setRange(0, Math.min(1, Math.max(0.05, highest * 1.15)));
        plot.setRangeAxis(1, rateAxis);
        plot.setDataset(1, rates);
        plot.mapDatasetToRangeAxis(1, 1);
        LineAndShapeRenderer line = new LineAndShapeRenderer(true, true);
        line.setSeriesPaint(0, ChartLook.RATE);
        line.setSeriesStroke(0, ChartLook.RATE_LINE);
        line.setSeriesShape(0, new Ellipse2D.Double(-4.5, -4.5, 9, 9));
        line.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator("{1}: {2} churned",
                new DecimalFormat("0.0%")));
        plot.setRenderer(1, line);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);

        if (!Double.isNaN(breakdown.baseRate())) {
            ValueMarker average = new ValueMarker(breakdown.baseRate(), ChartLook.AVERAGE, ChartLook.DASHED);
            average.setLabel("average " + Formats.percent(breakdown.baseRate()));
            average.setLabelFont(ChartLook.LABEL);
            average.setLabelPaint(ChartLook.MUTED);
            average.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            average.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
            average.setLabelBackgroundColor(new java.awt.Color(255, 255, 255, 200));
            plot.addRangeMarker(1, average, Layer.FOREGROUND);
        }
        return ChartLook.chart(plot, true);
    }
}
