package app.retention.ui.models;

import app.retention.model.LearnerSpec;
import app.retention.ui.common.Fxml;
import javafx.beans.property.ObjectProperty;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.util.StringConverter;

/** Binds "Find the best model in N minutes" on the Train panel to its {@link TuningViewModel}. */
final class TuningPanelView {

    private final TuningViewModel model;
    private final ModelsViewModel screen;
    private final Parent root;
    private ObjectProperty<Integer> minutes;

    @FXML private Spinner<Integer> minutesSpinner;
    @FXML private ChoiceBox<LearnerSpec> learnerChoice;
    @FXML private Button findButton;
    @FXML private Button stopButton;
    @FXML private Label progressLabel;
    @FXML private Label noteLabel;

    TuningPanelView(ModelsViewModel screen) {
        this.screen = screen;
        this.model = screen.tuning();
        this.root = Fxml.load("ModelsTune", this);
    }

    Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        SpinnerValueFactory.IntegerSpinnerValueFactory factory = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                1, app.retention.model.TuningBudget.MAX_MINUTES, model.minutesProperty().get());
        minutesSpinner.setValueFactory(factory);
        minutes = model.minutesProperty().asObject(); // the spinner binds weakly: keep the adapter
        factory.valueProperty().bindBidirectional(minutes);
        learnerChoice.setItems(model.learners());
        learnerChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(LearnerSpec spec) {
                return spec == null ? "" : spec.label();
            }

            @Override
            public LearnerSpec fromString(String text) {
                return null;
            }
        });
        learnerChoice.valueProperty().bindBidirectional(model.learnerProperty());
        findButton.disableProperty().bind(model.runningProperty().or(screen.datasetProperty().isNull()));
        stopButton.disableProperty().bind(model.runningProperty().not().or(model.stoppingProperty()));
        progressLabel.textProperty().bind(model.progressProperty());
        progressLabel.visibleProperty().bind(model.progressProperty().isNotEmpty());
        progressLabel.managedProperty().bind(progressLabel.visibleProperty());
        // why the score can be trusted, said while a search runs and beside its result
        noteLabel.setText(TuningViewModel.NESTED_NOTE);
        noteLabel.visibleProperty().bind(progressLabel.visibleProperty());
        noteLabel.managedProperty().bind(noteLabel.visibleProperty());
    }

    @FXML
    private void find() {
        model.find();
    }

    @FXML
    private void stop() {
        model.stop();
    }
}
