package app.retention.ui.segments;

import app.retention.domain.CustomerValue;
import app.retention.error.WorkbenchException;
import app.retention.segment.CampaignEconomics;
import app.retention.segment.CapacityOutcome;
import app.retention.segment.SampleSize;
import app.retention.segment.ScoredCustomer;
import app.retention.segment.ValuePlan;
import app.retention.segment.ValuePlanner;
import app.retention.ui.common.Formats;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ChangeListener;

import java.util.List;

/**
 * The campaign side of a segment: capacity and economics in, the profit curve, the outcome at capacity and the
 * sample size a measurable test needs out. Recomputed in memory whenever the segment or an input changes.
 */
public final class CampaignViewModel {

    /** The drop in churn a campaign should be able to show: five points. */
    public static final double TARGET_UPLIFT = 0.05;

    private final IntegerProperty capacity = new SimpleIntegerProperty(500);
    private final DoubleProperty contactCost = new SimpleDoubleProperty(5);
    private final DoubleProperty offerCost = new SimpleDoubleProperty(20);
    private final DoubleProperty acceptanceRate = new SimpleDoubleProperty(0.30);
    private final DoubleProperty saveRate = new SimpleDoubleProperty(0.25);
    private final ReadOnlyObjectWrapper<ValuePlan> plan = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<CapacityOutcome> outcome = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper outcomeText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper sampleSizeText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private long perGroupNeeded;
    private List<ScoredCustomer> customers = List.of();
    private CustomerValue value = CustomerValue.NONE;
    private final ReadOnlyStringWrapper currency = new ReadOnlyStringWrapper("");

    CampaignViewModel() {
        ChangeListener<Number> recompute = (obs, was, now) -> recompute();
        capacity.addListener(recompute);
        contactCost.addListener(recompute);
        offerCost.addListener(recompute);
        acceptanceRate.addListener(recompute);
        saveRate.addListener(recompute);
    }

    /** Plans the campaign for these customers (the segment as filtered now). */
    void show(List<ScoredCustomer> segment, CustomerValue value) {
        this.customers = segment;
        this.value = value;
        currency.set(value.symbol());
        recompute();
    }

    /** The economics as entered. */
    public CampaignEconomics economics() {
        return new CampaignEconomics(contactCost.get(), offerCost.get(), acceptanceRate.get(), saveRate.get());
    }

    private void recompute() {
        if (customers.isEmpty()) {
            plan.set(null);
            outcome.set(null);
            outcomeText.set("No customers in the segment yet.");
            sampleSizeText.set("");
            perGroupNeeded = 0;
            problem.set("");
            return;
        }
        try {
            ValuePlan p = ValuePlanner.plan(customers, economics());
            CapacityOutcome o = p.atCapacity(Math.max(0, capacity.get()));
            problem.set("");
            plan.set(p);
            outcome.set(o);
            outcomeText.set(!value.isSet()
                    ? Formats.count(o.contacts()) + " contacts · " + Amounts.decimal(o.expectedSaves())
                    + " expected saves · cost " + value.money(o.cost()) + "\nNo customer value is set, so value saved "
                    + "and ROI are not computed: choose a Customer value (column and currency) on the left."
                    : Formats.count(o.contacts()) + " contacts · " + Amounts.decimal(o.expectedSaves())
                    + " expected saves · " + value.money(o.valueSaved()) + " value saved · cost "
                    + value.money(o.cost()) + " · net " + value.money(o.netValue()) + " · ROI\u00a0"
                    + (Double.isNaN(o.roi()) ? "n/a" : Amounts.signedPercent(o.roi())) + "\nThe profit curve peaks "
                    + "at " + Formats.count(p.peakListSize()) + " contacts (" + value.money(p.peakValue()) + "). "
                    + "Customer value: " + value.describe() + ".");
        } catch (WorkbenchException e) {
            problem.set(e.getMessage());
            plan.set(null);
            outcome.set(null);
            outcomeText.set("");
        }
        double baseRate = customers.stream().mapToDouble(ScoredCustomer::probability).average().orElse(0);
        if (baseRate > 0 && baseRate + TARGET_UPLIFT < 1 && baseRate - TARGET_UPLIFT > 0) {
            long perGroup = SampleSize.perGroup(baseRate, TARGET_UPLIFT);
            perGroupNeeded = perGroup;
            sampleSizeText.set("To detect a 5-point drop from an expected churn of " + Formats.percent(baseRate)
                    + ", contact and hold out at least " + Formats.count(perGroup) + " customers each.");
        } else {
            perGroupNeeded = 0;
            sampleSizeText.set("The segment's churn rate is too close to 0% or 100% to test a 5-point drop.");
        }
    }

    /** Customers each group (contacted, held out) needs to detect the target drop; 0 when it cannot be tested. */
    long perGroupNeeded() {
        return perGroupNeeded;
    }

    public IntegerProperty capacityProperty() {
        return capacity;
    }

    public DoubleProperty contactCostProperty() {
        return contactCost;
    }

    public DoubleProperty offerCostProperty() {
        return offerCost;
    }

    public DoubleProperty acceptanceRateProperty() {
        return acceptanceRate;
    }

    public DoubleProperty saveRateProperty() {
        return saveRate;
    }

    /** The value plan of the segment; null while it is empty or the economics are invalid. */
    public ReadOnlyObjectProperty<ValuePlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CapacityOutcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty outcomeTextProperty() {
        return outcomeText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sampleSizeTextProperty() {
        return sampleSizeText.getReadOnlyProperty();
    }

    /** Why the economics cannot be used ("The save rate must be between 0% and 100%…"), or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The prefix amounts are written with ("R$"), blank for none. */
    String currency() {
        return value.symbol();
    }

    /** The currency of the value and the costs ("R$"), blank for none. */
    public ReadOnlyStringProperty currencyProperty() {
        return currency.getReadOnlyProperty();
    }
}
