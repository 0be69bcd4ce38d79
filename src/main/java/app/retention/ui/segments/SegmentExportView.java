package app.retention.ui.segments;

import app.retention.segment.Segment;
import app.retention.ui.common.Formats;
import app.retention.ui.common.Fxml;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.FileChooser;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;

/** Binds the Export tab: what to export, to which file (typed, or chosen with Browse…), and with personal data. */
final class SegmentExportView {

    private final SegmentExportViewModel model;
    private final CampaignViewModel campaign;
    private final Parent root;

    @FXML private Label segmentLabel;
    @FXML private ComboBox<ExportKind> kindCombo;
    @FXML private TextField fileField;
    @FXML private Button browseButton;
    @FXML private Label goalLabel;
    @FXML private TextField goalField;
    @FXML private Label capacityLabel;
    @FXML private CheckBox personalCheck;
    @FXML private Label personalWarning;
    @FXML private Button exportButton;
    @FXML private Label resultLabel;

    SegmentExportView(SegmentExportViewModel model, CampaignViewModel campaign) {
        this.model = model;
        this.campaign = campaign;
        this.root = Fxml.load("SegmentsExport", this);
    }

    Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        segmentLabel.textProperty().bind(Bindings.createStringBinding(() -> describe(model.segmentProperty().get()),
                model.segmentProperty()));
        kindCombo.getItems().setAll(ExportKind.values());
        kindCombo.valueProperty().bindBidirectional(model.kindProperty());
        fileField.textProperty().bindBidirectional(model.fileProperty());
        goalField.textProperty().bindBidirectional(model.goalProperty());
        goalField.visibleProperty().bind(model.kindProperty().isEqualTo(ExportKind.BRIEF));
        goalLabel.visibleProperty().bind(goalField.visibleProperty());
        personalCheck.selectedProperty().bindBidirectional(model.includePersonalDataProperty());
        personalCheck.disableProperty().bind(model.kindProperty().isEqualTo(ExportKind.BRIEF));
        personalWarning.visibleProperty().bind(personalCheck.selectedProperty().and(personalCheck.disabledProperty().not()));
        capacityLabel.textProperty().bind(Bindings.createStringBinding(() -> switch (model.kindProperty().get()) {
            case CALL_LIST -> "The top " + Formats.count(campaign.capacityProperty().get()) + " customers by expected "
                    + "value saved (the capacity on the Campaign tab), control group left out.";
            case SEGMENT_LIST -> "Every customer of the segment, marked contact or control.";
            case BRIEF -> "A printable brief for the campaign team; personal data is always masked.";
        }, model.kindProperty(), campaign.capacityProperty()));
        exportButton.disableProperty().bind(model.segmentProperty().isNull().or(model.busyProperty())
                .or(model.fileProperty().isEmpty()));
        browseButton.disableProperty().bind(model.segmentProperty().isNull());
        resultLabel.textProperty().bind(model.resultTextProperty());
    }

    private static String describe(Segment segment) {
        return segment == null ? "Save a segment to export it."
                : "Segment " + segment.definition().name() + ": " + Formats.count(segment.customers().size())
                + " customers (" + segment.definition().describeFilters() + "), control group "
                + Formats.count(segment.control().controlSize()) + ".";
    }

    @FXML
    private void browse() {
        ExportKind kind = model.kindProperty().get();
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export " + kind.title().toLowerCase(Locale.ROOT));
        for (String ext : kind.extensions()) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(ext.toUpperCase(Locale.ROOT) + " file",
                    "*." + ext));
        }
        String current = model.fileProperty().get();
        if (current != null && !current.isBlank()) {
            File parent = Path.of(current).toAbsolutePath().getParent().toFile();
            if (parent.isDirectory()) {
                chooser.setInitialDirectory(parent);
            }
        }
        chooser.setInitialFileName(model.defaultFileName());
        File chosen = chooser.showSaveDialog(root.getScene().getWindow());
        if (chosen != null) {
            model.fileProperty().set(chosen.getAbsolutePath());
        }
    }

    @FXML
    private void export() {
        model.export();
    }
}
