package app.retention.ui.explore;

import app.retention.data.DisplayValues;
import app.retention.domain.ColumnInfo;
import app.retention.domain.ColumnRole;
import app.retention.domain.DatasetInfo;
import app.retention.domain.StoredRow;
import app.retention.explore.ColumnProfile;
import app.retention.explore.Crosstab;
import app.retention.explore.Driver;
import app.retention.explore.ExploreService;
import app.retention.explore.RateGroup;
import app.retention.ui.common.BackgroundTasks;
import app.retention.ui.common.ChartFiles;
import app.retention.ui.common.Dialogs;
import app.retention.ui.common.ErrorReporter;
import app.retention.ui.common.Formats;
import app.retention.ui.common.LatestRequest;
import app.retention.ui.common.UserMessages;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The Crosstab tab: churn rate by one column or by two (a heat map), and a preview of the customers in the cell
 * the user picks: the start of a segment.
 */
public final class CrosstabViewModel {

    public static final int DEFAULT_BINS = 5;
    public static final int PREVIEW_ROWS = 100;
    /** The second-column choice meaning "no second column". */
    public static final String NONE = "(none)";

    /** A cell of the shown crosstab. */
    public record Cell(int row, int column) {
    }

    private final ExploreService service;
    private final BackgroundTasks tasks;
    private final ErrorReporter errors;
    private final Consumer<String> notices;
    private final Dialogs dialogs;

    private final ObservableList<String> rowChoices = FXCollections.observableArrayList();
    private final ObservableList<String> columnChoices = FXCollections.observableArrayList();
    private final ObjectProperty<String> rowColumn = new SimpleObjectProperty<>();
    private final ObjectProperty<String> columnColumn = new SimpleObjectProperty<>(NONE);
    private final IntegerProperty bins = new SimpleIntegerProperty(DEFAULT_BINS);
    private final ReadOnlyObjectWrapper<Crosstab> crosstab = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Cell> selectedCell = new ReadOnlyObjectWrapper<>();
    private final ObservableList<ColumnInfo> previewColumns = FXCollections.observableArrayList();
    private final ObservableList<StoredRow> previewRows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper previewSummary = new ReadOnlyStringWrapper("");

    private DatasetOverview overview;
    private boolean quiet;
    private final LatestRequest reading;
    private final LatestRequest previewing;

    CrosstabViewModel(ExploreService service, BackgroundTasks tasks, ErrorReporter errors, Consumer<String> notices,
                          Dialogs dialogs) {
        this.dialogs = dialogs;
        this.service = service;
        this.tasks = tasks;
        this.reading = new LatestRequest(tasks);
        this.previewing = new LatestRequest(tasks);
        this.errors = errors;
        this.notices = notices;
        rowColumn.addListener((obs, was, now) -> load());
        columnColumn.addListener((obs, was, now) -> load());
        bins.addListener((obs, was, now) -> load());
    }

    /** A new dataset overview: offers its features and starts with the two strongest drivers, if still there. */
    void show(DatasetOverview ov) {
        overview = ov;
        quiet = true;
        try {
            List<String> features = new ArrayList<>();
            if (ov != null) {
                ov.drivers().stream().map(Driver::column).forEach(features::add);
                ov.profile().columns().stream().filter(c -> c.role() == ColumnRole.FEATURE)
                        .map(ColumnProfile::name).filter(n -> !features.contains(n)).forEach(features::add);
            }
            String keepRow = rowColumn.get();
            String keepColumn = columnColumn.get();
            rowChoices.setAll(features);
            List<String> seconds = new ArrayList<>(List.of(NONE));
            seconds.addAll(features);
            columnChoices.setAll(seconds);
            rowColumn.set(features.contains(keepRow) ? keepRow : features.isEmpty() ? null : features.get(0));
            columnColumn.set(seconds.contains(keepColumn) && !NONE.equals(keepColumn) ? keepColumn
                    : features.size() > 1 ? features.get(1) : NONE);
        } finally {
            quiet = false;
        }
        load();
    }

