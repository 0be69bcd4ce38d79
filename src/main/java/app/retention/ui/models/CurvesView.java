package app.retention.ui.models;

import app.retention.ui.common.Fxml;
import app.retention.ui.common.Styles;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;
import org.jfree.chart.fx.ChartViewer;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.BiConsumer;

/** Binds the chart tabs: one chart per curve kind with the selected models, plus the details tab. */
final class CurvesView {

    private final ComparisonViewModel model;
    private final BiConsumer<CurveKind, Boolean> save;
    private final Parent root;
    private final Map<CurveKind, ChartViewer> viewers = new EnumMap<>(CurveKind.class);
    private final Label empty = new Label();
    private Tab detailsTab;
    private Tab importanceTab;

    @FXML private TabPane tabs;
    @FXML private Label selectionHint;
    @FXML private Button savePngButton;
    @FXML private Button saveSvgButton;

    /** @param save asks where to save the chart of a kind, as SVG when true, and saves it */
    CurvesView(ComparisonViewModel model, Node details, Node importance, BiConsumer<CurveKind, Boolean> save) {
        this.model = model;
        this.save = save;
        this.root = Fxml.load("ModelsCurves", this);
        detailsTab.setContent(details);
        importanceTab.setContent(importance);
    }

    Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        for (CurveKind kind : CurveKind.values()) {
            ChartViewer viewer = new ChartViewer();
            viewer.getStyleClass().addAll(Styles.MODEL_CHART, "chart-" + kind.fileStem());
            viewer.visibleProperty().bind(Bindings.isNotEmpty(model.series()));
            StackPane holder = new StackPane(viewer);
            holder.getStyleClass().add("chart-holder");
            Tab tab = new Tab(kind.title(), holder);
            tab.setUserData(kind);
            tabs.getTabs().add(tab);
            viewers.put(kind, viewer);
        }
        detailsTab = new Tab("Model");
        importanceTab = new Tab("Importance");
        tabs.getTabs().addAll(detailsTab, importanceTab);
        empty.getStyleClass().add(Styles.EMPTY_MESSAGE);
        empty.textProperty().bind(Bindings.createStringBinding(() -> model.drawingCurvesProperty().get()
                ? "Drawing the curves of the selected models…"
                : "Select models in the leaderboard (Ctrl+click for several) to draw them here.",
                model.drawingCurvesProperty()));
        empty.setWrapText(true);
        model.series().addListener((ListChangeListener<CurveSeries>) change -> draw());
        model.threshold().pointProperty().addListener((obs, was, now) -> markThreshold());
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> draw());
        var noChart = Bindings.createBooleanBinding(() -> shownKind() == null || model.series().isEmpty(),
                tabs.getSelectionModel().selectedItemProperty(), model.series());
        savePngButton.disableProperty().bind(noChart);
        saveSvgButton.disableProperty().bind(noChart);
        selectionHint.textProperty().bind(Bindings.createStringBinding(() -> model.series().isEmpty() ? ""
                : model.series().size() + (model.series().size() == 1 ? " model drawn" : " models drawn")
                + " · Ctrl+click rows to add or remove", model.series()));
        draw();
    }

    /** Draws the chart of the tab shown (the others are drawn when they are shown). */
    private void draw() {
        CurveKind kind = shownKind();
        if (kind == null) {
            return;
        }
        StackPane holder = (StackPane) viewers.get(kind).getParent();
        if (model.series().isEmpty()) {
            if (!holder.getChildren().contains(empty)) {
                holder.getChildren().add(empty);
            }
            return;
        }
        holder.getChildren().remove(empty);
        viewers.get(kind).setChart(ModelCharts.of(kind, model.series()));
        markThreshold();
    }

    private void markThreshold() {
        CurveKind kind = shownKind();
        ChartViewer viewer = kind == null ? null : viewers.get(kind);
        if (viewer != null && viewer.getChart() != null) {
            ModelCharts.mark(viewer.getChart(), kind, model.threshold().pointProperty().get());
        }
    }

    private CurveKind shownKind() {
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        return tab == null ? null : (CurveKind) tab.getUserData();
    }

    /** The viewer of a curve kind (for tests). */
    ChartViewer viewer(CurveKind kind) {
        return viewers.get(kind);
    }

    @FXML
    private void savePng() {
        save(false);
    }

    @FXML
    private void saveSvg() {
        save(true);
    }

    private void save(boolean svg) {
        CurveKind kind = shownKind();
        if (kind == null) {
            return;
        }
        save.accept(kind, svg);
    }
}
