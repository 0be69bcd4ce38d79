package app.retention.usecase;

import app.retention.domain.DatasetInfo;
import app.retention.model.CvPlan;
import app.retention.model.LearnerCatalog;
import app.retention.model.ModelException;
import app.retention.model.ModelService;
import app.retention.model.TuningBudget;
import app.retention.model.TuningProgress;
import app.retention.model.TuningResult;
import app.retention.model.TuningStop;
import app.retention.task.TaskContext;

import java.util.Locale;
import java.util.function.Consumer;

/**
 * "Find the best model in N minutes" (issue 14, point 3; docs/adr/0022): what {@code tune} and the Models screen
 * both call, so both get the same model and the same numbers.
 */
public final class ModelTuning {

    /** Inner folds that compare settings inside each training fold: 3 keeps a setting's cost near 3 fits. */
    public static final int INNER_FOLDS = 3;

    /**
     * What to tune: a learner ({@code xgboost}, {@code forest} or {@code randomforest}) on a dataset, for a budget,
     * under an outer cross-validation plan (the same plan as the models it will be compared with).
     */
    public record Request(DatasetInfo dataset, String learner, TuningBudget budget, CvPlan plan) {
    }

    private final ModelService training;

    public ModelTuning(ModelService training) {
        this.training = training;
    }

    /** The catalog name of a learner the tuner takes ("forest" is the random forest); a clear refusal otherwise. */
    public static String learner(String given) {
        String name = given == null ? "" : given.strip().toLowerCase(Locale.ROOT);
        if (name.equals("forest")) {
            return "randomforest";
        }
        if (!LearnerCatalog.TUNABLE.contains(name)) {
            throw new ModelException("The tuner finds settings for xgboost or forest (random forest), not `" + given
                    + "`.");
        }
        return name;
    }

    /**
     * Searches, measures and stores the tuned model; {@code listener} hears each setting tried with the best so
     * far (on the search's thread). {@code stop} ends the search and keeps the best found; cancelling
     * {@code context} stores nothing.
     */
    public TuningResult tune(Request request, TuningStop stop, Consumer<TuningProgress> listener,
                             TaskContext context) {
        String learner = learner(request.learner());
        return training.tune(request.dataset(), learner, request.budget(), request.plan(), INNER_FOLDS, stop, listener,
                context);
    }
}