    private void load() {
        if (quiet) {
            return;
        }
        reading.cancel();
        crosstab.set(null);
        clearPreview();
        String rows = rowColumn.get();
        String cols = NONE.equals(columnColumn.get()) ? null : columnColumn.get();
        if (overview == null || rows == null) {
            message.set(overview == null ? "" : "Pick a column for the rows.");
            return;
        }
        if (!overview.hasTarget()) {
            message.set(overview.driversProblem());
            return;
        }
        if (rows.equals(cols)) {
            message.set("Pick two different columns, or (none) as the second.");
            return;
        }
        message.set("");
        DatasetInfo d = overview.dataset();
        int n = bins.get();
        reading.submit("Crosstab of " + rows + (cols == null ? "" : " × " + cols),
                ctx -> service.crosstab(d, rows, cols, n, ctx), table -> {
                    if (overview != null && overview.dataset().equals(d) && table.rowColumn().equals(rowColumn.get())) {
                        crosstab.set(table);
                        riskiest(table).ifPresent(cell -> select(cell.row(), cell.column()));
                    }
                }, failure -> message.set(UserMessages.describe(failure)));
    }

    /** Shows the first customers of a cell with how many there are and how many churned. */
    public void select(int row, int column) {
        Crosstab table = crosstab.get();
        if (table == null || overview == null) {
            return;
        }
        RateGroup cell = table.cells()[row][column];
        selectedCell.set(new Cell(row, column));
        previewSummary.set(cellName(table, row, column) + ": " + Formats.count(cell.customers()) + " customers, "
                + Formats.percent(cell.rate()) + " churned");
        previewRows.clear();
        previewing.cancel();
        DatasetInfo d = overview.dataset();
        // personal data stays out of the preview and what is copied from it, as in exports
        List<Integer> shown = new ArrayList<>();
        for (int i = 0; i < overview.columns().size(); i++) {
            if (overview.columns().get(i).role() != ColumnRole.PII) {
                shown.add(i);
            }
        }
        List<ColumnInfo> columns = shown.stream().map(overview.columns()::get).toList();
        Cell asked = selectedCell.get();
        previewing.submit("Customers in " + cellName(table, row, column),
                ctx -> service.preview(d, table.selectorsOf(row, column), PREVIEW_ROWS, ctx), found -> {
                    if (asked.equals(selectedCell.get()) && table == crosstab.get()) {
                        previewColumns.setAll(columns);
                        previewRows.setAll(found.rows().stream().map(stored -> new StoredRow(stored.rowNumber(),
                                stored.sourceLine(), shown.stream().map(i -> i < stored.values().size()
                                        ? stored.values().get(i) : null).toList())).toList());
                    }
                }, errors::report);
    }

