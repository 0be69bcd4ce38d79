package app.retention.ui.models;

import app.retention.domain.DatasetInfo;
import app.retention.domain.ModelRecord;
import app.retention.domain.ModelFigures;
import app.retention.domain.PromotionEvidence;
import app.retention.domain.ServiceAction;
import app.retention.domain.ServiceLogEntry;
import app.retention.domain.UseCaseRecord;
import app.retention.task.TaskContext;
import app.retention.ui.common.BackgroundTasks;
import app.retention.ui.common.Dialogs;
import app.retention.ui.common.ErrorReporter;
import app.retention.ui.common.Formats;
import app.retention.ui.common.LatestRequest;
import app.retention.usecase.ActiveModel;
import app.retention.usecase.InServiceException;
import app.retention.usecase.ModelsInService;
import app.retention.usecase.PromotionRule;
import app.retention.usecase.Workbench;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The Models screen's "in use" strip (issue 16): the model in use for a use case and since when, a proposed rollback,
 * the history of promotions and rollbacks, which leaderboard rows are in use; and the commands "Put in use…" (see
 * {@link PromoteViewModel}) and "Roll back…". The same {@link ModelsInService} the CLI's {@code model} commands call.
 */
public final class InServiceViewModel {

    static final String USER = System.getProperty("user.name", "unknown");

    private final Workbench services;
    private final BackgroundTasks tasks;
    private final ErrorReporter errors;
    private final Dialogs dialogs;
    private final Consumer<String> notices;
    private final LatestRequest reading;
    private final ObservableList<UseCaseRecord> useCases = FXCollections.observableArrayList();
    private final ObjectProperty<UseCaseRecord> useCase = new SimpleObjectProperty<>();
    private final ObjectProperty<Long> focusedModel = new SimpleObjectProperty<>();
    private final ObservableMap<Long, String> inUse = FXCollections.observableHashMap();
    private final ObservableList<String> history = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper("No model is in use yet.");
    private final ReadOnlyStringWrapper proposal = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canRollBack = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private boolean offering;

    public InServiceViewModel(Workbench services, BackgroundTasks tasks, ErrorReporter errors, Dialogs dialogs,
                              Consumer<String> notices) {
        this.services = services;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.errors = errors;
        this.notices = notices;
        this.reading = new LatestRequest(tasks);
        useCase.addListener((obs, was, now) -> {
            if (!offering) {
                refresh();
            }
        });
    }

    private record Read(List<UseCaseRecord> useCases, UseCaseRecord chosen, Optional<ActiveModel> active,
                        List<ServiceLogEntry> log, Map<Long, String> inUse, String learner) {
    }

    private Read read(UseCaseRecord wanted, TaskContext context) {
        ModelsInService in = services.inService();
        List<UseCaseRecord> all = in.list();
        UseCaseRecord chosen = all.stream().filter(u -> wanted != null && u.id() == wanted.id()).findFirst()
                .or(() -> all.stream().filter(u -> in.modelInUse(u).isPresent()).findFirst())
                .or(() -> all.stream().findFirst()).orElse(null);
        Optional<ActiveModel> active = chosen == null ? Optional.empty() : Optional.of(in.active(chosen, context));
        String learner = active.flatMap(ActiveModel::modelId).map(this::learner).orElse("");
        return new Read(all, chosen, active, chosen == null ? List.of() : in.history(chosen), in.inUseByModel(),
                learner);
    }

    /** Reads the use cases, the model in use, its history and a proposed rollback again, in the background. */
    public void refresh() {
        UseCaseRecord wanted = useCase.get();
        busy.set(true);
        reading.submit("Reading the models in use", ctx -> read(wanted, ctx), this::shown, errors::report,
                () -> busy.set(reading.isRunning()));
    }

    private void shown(Read r) {
        offering = true;
        try {
            useCases.setAll(r.useCases());
            useCase.set(r.chosen());
        } finally {
            offering = false;
        }
        inUse.clear();
        inUse.putAll(r.inUse());
        List<String> newestFirst = new ArrayList<>(r.log().stream().map(InServiceViewModel::entry).toList());
        java.util.Collections.reverse(newestFirst);
        history.setAll(newestFirst);
        if (r.active().isEmpty()) {
            state.set("No use case yet: \"Put in use…\" on a model creates one (e.g. \"mcommerce 30-day churn\").");
            proposal.set("");
            canRollBack.set(false);
            return;
        }
        ActiveModel a = r.active().get();
        state.set(a.modelId().map(id -> "In use: model " + id + ", " + r.learner() + a.since().map(e -> ", since "
                + Formats.when(e.recordedAt()) + " by " + e.recordedBy()).orElse(""))
                .orElse("No model is in use for " + a.useCase().name() + " yet."));
        proposal.set(a.proposal().map(p -> "⚠ Rollback proposed: model " + p.inUse() + " did worse than model "
                + p.replaced() + ", the model it replaced. " + p.evidence().finding()).orElse(""));
        canRollBack.set(a.previous().isPresent());
    }

    private String learner(long id) {
        try {
            return app.retention.ui.segments.ModelChoice.learnerLabel(services.models().record(id).learner());
        } catch (app.retention.error.WorkbenchException gone) {
            return "no longer stored";
        }
    }

