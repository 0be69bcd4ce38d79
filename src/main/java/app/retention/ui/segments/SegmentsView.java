package app.retention.ui.segments;

import app.retention.domain.CustomerValue;
import app.retention.ui.common.DesktopFiles;
import app.retention.ui.common.Fxml;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import javafx.util.StringConverter;

import java.util.List;

/** Binds the Segments screen: the builder on the left, the live counts and the five tabs on the right. */
public final class SegmentsView {

    /** The Export tab's position, where call lists, segment lists and briefs are made. */
    public static final int EXPORT_TAB = 3;
    /** The Campaign tab's position, shown when a saved segment is opened. */
    public static final int CAMPAIGN_TAB = 2;
    /** The Saved segments tab's position: every segment of the workspace, to open, export or delete. */
    public static final int SAVED_TAB = 4;

    private final SegmentsViewModel model;
    private final Parent root;
    private final ObjectProperty<Integer> controlPercent = new SimpleObjectProperty<>(10);
    private SegmentExportView exportView;

    @FXML private Label scoringLabel;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private ComboBox<ModelChoice> modelCombo;
    @FXML private ComboBox<DatasetChoice> datasetCombo;
    @FXML private CheckBox ruleBaselineCheck;
    @FXML private Label choiceNote;
    @FXML private ComboBox<String> valueCombo;
    @FXML private ComboBox<String> currencyCombo;
    @FXML private ComboBox<CustomerValue.Basis> basisCombo;
    @FXML private Spinner<Integer> monthsSpinner;
    @FXML private HBox valueUnitRow;
    @FXML private HBox monthsRow;
    @FXML private Button scoreButton;
    @FXML private FlowPane bandBox;
    @FXML private TextField highCutoff;
    @FXML private TextField mediumCutoff;
    @FXML private Button applyCutoffsButton;
    @FXML private Button defaultCutoffsButton;
    @FXML private Label cutoffError;
    @FXML private ComboBox<String> filterColumn1;
    @FXML private ListView<Choice> filterValues1;
    @FXML private ComboBox<String> filterColumn2;
    @FXML private ListView<Choice> filterValues2;
    @FXML private TextField probabilityFrom;
    @FXML private TextField probabilityTo;
    @FXML private Label probabilityError;
    @FXML private Label valueRangeLabel;
    @FXML private HBox valueRangeRow;
    @FXML private TextField valueFrom;
    @FXML private TextField valueTo;
    @FXML private Label valueError;
    @FXML private Spinner<Integer> controlSpinner;
    @FXML private VBox rankingBox;
    @FXML private Label rankingNote;
    @FXML private TextField nameField;
    @FXML private Label valueCaption;
    @FXML private Label nameTakenLabel;
    @FXML private Button saveButton;
    @FXML private HBox savedBox;
    @FXML private Label savedLabel;
    @FXML private Label sizeLabel;
    @FXML private Label churnersLabel;
    @FXML private Label valueLabel;
    @FXML private Label controlLabel;
    @FXML private Label controlWarningLabel;
    @FXML private Label filtersLabel;
    @FXML private TabPane tabs;
    @FXML private Tab summaryTab;
    @FXML private Tab campaignTab;
    @FXML private Tab exportTab;
    @FXML private Tab savedTab;
    @FXML private TableView<PlaybookViewModel.Row> playbookTable;
    @FXML private TableColumn<PlaybookViewModel.Row, String> bandColumn;
    @FXML private TableColumn<PlaybookViewModel.Row, String> actionColumn;

    public SegmentsView(SegmentsViewModel model) {
        this.model = model;
        this.root = Fxml.load("Segments", this);
    }

    public Parent root() {
        return root;
    }

    /** Currency, lifetime or monthly, and the months a monthly amount is projected over (finding M5). */
    private void bindValueUnit() {
        ScoringChoiceViewModel choice = model.choice();
        currencyCombo.setItems(choice.value().currencies());
        currencyCombo.valueProperty().bindBidirectional(choice.value().currencyProperty());
        basisCombo.getItems().setAll(CustomerValue.Basis.values());
        basisCombo.setConverter(new StringConverter<>() {
            @Override
            public String toString(CustomerValue.Basis basis) {
                return basis == null ? "" : basis.label();
            }

            @Override
            public CustomerValue.Basis fromString(String text) {
                return CustomerValue.Basis.LIFETIME;
            }
        });
        basisCombo.valueProperty().bindBidirectional(choice.value().basisProperty());
        SpinnerValueFactory.IntegerSpinnerValueFactory months =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(1, CustomerValue.MAX_MONTHS, 12);
        monthsSpinner.setValueFactory(months);
        months.valueProperty().bindBidirectional(choice.value().monthsProperty());
        var noColumn = choice.value().valueColumnProperty().isEqualTo(CustomerValueChoice.NO_VALUE)
                .or(choice.value().valueColumnProperty().isNull());
        valueUnitRow.disableProperty().bind(noColumn);
        monthsRow.visibleProperty().bind(choice.value().basisProperty().isEqualTo(CustomerValue.Basis.MONTHLY).and(noColumn.not()));
        monthsRow.managedProperty().bind(monthsRow.visibleProperty());
    }

