package app.retention.ui.models;

import app.retention.domain.PromotionEvidence;
import app.retention.domain.UseCaseRecord;
import app.retention.ui.common.LatestRequest;
import app.retention.usecase.InServiceException;
import app.retention.usecase.PromotionRule;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;
import java.util.Optional;

/**
 * "Put in use…" for one model (issue 16): the use case (chosen, or a new name), the evidence weighed in the
 * background on the latest labelled snapshot neither model was trained on, and, when the rule refuses, the refusal
 * in words and a promotion only with a written reason (an override, recorded).
 */
public final class PromoteViewModel {

    private final InServiceViewModel parent;
    private final long modelId;
    private final LatestRequest weighing;
    private final StringProperty useCaseName = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper evidence = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper weighed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper passed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    PromoteViewModel(InServiceViewModel parent, long modelId) {
        this.parent = parent;
        this.modelId = modelId;
        this.weighing = new LatestRequest(parent.tasks());
        UseCaseRecord chosen = parent.useCaseProperty().get();
        useCaseName.set(chosen != null ? chosen.name() : "");
        useCaseName.addListener((obs, was, now) -> weigh());
    }

    /** The model to put in use. */
    public long modelId() {
        return modelId;
    }

    /** The use cases to choose from. */
    public List<String> useCases() {
        return parent.useCaseNames();
    }

    private record Weighed(PromotionEvidence evidence, Long champion) {
    }

    /** Weighs the model against the use case's model in use (or against chance for its first), in the background. */
    public void weigh() {
        String name = useCaseName.get() == null ? "" : useCaseName.get().strip();
        weighed.set(false);
        passed.set(false);
        error.set("");
        if (name.isEmpty()) {
            evidence.set("");
            verdict.set("Name the use case, e.g. \"mcommerce 30-day churn\".");
            return;
        }
        busy.set(true);
        evidence.set("");
        verdict.set("Weighing model " + modelId + " on the latest labelled snapshot…");
        weighing.submit("Weighing model " + modelId, ctx -> {
            UseCaseRecord u = parent.useCaseFor(name, modelId, false);
            Long champion = u.id() == 0 ? null : parent.services().inService().modelInUse(u).orElse(null);
            if (champion != null && champion == modelId) {
                throw new InServiceException("Model " + modelId + " is already in use for " + u.name() + ".");
            }
            return new Weighed(parent.services().inService().evidence(u, modelId, champion, ctx), champion);
        }, w -> {
            weighed.set(true);
            passed.set(w.evidence().passed());
            evidence.set(InServiceViewModel.evidenceWords(w.evidence()));
            verdict.set(w.evidence().passed() ? "The evidence supports putting model " + modelId + " in use."
                    : "The rule refuses: " + refusal(w) + " To put it in use anyway, write why below.");
        }, failure -> {
            weighed.set(true);
            verdict.set("No evidence: " + failure.getMessage() + " To put it in use anyway, write why below.");
        }, () -> busy.set(weighing.isRunning()));
    }

    private String refusal(Weighed w) {
        return w.champion() == null ? "its ROC AUC is not above chance at p < " + PromotionRule.ALPHA + "."
                : "it needs a ROC AUC higher than model " + w.champion() + "'s at p < " + PromotionRule.ALPHA
                + " and a calibration error at most " + PromotionRule.CALIBRATION_TOLERANCE + " above.";
    }

    /** Whether "Put in use" may be pressed: the evidence supports it, or the refusal is overridden with a reason. */
    public BooleanBinding canConfirm() {
        return Bindings.createBooleanBinding(() -> weighed.get() && !busy.get()
                && (passed.get() || !reason.get().isBlank()), weighed, busy, passed, reason);
    }

    /** Puts the model in use; {@code done} runs when it is, the error is shown in the dialog otherwise. */
    public void confirm(Runnable done) {
        if (!canConfirm().get()) {
            return;
        }
        busy.set(true);
        String why = Optional.ofNullable(reason.get()).map(String::strip).filter(r -> !r.isEmpty()).orElse(null);
        parent.putInUse(useCaseName.get(), modelId, why, entry -> {
            busy.set(false);
            done.run();
        }, failure -> {
            busy.set(false);
            error.set(failure.getMessage());
        });
    }

    public StringProperty useCaseNameProperty() {
        return useCaseName;
    }

    /** Why the rule was overridden (required when it refuses). */
    public StringProperty reasonProperty() {
        return reason;
    }

    /** The figures: both AUCs with intervals, DeLong's p, calibration, lift at 10%, the snapshot. */
    public ReadOnlyStringProperty evidenceProperty() {
        return evidence.getReadOnlyProperty();
    }

    /** Supported, refused (and why), or no evidence, in words. */
    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty passedProperty() {
        return passed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty weighedProperty() {
        return weighed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
