package app.retention.ui.models;

import app.retention.evaluate.ConfusionMatrix;
import app.retention.ui.common.Formats;
import app.retention.ui.common.Fxml;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.GridPane;

import java.util.List;

/** Binds the threshold pane: the slider, the confusion matrix and what the threshold flags. */
final class ThresholdView {

    private final ThresholdViewModel model;
    private final Parent root;

    @FXML private Label titleLabel;
    @FXML private Label thresholdLabel;
    @FXML private Slider slider;
    @FXML private GridPane confusionGrid;
    @FXML private Label tpLabel;
    @FXML private Label fpLabel;
    @FXML private Label fnLabel;
    @FXML private Label tnLabel;
    @FXML private Label flaggedLabel;
    @FXML private Label precisionLabel;
    @FXML private Label recallLabel;
    @FXML private Label emptyLabel;

    ThresholdView(ThresholdViewModel model) {
        this.model = model;
        this.root = Fxml.load("ModelsThreshold", this);
    }

    Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        titleLabel.textProperty().bind(model.titleProperty());
        thresholdLabel.textProperty().bind(model.thresholdTextProperty());
        slider.valueProperty().bindBidirectional(model.thresholdProperty());
        flaggedLabel.textProperty().bind(model.flaggedProperty());
        precisionLabel.textProperty().bind(model.precisionProperty());
        recallLabel.textProperty().bind(model.recallProperty());
        var shown = model.confusionProperty().isNotNull();
        for (var node : List.of(confusionGrid, flaggedLabel, precisionLabel, recallLabel, slider)) {
            node.visibleProperty().bind(shown);
            node.managedProperty().bind(shown);
        }
        emptyLabel.visibleProperty().bind(shown.not());
        emptyLabel.managedProperty().bind(emptyLabel.visibleProperty());
        model.confusionProperty().addListener((obs, was, now) -> showConfusion(now));
        showConfusion(model.confusionProperty().get());
    }

    private void showConfusion(ConfusionMatrix cm) {
        tpLabel.setText(cm == null ? "" : Formats.count(cm.truePositives()));
        fpLabel.setText(cm == null ? "" : Formats.count(cm.falsePositives()));
        fnLabel.setText(cm == null ? "" : Formats.count(cm.falseNegatives()));
        tnLabel.setText(cm == null ? "" : Formats.count(cm.trueNegatives()));
    }
}
