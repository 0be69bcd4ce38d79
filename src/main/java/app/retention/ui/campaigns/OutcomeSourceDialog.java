package app.retention.ui.campaigns;

import app.retention.domain.DatasetInfo;
import app.retention.ui.common.DatasetCell;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.Optional;

/**
 * The dialog behind "From a dataset or columns…" on the Campaigns screen: a file or a labelled dataset of the
 * workspace, and which column holds what. Its state is {@link OutcomeSourceViewModel}'s.
 */
final class OutcomeSourceDialog {

    private OutcomeSourceDialog() {
    }

    /** Shows the dialog for campaign {@code campaign}; the source chosen when the user clicks Import. */
    static Optional<OutcomeSourceViewModel.Source> ask(Window owner, String campaign, OutcomeSourceViewModel model) {
        model.refresh();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Outcomes of " + campaign);
        dialog.setHeaderText("Where are the outcomes of " + campaign + ", and which column holds what?");
        ButtonType importType = new ButtonType("Import", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(importType, ButtonType.CANCEL);

        ToggleGroup from = new ToggleGroup();
        RadioButton fileChoice = new RadioButton("A file (CSV, Excel, ARFF)");
        RadioButton datasetChoice = new RadioButton("A later snapshot in this workspace that says who churned");
        fileChoice.setToggleGroup(from);
        datasetChoice.setToggleGroup(from);
        (model.fromDatasetProperty().get() ? datasetChoice : fileChoice).setSelected(true);
        datasetChoice.selectedProperty().addListener((obs, was, now) -> model.fromDatasetProperty().set(now));

        TextField file = new TextField();
        file.setPrefColumnCount(34);
        file.textProperty().bindBidirectional(model.fileProperty());
        Button browse = new Button("Browse…");
        browse.setOnAction(e -> model.chooseFile());
        HBox fileRow = new HBox(8, file, browse);
        HBox.setHgrow(file, Priority.ALWAYS);
        fileRow.disableProperty().bind(datasetChoice.selectedProperty());

        ComboBox<DatasetInfo> dataset = new ComboBox<>(model.datasetChoices());
        dataset.setCellFactory(list -> new DatasetCell());
        dataset.setButtonCell(new DatasetCell());
        dataset.valueProperty().bindBidirectional(model.datasetProperty());
        dataset.setMaxWidth(Double.MAX_VALUE);
        dataset.disableProperty().bind(fileChoice.selectedProperty());

        GridPane columns = new GridPane();
        columns.getStyleClass().add("form-grid");
        columns.setHgap(8);
        columns.setVgap(6);
        addChoice(columns, 0, "Customer id", model, model.idColumnProperty());
        addChoice(columns, 1, "Churned (Yes/No or a churn date)", model, model.churnColumnProperty());
        addChoice(columns, 2, "Reached (optional)", model, model.reachedColumnProperty());
        addChoice(columns, 3, "Revenue after (optional)", model, model.revenueColumnProperty());

        CheckBox ignore = new CheckBox("Leave aside customers who are in no group of this campaign");
        ignore.selectedProperty().bindBidirectional(model.ignoreUnknownProperty());
        ignore.disableProperty().bind(datasetChoice.selectedProperty());
        Label problem = new Label();
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        Label hint = new Label("A snapshot's own churn column works as outcomes when it was taken on or after the "
                + "campaign's start, or up to 30 days before it (its churn column speaks of the 30 days after).");
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);

        VBox content = new VBox(8, fileChoice, fileRow, datasetChoice, dataset, hint,
                new Label("Which column holds what (left as found by its name unless you choose):"), columns, ignore,
                problem);
        content.setPrefWidth(560);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().lookupButton(importType).disableProperty().bind(javafx.beans.binding.Bindings
                .createBooleanBinding(() -> model.source() == null, model.fileProperty(), model.datasetProperty(),
                        model.fromDatasetProperty()));
        return dialog.showAndWait().filter(importType::equals).map(b -> model.source());
    }

    private static void addChoice(GridPane grid, int row, String label, OutcomeSourceViewModel model,
                                  javafx.beans.property.StringProperty choice) {
        ComboBox<String> combo = new ComboBox<>(model.columns());
        combo.valueProperty().bindBidirectional(choice);
        combo.setMaxWidth(Double.MAX_VALUE);
        GridPane.setHgrow(combo, Priority.ALWAYS);
        grid.addRow(row, new Label(label), combo);
    }
}