    /**
     * The cell with the highest churn rate among those large enough to act on (at least 30 customers and 1% of
     * all): the segment a marketer would look at first, so its customers are shown without a click.
     */
    static Optional<Cell> riskiest(Crosstab table) {
        long total = 0;
        for (RateGroup[] row : table.cells()) {
            for (RateGroup g : row) {
                total += g.customers();
            }
        }
        long enough = Math.max(30, total / 100);
        Cell best = null;
        double bestRate = -1;
        for (int r = 0; r < table.cells().length; r++) {
            for (int c = 0; c < table.cells()[r].length; c++) {
                RateGroup g = table.cells()[r][c];
                if (g.customers() >= enough && g.rate() > bestRate) {
                    best = new Cell(r, c);
                    bestRate = g.rate();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** "loyalty_tier Bronze × device_os iOS". */
    static String cellName(Crosstab table, int row, int column) {
        String name = table.rowColumn() + " " + table.rowLabels().get(row);
        return table.columnColumn() == null ? name
                : name + " × " + table.columnColumn() + " " + table.columnLabels().get(column);
    }

    private void clearPreview() {
        selectedCell.set(null);
        previewRows.clear();
        previewSummary.set("");
    }

    /** Every cell on its own line: both groups, customers, churners and churn rate. */
    public String crosstabTsv() {
        Crosstab t = crosstab.get();
        if (t == null) {
            return "";
        }
        List<List<String>> lines = new ArrayList<>();
        for (int r = 0; r < t.rowLabels().size(); r++) {
            for (int c = 0; c < t.columnLabels().size(); c++) {
                RateGroup g = t.cells()[r][c];
                List<String> line = new ArrayList<>(List.of(t.rowLabels().get(r)));
                if (t.columnColumn() != null) {
                    line.add(t.columnLabels().get(c));
                }
                line.addAll(List.of(Long.toString(g.customers()), Long.toString(g.churners()),
                        g.customers() == 0 ? "" : ColumnViewModel.ratio(g.rate())));
                lines.add(line);
            }
        }
        List<String> headers = new ArrayList<>(List.of(t.rowColumn()));
        if (t.columnColumn() != null) {
            headers.add(t.columnColumn());
        }
        headers.addAll(List.of("Customers", "Churners", "Churn rate"));
        return TsvTable.of(headers, lines);
    }

    /** The previewed customers as shown. */
    public String previewTsv() {
        List<ColumnInfo> columns = List.copyOf(previewColumns);
        return TsvTable.of(columns.stream().map(ColumnInfo::name).toList(), previewRows.stream().map(r -> {
            List<String> values = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                values.add(i < r.values().size() ? DisplayValues.format(r.values().get(i), columns.get(i)) : "");
            }
            return values;
        }).toList());
    }

    /** Asks where to save the chart shown, proposing {@link #suggestedFileName}, and saves it there. */
    public void saveChartAs(boolean svg) {
        ChartFiles.ask(dialogs, suggestedFileName(svg ? "svg" : "png"), svg).ifPresent(this::saveChart);
    }

    /** Saves the heat map as PNG, or SVG when the file name ends in .svg. */
    public void saveChart(Path file) {
        Crosstab table = crosstab.get();
        if (table == null) {
            return;
        }
        ChartFiles.saveInBackground(tasks, () -> CrosstabChart.of(table), file, notices, errors);
    }

    /** A file name for the heat map shown. */
    public String suggestedFileName(String extension) {
        Crosstab t = crosstab.get();
        String name = (overview == null ? "crosstab" : overview.dataset().name()) + "-churn-by-"
                + (t == null ? "" : t.rowColumn() + (t.columnColumn() == null ? "" : "-and-" + t.columnColumn()));
        return Dialogs.fileName(name, extension);
    }

    public ObservableList<String> rowChoices() {
        return rowChoices;
    }

    public ObservableList<String> columnChoices() {
        return columnChoices;
    }

    public ObjectProperty<String> rowColumnProperty() {
        return rowColumn;
    }

    /** The second column, or {@link #NONE}. */
    public ObjectProperty<String> columnColumnProperty() {
        return columnColumn;
    }

    public IntegerProperty binsProperty() {
        return bins;
    }

    public ReadOnlyObjectProperty<Crosstab> crosstabProperty() {
        return crosstab.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Cell> selectedCellProperty() {
        return selectedCell.getReadOnlyProperty();
    }

    public ObservableList<ColumnInfo> previewColumns() {
        return previewColumns;
    }

    public ObservableList<StoredRow> previewRows() {
        return previewRows;
    }

    /** "loyalty_tier Bronze × device_os iOS: 2,811 customers, 24.3% churned". */
    public ReadOnlyStringProperty previewSummaryProperty() {
        return previewSummary.getReadOnlyProperty();
    }

    /** The dataset's average churn rate, for the heat map's colours. */
    public double baseRate() {
        return overview == null ? Double.NaN : overview.profile().baseRate();
    }
}
