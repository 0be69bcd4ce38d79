package app.retention.ui.models;

import app.retention.evaluate.MetricSet;
import app.retention.ui.common.Cells;
import app.retention.ui.common.Formats;
import app.retention.ui.common.Fxml;
import app.retention.ui.common.Styles;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

/** Binds the leaderboard table: sortable columns, multi-selection drawn on the charts, the clicked row focused. */
final class LeaderboardView {

    static final String IN_USE = "in-use-model";

    private final ComparisonViewModel model;
    private final Label empty = new Label("No models yet: tick learners on the left and press Train.");
    private final Parent root;
    // true while the model's selection is copied to the table: the table's own events are not sent back
    private boolean followingModel;
    // true while the table's selection is passed to the model: the model's echo is not copied back, since
    // changing a selection model from inside its own change event leaves it stuck (review finding B2)
    private boolean updatingModel;
    private java.util.Map<Long, String> inUse = java.util.Map.of();

    @FXML private TableView<LeaderboardRow> table;
    @FXML private TableColumn<LeaderboardRow, LeaderboardRow> learnerColumn;
    @FXML private TableColumn<LeaderboardRow, String> sentenceColumn;
    @FXML private TableColumn<LeaderboardRow, String> paramsColumn;
    @FXML private TableColumn<LeaderboardRow, String> designColumn;
    @FXML private TableColumn<LeaderboardRow, Double> aucColumn;
    @FXML private TableColumn<LeaderboardRow, Standing> verdictColumn;
    @FXML private TableColumn<LeaderboardRow, Double> prAucColumn;
    @FXML private TableColumn<LeaderboardRow, Double> liftColumn;
    @FXML private TableColumn<LeaderboardRow, Double> accuracyColumn;
    @FXML private TableColumn<LeaderboardRow, Double> precisionColumn;
    @FXML private TableColumn<LeaderboardRow, Double> recallColumn;
    @FXML private TableColumn<LeaderboardRow, Double> f1Column;
    @FXML private TableColumn<LeaderboardRow, Double> kappaColumn;
    @FXML private TableColumn<LeaderboardRow, Double> brierColumn;
    @FXML private TableColumn<LeaderboardRow, Double> logLossColumn;
    @FXML private TableColumn<LeaderboardRow, Double> eceColumn;
    @FXML private TableColumn<LeaderboardRow, Double> timeColumn;

    /** Marks the rows of the models in use ("in use for …" after the name), following {@code inUse}. */
    void markInUse(javafx.collections.ObservableMap<Long, String> inUse) {
        this.inUse = inUse;
        inUse.addListener((javafx.collections.MapChangeListener<Long, String>) change -> table.refresh());
        table.refresh();
    }

    /** What the empty board says, e.g. while models are read or trained. */
    void placeholder(javafx.beans.value.ObservableStringValue message) {
        empty.textProperty().bind(message);
    }

    LeaderboardView(ComparisonViewModel model) {
        this.model = model;
        this.root = Fxml.load("ModelsLeaderboard", this);
    }

    Parent root() {
        return root;
    }

    /** The rows in the order shown (as sorted by the user). */
    List<LeaderboardRow> shownRows() {
        return List.copyOf(table.getItems());
    }

    @FXML
    private void initialize() {
        SortedList<LeaderboardRow> sorted = new SortedList<>(model.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        empty.getStyleClass().add(Styles.EMPTY_MESSAGE);
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        table.setRowFactory(t -> new BoardRow());
        bindColumns();
        showMoreMetrics(model.moreMetricsProperty().get());
        // a listener, not a binding: the table's column menu must still be able to show or hide one column
        model.moreMetricsProperty().addListener((obs, was, now) -> showMoreMetrics(now));
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<LeaderboardRow>) change -> {
            if (!followingModel) {
                updateModel(() -> model.select(List.copyOf(table.getSelectionModel().getSelectedItems())));
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (!followingModel && now != null) {
                updateModel(() -> model.focus(now));
            }
        });
        model.selected().addListener((ListChangeListener<LeaderboardRow>) change -> followSelection());
        followSelection();
    }

