package app.retention.ui.campaigns;

import app.retention.campaign.CampaignReadout;
import app.retention.campaign.CampaignReadout.ArmResult;
import app.retention.campaign.CampaignReadout.BandEffect;
import app.retention.domain.UpliftModelRecord;
import app.retention.evaluate.QiniCurve;
import app.retention.ui.common.ChartKind;
import app.retention.ui.common.ChartLook;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/** The readout's charts: churn per group with its interval, the churn drop by risk band, and the Qini curve. */
public final class CampaignCharts {

    /** The three charts of a readout, in the order of the screen's chart tabs. */
    public enum Kind implements ChartKind {
        ARMS("Churn per group", "churn-per-group"), BANDS("Drop by risk band", "drop-by-band"),
        QINI("Qini curve", "qini");

        private final Naming naming;

        Kind(String title, String fileStem) {
            this.naming = new Naming(title, fileStem);
        }

        @Override
        public Naming naming() {
            return naming;
        }
    }

    static final String ARMS_SERIES = "Churn rate with its 95% interval";
    static final String BANDS_SERIES = "Churn drop with its 95% interval";
    static final String QINI_SERIES = "Extra customers kept, ranked by churn risk";
    static final String RANDOM_SERIES = "Contacting at random";

    private CampaignCharts() {
    }

    public static JFreeChart of(Kind kind, CampaignReadout readout) {
        return switch (kind) {
            case ARMS -> arms(readout);
            case BANDS -> bands(readout);
            case QINI -> qini(readout);
        };
    }

    /** Churn per group (Wilson 95% interval as a whisker). */
    static JFreeChart arms(CampaignReadout r) {
        List<ArmResult> arms = r.arms().stream().filter(a -> a.churnRate() != null).toList();
        YIntervalSeries series = new YIntervalSeries(ARMS_SERIES);
        String[] names = new String[arms.size()];
        for (int i = 0; i < arms.size(); i++) {
            ArmResult a = arms.get(i);
            names[i] = ReadoutSheet.armName(a.arm());
            series.add(i, a.churnRate() * 100, a.churnRateInterval().low() * 100, a.churnRateInterval().high() * 100);
        }
        return intervals(series, names, "Churn rate (%)", false);
    }

    /** The churn drop (control − contacted) per risk band with Newcombe's interval; bands without one are left out. */
    static JFreeChart bands(CampaignReadout r) {
        List<BandEffect> bands = r.bands().stream().filter(b -> b.uplift() != null && b.upliftInterval() != null)
                .toList();
        YIntervalSeries series = new YIntervalSeries(BANDS_SERIES);
        String[] names = new String[bands.size()];
        for (int i = 0; i < bands.size(); i++) {
            BandEffect b = bands.get(i);
            names[i] = b.band() + " risk";
            series.add(i, b.uplift() * 100, b.upliftInterval().low() * 100, b.upliftInterval().high() * 100);
        }
        return intervals(series, names, "Churn drop (points)", true);
    }

