package app.retention.ui.exports;

import app.retention.export.ExportLog.Field;
import app.retention.export.ExportLog.FileState;
import app.retention.ui.common.Cells;
import app.retention.ui.common.Formats;
import app.retention.ui.common.Fxml;
import app.retention.ui.common.Styles;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** Binds the Exports screen: search, the log table, the selected export's provenance and the file check. */
public final class ExportsView {

    private final ExportsViewModel model;
    private final Runnable newExport;
    private final Consumer<String> openCampaign;
    private final Parent root;

    @FXML private Label summaryLabel;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private TextField searchField;
    @FXML private CheckBox personalCheck;
    @FXML private Button checkButton;
    @FXML private TableView<ExportRow> table;
    @FXML private TableColumn<ExportRow, String> whenColumn;
    @FXML private TableColumn<ExportRow, String> byColumn;
    @FXML private TableColumn<ExportRow, String> kindColumn;
    @FXML private TableColumn<ExportRow, String> segmentColumn;
    @FXML private TableColumn<ExportRow, String> campaignColumn;
    @FXML private TableColumn<ExportRow, Long> rowsColumn;
    @FXML private TableColumn<ExportRow, ExportRow> personalColumn;
    @FXML private TableColumn<ExportRow, String> fileColumn;
    @FXML private TableColumn<ExportRow, FileState> checkColumn;
    @FXML private Label detailTitle;
    @FXML private Label checkLabel;
    @FXML private GridPane fieldGrid;
    @FXML private Button copyPathButton;
    @FXML private Button copyProvenanceButton;
    @FXML private Button openCampaignButton;

    /**
     * @param newExport    opens the Segments screen's Export tab
     * @param openCampaign opens the Campaigns screen on the campaign of that name
     */
    public ExportsView(ExportsViewModel model, Runnable newExport, Consumer<String> openCampaign) {
        this.model = model;
        this.newExport = newExport;
        this.openCampaign = openCampaign;
        this.root = Fxml.load("Exports", this);
    }

    public Parent root() {
        return root;
    }

    public ExportsViewModel model() {
        return model;
    }

