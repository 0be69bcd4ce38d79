package app.retention.ui.campaigns;

import app.retention.campaign.CampaignReadout;
import app.retention.ui.common.Fxml;
import app.retention.ui.common.Styles;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.jfree.chart.fx.ChartViewer;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Binds the Campaigns screen: the list, the selected campaign's state or readout, its charts and its plan. */
public final class CampaignsView {

    static final String FLAGGED = "readout-flagged";
    private static final String PRIMARY = "primary";

    private final CampaignsViewModel model;
    private final OutcomeSourceViewModel sources;
    private final Parent root;
    private final Map<CampaignCharts.Kind, ChartViewer> viewers = new EnumMap<>(CampaignCharts.Kind.class);

    @FXML private Label summaryLabel;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Button importButton;
    @FXML private Button sourceButton;
    @FXML private Button pdfButton;
    @FXML private Button htmlButton;
    @FXML private TableView<CampaignRow> table;
    @FXML private TableColumn<CampaignRow, String> nameColumn;
    @FXML private TableColumn<CampaignRow, String> statusColumn;
    @FXML private TableColumn<CampaignRow, String> segmentColumn;
    @FXML private TableColumn<CampaignRow, String> modelColumn;
    @FXML private TableColumn<CampaignRow, String> armsColumn;
    @FXML private TableColumn<CampaignRow, String> startColumn;
    @FXML private Label detailTitle;
    @FXML private Label stateLabel;
    @FXML private Label importErrorLabel;
    @FXML private HBox readoutTop;
    @FXML private VBox wordsBox;
    @FXML private TabPane chartTabs;
    @FXML private VBox whoRespondsBox;
    @FXML private Label whoRespondsLabel;
    @FXML private Button learnButton;
    @FXML private ChartViewer whoRespondsChart;
    @FXML private Button pngButton;
    @FXML private Button svgButton;
    @FXML private VBox tablesBox;
    @FXML private Label planTitle;
    @FXML private GridPane planGrid;

    public CampaignsView(CampaignsViewModel model, OutcomeSourceViewModel sources) {
        this.model = model;
        this.sources = sources;
        this.root = Fxml.load("Campaigns", this);
    }

    public Parent root() {
        return root;
    }

    public CampaignsViewModel model() {
        return model;
    }