    private static JFreeChart intervals(YIntervalSeries series, String[] names, String valueLabel, boolean zeroLine) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(series);
        SymbolAxis groups = new SymbolAxis(null, names);
        ChartLook.axis(groups);
        groups.setGridBandsVisible(false);
        groups.setRange(-0.6, Math.max(0.6, names.length - 0.4));
        NumberAxis value = new NumberAxis(valueLabel);
        ChartLook.axis(value);
        value.setAutoRangeIncludesZero(true);
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setDefaultLinesVisible(false);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-6, -6, 12, 12));
        renderer.setSeriesPaint(0, ChartLook.ACCENT);
        renderer.setErrorPaint(ChartLook.ACCENT);
        renderer.setErrorStroke(new BasicStroke(2.2f));
        renderer.setCapLength(14);
        XYPlot plot = new XYPlot(data, groups, value, renderer);
        ChartLook.plot(plot);
        plot.setRangeGridlinePaint(ChartLook.GRID);
        plot.setDomainGridlinesVisible(false);
        if (zeroLine) {
            plot.addRangeMarker(new ValueMarker(0, ChartLook.REFERENCE, ChartLook.REFERENCE_LINE));
        }
        return ChartLook.chart(plot, true);
    }

    /**
     * The Qini curve (METRICS.md): customers kept by the campaign beyond the control group's rate among the top k
     * ranked by churn risk, against the straight line of contacting at random.
     */
    static JFreeChart qini(CampaignReadout r) {
        List<QiniCurve.QiniPoint> points = r.qini().points();
        XYSeries curve = new XYSeries(QINI_SERIES);
        points.forEach(p -> curve.add(p.k(), p.q()));
        XYSeries random = new XYSeries(RANDOM_SERIES);
        if (!points.isEmpty()) {
            QiniCurve.QiniPoint last = points.get(points.size() - 1);
            random.add(0, 0);
            random.add(last.k(), last.q());
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(curve);
        data.addSeries(random);
        NumberAxis customers = new NumberAxis("Customers of both groups, highest churn risk first");
        ChartLook.axis(customers);
        customers.setNumberFormatOverride(NumberFormat.getIntegerInstance(Locale.US));
        NumberAxis kept = new NumberAxis("Extra customers kept");
        ChartLook.axis(kept);
        kept.setAutoRangeIncludesZero(true);
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
        line.setSeriesPaint(0, ChartLook.ACCENT);
        line.setSeriesStroke(0, ChartLook.SERIES_LINE);
        line.setSeriesPaint(1, ChartLook.REFERENCE);
        line.setSeriesStroke(1, ChartLook.REFERENCE_LINE);
        XYPlot plot = new XYPlot(data, customers, kept, line);
        ChartLook.plot(plot);
        plot.setRangeGridlinePaint(ChartLook.GRID);
        plot.setDomainGridlinePaint(ChartLook.GRID);
        return ChartLook.chart(plot, true);
    }

    static final String BY_UPLIFT_SERIES = "Ranked by who the campaign says responds (uplift)";
    static final String BY_RISK_SERIES = "Ranked by churn risk";

    /**
     * Who to call next time: the Qini curves of an uplift model's out-of-fold predicted uplift and of churn risk on
     * the same customers (docs/adr/0023), against contacting at random.
     */
    static JFreeChart whoResponds(UpliftModelRecord m) {
        XYSeries uplift = new XYSeries(BY_UPLIFT_SERIES);
        m.curveUplift().forEach(p -> uplift.add(p[0], p[1]));
        XYSeries risk = new XYSeries(BY_RISK_SERIES);
        m.curveRisk().forEach(p -> risk.add(p[0], p[1]));
        XYSeries random = new XYSeries(RANDOM_SERIES);
        if (!m.curveUplift().isEmpty()) {
            double[] last = m.curveUplift().get(m.curveUplift().size() - 1);
            random.add(0, 0);
            random.add(last[0], last[1]);
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(uplift);
        data.addSeries(risk);
        data.addSeries(random);
        NumberAxis customers = new NumberAxis("Customers of both groups, in the order of each ranking");
        ChartLook.axis(customers);
        customers.setNumberFormatOverride(NumberFormat.getIntegerInstance(Locale.US));
        NumberAxis kept = new NumberAxis("Extra customers kept");
        ChartLook.axis(kept);
        kept.setAutoRangeIncludesZero(true);
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
        line.setSeriesPaint(0, ChartLook.ACCENT);
        line.setSeriesStroke(0, ChartLook.SERIES_LINE);
        line.setSeriesPaint(1, ChartLook.SERIES[1]);
        line.setSeriesStroke(1, ChartLook.SERIES_LINE);
        line.setSeriesPaint(2, ChartLook.REFERENCE);
        line.setSeriesStroke(2, ChartLook.REFERENCE_LINE);
        XYPlot plot = new XYPlot(data, customers, kept, line);
        ChartLook.plot(plot);
        plot.setRangeGridlinePaint(ChartLook.GRID);
        plot.setDomainGridlinePaint(ChartLook.GRID);
        return ChartLook.chart(plot, true);
    }
}
