package app.retention.ui.data;

import app.retention.domain.ColumnInfo;
import app.retention.domain.DatasetInfo;
import app.retention.domain.RejectedRow;
import app.retention.domain.StoredRow;
import app.retention.explore.AppliedFix;
import app.retention.ui.common.Formats;
import app.retention.ui.common.Fxml;
import app.retention.ui.common.RoleRows;
import app.retention.ui.common.Styles;
import app.retention.ui.common.UserMessages;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Window;

import java.util.List;
import java.util.function.Function;

/** Binds the Data screen's layout to its {@link DataViewModel}. */
public final class DataView {

    private final DataViewModel model;
    private final ColumnFixesViewModel fixes;
    private final Runnable openImport;
    private final Runnable next;
    private final Parent root;

    @FXML private CheckBox allVersionsCheck;
    @FXML private CheckBox personalDataCheck;
    @FXML private Button renameButton;
    @FXML private Button deleteButton;
    @FXML private TableView<DatasetInfo> datasetTable;
    @FXML private TableColumn<DatasetInfo, String> nameColumn;
    @FXML private TableColumn<DatasetInfo, Integer> versionColumn;
    @FXML private TableColumn<DatasetInfo, Long> rowsColumn;
    @FXML private TableColumn<DatasetInfo, Integer> columnsColumn;
    @FXML private TableColumn<DatasetInfo, Long> rejectedColumn;
    @FXML private TableColumn<DatasetInfo, String> targetColumn;
    @FXML private TableColumn<DatasetInfo, String> sourceColumn;
    @FXML private TableColumn<DatasetInfo, String> importedColumn;
    @FXML private Label detailTitle;
    @FXML private Label detailSummary;
    @FXML private ProgressIndicator loadingIndicator;
    @FXML private TableView<StoredRow> rowTable;
    @FXML private Button firstPageButton;
    @FXML private Button previousPageButton;
    @FXML private Button nextPageButton;
    @FXML private Button lastPageButton;
    @FXML private Label rowRangeLabel;
    @FXML private TableView<ColumnInfo> columnTable;
    @FXML private TableColumn<ColumnInfo, String> colNameColumn;
    @FXML private TableColumn<ColumnInfo, String> colLabelColumn;
    @FXML private TableColumn<ColumnInfo, ColumnInfo> colTypeColumn;
    @FXML private TableColumn<ColumnInfo, ColumnInfo> colRoleColumn;
    @FXML private TableColumn<ColumnInfo, ColumnInfo> colEncodingColumn;
    @FXML private ListView<AppliedFix> fixList;
    @FXML private Button undoFixButton;
    @FXML private TableColumn<ColumnInfo, String> colMissingColumn;
    @FXML private TableColumn<ColumnInfo, String> colDistinctColumn;
    @FXML private Tab rejectedTab;
    @FXML private Label rejectedInfo;
    @FXML private Button exportRejectedButton;
    @FXML private Button nextButton;
    @FXML private TableView<RejectedRow> rejectedTable;
    @FXML private TableColumn<RejectedRow, String> rejectedLineColumn;
    @FXML private TableColumn<RejectedRow, String> rejectedReasonColumn;
    @FXML private TableColumn<RejectedRow, String> rejectedRawColumn;

    /**
     * @param fixes      role changes and the applied fixes with Undo (finding M17)
     * @param openImport opens the import wizard
     * @param next       the next step of the workflow (Explore), for the header's "Explore →" (finding M12)
     */
    public DataView(DataViewModel model, ColumnFixesViewModel fixes, Runnable openImport, Runnable next) {
        this.model = model;
        this.fixes = fixes;
        this.openImport = openImport;
        this.next = next;
        this.root = Fxml.load("DataScreen", this);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        bindDatasets();
        bindDetail();
        bindColumns();
        bindRejected();
        nextButton.disableProperty().bind(model.selectedProperty().isNull());
        nextButton.textProperty().bind(model.nextStepLabel());
    }

    @FXML
    private void next() {
        next.run();
    }

