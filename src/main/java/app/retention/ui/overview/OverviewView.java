package app.retention.ui.overview;

import app.retention.ui.common.ChartLook;
import app.retention.ui.common.Fxml;
import app.retention.usecase.OverviewReport;
import app.retention.usecase.OverviewReport.Attention;
import app.retention.usecase.OverviewReport.Place;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

import java.text.NumberFormat;
import java.util.Locale;

/** Binds the overview screen: the loop at a glance, and buttons that open the screen each item belongs to. */
public final class OverviewView {

    private static final String CHURN_SERIES = "Churn rate";

    private final OverviewViewModel model;
    private final Parent root;

    @FXML private Label summaryLabel;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label stateLabel;
    @FXML private VBox attentionBox;
    @FXML private ChartViewer trendChart;
    @FXML private Label valueLabel;
    @FXML private VBox modelBox;
    @FXML private VBox campaignsBox;
    @FXML private VBox segmentsBox;

    public OverviewView(OverviewViewModel model) {
        this.model = model;
        this.root = Fxml.load("Overview", this);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        busyIndicator.visibleProperty().bind(model.loadingProperty());
        stateLabel.textProperty().bind(model.stateProperty());
        stateLabel.visibleProperty().bind(model.stateProperty().isNotEmpty());
        stateLabel.managedProperty().bind(stateLabel.visibleProperty());
        model.reportProperty().addListener((obs, was, now) -> show(now));
    }

    private void show(OverviewReport r) {
        attentionBox.getChildren().clear();
        modelBox.getChildren().clear();
        campaignsBox.getChildren().clear();
        segmentsBox.getChildren().clear();
        if (r == null) {
            return;
        }
        summaryLabel.setText(r.attention().isEmpty() ? "Nothing needs attention" : r.attention().size()
                + (r.attention().size() == 1 ? " thing needs" : " things need") + " attention");
        if (r.attention().isEmpty()) {
            attentionBox.getChildren().add(sentence("Nothing needs attention: no open data warning, no campaign "
                    + "waiting for its outcomes, no rollback proposed."));
        }
        r.attention().forEach(a -> attentionBox.getChildren().add(line(a.sentence(), a.action(), a)));
        trendChart.setChart(trend(r));
        valueLabel.setText(r.valueAtRisk() != null ? r.valueAtRisk().sentence()
                : "Nothing is scored yet: on the Segments screen, score the newest snapshot with a model.");
        r.modelsInUse().forEach(m -> modelBox.getChildren().add(sentence(m)));
        if (r.modelAdvice() != null) {
            modelBox.getChildren().add(line(r.modelAdvice(), "Open Models", new Attention(r.modelAdvice(),
                    "Open Models", Place.MODELS, null)));
        }
        if (r.campaigns().isEmpty()) {
            campaignsBox.getChildren().add(line("No campaign yet: export a call list from a saved segment with "
                    + "\"Launch as a campaign\" ticked.", "Open Segments", new Attention("", "", Place.SEGMENTS, null)));
        }
        r.campaigns().forEach(c -> campaignsBox.getChildren().add(line(c.name() + " (" + c.status() + "): "
                + c.sentence(), "Open campaign", new Attention(c.sentence(), "Open campaign", Place.CAMPAIGNS,
                c.name()))));
        if (r.segments().isEmpty()) {
            segmentsBox.getChildren().add(sentence("No segment saved yet."));
        }
        r.segments().forEach(s -> segmentsBox.getChildren().add(line(s.name() + ": " + s.sentence(), "Open Segments",
                new Attention(s.sentence(), "Open Segments", Place.SEGMENTS, s.name()))));
    }

    private static Label sentence(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("readout-sentence");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    /** A sentence with the button that opens where it is handled. */
    private HBox line(String text, String action, Attention target) {
        Label label = sentence(text);
        HBox.setHgrow(label, Priority.ALWAYS);
        Button open = new Button(action);
        open.setMinWidth(Region.USE_PREF_SIZE);
        open.setOnAction(e -> model.open(target));
        HBox row = new HBox(10, label, open);
        row.getStyleClass().add("overview-item");
        return row;
    }

    /** Churn rate of each labelled snapshot, oldest first. */
    static JFreeChart trend(OverviewReport r) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        int common = commonPrefix(r.churnTrend().stream().map(OverviewReport.SnapshotChurn::dataset).toList());
        r.churnTrend().forEach(s -> data.addValue(s.rate(), CHURN_SERIES, s.dataset().substring(common)));
        CategoryAxis snapshots = new CategoryAxis(common == 0 ? "Labelled snapshot"
                : r.churnTrend().get(0).dataset().substring(0, common) + "…");
        ChartLook.axis(snapshots);
        NumberAxis rate = new NumberAxis("Churn rate");
        ChartLook.axis(rate);
        rate.setNumberFormatOverride(NumberFormat.getPercentInstance(Locale.US));
        rate.setAutoRangeIncludesZero(true);
        LineAndShapeRenderer line = new LineAndShapeRenderer(true, true);
        line.setSeriesPaint(0, ChartLook.ACCENT);
        line.setSeriesStroke(0, ChartLook.SERIES_LINE);
        CategoryPlot plot = new CategoryPlot(data, snapshots, rate, line);
        ChartLook.plot(plot);
        plot.setRangeGridlinePaint(ChartLook.GRID);
        plot.setNoDataMessage("No labelled snapshot yet: import one with a churn column.");
        return ChartLook.chart(plot, false);
    }

    /** Length of the start all names share, up to a separator (mcommerce_ of mcommerce_2026_09, _10): 0 for one name. */
    static int commonPrefix(java.util.List<String> names) {
        if (names.size() < 2) {
            return 0;
        }
        String first = names.get(0);
        int n = first.length();
        for (String name : names) {
            int i = 0;
            while (i < Math.min(n, name.length()) && name.charAt(i) == first.charAt(i)) {
                i++;
            }
            n = i;
        }
        while (n > 0 && "_- .".indexOf(first.charAt(n - 1)) < 0) {
            n--;
        }
        return n;
    }
}
