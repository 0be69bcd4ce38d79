package app.retention.ui.segments;

import app.retention.domain.ExportKind;
import app.retention.segment.Segment;
import app.retention.segment.SegmentListing;
import app.retention.ui.common.DesktopFiles;
import app.retention.ui.common.Formats;
import app.retention.ui.common.Fxml;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;


/** Binds the Export tab: what to export, to which file (typed, or chosen with Browse…), and with personal data. */
final class SegmentExportView {

    private final SegmentExportViewModel model;
    private final CampaignViewModel campaign;
    private final DesktopFiles desktop;
    private final Parent root;

    @FXML private ComboBox<SegmentListing> segmentCombo;
    @FXML private Label segmentLabel;
    @FXML private Label unsavedLabel;
    @FXML private ComboBox<ExportKind> kindCombo;
    @FXML private TextField fileField;
    @FXML private Button browseButton;
    @FXML private Label goalLabel;
    @FXML private TextField goalField;
    @FXML private Label capacityLabel;
    @FXML private HBox launchRow;
    @FXML private CheckBox launchCheck;
    @FXML private TextField campaignNameField;
    @FXML private Label launchHint;
    @FXML private HBox launchDetails;
    @FXML private HBox ruleRow;
    @FXML private CheckBox ruleCheck;
    @FXML private ComboBox<String> ruleCombo;
    @FXML private Label ruleHint;
    @FXML private ComboBox<String> channelCombo;
    @FXML private TextField offerField;
    @FXML private javafx.scene.control.DatePicker startPicker;
    @FXML private Button openCampaignButton;
    @FXML private CheckBox personalCheck;
    @FXML private Label personalWarning;
    @FXML private Button exportButton;
    @FXML private Label resultLabel;
    @FXML private VBox resultBox;
    @FXML private VBox errorBox;
    @FXML private Label errorLabel;

