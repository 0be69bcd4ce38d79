package app.retention.ui.models;

import app.retention.model.OddsRatio;
import app.retention.ui.common.Cells;
import app.retention.ui.common.Fxml;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;

import java.util.Locale;

/** Binds the Model tab: the focused model as text (tree, rules, rule) or as odds ratios. */
final class DetailsView {

    private final DetailsViewModel model;
    private final Parent root;

    @FXML private Label headingLabel;
    @FXML private TextArea modelText;
    @FXML private TableView<OddsRatio> oddsTable;
    @FXML private TableColumn<OddsRatio, String> termColumn;
    @FXML private TableColumn<OddsRatio, String> oddsColumn;
    @FXML private TableColumn<OddsRatio, String> effectColumn;

    DetailsView(DetailsViewModel model) {
        this.model = model;
        this.root = Fxml.load("ModelsDetails", this);
    }

    Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        headingLabel.textProperty().bind(model.headingProperty());
        modelText.textProperty().bind(model.textProperty());
        modelText.visibleProperty().bind(model.textProperty().isNotEmpty());
        modelText.managedProperty().bind(modelText.visibleProperty());
        oddsTable.setItems(model.oddsRatios());
        oddsTable.visibleProperty().bind(Bindings.isNotEmpty(model.oddsRatios()));
        oddsTable.managedProperty().bind(oddsTable.visibleProperty());
        termColumn.setCellValueFactory(Cells.text(OddsRatio::term));
        termColumn.setCellFactory(c -> new TipCell<>());
        oddsColumn.setCellValueFactory(Cells.text(o -> String.format(Locale.US, "%.3f", o.oddsRatio())));
        effectColumn.setCellValueFactory(Cells.text(DetailsViewModel::effect));
    }
}