    /** One log entry in words, e.g. "2026-11-29 10:02 · demo put model 3 in use (first model, demo)". */
    static String entry(ServiceLogEntry e) {
        String what = e.action() == ServiceAction.PROMOTE
                ? "put model " + e.modelId() + " in use" + (e.previousModelId() == null ? ""
                : " instead of model " + e.previousModelId()) + (e.overridden() ? ", overriding the evidence" : "")
                : "rolled back from model " + e.previousModelId() + " to model " + e.modelId();
        return Formats.when(e.recordedAt()) + " · " + e.recordedBy() + " " + what
                + (e.reason() == null ? "" : " · reason: " + e.reason())
                + (e.evidence() == null ? "" : " · " + e.evidence().finding());
    }

    /** The evidence in plain words: both AUCs with intervals, DeLong's p, calibration, lift at 10%, the snapshot. */
    static String evidenceWords(PromotionEvidence e) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "Weighed on %s: %s customers, %s churners, neither model trained on it.%n",
                e.snapshot(), Formats.count(e.customers()), Formats.count(e.churners())));
        s.append(figures("This model", e.challenger()));
        if (e.champion() != null) {
            s.append(figures("Model in use (" + e.champion().modelId() + ")", e.champion()));
        }
        s.append(String.format(Locale.ROOT, "DeLong's test: p %s.%n", PromotionRule.p(e.pValue())));
        s.append(e.finding());
        return s.toString();
    }

    private static String figures(String who, ModelFigures f) {
        return String.format(Locale.ROOT, "%s: ROC AUC %.3f (95%% %.3f–%.3f), lift at 10%% %.2f, calibration error "
                + "%.3f.%n", who, f.auc(), f.aucLow(), f.aucHigh(), f.liftTop10(), f.calibrationError());
    }

    /** The dialog's state for putting {@code modelId} in use. */
    public PromoteViewModel promote(long modelId) {
        return new PromoteViewModel(this, modelId);
    }

    /** "Roll back…": asks why, then restores the model in use before the current one. */
    public void rollBack() {
        UseCaseRecord u = useCase.get();
        if (u == null) {
            return;
        }
        dialogs.askText(new Dialogs.TextRequest("Roll back", "Put the previous model back in use for " + u.name()
                + "? Why (recorded with the rollback):", "", "Roll back")).map(String::strip)
                .filter(r -> !r.isEmpty()).ifPresent(this::rollBack);
    }

    /** Rolls the chosen use case back to the model in use before, with the reason given. */
    public void rollBack(String reason) {
        UseCaseRecord u = useCase.get();
        if (u == null) {
            return;
        }
        tasks.submit("Rolling back " + u.name(), ctx -> services.inService().rollback(u, reason, USER), done -> {
            errors.succeeded("rollback");
            notices.accept("Rolled back: model " + done.modelId() + " is in use again for " + u.name() + ".");
            refresh();
        }, failure -> errors.report("rollback", failure));
    }

    /** Creates the use case when it is new (on the model's training data), then promotes: in one background task. */
    void putInUse(String useCaseName, long modelId, String reason, Consumer<ServiceLogEntry> done,
                  Consumer<Throwable> failed) {
        tasks.submit("Putting model " + modelId + " in use", ctx -> {
            UseCaseRecord u = useCaseFor(useCaseName, modelId, true);
            return services.inService().promote(u, modelId, reason, USER, ctx);
        }, entry -> {
            notices.accept("Model " + modelId + " is now in use for " + useCaseName.strip() + ": scoring, segments "
                    + "and the Monitor screen use it by default.");
            done.accept(entry);
            useCase.set(null);
            refresh();
        }, failed);
    }

    /** The use case of that name, or a new one on the model's training data (stored only when {@code create}). */
    UseCaseRecord useCaseFor(String name, long modelId, boolean create) {
        ModelsInService in = services.inService();
        Optional<UseCaseRecord> existing = in.list().stream().filter(u -> u.name().equals(name.strip())).findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        ModelRecord model = services.models().record(modelId);
        DatasetInfo trainedOn = services.datasets().find(model.datasetName() + "@" + model.datasetVersion())
                .orElseThrow(() -> new InServiceException("The training data of model " + modelId + " is no longer "
                        + "in the workspace: a new use case is defined on it."));
        return create ? in.create(name, trainedOn, null, USER)
                : new UseCaseRecord(0, name.strip(), null, USER, trainedOn.targetColumn(), trainedOn.reference(), null);
    }

    Workbench services() {
        return services;
    }

    BackgroundTasks tasks() {
        return tasks;
    }

    public ObservableList<UseCaseRecord> useCases() {
        return useCases;
    }

    public ObjectProperty<UseCaseRecord> useCaseProperty() {
        return useCase;
    }

    /** The leaderboard's focused model, for "Put in use…". */
    public ObjectProperty<Long> focusedModelProperty() {
        return focusedModel;
    }

    /** The models in use, each with the use cases it serves: the leaderboard marks them. */
    public ObservableMap<Long, String> inUse() {
        return inUse;
    }

    /** Promotions and rollbacks of the chosen use case, newest first. */
    public ObservableList<String> history() {
        return history;
    }

    /** The model in use and since when, in words. */
    public ReadOnlyStringProperty stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** A proposed rollback with its evidence, or empty. */
    public ReadOnlyStringProperty proposalProperty() {
        return proposal.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRollBackProperty() {
        return canRollBack.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Use case names for the dialog's choice. */
    List<String> useCaseNames() {
        List<String> names = new ArrayList<>();
        useCases.forEach(u -> names.add(u.name()));
        return names;
    }
}
