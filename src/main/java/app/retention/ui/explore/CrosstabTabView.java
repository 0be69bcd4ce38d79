package app.retention.ui.explore;

import app.retention.data.DisplayValues;
import app.retention.domain.ColumnInfo;
import app.retention.domain.StoredRow;
import app.retention.explore.Crosstab;
import app.retention.explore.RateGroup;
import app.retention.ui.common.Cells;
import app.retention.ui.common.ExportActions;
import app.retention.ui.common.Formats;
import app.retention.ui.common.Fxml;
import app.retention.ui.common.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.List;

/** Binds the Crosstab tab: the heat map of churn rates, and the customers of the cell clicked. */
final class CrosstabTabView {

    static final String HEAT_CELL = "heat-cell";
    static final String SELECTED = "selected";

    private final CrosstabViewModel model;
    private final Parent root;
    private ObjectProperty<Integer> binsValue;

    @FXML private ComboBox<String> rowCombo;
    @FXML private ComboBox<String> columnCombo;
    @FXML private Spinner<Integer> binsSpinner;
    @FXML private Button savePngButton;
    @FXML private Button saveSvgButton;
    @FXML private Button copyButton;
    @FXML private Label messageLabel;
    @FXML private GridPane heatGrid;
    @FXML private HBox legend;
    @FXML private Label previewSummary;
    @FXML private Button copyPreviewButton;
    @FXML private TableView<StoredRow> previewTable;

