package app.retention.ui.segments;

import app.retention.ui.common.Fxml;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.StackPane;
import org.jfree.chart.fx.ChartViewer;

import java.util.ArrayList;
import java.util.List;

/** Binds the Campaign tab: capacity and economics, the profit curve, the outcome and the sample size. */
final class SegmentCampaignView {

    private final CampaignViewModel model;
    private final Parent root;
    private final ChartViewer viewer = new ChartViewer();
    // spinner values bound both ways must be kept referenced, or the binding is collected
    private final List<Object> bound = new ArrayList<>();

    @FXML private Spinner<Integer> capacitySpinner;
    @FXML private Spinner<Double> contactSpinner;
    @FXML private Spinner<Double> offerSpinner;
    @FXML private Spinner<Integer> acceptanceSpinner;
    @FXML private Spinner<Integer> saveSpinner;
    @FXML private Label problemLabel;
    @FXML private Label contactLabel;
    @FXML private Label offerLabel;
    @FXML private StackPane chartHolder;
    @FXML private Label emptyLabel;
    @FXML private Label outcomeLabel;
    @FXML private Label sampleSizeLabel;

    SegmentCampaignView(CampaignViewModel model) {
        this.model = model;
        this.root = Fxml.load("SegmentsCampaign", this);
    }

    Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        SpinnerValueFactory.IntegerSpinnerValueFactory capacity =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 1_000_000, model.capacityProperty().get(), 50);
        capacitySpinner.setValueFactory(capacity);
        ObjectProperty<Integer> capacityValue = model.capacityProperty().asObject();
        bound.add(capacityValue);
        capacity.valueProperty().bindBidirectional(capacityValue);
        money(contactSpinner, model.contactCostProperty());
        money(offerSpinner, model.offerCostProperty());
        percent(acceptanceSpinner, model.acceptanceRateProperty());
        percent(saveSpinner, model.saveRateProperty());

        problemLabel.textProperty().bind(model.problemProperty());
        // costs are in the customer value's currency (finding p5)
        contactLabel.textProperty().bind(model.currencyProperty().map(c -> c.isEmpty() ? "Contact cost"
                : "Contact cost (" + c + ")"));
        offerLabel.textProperty().bind(model.currencyProperty().map(c -> c.isEmpty() ? "Offer cost"
                : "Offer cost (" + c + ")"));
        problemLabel.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problemLabel.managedProperty().bind(problemLabel.visibleProperty());
        outcomeLabel.textProperty().bind(model.outcomeTextProperty());
        outcomeLabel.visibleProperty().bind(model.outcomeProperty().isNotNull());
        outcomeLabel.managedProperty().bind(outcomeLabel.visibleProperty());
        sampleSizeLabel.textProperty().bind(model.sampleSizeTextProperty());
        viewer.getStyleClass().add("profit-chart");
        chartHolder.getChildren().add(0, viewer);
        viewer.visibleProperty().bind(model.planProperty().isNotNull());
        emptyLabel.visibleProperty().bind(model.planProperty().isNull());
        model.planProperty().addListener((obs, was, now) -> redraw());
        redraw();
    }

    private void redraw() {
        if (model.planProperty().get() != null) {
            viewer.setChart(ProfitChart.of(model.planProperty().get(), model.capacityProperty().get(),
                    model.currency()));
        }
    }

    private void money(Spinner<Double> spinner, DoubleProperty amount) {
        SpinnerValueFactory.DoubleSpinnerValueFactory factory =
                new SpinnerValueFactory.DoubleSpinnerValueFactory(0, 100_000, amount.get(), 1);
        spinner.setValueFactory(factory);
        ObjectProperty<Double> value = amount.asObject();
        bound.add(value);
        factory.valueProperty().bindBidirectional(value);
    }

    /** A rate in [0, 1] entered as whole percent. */
    private void percent(Spinner<Integer> spinner, DoubleProperty rate) {
        SpinnerValueFactory.IntegerSpinnerValueFactory factory =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 100, (int) Math.round(rate.get() * 100), 5);
        spinner.setValueFactory(factory);
        ObjectProperty<Integer> shown = new SimpleObjectProperty<>(factory.getValue());
        bound.add(shown);
        factory.valueProperty().bindBidirectional(shown);
        shown.addListener((obs, was, now) -> rate.set(now == null ? 0 : now / 100.0));
        rate.addListener((obs, was, now) -> shown.set((int) Math.round(now.doubleValue() * 100)));
    }
}
