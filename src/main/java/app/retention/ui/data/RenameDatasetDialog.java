package app.retention.ui.data;

import app.retention.ui.common.Fxml;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/** Asks for a dataset's new name; stays open with the workspace's reason when the name is refused. */
final class RenameDatasetDialog extends Dialog<ButtonType> {

    private final RenameDatasetViewModel model;
    @FXML private Label explanation;
    @FXML private TextField nameField;
    @FXML private Label errorLabel;

    RenameDatasetDialog(RenameDatasetViewModel model, Window owner) {
        this.model = model;
        initOwner(owner);
        setTitle("Rename dataset");
        setHeaderText("Rename " + model.oldName());
        getDialogPane().setContent(Fxml.load("RenameDataset", this));
        Fxml.style(getDialogPane());
        getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, ButtonType.OK);
        Node ok = getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(model.busyProperty());
        ok.addEventFilter(ActionEvent.ACTION, event -> {
            // keep the dialog open until the workspace has accepted the name
            event.consume();
            model.rename(() -> {
                setResult(ButtonType.OK);
                close();
            });
        });
        setOnShown(event -> nameField.selectAll());
    }

    @FXML
    private void initialize() {
        explanation.setText("All versions of " + model.oldName() + " get the new name.");
        nameField.textProperty().bindBidirectional(model.newNameProperty());
        errorLabel.textProperty().bind(model.errorProperty());
        errorLabel.visibleProperty().bind(Bindings.isNotEmpty(model.errorProperty()));
        errorLabel.managedProperty().bind(errorLabel.visibleProperty());
    }
}
