package app.retention.ui.models;

import app.retention.domain.UseCaseRecord;
import app.retention.ui.common.Fxml;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.util.StringConverter;

/** Binds the Models screen's "in use" strip and opens its dialogs. */
final class InServiceView {

    private final InServiceViewModel model;
    private final Parent root;

    @FXML private ComboBox<UseCaseRecord> useCaseCombo;
    @FXML private Label stateLabel;
    @FXML private Button promoteButton;
    @FXML private Button rollbackButton;
    @FXML private Button historyButton;
    @FXML private Label proposalLabel;

    InServiceView(InServiceViewModel model) {
        this.model = model;
        this.root = Fxml.load("ModelsInService", this);
    }

    Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        useCaseCombo.setItems(model.useCases());
        useCaseCombo.setConverter(new StringConverter<>() {
            @Override
            public String toString(UseCaseRecord u) {
                return u == null ? "" : u.name();
            }

            @Override
            public UseCaseRecord fromString(String s) {
                return null;
            }
        });
        useCaseCombo.valueProperty().bindBidirectional(model.useCaseProperty());
        useCaseCombo.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.useCases()));
        useCaseCombo.managedProperty().bind(useCaseCombo.visibleProperty());
        stateLabel.textProperty().bind(model.stateProperty());
        stateLabel.setTooltip(new javafx.scene.control.Tooltip());
        stateLabel.getTooltip().textProperty().bind(model.stateProperty());
        promoteButton.disableProperty().bind(model.focusedModelProperty().isNull());
        rollbackButton.disableProperty().bind(model.canRollBackProperty().not());
        historyButton.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.history()));
        proposalLabel.textProperty().bind(model.proposalProperty());
        proposalLabel.visibleProperty().bind(model.proposalProperty().isNotEmpty());
        proposalLabel.managedProperty().bind(proposalLabel.visibleProperty());
    }

    @FXML
    private void promote() {
        Long id = model.focusedModelProperty().get();
        if (id == null) {
            return;
        }
        PromoteViewModel promote = model.promote(id);
        PromoteDialog dialog = new PromoteDialog(promote, root.getScene().getWindow());
        dialog.setOnShown(event -> promote.weigh());
        dialog.show();
    }

    @FXML
    private void rollBack() {
        model.rollBack();
    }

    @FXML
    private void showHistory() {
        ListView<String> list = new ListView<>(model.history());
        list.setPrefSize(760, 300);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(root.getScene().getWindow());
        dialog.setTitle("Models in use: history");
        dialog.setHeaderText("Promotions and rollbacks, newest first (the log only grows)");
        dialog.getDialogPane().setContent(list);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.setResizable(true);
        dialog.show();
    }
}