    @FXML
    private void initialize() {
        summaryLabel.textProperty().bind(model.summaryProperty());
        busyIndicator.visibleProperty().bind(model.busyProperty());
        importButton.disableProperty().bind(model.selectedProperty().isNull().or(model.busyProperty()));
        sourceButton.disableProperty().bind(importButton.disableProperty());
        pdfButton.disableProperty().bind(model.readoutProperty().isNull().or(model.busyProperty()));
        htmlButton.disableProperty().bind(pdfButton.disableProperty());
        pngButton.disableProperty().bind(model.readoutProperty().isNull());
        svgButton.disableProperty().bind(pngButton.disableProperty());

        table.setItems(model.campaigns());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No campaigns yet. On the Segments screen, export a call list of a saved "
                + "segment with \"Launch as a campaign\" ticked: the customers called and the control group held "
                + "out are kept here, ready for the outcomes."));
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        statusColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().status()));
        segmentColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().segment()));
        modelColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().model()));
        armsColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().armSizes()));
        startColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().start()));
        // rows are replaced when the list is read again: a selection cleared on the way is not the user's choice
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((obs, was, now) -> {
            if (table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
            detailTitle.setText(now == null ? "" : now.name() + " · " + now.status());
        });

        stateLabel.textProperty().bind(model.stateProperty());
        stateLabel.visibleProperty().bind(model.stateProperty().isNotEmpty());
        stateLabel.managedProperty().bind(stateLabel.visibleProperty());
        importErrorLabel.textProperty().bind(model.importErrorProperty());
        importErrorLabel.visibleProperty().bind(model.importErrorProperty().isNotEmpty());
        importErrorLabel.managedProperty().bind(importErrorLabel.visibleProperty());

        for (CampaignCharts.Kind kind : CampaignCharts.Kind.values()) {
            ChartViewer viewer = new ChartViewer();
            viewer.getStyleClass().add("readout-chart");
            viewers.put(kind, viewer);
            Tab tab = new Tab(kind.title(), viewer);
            tab.setUserData(kind);
            chartTabs.getTabs().add(tab);
        }
        // the next step is the primary button: the outcomes until they are in, then the report
        model.readoutProperty().addListener((obs, was, now) -> {
            importButton.getStyleClass().remove(PRIMARY);
            pdfButton.getStyleClass().remove(PRIMARY);
            (now == null ? importButton : pdfButton).getStyleClass().add(PRIMARY);
            showReadout(now);
        });
        model.planProperty().addListener((obs, was, now) -> showPlan(now));
        WhoRespondsViewModel who = model.whoResponds();
        whoRespondsLabel.textProperty().bind(who.wordsProperty());
        whoRespondsBox.visibleProperty().bind(who.wordsProperty().isNotEmpty());
        whoRespondsBox.managedProperty().bind(whoRespondsBox.visibleProperty());
        learnButton.disableProperty().bind(who.canLearnProperty().not());
        whoRespondsChart.setVisible(false);
        whoRespondsChart.setManaged(false);
        who.latestProperty().addListener((obs, was, now) -> {
            whoRespondsChart.setVisible(now != null);
            whoRespondsChart.setManaged(now != null);
            if (now != null) {
                whoRespondsChart.setChart(CampaignCharts.whoResponds(now));
            }
        });
        showReadout(null);
        showPlan(List.of());
    }

    @FXML
    private void learnWhoResponds() {
        model.whoResponds().learn();
    }

    private void showReadout(CampaignReadout r) {
        readoutTop.setVisible(r != null);
        readoutTop.setManaged(r != null);
        tablesBox.getChildren().clear();
        wordsBox.getChildren().clear();
        if (r == null) {
            return; // the charts of the last readout stay in their (hidden) viewers: a viewer takes no empty chart
        }
        CampaignReadout.Words w = r.words();
        sentence("What we did", w.whatWeDid());
        sentence("What happened", w.whatHappened());
        sentence("What it was worth", w.whatItWasWorth());
        sentence("How sure we are", w.howSure());
        sentence("What to do next", w.whatNext());
        for (String warning : r.checks().warnings()) {
            Label label = new Label("⚠ " + warning);
            label.getStyleClass().add("warning-text");
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
            wordsBox.getChildren().add(label);
        }
        viewers.forEach((kind, viewer) -> viewer.setChart(CampaignCharts.of(kind, r)));
        for (ReadoutSheet.Table t : ReadoutSheet.of(r)) {
            tablesBox.getChildren().add(table(t));
        }
    }

    private void sentence(String heading, String text) {
        Label head = new Label(heading);
        head.getStyleClass().add("section-label");
        Label body = new Label(text);
        body.getStyleClass().add("readout-sentence");
        body.setWrapText(true);
        body.setMinHeight(Region.USE_PREF_SIZE);
        wordsBox.getChildren().addAll(head, body);
    }

    private static VBox table(ReadoutSheet.Table t) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("readout-table");
        for (int col = 0; col < t.headers().size(); col++) {
            ColumnConstraints constraints = new ColumnConstraints();
            constraints.setHgrow(Priority.NEVER); // columns side by side, read across without a gap
            grid.getColumnConstraints().add(constraints);
            Label header = new Label(t.headers().get(col));
            header.getStyleClass().add("readout-header");
            header.setWrapText(true);
            grid.add(header, col, 0);
        }
        for (int i = 0; i < t.rows().size(); i++) {
            ReadoutSheet.Row row = t.rows().get(i);
            Label name = new Label(row.label());
            name.getStyleClass().add(Styles.PROVENANCE_NAME);
            name.setMinWidth(Region.USE_PREF_SIZE);
            grid.add(name, 0, i + 1);
            for (int c = 0; c < row.cells().size(); c++) {
                Label cell = new Label(row.cells().get(c));
                cell.getStyleClass().add("readout-cell");
                cell.setWrapText(true);
                if (row.flagged()) {
                    cell.getStyleClass().add(FLAGGED);
                }
                grid.add(cell, c + 1, i + 1);
            }
        }
        Label title = new Label(t.title());
        title.getStyleClass().add("section-label");
        VBox box = new VBox(title, grid);
        box.getStyleClass().add("readout-block");
        if (t.note() != null) {
            Label note = new Label(t.note());
            note.getStyleClass().addAll(Styles.MUTED, "footnote");
            note.setWrapText(true);
            note.setMinHeight(Region.USE_PREF_SIZE);
            box.getChildren().add(note);
        }
        return box;
    }

    private void showPlan(List<ReadoutSheet.Row> fields) {
        planGrid.getChildren().clear();
        planTitle.setVisible(!fields.isEmpty());
        for (int i = 0; i < fields.size(); i++) {
            Label name = new Label(fields.get(i).label());
            name.getStyleClass().add(Styles.PROVENANCE_NAME);
            name.setMinWidth(Region.USE_PREF_SIZE);
            Label value = new Label(fields.get(i).cells().get(0));
            value.getStyleClass().add(Styles.PROVENANCE_VALUE);
            value.setWrapText(true);
            planGrid.addRow(i, name, value);
        }
    }

    private CampaignCharts.Kind shownChart() {
        Tab tab = chartTabs.getSelectionModel().getSelectedItem();
        return tab == null ? CampaignCharts.Kind.ARMS : (CampaignCharts.Kind) tab.getUserData();
    }

    /** The chart viewer of one kind (for tests). */
    ChartViewer viewer(CampaignCharts.Kind kind) {
        return viewers.get(kind);
    }

    @FXML
    private void importOutcomes() {
        model.importOutcomes();
    }

    @FXML
    private void chooseOutcomes() {
        CampaignRow row = model.selectedProperty().get();
        if (row != null) {
            OutcomeSourceDialog.ask(root.getScene().getWindow(), row.name(), sources)
                    .ifPresent(model::importChosenOutcomes);
        }
    }

    @FXML
    private void exportPdf() {
        model.exportReadout(true);
    }

    @FXML
    private void exportHtml() {
        model.exportReadout(false);
    }

    @FXML
    private void savePng() {
        model.saveChart(shownChart(), false);
    }

    @FXML
    private void saveSvg() {
        model.saveChart(shownChart(), true);
    }
}
