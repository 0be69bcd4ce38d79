package app.retention.ui.models;

import app.retention.ui.common.Fxml;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** "Put in use…": shows the evidence; a refusal can be overridden only with a written reason. */
final class PromoteDialog extends Dialog<ButtonType> {

    static final ButtonType PUT_IN_USE = new ButtonType("Put in use", ButtonBar.ButtonData.OK_DONE);

    private final PromoteViewModel model;
    @FXML private ComboBox<String> useCaseCombo;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label evidenceLabel;
    @FXML private Label verdictLabel;
    @FXML private Label reasonTitle;
    @FXML private TextArea reasonArea;
    @FXML private Label errorLabel;

    PromoteDialog(PromoteViewModel model, Window owner) {
        this.model = model;
        initOwner(owner);
        setTitle("Put a model in use");
        setHeaderText("Put model " + model.modelId() + " in use");
        getDialogPane().setContent(Fxml.load("PromoteModel", this));
        Fxml.style(getDialogPane());
        getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, PUT_IN_USE);
        Node ok = getDialogPane().lookupButton(PUT_IN_USE);
        ok.disableProperty().bind(model.canConfirm().not());
        ok.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume(); // open until the promotion is stored
            model.confirm(() -> {
                setResult(PUT_IN_USE);
                close();
            });
        });
        setResizable(true);
        // the evidence arrives after the dialog is shown: the window grows to show it and the buttons below
        model.evidenceProperty().addListener((obs, was, now) -> javafx.application.Platform.runLater(this::fit));
        model.verdictProperty().addListener((obs, was, now) -> javafx.application.Platform.runLater(this::fit));
        model.weighedProperty().addListener((obs, was, now) -> javafx.application.Platform.runLater(this::fit));
    }

    private void fit() {
        if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null) {
            getDialogPane().getScene().getWindow().sizeToScene();
        }
    }

    @FXML
    private void initialize() {
        useCaseCombo.setItems(FXCollections.observableArrayList(model.useCases()));
        useCaseCombo.setValue(model.useCaseNameProperty().get());
        useCaseCombo.valueProperty().addListener((obs, was, now) -> model.useCaseNameProperty().set(now == null ? ""
                : now));
        busyIndicator.visibleProperty().bind(model.busyProperty());
        evidenceLabel.textProperty().bind(model.evidenceProperty());
        verdictLabel.textProperty().bind(model.verdictProperty());
        reasonArea.textProperty().bindBidirectional(model.reasonProperty());
        // the reason is asked for only when the rule refuses or there is no evidence
        reasonArea.visibleProperty().bind(model.weighedProperty().and(model.passedProperty().not()));
        reasonArea.managedProperty().bind(reasonArea.visibleProperty());
        reasonTitle.visibleProperty().bind(reasonArea.visibleProperty());
        reasonTitle.managedProperty().bind(reasonArea.visibleProperty());
        errorLabel.textProperty().bind(model.errorProperty());
        errorLabel.visibleProperty().bind(Bindings.isNotEmpty(model.errorProperty()));
        errorLabel.managedProperty().bind(errorLabel.visibleProperty());
    }
}
