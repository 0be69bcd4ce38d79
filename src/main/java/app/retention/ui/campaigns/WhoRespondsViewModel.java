package app.retention.ui.campaigns;

import app.retention.domain.UpliftModelRecord;
import app.retention.task.TaskState;
import app.retention.ui.common.BackgroundTasks;
import app.retention.ui.common.ErrorReporter;
import app.retention.ui.common.LatestRequest;
import app.retention.ui.common.UserMessages;
import app.retention.usecase.UpliftModels;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

import java.util.Optional;

/**
 * "Who to call next time" on the Campaigns screen (issue 15 §4, docs/adr/0023): the selected campaign's latest
 * uplift model, in words, against ranking by churn risk, or the step that learns one; the same use case as
 * {@code campaign uplift}, in the background.
 */
public final class WhoRespondsViewModel {

    private final UpliftModels uplift;
    private final BackgroundTasks tasks;
    private final LatestRequest reading;
    private final ErrorReporter errors;
    private final ReadOnlyObjectWrapper<UpliftModelRecord> latest = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper words = new ReadOnlyStringWrapper("");
    private final BooleanProperty learning = new SimpleBooleanProperty(false);
    private final BooleanProperty canLearn = new SimpleBooleanProperty(false);
    private String campaign;

    public WhoRespondsViewModel(UpliftModels uplift, BackgroundTasks tasks, ErrorReporter errors) {
        this.uplift = uplift;
        this.tasks = tasks;
        this.reading = new LatestRequest(tasks);
        this.errors = errors;
    }

    /**
     * Shows what is known of who responds to campaign {@code name}: its latest uplift model, or what to do.
     *
     * @param outcomesIn whether the campaign's outcomes are in (else no model can be learnt yet)
     */
    public void show(String name, boolean outcomesIn) {
        campaign = name;
        latest.set(null);
        canLearn.set(name != null && outcomesIn && !learning.get());
        if (name == null || !outcomesIn) {
            reading.cancel();
            words.set(name == null ? "" : "Once the outcomes are in, learn from this campaign who responds to a "
                    + "call, and rank the next list by it.");
            return;
        }
        words.set("Looking for what this campaign taught about who responds…");
        reading.submit("Reading the uplift models of " + name, ctx -> latestOf(name), found -> {
            if (!name.equals(campaign)) {
                return;
            }
            latest.set(found.orElse(null));
            words.set(found.map(WhoRespondsViewModel::sentence).orElse("Learn who responds: a model of which "
                    + "customers the campaign kept (contacted against held out), measured on the same customers "
                    + "against ranking by churn risk. It takes a few seconds."));
        }, failure -> {
            words.set("The uplift models could not be read: " + UserMessages.describe(failure));
            errors.report(failure);
        });
    }

    private Optional<UpliftModelRecord> latestOf(String name) {
        return uplift.list().stream().filter(u -> u.campaignName().equals(name)).findFirst();
    }

    /** Learns an uplift model of the shown campaign with the defaults (as {@code campaign uplift NAME}). */
    public void learn() {
        String name = campaign;
        if (name == null || learning.get()) {
            return;
        }
        learning.set(true);
        canLearn.set(false);
        words.set("Learning who responds to " + name + " (5 folds)…");
        tasks.submit("Learning who responds to " + name, ctx -> uplift.learn(UpliftModels.Request.of(name), ctx),
                made -> {
                    learning.set(false);
                    if (name.equals(campaign)) {
                        canLearn.set(true);
                        latest.set(made);
                        words.set(sentence(made));
                    }
                }, failure -> {
                    learning.set(false);
                    canLearn.set(name.equals(campaign));
                    words.set("No uplift model was kept: " + UserMessages.describe(failure));
                    errors.report(failure);
                }, status -> {
                    if (status.state() == TaskState.CANCELLED) {
                        learning.set(false);
                        canLearn.set(name.equals(campaign));
                        words.set("Learning was cancelled; nothing was kept.");
                    }
                });
    }

    static String sentence(UpliftModelRecord m) {
        return UpliftModels.words(m) + " " + UpliftModels.verdict(m) + " (Uplift model " + m.id() + ", "
                + m.learner() + ".)";
    }

    public ReadOnlyObjectProperty<UpliftModelRecord> latestProperty() {
        return latest.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty wordsProperty() {
        return words.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canLearnProperty() {
        return BooleanProperty.readOnlyBooleanProperty(canLearn);
    }

    public ReadOnlyBooleanProperty learningProperty() {
        return BooleanProperty.readOnlyBooleanProperty(learning);
    }
}
