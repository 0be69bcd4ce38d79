package app.retention.ui.explore;

import app.retention.explore.ChurnBreakdown;
import app.retention.explore.RateGroup;
import app.retention.ui.common.Cells;
import app.retention.ui.common.ExportActions;
import app.retention.ui.common.Formats;
import app.retention.ui.common.Fxml;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.jfree.chart.fx.ChartViewer;

import java.util.Locale;

/** Binds the Column tab: the churn chart, the table of groups and the statistics grid. */
final class ColumnTabView {

    private final ColumnViewModel model;
    private final Parent root;
    private final ChartViewer viewer = new ChartViewer();
    private ObjectProperty<Integer> binsValue;

    @FXML private Label titleLabel;
    @FXML private HBox binsBox;
    @FXML private Spinner<Integer> binsSpinner;
    @FXML private Button savePngButton;
    @FXML private Button saveSvgButton;
    @FXML private Button copyButton;
    @FXML private Label sentenceLabel;
    @FXML private StackPane chartHolder;
    @FXML private Label messageLabel;
    @FXML private TableView<RateGroup> groupTable;
    @FXML private TableColumn<RateGroup, String> groupColumn;
    @FXML private TableColumn<RateGroup, String> customersColumn;
    @FXML private TableColumn<RateGroup, String> churnersColumn;
    @FXML private TableColumn<RateGroup, String> rateColumn;
    @FXML private TableColumn<RateGroup, String> intervalColumn;
    @FXML private TableColumn<RateGroup, String> ratioColumn;
    @FXML private GridPane statsGrid;

    ColumnTabView(ColumnViewModel model) {
        this.model = model;
        this.root = Fxml.load("ExploreColumn", this);
    }

    Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        titleLabel.textProperty().bind(model.titleProperty());
        sentenceLabel.textProperty().bind(model.sentenceProperty());
        sentenceLabel.visibleProperty().bind(model.sentenceProperty().isNotEmpty());
        sentenceLabel.managedProperty().bind(sentenceLabel.visibleProperty());
        binsBox.visibleProperty().bind(model.numericProperty());
        binsBox.managedProperty().bind(binsBox.visibleProperty());
        SpinnerValueFactory.IntegerSpinnerValueFactory bins = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                ColumnViewModel.MIN_BINS, ColumnViewModel.MAX_BINS, ColumnViewModel.DEFAULT_BINS);
        binsSpinner.setValueFactory(bins);
        binsValue = model.binsProperty().asObject();
        bins.valueProperty().bindBidirectional(binsValue);
        savePngButton.disableProperty().bind(model.breakdownProperty().isNull());
        saveSvgButton.disableProperty().bind(model.breakdownProperty().isNull());
        copyButton.disableProperty().bind(Bindings.isEmpty(model.groups()));

        viewer.getStyleClass().add("churn-chart");
        chartHolder.getChildren().add(0, viewer);
        viewer.visibleProperty().bind(model.breakdownProperty().isNotNull());
        messageLabel.textProperty().bind(Bindings.createStringBinding(() -> model.loadingProperty().get()
                ? "Reading…" : model.messageProperty().get(), model.loadingProperty(), model.messageProperty()));
        messageLabel.visibleProperty().bind(model.breakdownProperty().isNull());
        model.breakdownProperty().addListener((obs, was, now) -> showChart(now));
        showChart(model.breakdownProperty().get());

        bindGroups();
        model.stats().addListener((ListChangeListener<ColumnStats.Stat>) change -> showStats());
        showStats();
    }

    private void showChart(ChurnBreakdown breakdown) {
        // the viewer takes no null chart: it is hidden while there is none
        if (breakdown != null) {
            viewer.setChart(ChurnChart.of(breakdown));
        }
    }

    private void bindGroups() {
        groupTable.setItems(model.groups());
        groupTable.setPlaceholder(new Label(""));
        groupColumn.setCellValueFactory(Cells.text(RateGroup::label));
        customersColumn.setCellValueFactory(Cells.text(g -> Formats.count(g.customers())));
        churnersColumn.setCellValueFactory(Cells.text(g -> Formats.count(g.churners())));
        rateColumn.setCellValueFactory(Cells.text(g -> g.customers() == 0 ? "—" : Formats.percent(g.rate())));
        intervalColumn.setCellValueFactory(Cells.text(g -> g.customers() == 0 ? "—"
                : Formats.percent(g.low()) + " – " + Formats.percent(g.high())));
        ratioColumn.setCellValueFactory(Cells.text(g -> g.customers() == 0 || Double.isNaN(g.ratio()) ? "—"
                : String.format(Locale.US, "%.1f×", g.ratio())));
        ExportActions.copyOnShortcut(groupTable, model::groupsTsv);
    }

    private void showStats() {
        statsGrid.getChildren().clear();
        int row = 0;
        for (ColumnStats.Stat stat : model.stats()) {
            Label label = new Label(stat.label());
            label.getStyleClass().add("stat-label");
            label.setMinWidth(Label.USE_PREF_SIZE);
            Label value = new Label(stat.value());
            value.getStyleClass().add("stat-value");
            value.setMinWidth(Label.USE_PREF_SIZE);
            statsGrid.addRow(row++, label, value);
        }
    }

    @FXML
    private void savePng() {
        model.saveChartAs(false);
    }

    @FXML
    private void saveSvg() {
        model.saveChartAs(true);
    }

    @FXML
    private void copy() {
        ExportActions.copy(model.groupsTsv());
    }
}
