package app.retention.ui.segments;

import app.retention.domain.DatasetInfo;
import app.retention.segment.CallOrder;
import app.retention.task.TaskContext;
import app.retention.ui.common.BackgroundTasks;
import app.retention.ui.common.ErrorReporter;
import app.retention.usecase.CallOrders;
import app.retention.usecase.Workbench;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;

/**
 * The Segments screen's "Who comes first on the call list" (issue 15 §4, docs/adr/0027): highest churn risk (the
 * default), or the customers most likely to be kept by a call, from a campaign's uplift model that fits the chosen
 * dataset's columns. The segment is saved with {@link #request()} through {@link CallOrders#order}, as
 * {@code segment create --rank-by uplift --uplift-from CAMPAIGN} is.
 */
public final class RankingChoiceViewModel {

    /** One way to order the call list; {@code campaign} is null for churn risk. */
    public record Option(String label, String campaign) {
        @Override
        public String toString() {
            return label;
        }
    }

    static final Option BY_RISK = new Option("Highest churn risk", null);

    private final Workbench services;
    private final BackgroundTasks tasks;
    private final ErrorReporter errors;
    private final ObservableList<Option> options = FXCollections.observableArrayList(BY_RISK);
    private final ObjectProperty<Option> chosen = new SimpleObjectProperty<>(BY_RISK);
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private DatasetInfo offeredFor;
    private String offeredNote = "";

    RankingChoiceViewModel(Workbench services, BackgroundTasks tasks, ErrorReporter errors) {
        this.services = services;
        this.tasks = tasks;
        this.errors = errors;
        chosen.addListener((obs, was, now) -> {
            if (now == null) {
                chosen.set(BY_RISK);
            } else {
                explain();
            }
        });
    }

    /** Offers the uplift models that fit {@code dataset}'s columns (read in the background); null offers risk only. */
    void offerFor(DatasetInfo dataset) {
        offeredFor = dataset;
        if (dataset == null) {
            show(List.of(), "");
            return;
        }
        tasks.submit("Reading the uplift models for " + dataset.name(), ctx -> services.callOrders().offers(dataset),
                offers -> {
                    if (dataset.equals(offeredFor)) {
                        offered(offers);
                    }
                }, errors::report);
    }

    private void offered(List<CallOrders.Offer> offers) {
        List<Option> fitting = new ArrayList<>();
        List<String> misfits = new ArrayList<>();
        for (CallOrders.Offer o : offers) {
            if (o.fits()) {
                fitting.add(new Option("Most likely to be kept by a call (from campaign " + o.campaign() + ")",
                        o.campaign()));
            } else {
                misfits.add(o.campaign() + " (" + o.misfits().get(0) + ")");
            }
        }
        String words = offers.isEmpty() ? "To call the customers a call keeps first, learn who responds from a "
                + "campaign with outcomes (Campaigns screen, \"Learn who responds\")." : misfits.isEmpty() ? ""
                : "Not offered, its columns do not fit this dataset: " + String.join("; ", misfits) + ".";
        show(fitting, words);
    }

    /** What the chosen order means, or why a campaign's model is not offered. */
    private void explain() {
        Option o = chosen.get();
        note.set(o == null || o.campaign() == null ? offeredNote : "Persuadables first: customers a call is most "
                + "likely to keep come first; those a call would make more likely to leave come last.");
    }

    private void show(List<Option> fitting, String words) {
        Option was = chosen.get();
        List<Option> all = new ArrayList<>();
        all.add(BY_RISK);
        all.addAll(fitting);
        options.setAll(all);
        chosen.set(all.stream().filter(o -> o.equals(was)).findFirst().orElse(BY_RISK));
        offeredNote = words;
        explain();
    }

    /** The chosen order of a segment cut from a dataset, worked out in the background when it is saved. */
    @FunctionalInterface
    interface Ordering {
        CallOrder of(TaskContext context);
    }

    /** The order chosen now, for a segment of the dataset version {@code datasetReference} (name@version). */
    Ordering ordering(String datasetReference) {
        CallOrders.Request asked = request();
        return context -> services.callOrders().order(asked, services.datasets().require(datasetReference), context);
    }

    /** The ranking chosen, as {@link CallOrders#order} takes it. */
    CallOrders.Request request() {
        Option o = chosen.get();
        return o == null || o.campaign() == null ? CallOrders.Request.byRisk()
                : CallOrders.Request.byUpliftFrom(o.campaign());
    }

    /** Highest churn risk, then one option per campaign whose uplift model fits the dataset. */
    public ObservableList<Option> options() {
        return options;
    }

    public ObjectProperty<Option> chosenProperty() {
        return chosen;
    }

    /** Why no uplift ranking, or a campaign's, is offered; empty when nothing needs saying. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }
}
