package app.retention.ui.models;

import app.retention.ui.common.DatasetCell;
import app.retention.ui.common.Fxml;
import javafx.beans.binding.Bindings;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.StackPane;


/** Binds the Models screen: the dataset, the Train panel, the leaderboard, the curve tabs and the threshold pane. */
public final class ModelsView {

    private final ModelsViewModel model;
    private final InServiceViewModel inService;
    private final Parent root;
    private LeaderboardView leaderboard;
    private CurvesView curves;

    @FXML private ComboBox<app.retention.domain.DatasetInfo> datasetCombo;
    @FXML private Label summaryLabel;
    @FXML private ProgressIndicator loadingIndicator;
    @FXML private Button exportButton;
    @FXML private Button scoreButton;
    @FXML private ToggleButton moreMetricsToggle;
    @FXML private StackPane trainHolder;
    @FXML private StackPane inServiceHolder;
    @FXML private ToggleButton trainToggle;
    @FXML private javafx.scene.control.SplitPane split;
    @FXML private StackPane leaderboardHolder;
    @FXML private StackPane curvesHolder;
    @FXML private StackPane thresholdHolder;

    public ModelsView(ModelsViewModel model, InServiceViewModel inService) {
        this.model = model;
        this.inService = inService;
        this.root = Fxml.load("ModelsScreen", this);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void scoreCustomers() {
        model.scoreFocused();
    }

    @FXML
    private void initialize() {
        datasetCombo.setItems(model.datasets());
        java.util.function.Function<app.retention.domain.DatasetInfo, String> models = d -> {
            Integer n = model.modelCounts().get(d.id());
            return n == null || n == 0 ? "" : n == 1 ? "1 model" : n + " models";
        };
        datasetCombo.setCellFactory(list -> new DatasetCell(models));
        datasetCombo.setButtonCell(new DatasetCell(models));
        // counts arrive in the background: draw the cells again with them
        model.modelCounts().addListener((javafx.collections.MapChangeListener<Long, Integer>) change -> {
            datasetCombo.setCellFactory(list -> new DatasetCell(models));
            datasetCombo.setButtonCell(new DatasetCell(models));
        });
        datasetCombo.valueProperty().bindBidirectional(model.datasetProperty());
        summaryLabel.textProperty().bind(model.summaryProperty());
        loadingIndicator.visibleProperty().bind(model.loadingProperty().or(model.trainingProperty()));
        ComparisonViewModel comparison = model.comparison();
        exportButton.disableProperty().bind(Bindings.isEmpty(comparison.rows()));
        scoreButton.disableProperty().bind(model.canScoreFocusedProperty().not());
        moreMetricsToggle.selectedProperty().bindBidirectional(comparison.moreMetricsProperty());
        trainHolder.getChildren().add(new TrainPanelView(model).root());
        // the Train panel collapses, for a laptop screen (issue 12, section 3)
        trainToggle.selectedProperty().addListener((obs, was, shown) -> {
            trainToggle.setText(shown ? "◂ Train" : "▸ Train");
            if (shown && !split.getItems().contains(trainHolder)) {
                split.getItems().add(0, trainHolder);
                split.setDividerPositions(0.25);
            } else if (!shown) {
                split.getItems().remove(trainHolder);
            }
        });
        leaderboard = new LeaderboardView(comparison);
        leaderboard.placeholder(model.boardMessage());
        leaderboardHolder.getChildren().add(leaderboard.root());
        // the model in use: its strip above the board, its row marked (issue 16)
        inServiceHolder.getChildren().add(new InServiceView(inService).root());
        leaderboard.markInUse(inService.inUse());
        comparison.focusedProperty().addListener((obs, was, now) -> inService.focusedModelProperty().set(
                now == null || !now.hasRun() || now.baseline() ? null : now.run().id()));
        curves = new CurvesView(comparison, new DetailsView(comparison.details()).root(),
                new ImportanceView(comparison.details()).root(), model::saveChartAs);
        curvesHolder.getChildren().add(curves.root());
        thresholdHolder.getChildren().add(new ThresholdView(comparison.threshold()).root());
        // models that arrive while the screen first opens (training started at once) were left under the
        // empty message until the user left the screen and came back (finding m7): lay the board and the charts out
        // again once the change is over, from their holders up to the window
        ListChangeListener<Object> relayout = change -> Platform.runLater(() -> {
            relayout(leaderboardHolder);
            relayout(curvesHolder);
        });
        comparison.rows().addListener(relayout);
        comparison.series().addListener(relayout);
    }

    private static void relayout(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof Parent p) {
                p.requestLayout();
            }
        }
    }

    @FXML
    private void exportCsv() {
        model.exportCsv(leaderboard.shownRows());
    }
}