    private void bindColumns() {
        learnerColumn.setCellValueFactory(Cells.value(row -> row));
        learnerColumn.setCellFactory(c -> new LearnerCell(id -> inUse.get(id)));
        learnerColumn.setComparator(Comparator.comparing(LeaderboardRow::label));
        sentenceColumn.setCellValueFactory(Cells.text(r -> r.hasRun() ? r.sentence() : r.note()));
        sentenceColumn.setCellFactory(c -> new TipCell<>());
        paramsColumn.setCellValueFactory(Cells.text(LeaderboardRow::params));
        paramsColumn.setCellFactory(c -> new TipCell<>());
        designColumn.setCellValueFactory(Cells.text(LeaderboardRow::design));
        designColumn.setCellFactory(c -> new TipCell<>());
        aucColumn.setCellValueFactory(Cells.value(r -> r.mean(MetricSet::rocAuc)));
        aucColumn.setCellFactory(c -> new AucCell());
        verdictColumn.setCellValueFactory(Cells.value(LeaderboardRow::verdict));
        verdictColumn.setComparator(Comparator.comparing(Standing::words));
        verdictColumn.setCellFactory(c -> new VerdictCell());
        metric(prAucColumn, MetricSet::prAuc, () -> MetricCell.decimals(3));
        metric(liftColumn, MetricSet::liftTop10, () -> new MetricCell(v -> String.format(Locale.US, "%.2f×", v)));
        accuracyColumn.textProperty().bind(model.accuracyHeaderProperty());
        atCut(accuracyColumn, r -> r.atCut(MetricSet::accuracy));
        atCut(precisionColumn, r -> r.ofFlagged(MetricSet::precision));
        atCut(recallColumn, r -> r.ofFlagged(MetricSet::recall));
        atCut(f1Column, r -> r.ofFlagged(MetricSet::f1));
        atCut(kappaColumn, r -> r.atCut(MetricSet::kappa));
        metric(brierColumn, MetricSet::brier, () -> MetricCell.decimals(3));
        metric(logLossColumn, MetricSet::logLoss, () -> MetricCell.decimals(3));
        eceColumn.setCellValueFactory(Cells.value(LeaderboardRow::ece));
        eceColumn.setCellFactory(c -> MetricCell.decimals(3));
        timeColumn.setCellValueFactory(Cells.value(LeaderboardRow::trainSeconds));
        timeColumn.setCellFactory(c -> new MetricCell(v -> String.format(Locale.US, v < 10 ? "%.1f s" : "%.0f s", v)));
    }

    private static void metric(TableColumn<LeaderboardRow, Double> column, ToDoubleFunction<MetricSet> metric,
                               Supplier<MetricCell> cell) {
        column.setCellValueFactory(Cells.value(r -> r.mean(metric)));
        column.setCellFactory(c -> cell.get());
    }

    /** A threshold metric: a baseline's at its own cut, said in the tooltip; "—" where that cut leaves none. */
    private static void atCut(TableColumn<LeaderboardRow, Double> column, ToDoubleFunction<LeaderboardRow> value) {
        column.setCellValueFactory(Cells.value(r -> r.hasRun() ? value.applyAsDouble(r) : Double.NaN));
        column.setCellFactory(c -> new CutCell());
    }

    private void showMoreMetrics(boolean more) {
        for (TableColumn<LeaderboardRow, ?> column : List.of(prAucColumn, liftColumn, precisionColumn, recallColumn,
                f1Column, accuracyColumn, kappaColumn, brierColumn, logLossColumn, eceColumn)) {
            column.setVisible(more);
        }
    }

    private void updateModel(Runnable change) {
        updatingModel = true;
        try {
            change.run();
        } finally {
            updatingModel = false;
        }
    }

