package app.retention.ui.segments;

import app.retention.domain.ColumnLabels;
import app.retention.segment.BandSummary;
import app.retention.segment.BreakdownRow;
import app.retention.segment.ReasonCount;
import app.retention.segment.SegmentSummary;
import app.retention.ui.common.Formats;
import app.retention.ui.common.Fxml;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.jfree.chart.fx.ChartViewer;

import java.util.List;
import java.util.function.Function;

/** Binds the Summary tab: each band in words with its action, the breakdown by channel, the top reasons. */
final class SegmentSummaryView {

    private static final int REASONS = 8;

    private final SegmentsViewModel model;
    private final Parent root;

    @FXML private VBox bandsBox;
    @FXML private StackPane histogramHolder;
    private final ChartViewer histogram = new ChartViewer();
    @FXML private ComboBox<String> breakdownCombo;
    @FXML private TableView<BreakdownRow> breakdownTable;
    @FXML private TableColumn<BreakdownRow, String> valueColumn;
    @FXML private TableColumn<BreakdownRow, String> customersColumn;
    @FXML private TableColumn<BreakdownRow, String> churnersColumn;
    @FXML private TableColumn<BreakdownRow, String> atRiskColumn;
    @FXML private ListView<String> reasonList;

    SegmentSummaryView(SegmentsViewModel model) {
        this.model = model;
        this.root = Fxml.load("SegmentsSummary", this);
    }

    Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        text(valueColumn, BreakdownRow::value);
        text(customersColumn, r -> Formats.count(r.customers()));
        text(churnersColumn, r -> Formats.count(Math.round(r.expectedChurners())));
        text(atRiskColumn, r -> valueSet() ? Amounts.money(r.valueAtRisk(), currency()) : "—");
        breakdownTable.setPlaceholder(new Label("Score a dataset to break the segment down."));
        breakdownCombo.setItems(model.breakdown().columns());
        breakdownCombo.valueProperty().bindBidirectional(model.breakdown().chosenProperty());
        breakdownCombo.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String column) {
                return column == null ? "" : ColumnLabels.humanise(column);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        breakdownCombo.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.breakdown().columns()));
        Label noReasons = new Label("Why customers are at risk: the reasons given with their scores.");
        noReasons.setWrapText(true);
        reasonList.setPlaceholder(noReasons);
        // a reason and its share read whole: wrapped to the list's width, never cut at the right
        reasonList.setCellFactory(list -> {
            javafx.scene.control.ListCell<String> cell = new javafx.scene.control.ListCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                }
            };
            cell.setWrapText(true);
            cell.prefWidthProperty().bind(list.widthProperty().subtract(24));
            cell.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            return cell;
        });
        model.counts().summaryProperty().addListener((obs, was, now) -> show(now));
        histogram.getStyleClass().add("chart-score-histogram");
        histogramHolder.getChildren().add(histogram);
        model.scoredProperty().addListener((obs, was, now) -> drawHistogram(now));
        drawHistogram(model.scoredProperty().get());
        show(model.counts().summaryProperty().get());
    }

    /** The scored customers' churn probabilities with the band cut-offs; hidden until a dataset is scored. */
    private void drawHistogram(ScoredData data) {
        histogramHolder.setVisible(data != null);
        histogramHolder.setManaged(data != null);
        if (data != null) {
            histogram.setChart(ScoreHistogram.of(data.customers(), data.bands()));
        }
    }

    /** Whether a customer value is set: without one, value at risk reads "—", never 0 (finding M5). */
    private boolean valueSet() {
        return model.scoredProperty().get() != null && model.scoredProperty().get().value().isSet();
    }

    private String currency() {
        return model.scoredProperty().get() == null ? "" : model.scoredProperty().get().value().symbol();
    }

    private void show(SegmentSummary summary) {
        bandsBox.getChildren().clear();
        List<String> descriptions = model.bandDescriptions();
        if (descriptions.isEmpty()) {
            bandsBox.getChildren().add(muted("Score a dataset: its customers are split into High, Medium and Low "
                    + "risk by the model's validation scores."));
        }
        for (String description : descriptions) {
            Label line = new Label(description);
            line.setWrapText(true);
            line.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wraps beside the histogram, never cut
            line.getStyleClass().add("band-description");
            bandsBox.getChildren().add(line);
        }
        if (summary == null) {
            breakdownTable.getItems().clear();
            reasonList.getItems().clear();
            return;
        }
        for (BandSummary band : summary.bands()) {
            bandsBox.getChildren().add(muted(band.band() + ": " + Formats.count(band.customers()) + " customers in the "
                    + "segment → " + band.action()));
        }
        breakdownTable.getItems().setAll(summary.breakdown());
        reasonList.getItems().setAll(summary.topReasons(REASONS).stream().map(SegmentSummaryView::reason).toList());
    }

    private static String reason(ReasonCount r) {
        // the share is of customers, not of the model's weight: say so (finding M14)
        return r.label() + " — a top reason for " + Formats.percent(r.share()) + " of these customers ("
                + Formats.count(r.customers()) + ")";
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        label.getStyleClass().add("muted");
        return label;
    }

    private static void text(TableColumn<BreakdownRow, String> column, Function<BreakdownRow, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }
}