    private void bindDatasets() {
        datasetTable.setItems(model.datasets());
        Label noDatasets = new Label();
        noDatasets.textProperty().bind(model.datasetsMessage());
        datasetTable.setPlaceholder(noDatasets);
        nameColumn.setCellValueFactory(text(DatasetInfo::name));
        versionColumn.setCellValueFactory(value(DatasetInfo::version));
        rowsColumn.setCellValueFactory(value(DatasetInfo::rowsImported));
        rowsColumn.setCellFactory(column -> new CountCell<>());
        columnsColumn.setCellValueFactory(value(DatasetInfo::columnCount));
        rejectedColumn.setCellValueFactory(value(DatasetInfo::rowsRejected));
        rejectedColumn.setCellFactory(column -> new CountCell<>());
        targetColumn.setCellValueFactory(text(d -> d.targetColumn() == null ? "—" : d.targetColumn()));
        sourceColumn.setCellValueFactory(text(d -> Formats.fileName(d.source().path())));
        importedColumn.setCellValueFactory(text(d -> Formats.when(d.importedAt())));
        datasetTable.setRowFactory(table -> {
            TableRow<DatasetInfo> row = new TableRow<>();
            row.itemProperty().addListener((obs, was, now) ->
                    row.setTooltip(now == null ? null : new javafx.scene.control.Tooltip(now.source().path()
                            + "\n" + now.source().detail())));
            return row;
        });
        allVersionsCheck.selectedProperty().bindBidirectional(model.showAllVersionsProperty());
        personalDataCheck.selectedProperty().bindBidirectional(model.showPersonalDataProperty());
        model.showPersonalDataProperty().addListener((obs, was, now) -> rowTable.refresh());
        // the table may re-sort; follow the model's selection, and tell the model about the user's
        model.selectedProperty().addListener((obs, was, now) -> {
            if (datasetTable.getSelectionModel().getSelectedItem() != now) {
                datasetTable.getSelectionModel().select(now);
                if (now != null) {
                    datasetTable.scrollTo(now);
                }
            }
        });
        datasetTable.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        renameButton.disableProperty().bind(model.selectedProperty().isNull());
        deleteButton.disableProperty().bind(model.selectedProperty().isNull());
    }

    private void bindDetail() {
        detailTitle.textProperty().bind(Bindings.createStringBinding(() -> model.selectedProperty().get() == null
                ? "No dataset selected" : model.selectedProperty().get().name(), model.selectedProperty()));
        detailSummary.textProperty().bind(model.summaryProperty());
        loadingIndicator.visibleProperty().bind(model.loadingProperty());
        rowTable.setItems(model.pages().rows());
        Label noRows = new Label();
        noRows.textProperty().bind(model.rowsMessage());
        rowTable.setPlaceholder(noRows);
        rowRangeLabel.textProperty().bind(model.pages().rowRangeProperty());
        firstPageButton.disableProperty().bind(model.pages().canGoBackProperty().not());
        previousPageButton.disableProperty().bind(model.pages().canGoBackProperty().not());
        nextPageButton.disableProperty().bind(model.pages().canGoForwardProperty().not());
        lastPageButton.disableProperty().bind(model.pages().canGoForwardProperty().not());
        model.columns().addListener((ListChangeListener<ColumnInfo>) change -> rebuildRowColumns(model.columns()));
    }

    /** One table column per dataset column; the first shows the row number. */
    private void rebuildRowColumns(List<ColumnInfo> columns) {
        TableColumn<StoredRow, String> number = new TableColumn<>("#");
        number.setCellValueFactory(text(r -> Formats.count(r.rowNumber())));
        number.getStyleClass().add(Styles.NUMERIC);
        number.setSortable(false);
        number.setPrefWidth(70);
        rowTable.getColumns().setAll(List.of(number));
        for (int i = 0; i < columns.size(); i++) {
            // values come in the order of the column list (positions need not start at 0)
            int index = i;
            ColumnInfo column = columns.get(i);
            TableColumn<StoredRow, String> tc = new TableColumn<>(column.name());
            tc.setCellValueFactory(text(r -> model.cellText(r, index, column)));
            // sorting one page would mislead: rows keep the file's order
            tc.setSortable(false);
            tc.setPrefWidth(Math.max(90, Math.min(220, column.name().length() * 9 + 30)));
            if (column.type().isNumeric()) {
                tc.getStyleClass().add(Styles.NUMERIC);
            }
            rowTable.getColumns().add(tc);
        }
    }

