package app.retention.ui.testing;

import org.jfree.chart.fx.ChartViewer;
import org.jfree.data.xy.XYSeriesCollection;

import java.util.ArrayList;
import java.util.List;

/** What a chart on screen draws, for GUI tests: the names of its series, in order. */
public final class ChartSeries {

    private ChartSeries() {
    }

    /** The series keys of an XY chart's first dataset; empty while the viewer has no chart. */
    public static List<String> of(ChartViewer viewer) {
        if (viewer.getChart() == null) {
            return List.of();
        }
        XYSeriesCollection data = (XYSeriesCollection) viewer.getChart().getXYPlot().getDataset();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < data.getSeriesCount(); i++) {
            keys.add(data.getSeriesKey(i).toString());
        }
        return keys;
    }
}
