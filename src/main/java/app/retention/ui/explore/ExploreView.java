package app.retention.ui.explore;

import app.retention.domain.DatasetInfo;
import app.retention.explore.ColumnProfile;
import app.retention.ui.common.DatasetCell;
import app.retention.ui.common.Fxml;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/** Binds the Explore screen: the dataset and its headline, the column list, and the four tabs. */
public final class ExploreView {

    private final ExploreViewModel model;
    private final Runnable next;
    private final Parent root;
    private boolean followingModel;

    @FXML private ComboBox<DatasetInfo> datasetCombo;
    @FXML private Label summaryLabel;
    @FXML private ProgressIndicator loadingIndicator;
    @FXML private Label baseRateLabel;
    @FXML private Button nextButton;
    @FXML private ListView<ColumnProfile> columnList;
    @FXML private TabPane tabs;
    @FXML private Tab columnTab;
    @FXML private Tab driversTab;
    @FXML private Tab warningsTab;
    @FXML private Tab crosstabTab;

    /** @param next the next step of the workflow (Models), for the header's "Train models →" (finding M12) */
    public ExploreView(ExploreViewModel model, Runnable next) {
        this.model = model;
        this.next = next;
        this.root = Fxml.load("ExploreScreen", this);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void next() {
        next.run();
    }

    @FXML
    private void initialize() {
        datasetCombo.setItems(model.datasets());
        datasetCombo.setCellFactory(list -> new DatasetCell());
        datasetCombo.setButtonCell(new DatasetCell());
        datasetCombo.valueProperty().bindBidirectional(model.datasetProperty());
        summaryLabel.textProperty().bind(model.summaryProperty());
        baseRateLabel.textProperty().bind(model.baseRateProperty());
        baseRateLabel.visibleProperty().bind(model.baseRateProperty().isNotEmpty());
        loadingIndicator.visibleProperty().bind(model.loadingProperty());
        // a model needs a churn target: without one the next step is to mark it (Data), not to train
        nextButton.disableProperty().bind(Bindings.createBooleanBinding(() -> model.datasetProperty().get() == null
                || model.datasetProperty().get().targetColumn() == null, model.datasetProperty()));

        columnList.setItems(model.columns());
        columnList.setCellFactory(list -> new ColumnListCell());
        Label noColumns = new Label();
        noColumns.textProperty().bind(Bindings.when(model.loadingProperty())
                .then("Reading columns…").otherwise("Choose a dataset above."));
        noColumns.setWrapText(true);
        noColumns.getStyleClass().add("empty-message");
        columnList.setPlaceholder(noColumns);
        // the list follows the model's column, and tells the model about the user's
        model.column().selectedProperty().addListener((obs, was, now) -> {
            followingModel = true;
            columnList.getSelectionModel().select(now);
            followingModel = false;
        });
        model.columns().addListener((javafx.collections.ListChangeListener<ColumnProfile>) change -> {
            followingModel = true;
            columnList.getSelectionModel().select(model.column().selectedProperty().get());
            followingModel = false;
        });
        columnList.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (!followingModel && now != null) {
                model.column().selectedProperty().set(now);
                tabs.getSelectionModel().select(columnTab);
            }
        });

        columnTab.setContent(new ColumnTabView(model.column()).root());
        driversTab.setContent(new DriversTabView(model, this::openColumn).root());
        warningsTab.setContent(new WarningsTabView(model).root());
        warningsTab.textProperty().bind(model.warningsTitleProperty());
        model.warningsWantedProperty().addListener((obs, was, now) -> tabs.getSelectionModel().select(warningsTab));
        crosstabTab.setContent(new CrosstabTabView(model.crosstab()).root());
    }

    private void openColumn(String name) {
        model.selectColumn(name);
        tabs.getSelectionModel().select(columnTab);
    }
}
