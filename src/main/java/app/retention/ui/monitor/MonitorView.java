package app.retention.ui.monitor;

import app.retention.domain.DatasetInfo;
import app.retention.domain.ModelFigures;
import app.retention.ui.common.DatasetCell;
import app.retention.ui.common.Formats;
import app.retention.ui.common.Fxml;
import app.retention.ui.common.Styles;
import app.retention.ui.customer.CustomerCardView;
import app.retention.ui.segments.ModelChoice;
import app.retention.usecase.BandMigration;
import app.retention.usecase.DecayReport;
import app.retention.usecase.MonitorReport;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.jfree.chart.fx.ChartViewer;

import java.util.List;
import java.util.Locale;

/** Binds the Monitor screen: the choices, the drift table and its chart, the scores, the band migration, the decay. */
public final class MonitorView {

    static final String SHIFTED_ROW = "drift-shifted";
    static final String WATCH_ROW = "drift-watch";

    private final MonitorViewModel model;
    private final CustomerCardView card;
    private final Parent root;
    private final ChartViewer psiViewer = new ChartViewer();
    private final ChartViewer scoreViewer = new ChartViewer();
    private final ChartViewer decayViewer = new ChartViewer();

    @FXML private ComboBox<DatasetInfo> snapshotCombo;
    @FXML private ComboBox<ModelChoice> modelCombo;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label headingLabel;
    @FXML private Label summaryLabel;
    @FXML private TabPane tabs;
    @FXML private TableView<DriftRow> driftTable;
    @FXML private TableColumn<DriftRow, String> featureColumn;
    @FXML private TableColumn<DriftRow, Double> psiColumn;
    @FXML private TableColumn<DriftRow, String> levelColumn;
    @FXML private TableColumn<DriftRow, String> findingColumn;
    @FXML private StackPane psiHolder;
    @FXML private Button psiPngButton;
    @FXML private Button psiSvgButton;
    @FXML private Label scoreLabel;
    @FXML private StackPane scoreHolder;
    @FXML private Button scorePngButton;
    @FXML private Button scoreSvgButton;
    @FXML private ComboBox<DatasetInfo> beforeCombo;
    @FXML private Label toLabel;
    @FXML private ProgressIndicator migrationBusy;
    @FXML private Label migrationLabel;
    @FXML private GridPane matrixGrid;
    @FXML private Button openCardButton;
    @FXML private Button exportButton;
    @FXML private TableView<BandMigration.Mover> moversTable;
    @FXML private TableColumn<BandMigration.Mover, Integer> rankColumn;
    @FXML private TableColumn<BandMigration.Mover, String> customerColumn;
    @FXML private TableColumn<BandMigration.Mover, String> nowColumn;
    @FXML private TableColumn<BandMigration.Mover, String> wasColumn;
    @FXML private TableColumn<BandMigration.Mover, String> bandColumn;
    @FXML private Label retrainLabel;
    @FXML private Label decayLabel;
    @FXML private StackPane decayHolder;
    @FXML private Label baselinesLabel;
    @FXML private Button decayPngButton;
    @FXML private Button decaySvgButton;
    @FXML private TableView<DecayReport.Point> decayTable;
    @FXML private TableColumn<DecayReport.Point, String> outcomesColumn;
    @FXML private TableColumn<DecayReport.Point, String> customersColumn;
    @FXML private TableColumn<DecayReport.Point, String> aucColumn;
    @FXML private TableColumn<DecayReport.Point, String> liftColumn;
    @FXML private TableColumn<DecayReport.Point, String> calibrationColumn;
    @FXML private TableColumn<DecayReport.Point, String> fromFirstColumn;
    @FXML private TableColumn<DecayReport.Point, String> fromValidationColumn;

    public MonitorView(MonitorViewModel model, CustomerCardView card) {
        this.model = model;
        this.card = card;
        this.root = Fxml.load("Monitor", this);
    }

    public Parent root() {
        return root;
    }

    public MonitorViewModel model() {
        return model;
    }

    @FXML
    private void initialize() {
        snapshotCombo.setItems(model.snapshots());
        snapshotCombo.setCellFactory(list -> new DatasetCell(d -> ""));
        snapshotCombo.setButtonCell(new DatasetCell(d -> ""));
        snapshotCombo.valueProperty().bindBidirectional(model.snapshotProperty());
        modelCombo.setItems(model.models());
        modelCombo.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ModelChoice m) {
                return m == null ? "" : m.shortLabel();
            }

