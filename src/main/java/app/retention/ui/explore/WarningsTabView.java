package app.retention.ui.explore;

import app.retention.explore.DataWarning;
import app.retention.ui.common.Fxml;
import app.retention.ui.common.UserMessages;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.Locale;

/** Binds the Warnings tab: one card per finding, coloured by severity, with its action as a button. */
final class WarningsTabView {

    static final String CARD = "warning-card";
    static final String BADGE = "severity-badge";

    private final ExploreViewModel model;
    private final Parent root;

    @FXML private VBox warningList;

    WarningsTabView(ExploreViewModel model) {
        this.model = model;
        this.root = Fxml.load("ExploreWarnings", this);
    }

    Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        model.warnings().addListener((ListChangeListener<DataWarning>) change -> showWarnings());
        showWarnings();
    }

    private void showWarnings() {
        warningList.getChildren().clear();
        if (model.warnings().isEmpty()) {
            Label none = new Label(model.profileProperty().get() == null ? ""
                    : "No problems found: this dataset is ready for modelling.");
            none.getStyleClass().add("empty-message");
            warningList.getChildren().add(none);
            return;
        }
        for (DataWarning warning : model.warnings()) {
            warningList.getChildren().add(card(warning));
        }
    }

    private HBox card(DataWarning warning) {
        String severity = warning.severity().name().toLowerCase(Locale.ROOT);
        Label badge = new Label(switch (warning.severity()) {
            case ERROR -> "Error";
            case WARNING -> "Warning";
            case INFO -> "Info";
        });
        badge.getStyleClass().addAll(BADGE, severity);
        badge.setMinWidth(70);
        Label message = new Label(UserMessages.plain(warning.message()));
        message.setWrapText(true);
        message.getStyleClass().add("warning-message");
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        HBox card = new HBox(badge, message);
        card.getStyleClass().addAll(CARD, severity);
        if (warning.action() != null) {
            Button action = new Button(warning.action().label());
            action.setMinWidth(Button.USE_PREF_SIZE);
            action.getStyleClass().add("warning-action");
            action.setOnAction(event -> {
                action.setDisable(true);
                model.apply(warning.action());
            });
            card.getChildren().add(action);
        }
        return card;
    }
}