    @FXML
    private void initialize() {
        summaryLabel.textProperty().bind(model.summaryProperty());
        busyIndicator.visibleProperty().bind(model.busyProperty());
        searchField.textProperty().bindBidirectional(model.searchProperty());
        personalCheck.selectedProperty().bindBidirectional(model.personalOnlyProperty());
        checkButton.disableProperty().bind(model.busyProperty().or(Bindings.isEmpty(model.shown())));

        table.setItems(model.shown());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No exports yet. Save a segment on the Segments screen and export a call "
                + "list, a segment list or a campaign brief; each export is recorded here."));
        whenColumn.setCellValueFactory(Cells.text(ExportRow::when));
        byColumn.setCellValueFactory(Cells.text(r -> r.entry().exportedBy()));
        kindColumn.setCellValueFactory(Cells.text(r -> r.entry().kind().label()));
        segmentColumn.setCellValueFactory(Cells.text(r -> r.entry().segmentName()));
        campaignColumn.setCellValueFactory(Cells.text(r -> r.campaign() == null ? "" : r.campaign()));
        rowsColumn.setCellValueFactory(Cells.value(r -> r.entry().rows()));
        rowsColumn.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Long rows, boolean empty) {
                super.updateItem(rows, empty);
                setText(empty || rows == null ? null : rows == 0 ? "–" : Formats.count(rows));
            }
        });
        personalColumn.setCellValueFactory(Cells.value(r -> r));
        personalColumn.setComparator(Comparator.comparing(ExportRow::personalData));
        personalColumn.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(ExportRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove(Styles.PERSONAL_INCLUDED);
                setText(empty || row == null ? null : row.personalData());
                if (!empty && row != null && row.entry().personalDataIncluded()) {
                    getStyleClass().add(Styles.PERSONAL_INCLUDED);
                }
            }
        });
        fileColumn.setCellValueFactory(Cells.text(ExportRow::fileName));
        checkColumn.setCellValueFactory(c -> c.getValue().stateProperty());
        checkColumn.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(FileState state, boolean empty) {
                super.updateItem(state, empty);
                for (FileState s : FileState.values()) {
                    getStyleClass().remove(styleOf(s));
                }
                setText(empty || state == null ? null : symbol(state) + " " + state.label());
                if (!empty && state != null) {
                    getStyleClass().add(styleOf(state));
                }
            }
        });

        table.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> model.selectedProperty().set(now));
        model.selectedProperty().addListener((obs, was, now) -> {
            if (table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
            showCheck(now);
        });
        model.detailsProperty().addListener((obs, was, now) -> showDetails(now));
        showDetails(List.of());
        copyPathButton.disableProperty().bind(model.selectedProperty().isNull());
        copyProvenanceButton.disableProperty().bind(model.selectedProperty().isNull());
        openCampaignButton.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.selectedProperty().get()
                != null && model.selectedProperty().get().campaign() != null, model.selectedProperty()));
        openCampaignButton.managedProperty().bind(openCampaignButton.visibleProperty());
        openCampaignButton.textProperty().bind(Bindings.createStringBinding(() -> model.selectedProperty().get()
                == null || model.selectedProperty().get().campaign() == null ? "Open campaign"
                : "Open campaign " + model.selectedProperty().get().campaign(), model.selectedProperty()));
    }

    private static String styleOf(FileState state) {
        return Styles.FILE_STATE_PREFIX + state.name().toLowerCase(Locale.ROOT);
    }

    private static String symbol(FileState state) {
        return switch (state) {
            case UNCHANGED -> "✓";
            case CHANGED -> "≠";
            case REPLACED -> "↻";
            case MISSING, UNREADABLE -> "✗";
        };
    }

    private void showCheck(ExportRow row) {
        checkLabel.textProperty().unbind();
        if (row == null) {
            checkLabel.setText("");
            return;
        }
        checkLabel.textProperty().bind(Bindings.createStringBinding(() -> row.stateProperty().get() == null
                ? "Not checked yet: Check files compares the file with the SHA-256 recorded at export."
                : row.stateProperty().get().explanation(), row.stateProperty()));
    }

    private void showDetails(List<Field> fields) {
        fieldGrid.getChildren().clear();
        ExportRow row = model.selectedProperty().get();
        detailTitle.setText(row == null ? "Select an export to see where it came from." : title(row));
        for (int i = 0; i < fields.size(); i++) {
            Label name = new Label(fields.get(i).name());
            name.getStyleClass().add(Styles.PROVENANCE_NAME);
            name.setMinWidth(Region.USE_PREF_SIZE);
            Label value = new Label(fields.get(i).value());
            value.getStyleClass().add(Styles.PROVENANCE_VALUE);
            value.setWrapText(true);
            if (fields.get(i).name().equals("Personal data") && row != null && row.entry().personalDataIncluded()) {
                value.getStyleClass().add(Styles.PERSONAL_INCLUDED);
            }
            fieldGrid.addRow(i, name, value);
        }
    }

    private static String title(ExportRow row) {
        return row.entry().kind().title()
                + (row.entry().segmentName() == null ? "" : " of " + row.entry().segmentName()) + ", " + row.when();
    }

    @FXML
    private void checkFiles() {
        model.checkFiles();
    }

    @FXML
    private void newExport() {
        newExport.run();
    }

    @FXML
    private void openCampaign() {
        ExportRow row = model.selectedProperty().get();
        if (row != null && row.campaign() != null) {
            openCampaign.accept(row.campaign());
        }
    }

    @FXML
    private void copyPath() {
        ExportRow row = model.selectedProperty().get();
        if (row != null) {
            copy(row.entry().file());
        }
    }

    @FXML
    private void copyProvenance() {
        ExportRow row = model.selectedProperty().get();
        if (row != null) {
            copy(row.entry().provenance());
        }
    }

    private static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