            @Override
            public ModelChoice fromString(String s) {
                return null;
            }
        });
        modelCombo.valueProperty().bindBidirectional(model.modelProperty());
        busyIndicator.visibleProperty().bind(model.busyProperty().or(model.migration().busyProperty()));
        headingLabel.textProperty().bind(model.headingProperty());
        summaryLabel.textProperty().bind(model.summaryProperty());
        bindDrift();
        scoreLabel.textProperty().bind(model.scoreFindingProperty());
        psiHolder.getChildren().add(psiViewer);
        scoreHolder.getChildren().add(scoreViewer);
        for (Button b : List.of(psiPngButton, psiSvgButton, scorePngButton, scoreSvgButton)) {
            b.disableProperty().bind(model.reportProperty().isNull());
        }
        model.reportProperty().addListener((obs, was, now) -> showReport(now));
        bindMigration();
        decayLabel.textProperty().bind(model.decayFindingProperty());
        bindDecay();
        showReport(model.reportProperty().get());
    }

    private void bindDecay() {
        retrainLabel.textProperty().bind(model.retrainTextProperty());
        retrainLabel.visibleProperty().bind(model.retrainRecommendedProperty());
        retrainLabel.managedProperty().bind(retrainLabel.visibleProperty());
        baselinesLabel.textProperty().bind(model.baselinesProperty());
        decayHolder.getChildren().add(decayViewer);
        for (Button b : List.of(decayPngButton, decaySvgButton)) {
            b.disableProperty().bind(model.decayProperty().isNull());
        }
        decayTable.setItems(model.decayPoints());
        decayTable.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY); // each column keeps its width
        decayTable.setPlaceholder(new Label("No outcomes yet for customers this model was not trained on."));
        text(outcomesColumn, MonitorCharts::label);
        text(customersColumn, p -> Formats.count(p.customers()));
        text(aucColumn, p -> auc(p.realised()));
        text(liftColumn, p -> String.format(Locale.ROOT, "%.2f", p.realised().liftTop10()));
        text(calibrationColumn, p -> String.format(Locale.ROOT, "%.3f", p.realised().calibrationError()));
        text(fromFirstColumn, p -> change(p.againstFirst()));
        text(fromValidationColumn, p -> change(p.againstValidation()));
        decayTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(DecayReport.Point item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove(SHIFTED_ROW);
                setTooltip(empty || item == null ? null : new Tooltip(item.finding()));
                if (!empty && item != null && item.retrainRecommended()) {
                    getStyleClass().add(SHIFTED_ROW);
                }
            }
        });
        model.decayProperty().addListener((obs, was, now) -> {
            if (now != null) {
                decayViewer.setChart(MonitorCharts.decay(now));
            }
        });
    }

    private static void text(TableColumn<DecayReport.Point, String> column,
                             java.util.function.Function<DecayReport.Point, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    /** "−0.023 (p < 0.001)", "+0.023", "" without a baseline: the change in ROC AUC from it. */
    static String change(DecayReport.Drop d) {
        if (d == null) {
            return "";
        }
        String change = String.format(Locale.ROOT, "%+.3f", -d.drop()).replace('-', '−');
        return d.drop() <= 0 ? change : change + " (p " + (d.pValue() < 0.001 ? "< 0.001"
                : String.format(Locale.ROOT, "= %.3f", d.pValue())) + ")";
    }

    private void bindDrift() {
        driftTable.setItems(model.rows());
        driftTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        driftTable.setPlaceholder(new Label("Choose a snapshot and a model: each input of the model is compared "
                + "with the data it was trained on."));
        featureColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().feature()));
        psiColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().psi()));
        psiColumn.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Double item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : String.format(Locale.ROOT, "%.3f", item));
            }
        });
        levelColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().level()));
        findingColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().findings().isEmpty()
                ? "Stable." : c.getValue().findings()));
        findingColumn.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null ? null : new Tooltip(item));
            }
        });
        driftTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(DriftRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll(SHIFTED_ROW, WATCH_ROW);
                if (!empty && item != null && item.psi() > MonitorViewModel.SHIFTED) {
                    getStyleClass().add(SHIFTED_ROW);
                } else if (!empty && item != null && item.psi() >= MonitorViewModel.WATCH) {
                    getStyleClass().add(WATCH_ROW);
                }
            }
        });
    }

    private void bindMigration() {
        MigrationViewModel migration = model.migration();
        beforeCombo.setItems(migration.earlier());
        beforeCombo.setCellFactory(list -> new DatasetCell(d -> ""));
        beforeCombo.setButtonCell(new DatasetCell(d -> ""));
        beforeCombo.valueProperty().bindBidirectional(migration.beforeProperty());
        toLabel.textProperty().bind(Bindings.createStringBinding(() -> model.snapshotProperty().get() == null ? ""
                : "to " + model.snapshotProperty().get().reference() + ", both scored by the model above",
                model.snapshotProperty()));
        migrationBusy.visibleProperty().bind(migration.busyProperty());
        migrationLabel.textProperty().bind(migration.findingProperty());
        moversTable.setItems(migration.newlyAtRisk());
        moversTable.setPlaceholder(new Label("No customer moved up into the top band."));
        rankColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(moversTable.getItems().indexOf(c.getValue())
                + 1));
        customerColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().customer()));
        nowColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(Formats.percent(c.getValue().probabilityNow())));
        wasColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(Formats.percent(
                c.getValue().probabilityBefore())));
        bandColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().bandBefore()));
        moversTable.setRowFactory(t -> {
            TableRow<BandMigration.Mover> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    openCard(row.getItem().customer());
                }
            });
            return row;
        });
        openCardButton.disableProperty().bind(moversTable.getSelectionModel().selectedItemProperty().isNull());
        exportButton.disableProperty().bind(Bindings.isEmpty(migration.newlyAtRisk()));
        migration.reportProperty().addListener((obs, was, now) -> showMatrix(now));
    }

    private void showReport(MonitorReport r) {
        if (r == null) {
            return; // a viewer takes no empty chart: the last one stays until the next report
        }
        psiViewer.setChart(MonitorCharts.of(MonitorCharts.Kind.PSI, r));
        scoreViewer.setChart(MonitorCharts.of(MonitorCharts.Kind.SCORES, r));
    }

    private static String auc(ModelFigures f) {
        return String.format(Locale.ROOT, "%.3f (%.3f–%.3f)", f.auc(), f.aucLow(), f.aucHigh());
    }

    private static void header(GridPane grid, List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            Label header = new Label(names.get(i));
            header.getStyleClass().add("readout-header");
            grid.add(header, i, 0);
        }
    }

    private static void figures(GridPane grid, int row, String name, String... cells) {
        Label label = new Label(name);
        label.getStyleClass().add(Styles.PROVENANCE_NAME);
        label.setMinWidth(Region.USE_PREF_SIZE);
        grid.add(label, 0, row);
        for (int i = 0; i < cells.length; i++) {
            Label cell = new Label(cells[i]);
            cell.getStyleClass().add("readout-cell");
            grid.add(cell, i + 1, row);
        }
    }

    private void showMatrix(BandMigration.Report r) {
        matrixGrid.getChildren().clear();
        if (r == null) {
            return;
        }
        header(matrixGrid, java.util.stream.Stream.concat(java.util.stream.Stream.of("Before ↓ · now →"),
                r.bands().stream()).toList());
        for (int i = 0; i < r.bands().size(); i++) {
            String[] cells = new String[r.bands().size()];
            for (int j = 0; j < cells.length; j++) {
                cells[j] = Formats.count(r.matrix()[i][j]);
            }
            figures(matrixGrid, i + 1, r.bands().get(i), cells);
        }
    }

    private void openCard(String customer) {
        card.show(root.getScene().getWindow());
        card.model().open(customer);
    }

    @FXML
    private void openCard() {
        card.show(root.getScene().getWindow());
    }

    @FXML
    private void openSelectedCard() {
        BandMigration.Mover m = moversTable.getSelectionModel().getSelectedItem();
        if (m != null) {
            openCard(m.customer());
        }
    }

    @FXML
    private void exportNewlyAtRisk() {
        model.migration().exportNewlyAtRisk();
    }

    @FXML
    private void savePsiPng() {
        model.saveChart(MonitorCharts.Kind.PSI, false);
    }

    @FXML
    private void savePsiSvg() {
        model.saveChart(MonitorCharts.Kind.PSI, true);
    }

    @FXML
    private void saveDecayPng() {
        model.saveDecayChart(false);
    }

    @FXML
    private void saveDecaySvg() {
        model.saveDecayChart(true);
    }

    @FXML
    private void saveScorePng() {
        model.saveChart(MonitorCharts.Kind.SCORES, false);
    }

    @FXML
    private void saveScoreSvg() {
        model.saveChart(MonitorCharts.Kind.SCORES, true);
    }

    /** The drift table (for tests). */
    TableView<DriftRow> driftTable() {
        return driftTable;
    }

    /** The realised figures over snapshots (for tests). */
    TableView<DecayReport.Point> decayTable() {
        return decayTable;
    }

    /** The customers newly at risk (for tests). */
    TableView<BandMigration.Mover> moversTable() {
        return moversTable;
    }
}
