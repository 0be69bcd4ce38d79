package app.retention.ui.explore;

import app.retention.explore.Driver;
import app.retention.ui.common.Cells;
import app.retention.ui.common.ExportActions;
import app.retention.ui.common.Fxml;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;

import java.util.function.Consumer;

/** Binds the Drivers tab: the ranked features with their sentences; a double click opens a column's chart. */
final class DriversTabView {

    private final ExploreViewModel model;
    private final Consumer<String> openColumn;
    private final Parent root;

    @FXML private Button copyButton;
    @FXML private TableView<Driver> driverTable;
    @FXML private TableColumn<Driver, Integer> rankColumn;
    @FXML private TableColumn<Driver, String> columnColumn;
    @FXML private TableColumn<Driver, String> sentenceColumn;
    @FXML private TableColumn<Driver, Double> aucColumn;
    @FXML private TableColumn<Driver, Double> ivColumn;

    DriversTabView(ExploreViewModel model, Consumer<String> openColumn) {
        this.model = model;
        this.openColumn = openColumn;
        this.root = Fxml.load("ExploreDrivers", this);
    }

    Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        driverTable.setItems(model.drivers());
        Label placeholder = new Label();
        placeholder.textProperty().bind(model.driversMessageProperty());
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("empty-message");
        driverTable.setPlaceholder(placeholder);
        // the rank is the service's order, whatever the user sorts by
        rankColumn.setCellValueFactory(Cells.value(d -> model.drivers().indexOf(d) + 1));
        columnColumn.setCellValueFactory(Cells.text(Driver::label));
        columnColumn.getStyleClass().add("driver-column");
        sentenceColumn.setCellValueFactory(Cells.text(Driver::sentence));
        sentenceColumn.setCellFactory(column -> new SentenceCell());
        aucColumn.setCellValueFactory(Cells.value(Driver::auc));
        aucColumn.setCellFactory(column -> new DecimalCell(3));
        ivColumn.setCellValueFactory(Cells.value(Driver::iv));
        ivColumn.setCellFactory(column -> new DecimalCell(2));
        driverTable.setRowFactory(table -> {
            TableRow<Driver> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && row.getItem() != null) {
                    openColumn.accept(row.getItem().column());
                }
            });
            return row;
        });
        copyButton.disableProperty().bind(Bindings.isEmpty(model.drivers()));
        ExportActions.copyOnShortcut(driverTable, model::driversTsv);
    }

    @FXML
    private void copy() {
        ExportActions.copy(model.driversTsv());
    }

    /** The sentence wraps to the column's width, so it reads as a sentence, not a cut-off line. */
    private static final class SentenceCell extends TableCell<Driver, String> {
        private final Text text = new Text();

        SentenceCell() {
            text.getStyleClass().add("sentence-text");
            text.wrappingWidthProperty().bind(widthProperty().subtract(16));
            setPrefHeight(USE_COMPUTED_SIZE);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            text.setText(empty || item == null ? "" : item);
            setGraphic(empty ? null : text);
        }
    }

    private static final class DecimalCell extends TableCell<Driver, Double> {
        private final int places;

        DecimalCell(int places) {
            this.places = places;
        }

        @Override
        protected void updateItem(Double item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : ExploreViewModel.decimal(item, places));
        }
    }
}
