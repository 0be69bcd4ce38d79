package app.retention.ui.imports;

import app.retention.data.ColumnPlan;
import app.retention.data.ImportPlan;
import app.retention.data.ImportResult;
import app.retention.data.RowProblem;
import app.retention.domain.ColumnRole;
import app.retention.domain.ColumnType;
import app.retention.ui.common.RoleNames;
import app.retention.ui.common.Cells;
import app.retention.ui.common.Formats;
import app.retention.ui.common.Fxml;
import app.retention.ui.common.RoleRows;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.List;
import java.util.function.Consumer;

/** The import wizard's window, bound to an {@link ImportWizardViewModel}. */
public final class ImportWizardView {

    private final ImportWizardViewModel model;
    private final Stage stage = new Stage();
    private final Consumer<ImportResult> onImported;

    @FXML private Label fileLabel;
    @FXML private Button chooseButton;
    @FXML private VBox startPane;
    @FXML private VBox planPane;
    @FXML private VBox readingPane;
    @FXML private ProgressIndicator readingIndicator;
    @FXML private Label readingLabel;
    @FXML private TextField nameField;
    @FXML private Label detailLabel;
    @FXML private Label sheetLabel;
    @FXML private ChoiceBox<String> sheetChoice;
    @FXML private TabPane planTabs;
    @FXML private TableView<ColumnPlan> columnTable;
    @FXML private TableColumn<ColumnPlan, String> nameColumn;
    @FXML private TableColumn<ColumnPlan, ColumnType> typeColumn;
    @FXML private TableColumn<ColumnPlan, ColumnRole> roleColumn;
    @FXML private TableColumn<ColumnPlan, String> missingColumn;
    @FXML private TableColumn<ColumnPlan, String> distinctColumn;
    @FXML private TableColumn<ColumnPlan, String> examplesColumn;
    @FXML private TableView<List<String>> previewTable;
    @FXML private Tab problemsTab;
    @FXML private Label problemSummary;
    @FXML private Label locationNote;
    @FXML private CheckBox withoutProblemsCheck;
    @FXML private Button exportProblemsButton;
    @FXML private TableView<RowProblem> problemTable;
    @FXML private TableColumn<RowProblem, String> problemLineColumn;
    @FXML private TableColumn<RowProblem, String> problemReasonColumn;
    @FXML private TableColumn<RowProblem, String> problemRawColumn;
    @FXML private Label errorLabel;
    @FXML private ProgressBar progressBar;
    @FXML private Label progressLabel;
    @FXML private Button startImportButton;

    public ImportWizardView(ImportWizardViewModel model, Window owner, Consumer<ImportResult> onImported) {
        this.model = model;
        this.onImported = onImported;
        Parent root = Fxml.load("ImportWizard", this);
        Fxml.style(root);
        stage.setScene(new Scene(root));
        stage.setTitle("Import a dataset");
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setMinWidth(760);
        stage.setMinHeight(520);
        // closing the window stops what it started; nothing half-imported stays behind
        stage.setOnHiding(event -> model.stop());
    }

    @FXML
    private void initialize() {
        fileLabel.textProperty().bind(Bindings.createStringBinding(() -> model.fileProperty().get() == null
                ? "No file chosen" : model.fileProperty().get().toString(), model.fileProperty()));
        chooseButton.disableProperty().bind(model.busyProperty());
        startPane.visibleProperty().bind(model.planProperty().isNull().and(model.busyProperty().not()));
        readingPane.visibleProperty().bind(model.planProperty().isNull().and(model.busyProperty()));
        readingIndicator.progressProperty().bind(model.progressProperty());
        readingLabel.textProperty().bind(model.progressMessageProperty());
        planPane.visibleProperty().bind(model.planProperty().isNotNull());
        planPane.disableProperty().bind(model.busyProperty());
        nameField.textProperty().bindBidirectional(model.nameProperty());
        detailLabel.textProperty().bind(Bindings.createStringBinding(() -> describe(model.planProperty().get()),
                model.planProperty()));
        sheetChoice.setItems(model.sheets());
        sheetChoice.valueProperty().bindBidirectional(model.sheetProperty());
        sheetChoice.visibleProperty().bind(Bindings.isNotEmpty(model.sheets()));
        sheetChoice.managedProperty().bind(sheetChoice.visibleProperty());
        sheetLabel.visibleProperty().bind(sheetChoice.visibleProperty());
        sheetLabel.managedProperty().bind(sheetChoice.visibleProperty());
        bindColumns();
        bindPreview();
        bindProblems();
        errorLabel.textProperty().bind(model.errorProperty());
        errorLabel.visibleProperty().bind(Bindings.isNotEmpty(model.errorProperty()));
        errorLabel.managedProperty().bind(errorLabel.visibleProperty());
        progressBar.visibleProperty().bind(model.busyProperty());
        progressBar.progressProperty().bind(model.progressProperty());
        progressLabel.textProperty().bind(model.progressMessageProperty());
        startImportButton.disableProperty().bind(model.canImportProperty().not());
        model.resultProperty().addListener((obs, was, now) -> {
            if (now != null) {
                stage.close();
                onImported.accept(now);
            }
        });
    }