    /** Shows the model's selection (after training or a new board), unless it came from the table itself. */
    private void followSelection() {
        List<LeaderboardRow> wanted = List.copyOf(model.selected());
        List<LeaderboardRow> shown = table.getSelectionModel().getSelectedItems().stream()
                .filter(LeaderboardRow::hasRun).toList();
        if (updatingModel || (shown.size() == wanted.size() && shown.containsAll(wanted))) {
            return;
        }
        int[] indices = wanted.stream().mapToInt(row -> table.getItems().indexOf(row)).filter(i -> i >= 0).toArray();
        followingModel = true;
        try {
            table.getSelectionModel().clearSelection();
            if (indices.length > 0) {
                table.getSelectionModel().selectIndices(indices[0], Arrays.copyOfRange(indices, 1,
                        indices.length));
                LeaderboardRow focused = model.focusedProperty().get();
                int focus = focused == null ? indices[0] : table.getItems().indexOf(focused);
                table.getFocusModel().focus(focus < 0 ? indices[0] : focus);
            }
        } finally {
            followingModel = false;
        }
    }

    /** Baselines in italics; a baseline that could not be trained greyed. */
    private static final class BoardRow extends TableRow<LeaderboardRow> {
        @Override
        protected void updateItem(LeaderboardRow item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll(Styles.BASELINE_ROW, Styles.MISSING_ROW);
            if (!empty && item != null) {
                if (!item.hasRun()) {
                    getStyleClass().add(Styles.MISSING_ROW);
                } else if (item.baseline()) {
                    getStyleClass().add(Styles.BASELINE_ROW);
                }
            }
        }
    }

    /** The model's label after a swatch of its colour on the charts. */
    private static final class LearnerCell extends TableCell<LeaderboardRow, LeaderboardRow> {
        private final Region swatch = new Region();
        private final java.util.function.LongFunction<String> inUse;

        LearnerCell(java.util.function.LongFunction<String> inUse) {
            this.inUse = inUse;
            swatch.getStyleClass().add(Styles.SERIES_SWATCH);
        }

        @Override
        protected void updateItem(LeaderboardRow item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            String useCase = item.hasRun() ? inUse.apply(item.run().id()) : null;
            setText(useCase == null ? item.label() : "★ " + item.label() + " · in use");
            getStyleClass().remove(IN_USE);
            if (useCase != null) {
                getStyleClass().add(IN_USE);
            }
            swatch.getStyleClass().setAll(Styles.SERIES_SWATCH);
            if (item.hasRun()) {
                swatch.getStyleClass().add(Styles.series(item.colour()));
            }
            setGraphic(swatch);
            setTooltip(item.hasRun() ? new Tooltip(item.label() + " · model " + item.run().id() + " · trained "
                    + Formats.when(item.run().createdAt()) + (useCase == null ? "" : " · in use for " + useCase))
                    : new Tooltip(item.label()));
        }
    }

    /** Mean ROC AUC over the folds ± its standard deviation. */
    private static final class AucCell extends TableCell<LeaderboardRow, Double> {
        @Override
        protected void updateItem(Double item, boolean empty) {
            super.updateItem(item, empty);
            LeaderboardRow row = empty ? null : getTableRow().getItem();
            setText(row == null || item == null || item.isNaN() ? null
                    : String.format(Locale.US, "%.3f ± %.3f", item, row.sd(MetricSet::rocAuc)));
        }
    }

    /** A threshold metric to 3 places; for a baseline, the cut it was taken at in the tooltip. */
    private static final class CutCell extends TableCell<LeaderboardRow, Double> {
        @Override
        protected void updateItem(Double item, boolean empty) {
            super.updateItem(item, empty);
            LeaderboardRow row = empty ? null : getTableRow().getItem();
            if (row == null || item == null || !row.hasRun()) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(item.isNaN() ? "—" : String.format(Locale.US, "%.3f", item));
            setTooltip(row.cutNote().isEmpty() ? null : new Tooltip(row.cutNote()));
        }
    }

    /** The verdict in words, its statistical meaning in the tooltip. */
    private static final class VerdictCell extends TableCell<LeaderboardRow, Standing> {
        @Override
        protected void updateItem(Standing item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll(Styles.VERDICT_BEST, Styles.VERDICT_BETTER, Styles.VERDICT_WORSE);
            boolean blank = empty || item == null || item == Standing.NONE;
            setText(blank ? null : item.words());
            setTooltip(blank ? null : new Tooltip(item.meaning()));
            if (!blank && item.styleClass() != null) {
                getStyleClass().add(item.styleClass());
            }
        }
    }
}