    SegmentExportView(SegmentExportViewModel model, CampaignViewModel campaign, DesktopFiles desktop) {
        this.model = model;
        this.campaign = campaign;
        this.desktop = desktop;
        this.root = Fxml.load("SegmentsExport", this);
    }

    Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        segmentCombo.setItems(model.choices());
        segmentCombo.setCellFactory(list -> new SegmentCell());
        segmentCombo.setButtonCell(new SegmentCell());
        segmentCombo.valueProperty().bindBidirectional(model.choiceProperty());
        // the combo's own handling of a new list (and its skin's) can leave it showing nothing: once they are done,
        // show the exported segment again, through an empty value so that the combo redraws even if it holds it
        model.choices().addListener((ListChangeListener<SegmentListing>) change -> Platform.runLater(() -> {
            segmentCombo.setValue(null);
            model.showChoice();
        }));
        segmentLabel.textProperty().bind(Bindings.createStringBinding(() -> describe(model.segmentProperty().get(),
                model.unsavedChangesProperty().get()), model.segmentProperty(), model.unsavedChangesProperty()));
        unsavedLabel.textProperty().bind(Bindings.createStringBinding(() -> model.unsavedChangesProperty().get()
                && model.segmentProperty().get() != null ? "The builder shows changes that are not saved. Save the "
                + "segment first to export them; Export writes the saved segment named above." : "",
                model.unsavedChangesProperty(), model.segmentProperty()));
        unsavedLabel.visibleProperty().bind(unsavedLabel.textProperty().isNotEmpty());
        unsavedLabel.managedProperty().bind(unsavedLabel.visibleProperty());
        kindCombo.getItems().setAll(ExportKind.values());
        kindCombo.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ExportKind kind) {
                return kind == null ? "" : kind.title();
            }

            @Override
            public ExportKind fromString(String title) {
                return java.util.Arrays.stream(ExportKind.values()).filter(k -> k.title().equals(title)).findFirst()
                        .orElse(null);
            }
        });
        kindCombo.valueProperty().bindBidirectional(model.kindProperty());
        fileField.textProperty().bindBidirectional(model.destination().fileProperty());
        goalField.textProperty().bindBidirectional(model.goalProperty());
        CampaignLaunchViewModel launch = model.launch();
        // the goal is the brief's, and a launched campaign's
        goalField.visibleProperty().bind(model.kindProperty().isEqualTo(ExportKind.CAMPAIGN_BRIEF)
                .or(launch.launchProperty()));
        goalLabel.visibleProperty().bind(goalField.visibleProperty());
        personalCheck.selectedProperty().bindBidirectional(model.includePersonalDataProperty());
        personalCheck.disableProperty().bind(model.kindProperty().isEqualTo(ExportKind.CAMPAIGN_BRIEF));
        personalWarning.visibleProperty().bind(personalCheck.selectedProperty().and(personalCheck.disabledProperty().not()));
        capacityLabel.textProperty().bind(Bindings.createStringBinding(() -> switch (model.kindProperty().get()) {
            case CALL_LIST -> "The top " + Formats.count(campaign.capacityProperty().get()) + " customers "
                    + order(model.segmentProperty().get()) + " (the capacity on the Campaign tab), control group left out.";
            case SEGMENT_LIST -> "Every customer of the segment, marked contact or control.";
            case CAMPAIGN_BRIEF -> "A printable brief for the campaign team; personal data is always masked.";
        }, model.kindProperty(), campaign.capacityProperty(), model.segmentProperty()));
        // a list launches a campaign; a brief does not
        launchRow.visibleProperty().bind(model.kindProperty().isNotEqualTo(ExportKind.CAMPAIGN_BRIEF));
        launchRow.managedProperty().bind(launchRow.visibleProperty());
        launchCheck.selectedProperty().bindBidirectional(launch.launchProperty());
        campaignNameField.textProperty().bindBidirectional(launch.nameProperty());
        campaignNameField.disableProperty().bind(launchCheck.selectedProperty().not());
        launchHint.visibleProperty().bind(launchRow.visibleProperty().and(launchCheck.selectedProperty())
                .and(ruleHint.visibleProperty().not())); // the rule's words say who is called instead
        launchHint.managedProperty().bind(launchHint.visibleProperty());
        channelCombo.setItems(launch.channels());
        channelCombo.valueProperty().bindBidirectional(launch.channelProperty());
        offerField.textProperty().bindBidirectional(launch.offerProperty());
        startPicker.setConverter(new javafx.util.converter.LocalDateStringConverter(
                java.time.format.DateTimeFormatter.ISO_LOCAL_DATE, java.time.format.DateTimeFormatter.ISO_LOCAL_DATE));
        startPicker.setPromptText("yyyy-mm-dd");
        startPicker.valueProperty().bindBidirectional(launch.startProperty());
        launchDetails.visibleProperty().bind(launchRow.visibleProperty().and(launchCheck.selectedProperty()));
        launchDetails.managedProperty().bind(launchDetails.visibleProperty());
        ruleRow.visibleProperty().bind(launchDetails.visibleProperty().and(model.kindProperty()
                .isEqualTo(ExportKind.CALL_LIST)));
        ruleRow.managedProperty().bind(ruleRow.visibleProperty());
        ruleCheck.selectedProperty().bindBidirectional(launch.withRuleProperty());
        ruleCombo.setItems(launch.rules());
        ruleCombo.valueProperty().bindBidirectional(launch.ruleProperty());
        ruleCombo.disableProperty().bind(ruleCheck.selectedProperty().not());
        ruleHint.textProperty().bind(launch.ruleHoldOutProperty());
        ruleHint.visibleProperty().bind(launchRow.visibleProperty().and(launchCheck.selectedProperty())
                .and(model.kindProperty().isEqualTo(ExportKind.CALL_LIST)).and(ruleCheck.selectedProperty()));
        ruleHint.managedProperty().bind(ruleHint.visibleProperty());
        openCampaignButton.visibleProperty().bind(launch.launchedProperty().isNotEmpty());
        openCampaignButton.managedProperty().bind(openCampaignButton.visibleProperty());
        exportButton.disableProperty().bind(model.segmentProperty().isNull().or(model.busyProperty())
                .or(model.destination().fileProperty().isEmpty()));
        browseButton.disableProperty().bind(model.segmentProperty().isNull());
        resultLabel.textProperty().bind(model.resultTextProperty());
        resultBox.visibleProperty().bind(model.resultProperty().isNotNull());
        resultBox.managedProperty().bind(resultBox.visibleProperty());
        errorLabel.textProperty().bind(model.errorTextProperty());
        errorBox.visibleProperty().bind(model.errorTextProperty().isNotEmpty());
        errorBox.managedProperty().bind(errorBox.visibleProperty());
    }

    /** How the call list ranks: by expected value saved, or persuadables first (docs/adr/0027). */
    private static String order(Segment segment) {
        return segment == null || !segment.order().byUplift() ? "by expected value saved"
                : "a call is most likely to keep (" + segment.order().ranking().campaignName() + "'s uplift model; "
                + Formats.count(segment.order().sleepingDogs()) + " who would churn more if called come last)";
    }

    private static String describe(Segment segment, boolean unsaved) {
        if (segment == null) {
            return unsaved ? "Save the segment first; exports are made from saved segments."
                    : "Choose a saved segment above, or save the one you build on the left.";
        }
        return "Segment " + segment.definition().name() + ": " + Formats.count(segment.customers().size())
                + " customers (" + segment.definition().describeFilters() + "), control group "
                + Formats.count(segment.control().controlSize()) + ".";
    }

    /** A saved segment in the choice: name, size, model, dataset and date. */
    private static final class SegmentCell extends ListCell<SegmentListing> {
        @Override
        protected void updateItem(SegmentListing item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : SavedSegmentsViewModel.label(item));
        }
    }

    @FXML
    private void browse() {
        model.destination().chooseFile();
    }

    @FXML
    private void export() {
        model.export();
    }

    @FXML
    private void chooseAnotherLocation() {
        model.chooseAnotherLocation();
    }

    @FXML
    private void openCampaign() {
        model.launch().openLaunched();
    }

    @FXML
    private void openFile() {
        if (model.resultProperty().get() != null) {
            desktop.open(model.resultProperty().get().file());
        }
    }

    @FXML
    private void showInFolder() {
        if (model.resultProperty().get() != null) {
            desktop.showInFolder(model.resultProperty().get().file());
        }
    }
}