    private static String describe(ImportPlan plan) {
        if (plan == null) {
            return "";
        }
        return plan.source().format() + ", " + plan.sourceDetail() + " · " + Formats.count(plan.rowsRead())
                + " rows · " + plan.columns().size() + " columns";
    }

    private void bindColumns() {
        columnTable.setItems(model.columns());
        columnTable.setRowFactory(RoleRows.byRole(ColumnPlan::role));
        nameColumn.setCellValueFactory(Cells.text(ColumnPlan::name));
        typeColumn.setCellValueFactory(Cells.value(ColumnPlan::type));
        typeColumn.setCellFactory(column -> new ChoiceCell<>(List.of(ColumnType.values()), ColumnType::label,
                (plan, type) -> model.setType(plan.sourceIndex(), type)));
        roleColumn.setCellValueFactory(Cells.value(ColumnPlan::role));
        roleColumn.setCellFactory(column -> new ChoiceCell<>(List.of(ColumnRole.values()), RoleNames::of,
                (plan, role) -> model.setRole(plan.sourceIndex(), role)));
        missingColumn.setCellValueFactory(Cells.text(this::missing));
        distinctColumn.setCellValueFactory(Cells.text(c -> c.distinct() < 0 ? "10,000+" : Formats.count(c.distinct())));
        examplesColumn.setCellValueFactory(Cells.text(c -> String.join(", ", c.examples())));
    }

    private String missing(ColumnPlan column) {
        ImportPlan plan = model.planProperty().get();
        long rows = plan == null ? 0 : plan.rowsRead();
        if (column.missing() == 0) {
            return "none";
        }
        return Formats.count(column.missing()) + " (" + Formats.percent(rows == 0 ? 0 : (double) column.missing() / rows) + ")";
    }

    private void bindPreview() {
        previewTable.setItems(model.previewRows());
        previewTable.setPlaceholder(new Label("The file has no rows to preview."));
        model.planProperty().addListener((obs, was, now) -> {
            if (now != null && (was == null || !was.columns().stream().map(ColumnPlan::name).toList()
                    .equals(now.columns().stream().map(ColumnPlan::name).toList()))) {
                previewTable.getColumns().clear();
                for (ColumnPlan column : now.columns()) {
                    int index = column.sourceIndex();
                    TableColumn<List<String>, String> tc = new TableColumn<>(column.name());
                    tc.setCellValueFactory(Cells.text(row -> index < row.size() ? row.get(index) : ""));
                    tc.setSortable(false);
                    tc.setPrefWidth(Math.max(90, Math.min(200, column.name().length() * 9 + 30)));
                    previewTable.getColumns().add(tc);
                }
            }
        });
    }

    private void bindProblems() {
        problemTable.setItems(model.problems());
        problemLineColumn.setCellValueFactory(Cells.text(p -> Formats.count(p.line())));
        problemReasonColumn.setCellValueFactory(Cells.text(RowProblem::reason));
        problemRawColumn.setCellValueFactory(Cells.text(RowProblem::raw));
        problemsTab.textProperty().bind(Bindings.createStringBinding(() -> model.problemCountProperty().get() == 0
                ? "Problem rows (none)" : "Problem rows (" + Formats.count(model.problemCountProperty().get()) + ")",
                model.problemCountProperty()));
        problemSummary.textProperty().bind(Bindings.createStringBinding(model::problemSummary,
                model.problemCountProperty(), model.problems()));
        locationNote.textProperty().bind(Bindings.createStringBinding(model::locationNote, model.columns()));
        locationNote.visibleProperty().bind(locationNote.textProperty().isNotEmpty());
        locationNote.managedProperty().bind(locationNote.visibleProperty());
        withoutProblemsCheck.textProperty().bind(Bindings.createStringBinding(() -> "Import without these "
                + Formats.count(model.problemCountProperty().get()) + " rows", model.problemCountProperty()));
        withoutProblemsCheck.selectedProperty().bindBidirectional(model.importWithoutProblemsProperty());
        withoutProblemsCheck.disableProperty().bind(model.problemCountProperty().isEqualTo(0));
        exportProblemsButton.disableProperty().bind(Bindings.isEmpty(model.problems()));
        model.problems().addListener((ListChangeListener<RowProblem>) change -> {
            if (!model.problems().isEmpty()) {
                planTabs.getSelectionModel().select(problemsTab);
            }
        });
    }

    public ImportWizardViewModel model() {
        return model;
    }

    public void show() {
        stage.show();
    }

    public boolean isShowing() {
        return stage.isShowing();
    }

    public void toFront() {
        stage.toFront();
    }

    /** Asks for a file and reads it. */
    @FXML
    private void chooseFile() {
        model.chooseFile();
    }

    @FXML
    private void exportProblems() {
        model.exportProblems();
    }

    @FXML
    private void cancel() {
        if (model.busyProperty().get()) {
            model.stop();
        } else {
            stage.close();
        }
    }

    @FXML
    private void importDataset() {
        model.importDataset();
    }
}