    @FXML
    private void initialize() {
        scoringLabel.textProperty().bind(model.scoringTextProperty());
        busyIndicator.visibleProperty().bind(model.busyProperty());
        modelCombo.setItems(model.choice().models());
        modelCombo.valueProperty().bindBidirectional(model.choice().modelProperty());
        datasetCombo.setItems(model.choice().datasets());
        datasetCombo.setCellFactory(list -> new DatasetCell());
        datasetCombo.setButtonCell(new DatasetCell());
        datasetCombo.valueProperty().bindBidirectional(model.choice().datasetProperty());
        ruleBaselineCheck.selectedProperty().bindBidirectional(model.choice().showRuleBaselineProperty());
        choiceNote.textProperty().bind(model.choice().noteProperty());
        choiceNote.visibleProperty().bind(model.choice().noteProperty().isNotEmpty());
        choiceNote.managedProperty().bind(choiceNote.visibleProperty());
        valueCombo.setItems(model.choice().value().valueColumns());
        valueCombo.valueProperty().bindBidirectional(model.choice().value().valueColumnProperty());
        bindValueUnit();
        scoreButton.disableProperty().bind(model.busyProperty().or(model.choice().modelProperty().isNull())
                .or(Bindings.createBooleanBinding(() -> model.choice().datasetProperty().get() == null
                        || !model.choice().datasetProperty().get().fits(), model.choice().datasetProperty())));

        model.filtering().bandChoices().addListener((ListChangeListener<Choice>) change -> showBands());
        highCutoff.textProperty().bindBidirectional(model.cutoffs().highProperty());
        mediumCutoff.textProperty().bindBidirectional(model.cutoffs().mediumProperty());
        for (Node n : List.of(highCutoff, mediumCutoff, applyCutoffsButton, defaultCutoffsButton)) {
            n.disableProperty().bind(model.scoredProperty().isNull());
        }
        cutoffError.textProperty().bind(model.cutoffs().errorProperty());
        cutoffError.visibleProperty().bind(model.cutoffs().errorProperty().isNotEmpty());
        cutoffError.managedProperty().bind(cutoffError.visibleProperty());
        bindFilter(model.filtering().categoryFilters().get(0), filterColumn1, filterValues1);
        bindFilter(model.filtering().categoryFilters().get(1), filterColumn2, filterValues2);
        bindRange(model.filtering().probabilityRange(), probabilityFrom, probabilityTo, probabilityError);
        bindRange(model.filtering().valueRange(), valueFrom, valueTo, valueError);
        valueRangeLabel.textProperty().bind(Bindings.createStringBinding(() -> "Customer value ("
                + model.filtering().valueRange().columnProperty().get() + ")", model.filtering().valueRange().columnProperty()));
        valueRangeLabel.visibleProperty().bind(model.filtering().valueRange().columnProperty().isNotNull());
        valueRangeLabel.managedProperty().bind(valueRangeLabel.visibleProperty());
        valueRangeRow.visibleProperty().bind(valueRangeLabel.visibleProperty());
        valueRangeRow.managedProperty().bind(valueRangeLabel.visibleProperty());

        SpinnerValueFactory.IntegerSpinnerValueFactory percent =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 50, 10, 5);
        controlSpinner.setValueFactory(percent);
        percent.valueProperty().bindBidirectional(controlPercent);
        controlPercent.addListener((obs, was, now) -> model.controlShareProperty().set(now == null ? 0 : now / 100.0));
        RankingChoiceView.bind(rankingBox, model.ranking());
        rankingNote.textProperty().bind(model.ranking().noteProperty());
        rankingNote.visibleProperty().bind(model.ranking().noteProperty().isNotEmpty());
        rankingNote.managedProperty().bind(rankingNote.visibleProperty());