    CrosstabTabView(CrosstabViewModel model) {
        this.model = model;
        this.root = Fxml.load("ExploreCrosstab", this);
    }

    Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        rowCombo.setItems(model.rowChoices());
        rowCombo.valueProperty().bindBidirectional(model.rowColumnProperty());
        columnCombo.setItems(model.columnChoices());
        columnCombo.valueProperty().bindBidirectional(model.columnColumnProperty());
        SpinnerValueFactory.IntegerSpinnerValueFactory bins = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                ColumnViewModel.MIN_BINS, 20, CrosstabViewModel.DEFAULT_BINS);
        binsSpinner.setValueFactory(bins);
        binsValue = model.binsProperty().asObject();
        bins.valueProperty().bindBidirectional(binsValue);
        savePngButton.disableProperty().bind(model.crosstabProperty().isNull());
        saveSvgButton.disableProperty().bind(model.crosstabProperty().isNull());
        copyButton.disableProperty().bind(model.crosstabProperty().isNull());
        messageLabel.textProperty().bind(model.messageProperty());
        messageLabel.visibleProperty().bind(model.messageProperty().isNotEmpty());
        messageLabel.managedProperty().bind(messageLabel.visibleProperty());
        model.crosstabProperty().addListener((obs, was, now) -> showHeatMap(now));
        model.selectedCellProperty().addListener((obs, was, now) -> markSelected(now));
        showHeatMap(model.crosstabProperty().get());
        showLegend();

        previewSummary.textProperty().bind(Bindings.createStringBinding(() -> model.previewSummaryProperty().get()
                .isEmpty() && model.crosstabProperty().get() != null ? "Click a cell to see its customers."
                : model.previewSummaryProperty().get(), model.previewSummaryProperty(), model.crosstabProperty()));
        previewTable.setItems(model.previewRows());
        previewTable.setPlaceholder(new Label(""));
        model.previewColumns().addListener((ListChangeListener<ColumnInfo>) change -> previewColumns());
        copyPreviewButton.disableProperty().bind(Bindings.isEmpty(model.previewRows()));
        ExportActions.copyOnShortcut(previewTable, model::previewTsv);
    }

    private void showHeatMap(Crosstab table) {
        heatGrid.getChildren().clear();
        if (table == null) {
            return;
        }
        int columns = table.columnLabels().size();
        Label across = new Label(table.columnColumn() == null ? "" : table.columnTitle());
        across.getStyleClass().add("heat-axis-title");
        heatGrid.add(across, 1, 0, columns, 1);
        Label corner = new Label(table.rowTitle());
        corner.getStyleClass().add("heat-axis-title");
        heatGrid.add(corner, 0, 1);
        for (int c = 0; c < columns; c++) {
            Label header = new Label(table.columnColumn() == null ? "All customers" : table.columnLabels().get(c));
            header.getStyleClass().add("heat-column-label");
            heatGrid.add(header, c + 1, 1);
        }
        for (int r = 0; r < table.rowLabels().size(); r++) {
            Label label = new Label(table.rowLabels().get(r));
            label.getStyleClass().add("heat-row-label");
            heatGrid.add(label, 0, r + 2);
            for (int c = 0; c < columns; c++) {
                heatGrid.add(cell(table, r, c), c + 1, r + 2);
            }
        }
        markSelected(model.selectedCellProperty().get());
    }

    private Node cell(Crosstab table, int row, int column) {
        RateGroup g = table.cells()[row][column];
        int step = HeatScale.step(g.customers(), g.rate(), table.baseRate());
        Label rate = new Label(g.customers() == 0 ? "—" : Formats.percent(g.rate()));
        rate.getStyleClass().add("heat-rate");
        Label count = new Label(Formats.count(g.customers()) + " customers");
        count.getStyleClass().add("heat-count");
        VBox box = new VBox(rate, count);
        box.getStyleClass().addAll(HEAT_CELL, step < 0 ? "heat-empty" : "heat-" + step);
        box.setUserData(new CrosstabViewModel.Cell(row, column));
        Tooltip.install(box, new Tooltip(CrosstabViewModel.cellName(table, row, column) + "\n"
                + Formats.count(g.customers()) + " customers, " + Formats.count(g.churners()) + " churned"
                + (g.customers() == 0 ? "" : " (" + Formats.percent(g.rate()) + ", " + HeatScale.meaning(step) + ")")));
        if (g.customers() > 0) {
            box.setOnMouseClicked(event -> model.select(row, column));
        }
        return box;
    }

    private void markSelected(CrosstabViewModel.Cell selected) {
        for (Node node : heatGrid.getChildren()) {
            if (node.getUserData() instanceof CrosstabViewModel.Cell cell) {
                node.getStyleClass().remove(SELECTED);
                if (cell.equals(selected)) {
                    node.getStyleClass().add(SELECTED);
                }
            }
        }
    }

    private void showLegend() {
        Label title = new Label("Churn rate vs the average:");
        title.setMinWidth(Label.USE_PREF_SIZE);
        title.getStyleClass().add(Styles.MUTED);
        legend.getChildren().add(title);
        for (int s = 0; s < HeatScale.STEPS; s++) {
            Label swatch = new Label(HeatScale.meaning(s));
            swatch.getStyleClass().addAll("heat-swatch", "heat-" + s);
            swatch.setMinWidth(Label.USE_PREF_SIZE); // never "About aver…" (finding m12); no CSS lookup warning
            legend.getChildren().add(swatch);
        }
    }

    private void previewColumns() {
        List<ColumnInfo> columns = List.copyOf(model.previewColumns());
        previewTable.getColumns().clear();
        for (int i = 0; i < columns.size(); i++) {
            int index = i;
            ColumnInfo column = columns.get(i);
            TableColumn<StoredRow, String> tc = new TableColumn<>(column.name());
            tc.setCellValueFactory(Cells.text(r -> index < r.values().size()
                    ? DisplayValues.format(r.values().get(index), column) : ""));
            tc.setPrefWidth(Math.max(90, Math.min(220, column.name().length() * 9 + 30)));
            if (column.type().isNumeric()) {
                tc.getStyleClass().add(Styles.NUMERIC);
            }
            previewTable.getColumns().add(tc);
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
        ExportActions.copy(model.crosstabTsv());
    }

    @FXML
    private void copyPreview() {
        ExportActions.copy(model.previewTsv());
    }
}
