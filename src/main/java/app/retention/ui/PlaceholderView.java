package app.retention.ui;

import app.retention.ui.common.Fxml;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;

/** A screen that is not built yet: its name and what it will offer. */
final class PlaceholderView {

    private final Screen screen;
    private final Parent root;
    @FXML private Label title;
    @FXML private Label description;

    PlaceholderView(Screen screen) {
        this.screen = screen;
        this.root = Fxml.load("Placeholder", this);
    }

    @FXML
    private void initialize() {
        title.setText(screen.title());
        description.setText(screen.plannedContent());
    }

    Parent root() {
        return root;
    }
}