        nameField.textProperty().bindBidirectional(model.saving().nameProperty());
        nameTakenLabel.visibleProperty().bind(model.saving().nameTakenProperty());
        nameTakenLabel.managedProperty().bind(nameTakenLabel.visibleProperty());
        saveButton.disableProperty().bind(model.busyProperty().or(model.scoredProperty().isNull())
                .or(model.saving().nameProperty().isEmpty()).or(model.saving().nameTakenProperty())
                .or(model.saving().savedTextProperty().isNotEmpty()));
        savedLabel.textProperty().bind(model.saving().savedTextProperty());
        savedBox.visibleProperty().bind(model.saving().savedTextProperty().isNotEmpty());
        savedBox.managedProperty().bind(savedBox.visibleProperty());

        sizeLabel.textProperty().bind(model.counts().sizeTextProperty());
        valueCaption.textProperty().bind(Bindings.createStringBinding(() -> {
            var value = model.choice().value().customerValueProperty().get();
            return value.isSet() ? "value at risk (" + value.unit() + ")" : "value at risk";
        }, model.choice().value().customerValueProperty()));
        churnersLabel.textProperty().bind(model.counts().churnersTextProperty());
        valueLabel.textProperty().bind(model.counts().valueAtRiskTextProperty());
        controlLabel.textProperty().bind(model.counts().controlTextProperty());
        controlWarningLabel.textProperty().bind(model.counts().controlWarningProperty());
        controlWarningLabel.visibleProperty().bind(model.counts().controlWarningProperty().isNotEmpty());
        controlWarningLabel.managedProperty().bind(controlWarningLabel.visibleProperty());
        filtersLabel.textProperty().bind(model.counts().filtersTextProperty());

        playbookTable.setItems(model.playbook().rows());
        bandColumn.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyStringWrapper(c.getValue().band()));
        actionColumn.setCellValueFactory(c -> c.getValue().actionProperty());
        actionColumn.setCellFactory(TextFieldTableCell.forTableColumn());
        actionColumn.setOnEditCommit(e -> model.playbook().setAction(e.getRowValue(), e.getNewValue()));

        summaryTab.setContent(new SegmentSummaryView(model).root());
        campaignTab.setContent(new SegmentCampaignView(model.campaign()).root());
        exportView = new SegmentExportView(model.export(), model.campaign(),
                new DesktopFiles(model.export().errors()));
        exportTab.setContent(exportView.root());
        savedTab.setContent(new SavedSegmentsView(model.savedSegments(), () -> showTab(CAMPAIGN_TAB),
                () -> showTab(EXPORT_TAB)).root());
    }

    private void bindFilter(CategoryFilterViewModel filter, ComboBox<String> column, ListView<Choice> values) {
        column.setItems(filter.columns());
        column.valueProperty().bindBidirectional(filter.columnProperty());
        values.setItems(filter.values());
        values.setCellFactory(CheckBoxListCell.forListView(Choice::selectedProperty));
        values.setPlaceholder(new Label("Choose a column to filter by."));
    }

    private void showBands() {
        bandBox.getChildren().clear();
        for (Choice c : model.filtering().bandChoices()) {
            CheckBox box = new CheckBox(c.label());
            box.getStyleClass().addAll("band-check", "band-" + c.value().toLowerCase(java.util.Locale.ROOT));
            box.selectedProperty().bindBidirectional(c.selectedProperty());
            bandBox.getChildren().add(box);
        }
    }

    @FXML
    private void score() {
        model.score();
    }

    private static void bindRange(RangeFilterViewModel range, TextField from, TextField to, Label error) {
        from.textProperty().bindBidirectional(range.fromProperty());
        to.textProperty().bindBidirectional(range.toProperty());
        error.textProperty().bind(range.errorProperty());
        error.visibleProperty().bind(range.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
    }

    @FXML
    private void applyCutoffs() {
        model.cutoffs().applyTyped();
    }

    @FXML
    private void defaultCutoffs() {
        model.cutoffs().reset();
    }

    @FXML
    private void save() {
        if (!saveButton.isDisabled()) { // Enter in the name field asks too
            model.save();
        }
    }

    @FXML
    private void openExport() {
        showTab(EXPORT_TAB);
    }

    /** Shows a tab by its position: 0 Summary, 1 Playbook, 2 Campaign, 3 Export, 4 Saved segments. */
    public void showTab(int index) {
        tabs.getSelectionModel().select(index);
    }

    public SegmentsViewModel model() {
        return model;
    }

    /** A dataset in the combo: one that does not fit the model is greyed out, cannot be chosen, and says why. */
    private static final class DatasetCell extends ListCell<DatasetChoice> {
        @Override
        protected void updateItem(DatasetChoice item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.label());
            boolean misfit = !empty && item != null && !item.fits();
            setDisable(misfit);
            pseudoClassStateChanged(MISFIT, misfit);
        }
    }

    private static final javafx.css.PseudoClass MISFIT = javafx.css.PseudoClass.getPseudoClass("misfit");
}
