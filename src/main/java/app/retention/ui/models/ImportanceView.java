package app.retention.ui.models;

import app.retention.ui.common.Fxml;
import app.retention.ui.common.Styles;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Binds the Importance tab: one bar per feature, as long as the ROC AUC it costs to shuffle it. */
final class ImportanceView {

    private static final double BAR_WIDTH = 180;

    private final DetailsViewModel model;
    private final Parent root;

    @FXML private Label titleLabel;
    @FXML private Label noteLabel;
    @FXML private VBox importanceBox;

    ImportanceView(DetailsViewModel model) {
        this.model = model;
        this.root = Fxml.load("ModelsImportance", this);
    }

    Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        titleLabel.textProperty().bind(model.importanceTitleProperty());
        noteLabel.textProperty().bind(model.importanceNoteProperty());
        model.importance().addListener((ListChangeListener<ImportanceBar>) change -> showBars());
        showBars();
    }

    private void showBars() {
        importanceBox.getChildren().clear();
        for (ImportanceBar bar : model.importance()) {
            Label name = new Label(bar.label());
            name.getStyleClass().add(Styles.IMPORTANCE_NAME);
            Region fill = new Region();
            fill.getStyleClass().add(Styles.IMPORTANCE_BAR);
            fill.setMinWidth(1);
            StackPane track = new StackPane(fill);
            StackPane.setAlignment(fill, Pos.CENTER_LEFT);
            track.setPrefWidth(BAR_WIDTH);
            track.setMinWidth(BAR_WIDTH / 2);
            fill.maxWidthProperty().bind(track.widthProperty().multiply(bar.share()));
            Label value = new Label(bar.text());
            value.getStyleClass().add(Styles.IMPORTANCE_VALUE);
            HBox row = new HBox(name, track, value);
            row.getStyleClass().add(Styles.IMPORTANCE_ROW);
            Tooltip.install(row, new Tooltip("Shuffling " + bar.label() + " (column `" + bar.feature() + "`) lowers ROC AUC by " + bar.text()));
            importanceBox.getChildren().add(row);
        }
    }
}