    private void bindColumns() {
        columnTable.setItems(model.columns());
        columnTable.setPlaceholder(new Label("Select a dataset to see its columns."));
        colNameColumn.setCellValueFactory(text(ColumnInfo::name));
        colLabelColumn.setCellValueFactory(text(ColumnInfo::displayLabel));
        colLabelColumn.setCellFactory(TextFieldTableCell.forTableColumn());
        colLabelColumn.setOnEditCommit(edit -> fixes.changeLabel(edit.getRowValue(), edit.getNewValue()));
        columnTable.setEditable(true);
        colTypeColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        colTypeColumn.setCellFactory(column -> ColumnChoiceCell.type(fixes::changeType));
        colRoleColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        colRoleColumn.setCellFactory(column -> ColumnChoiceCell.role(fixes::changeRole));
        colEncodingColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        colEncodingColumn.setCellFactory(column -> ColumnChoiceCell.encoding(fixes::encodingOf, fixes::changeEncoding));
        // an encoding shows from the fixes list, which arrives after the columns: draw the cells again then
        fixes.fixes().addListener((ListChangeListener<AppliedFix>) change -> columnTable.refresh());
        colMissingColumn.setCellValueFactory(text(c -> {
            DatasetInfo d = model.selectedProperty().get();
            return Formats.percent(c.missingShare(d == null ? 0 : d.rowsImported()));
        }));
        colDistinctColumn.setCellValueFactory(text(c -> Formats.count(c.distinct())));
        columnTable.setRowFactory(RoleRows.byRole(ColumnInfo::role));
        fixList.setItems(fixes.fixes());
        fixList.setPlaceholder(new Label("No changes since this version was imported."));
        fixList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(AppliedFix fix, boolean empty) {
                super.updateItem(fix, empty);
                setText(empty || fix == null ? null : UserMessages.plain(fix.description()));
            }
        });
        undoFixButton.disableProperty().bind(fixList.getSelectionModel().selectedItemProperty().isNull());
    }

    @FXML
    private void undoFix() {
        fixes.undo(fixList.getSelectionModel().getSelectedItem());
    }

    private void bindRejected() {
        rejectedTable.setItems(model.rejected());
        rejectedTable.setPlaceholder(new Label("Every row of this dataset was imported."));
        rejectedLineColumn.setCellValueFactory(text(r -> Formats.count(r.line())));
        rejectedReasonColumn.setCellValueFactory(text(RejectedRow::reason));
        rejectedRawColumn.setCellValueFactory(text(RejectedRow::raw));
        rejectedTab.textProperty().bind(Bindings.createStringBinding(() -> model.rejected().isEmpty()
                ? "Quarantined rows" : "Quarantined rows (" + Formats.count(rejectedCount()) + ")", model.rejected()));
        rejectedInfo.textProperty().bind(Bindings.createStringBinding(() -> model.rejected().isEmpty()
                ? "No rows were quarantined."
                : "These rows could not be read and were left out of the dataset. Export them to fix the source file.",
                model.rejected()));
        exportRejectedButton.disableProperty().bind(Bindings.isEmpty(model.rejected()));
    }

    private long rejectedCount() {
        DatasetInfo d = model.selectedProperty().get();
        return d == null ? model.rejected().size() : Math.max(d.rowsRejected(), model.rejected().size());
    }

    @FXML
    private void importFile() {
        openImport.run();
    }

    @FXML
    private void rename() {
        new RenameDatasetDialog(model.renameSelected(), window()).showAndWait();
    }

    @FXML
    private void delete() {
        model.deleteSelected();
    }

    @FXML
    private void exportRejected() {
        model.exportRejected();
    }

    @FXML
    private void firstPage() {
        model.pages().firstPage();
    }

    @FXML
    private void previousPage() {
        model.pages().previousPage();
    }

    @FXML
    private void nextPage() {
        model.pages().nextPage();
    }

    @FXML
    private void lastPage() {
        model.pages().lastPage();
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private static <S> javafx.util.Callback<TableColumn.CellDataFeatures<S, String>, javafx.beans.value.ObservableValue<String>>
            text(Function<S, String> read) {
        return cell -> new ReadOnlyStringWrapper(read.apply(cell.getValue()));
    }

    private static <S, T> javafx.util.Callback<TableColumn.CellDataFeatures<S, T>, javafx.beans.value.ObservableValue<T>>
            value(Function<S, T> read) {
        return cell -> new ReadOnlyObjectWrapper<>(read.apply(cell.getValue()));
    }
}
