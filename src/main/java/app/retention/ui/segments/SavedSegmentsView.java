package app.retention.ui.segments;

import app.retention.segment.SegmentListing;
import app.retention.ui.common.Formats;
import app.retention.ui.common.Fxml;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/**
 * Binds the Saved segments tab: the list, and Open, Export…, Rename…, Copy… and Delete… on the chosen row (a
 * double-click opens).
 * Delete asks first, naming the segment and its size, since a deleted segment's control group cannot be drawn
 * again.
 */
final class SavedSegmentsView {

    private final SavedSegmentsViewModel model;
    private final Runnable showCampaign;
    private final Runnable showExport;
    private final Parent root;

    @FXML private TableView<SegmentListing> savedTable;
    @FXML private TableColumn<SegmentListing, String> nameColumn;
    @FXML private TableColumn<SegmentListing, String> sizeColumn;
    @FXML private TableColumn<SegmentListing, String> modelColumn;
    @FXML private TableColumn<SegmentListing, String> datasetColumn;
    @FXML private TableColumn<SegmentListing, String> savedColumn;
    @FXML private Button openSavedButton;
    @FXML private Button exportSavedButton;
    @FXML private Button renameSavedButton;
    @FXML private Button copySavedButton;
    @FXML private Button deleteSavedButton;

    /**
     * @param showCampaign shows the Campaign tab once a segment is opened
     * @param showExport   shows the Export tab, on which the chosen segment is then offered
     */
    SavedSegmentsView(SavedSegmentsViewModel model, Runnable showCampaign, Runnable showExport) {
        this.model = model;
        this.showCampaign = showCampaign;
        this.showExport = showExport;
        this.root = Fxml.load("SegmentsSaved", this);
    }

    Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        savedTable.setItems(model.segments());
        savedTable.setPlaceholder(new Label("No saved segments yet: score a dataset, tick the risk bands and "
                + "filters, then Save segment."));
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        sizeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(SavedSegmentsViewModel.size(c.getValue())));
        modelColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(SavedSegmentsViewModel.model(c.getValue())));
        datasetColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(SavedSegmentsViewModel.dataset(c.getValue())));
        savedColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(Formats.when(c.getValue().savedAt())));
        // the table follows the model's selection (kept across a refresh) and sets it when the user clicks
        model.selectedProperty().addListener((obs, was, now) -> {
            if (savedTable.getSelectionModel().getSelectedItem() != now) {
                savedTable.getSelectionModel().select(now);
            }
        });
        savedTable.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null || !model.segments().contains(model.selectedProperty().get())) {
                model.selectedProperty().set(now);
            }
        });
        savedTable.setRowFactory(table -> {
            TableRow<SegmentListing> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open();
                }
            });
            return row;
        });
        for (Button b : new Button[] {openSavedButton, exportSavedButton, renameSavedButton, copySavedButton,
                deleteSavedButton}) {
            b.disableProperty().bind(model.selectedProperty().isNull().or(model.busyProperty()));
        }
    }

    @FXML
    private void open() {
        model.open(model.selectedProperty().get());
        showCampaign.run();
    }

    @FXML
    private void export() {
        model.open(model.selectedProperty().get());
        showExport.run();
    }

    @FXML
    private void rename() {
        model.renameChosen();
    }

    @FXML
    private void copy() {
        model.copyChosen();
    }

    @FXML
    private void delete() {
        model.delete(model.selectedProperty().get());
    }
}
