package app.retention.ui.models;

import app.retention.domain.DatasetInfo;
import app.retention.ui.common.DatasetCell;
import app.retention.ui.common.Fxml;
import app.retention.ui.common.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PropertySheet;

import java.util.ArrayList;
import java.util.List;

/** Binds the Train panel: learner checklist, preset, the property sheet of the clicked learner, design, rule. */
final class TrainPanelView {

    private final ModelsViewModel model;
    private final TrainingForm form;
    private final Parent root;
    private final PropertySheet sheet = new PropertySheet();
    private final List<ObjectProperty<Integer>> spinnerValues = new ArrayList<>();

    @FXML private ListView<LearnerChoice> learnerList;
    @FXML private ChoiceBox<String> presetChoice;
    @FXML private Label paramsTitle;
    @FXML private Label paramHelp;
    @FXML private StackPane sheetHolder;
    @FXML private Label paramError;
    @FXML private ToggleGroup designGroup;
    @FXML private RadioButton cvRadio;
    @FXML private RadioButton ootRadio;
    @FXML private GridPane cvGrid;
    @FXML private Spinner<Integer> foldsSpinner;
    @FXML private Spinner<Integer> repeatsSpinner;
    @FXML private Spinner<Integer> seedSpinner;
    @FXML private HBox ootBox;
    @FXML private ComboBox<DatasetInfo> testCombo;
    @FXML private CheckBox importanceCheck;
    @FXML private TextField ruleField;
    @FXML private Label ruleHint;
    @FXML private Label ruleError;
    @FXML private Label problemLabel;
    @FXML private Button trainButton;
    @FXML private Button cancelButton;
    @FXML private StackPane tuneHolder;

    TrainPanelView(ModelsViewModel model) {
        this.model = model;
        this.form = model.form();
        this.root = Fxml.load("ModelsTrain", this);
    }

    Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        learnerList.setItems(form.learners());
        learnerList.setCellFactory(list -> new LearnerListCell());
        learnerList.getSelectionModel().select(form.focusedProperty().get());
        learnerList.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null) {
                form.focusedProperty().set(now);
            }
        });
        form.focusedProperty().addListener((obs, was, now) -> {
            learnerList.getSelectionModel().select(now);
            showParams(now);
        });
        presetChoice.setItems(FXCollections.observableArrayList(TrainingForm.PRESETS));
        presetChoice.valueProperty().bindBidirectional(form.presetProperty());

        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        sheet.setMode(PropertySheet.Mode.NAME);
        sheet.setPropertyEditorFactory(ParamSheetItem::editor);
        sheetHolder.getChildren().add(sheet);
        showParams(form.focusedProperty().get());
        paramError.textProperty().bind(form.paramProblemProperty());
        bindMessage(paramError, form.paramProblemProperty().isNotEmpty());

        bindDesign();
        ruleField.textProperty().bindBidirectional(form.ruleProperty());
        ruleHint.textProperty().bind(form.ruleHintProperty());
        ruleError.textProperty().bind(model.ruleProblemProperty());
        bindMessage(ruleError, model.ruleProblemProperty().isNotEmpty());
        // a parameter's problem is said beside the sheet; the others under the button
        problemLabel.textProperty().bind(Bindings.when(form.paramProblemProperty().isEmpty())
                .then(form.problemProperty()).otherwise(""));
        trainButton.disableProperty().bind(form.problemProperty().isNotEmpty().or(model.trainingProperty()));
        cancelButton.disableProperty().bind(model.trainingProperty().not());
        tuneHolder.getChildren().add(new TuningPanelView(model).root());
    }

    private void bindDesign() {
        cvRadio.setUserData(TrainingForm.Design.CROSS_VALIDATION);
        ootRadio.setUserData(TrainingForm.Design.OUT_OF_TIME);
        designGroup.selectToggle(form.designProperty().get() == TrainingForm.Design.OUT_OF_TIME ? ootRadio : cvRadio);
        designGroup.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now != null) {
                form.designProperty().set((TrainingForm.Design) now.getUserData());
            }
        });
        form.designProperty().addListener((obs, was, now) ->
                designGroup.selectToggle(now == TrainingForm.Design.OUT_OF_TIME ? ootRadio : cvRadio));
        cvGrid.disableProperty().bind(cvRadio.selectedProperty().not());
        ootBox.disableProperty().bind(ootRadio.selectedProperty().not());
        importanceCheck.selectedProperty().bindBidirectional(form.importanceProperty());
        integers(foldsSpinner, 2, TrainingForm.MAX_FOLDS, form.foldsProperty().asObject());
        integers(repeatsSpinner, 1, app.retention.model.CvPlan.MAX_REPEATS, form.repeatsProperty().asObject());
        integers(seedSpinner, 0, Integer.MAX_VALUE, form.seedProperty().asObject());
        testCombo.setItems(form.testDatasets());
        testCombo.setCellFactory(list -> new DatasetCell());
        testCombo.setButtonCell(new DatasetCell());
        testCombo.valueProperty().bindBidirectional(form.testDatasetProperty());
    }

    private void integers(Spinner<Integer> spinner, int min, int max, ObjectProperty<Integer> value) {
        SpinnerValueFactory.IntegerSpinnerValueFactory factory =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, value.get());
        spinner.setValueFactory(factory);
        factory.valueProperty().bindBidirectional(value);
        spinnerValues.add(value); // the spinner binds weakly: keep the adapter alive
    }

    private static void bindMessage(Label label, javafx.beans.value.ObservableBooleanValue shown) {
        label.visibleProperty().bind(shown);
        label.managedProperty().bind(label.visibleProperty());
    }

    private void showParams(LearnerChoice choice) {
        sheet.getItems().clear();
        paramHelp.setText(choice == null ? "" : choice.paramHelp());
        if (choice == null) {
            paramsTitle.setText("PARAMETERS");
            return;
        }
        paramsTitle.setText("PARAMETERS — " + choice.spec().label().toUpperCase(java.util.Locale.ROOT));
        choice.params().forEach(field -> sheet.getItems().add(new ParamSheetItem(field)));
    }

    @FXML
    private void train() {
        model.train();
    }

    @FXML
    private void cancel() {
        model.cancelTraining();
    }

    /** A tick box, the learner's label and its one-sentence description; baselines are always ticked. */
    private static final class LearnerListCell extends ListCell<LearnerChoice> {
        private final CheckBox box = new CheckBox();
        private final Label description = new Label();
        private final VBox text = new VBox(box, description);
        private LearnerChoice bound;

        LearnerListCell() {
            description.getStyleClass().add(Styles.LEARNER_DESCRIPTION);
            text.getStyleClass().add(Styles.LEARNER_CELL);
            description.maxWidthProperty().bind(widthProperty().subtract(40));
        }

        @Override
        protected void updateItem(LearnerChoice item, boolean empty) {
            super.updateItem(item, empty);
            if (bound != null) {
                box.selectedProperty().unbindBidirectional(bound.chosenProperty());
                bound = null;
            }
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            box.setText(item.spec().label());
            box.setDisable(item.baseline());
            box.selectedProperty().bindBidirectional(item.chosenProperty());
            bound = item;
            description.setText(item.baseline() ? "Always trained with the others" : item.spec().description());
            setTooltip(new Tooltip(item.spec().description()));
            setGraphic(text);
        }
    }
}
