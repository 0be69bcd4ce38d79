package app.retention.ui.overview;

import app.retention.ui.common.BackgroundTasks;
import app.retention.ui.common.ErrorReporter;
import app.retention.ui.common.LatestRequest;
import app.retention.ui.common.UserMessages;
import app.retention.usecase.Overview;
import app.retention.usecase.OverviewReport;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The overview screen (issue 15 §5): the loop at a glance, read in the background by the same use case as
 * {@code overview}; each item that needs attention opens the screen that handles it.
 */
public final class OverviewViewModel {

    private final Supplier<Overview> overview;
    private final LatestRequest reading;
    private final ErrorReporter errors;
    private final Consumer<OverviewReport.Attention> opener;
    private final Supplier<LocalDate> today;
    private final ReadOnlyObjectWrapper<OverviewReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper("");
    private final BooleanProperty loading = new SimpleBooleanProperty(false);

    /**
     * @param opener opens the screen an item of attention leads to (with its campaign or dataset)
     * @param today  the date outcomes are due against
     */
    public OverviewViewModel(Supplier<Overview> overview, BackgroundTasks tasks, ErrorReporter errors,
                             Consumer<OverviewReport.Attention> opener, Supplier<LocalDate> today) {
        this.overview = overview;
        this.reading = new LatestRequest(tasks);
        this.errors = errors;
        this.opener = opener;
        this.today = today;
    }

    /** Reads the overview again, in the background. */
    public void refresh() {
        loading.set(true);
        if (report.get() == null) {
            state.set("Reading the workspace…");
        }
        LocalDate date = today.get();
        reading.submit("Reading the overview", ctx -> overview.get().compute(date, ctx), r -> {
            report.set(r);
            state.set("");
        }, failure -> {
            state.set("The overview could not be read: " + UserMessages.describe(failure));
            errors.report(failure);
        }, () -> loading.set(false));
    }

    /** Stops reading the overview (another screen is shown): its result would not be seen. */
    public void cancel() {
        reading.cancel();
        loading.set(false);
    }

    /** Opens the screen that handles {@code item}. */
    public void open(OverviewReport.Attention item) {
        opener.accept(item);
    }

    public ReadOnlyObjectProperty<OverviewReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return BooleanProperty.readOnlyBooleanProperty(loading);
    }
}
