package app.retention.cli;

import app.retention.domain.DatasetInfo;
import app.retention.evaluate.MetricSet;
import app.retention.model.CvPlan;
import app.retention.model.LearnerCatalog;
import app.retention.model.ModelEvaluation;
import app.retention.model.ModelException;
import app.retention.model.SearchSpace;
import app.retention.model.TuningBudget;
import app.retention.model.TuningProgress;
import app.retention.model.TuningResult;
import app.retention.model.TuningStop;
import app.retention.store.Workspace;
import app.retention.task.TaskContext;
import app.retention.usecase.ModelTuning;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/** {@code tune}: "find the best model in N minutes" by nested cross-validation (docs/adr/0022). */
@Command(name = "tune", description = {
        "Find good settings of XGBoost or a random forest in a time box, and store the tuned model beside the others.",
        "Random search; each setting is compared by " + ModelTuning.INNER_FOLDS + "-fold cross-validation inside "
                + "each training fold, so the score comes from test folds the search never saw (nested "
                + "cross-validation). Same seed and same number of settings tried, same result."})
final class TuneCommand extends WorkspaceCommand {

    /** The JSON shape of a tuned model. */
    record TuneJson(long id, String name, String learner, String dataset, String design, String budget,
                    int settingsTried, boolean stoppedEarly, int innerFolds, double innerAuc, double auc, double aucSd,
                    Map<String, String> settings, List<Map<String, String>> chosenPerFold, String searchSpace,
                    long trainMillis) {
    }

    @Parameters(paramLabel = "DATASET", description = "Dataset name, or name@version; it needs a churn target.")
    String dataset;

    @Option(names = "--learner", required = true, paramLabel = "xgboost|forest",
            description = "What to tune: xgboost or forest (random forest).")
    String learner;

    @Option(names = "--minutes", paramLabel = "N", description = "The time box, in minutes (default: 5; at most "
            + TuningBudget.MAX_MINUTES + "). No new setting is started once it is spent.")
    Double minutes;

    @Option(names = "--settings", paramLabel = "N", description = "Instead of a time box: try exactly N settings "
            + "(the defaults first), for a result that does not depend on the machine's speed.")
    Integer settings;

    @Option(names = "--folds", defaultValue = "10", description = "Outer cross-validation folds (default: "
            + "${DEFAULT-VALUE}); use the same as the models to compare with.")
    int folds;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the folds and of the search (default: "
            + "${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--json", description = "Print JSON (no progress lines).")
    boolean json;

    private TuningBudget budget;
    private String learnerName;

    @Override
    void checkArguments() {
        try {
            learnerName = ModelTuning.learner(learner);
            if (minutes != null && settings != null) {
                throw new ModelException("Give --minutes or --settings, not both.");
            }
            budget = settings != null ? TuningBudget.candidates(settings)
                    : TuningBudget.minutes(minutes == null ? 5 : minutes);
            new CvPlan(folds, 1, seed, true, true);
        } catch (ModelException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    @Override
    int run(Workspace workspace) {
        DatasetInfo info = workspace.datasets().require(dataset);
        CvPlan plan = new CvPlan(folds, 1, seed, true, true);
        PrintWriter out = out();
        String label = LearnerCatalog.get(learnerName).label();
        // the heading comes with the first setting tried: a dataset the tuner refuses prints nothing
        String heading = "Tuning " + label + " on " + info.reference() + " (" + budget.describe() + "): "
                + plan.describe() + "; each setting compared by " + ModelTuning.INNER_FOLDS
                + "-fold cross-validation inside each training fold.";
        Consumer<TuningProgress> progress = json ? p -> { } : p -> {
            synchronized (out) {
                if (p.tried() == 1) {
                    out.println(heading);
                }
                out.println(p.line());
                out.flush();
            }
        };
        TuningResult result = workbench().tuning().tune(new ModelTuning.Request(info, learnerName, budget, plan),
                new TuningStop(), progress, TaskContext.silent());
        ModelEvaluation e = result.run().evaluation();
        SearchSpace space = LearnerCatalog.searchSpace(learnerName, 1);
        String name = result.summary().name(label);
        if (json) {
            out.println(Json.write(new TuneJson(result.run().id(), name, learnerName, info.reference(), e.design(),
                    result.summary().budget(), result.summary().tried(), result.summary().stopped(),
                    result.summary().innerFolds(), result.summary().innerAuc(), e.mean(MetricSet::rocAuc),
                    e.sd(MetricSet::rocAuc), e.params(), result.chosenPerFold(), result.summary().space(),
                    e.millis())));
            return 0;
        }
        out.println();
        out.println("Model " + result.run().id() + ": " + name);
        out.println("Settings: " + space.inWords(e.params()) + " (the others at their defaults)");
        out.println("Settings tried: " + result.summary().tried());
        out.println(String.format(Locale.ROOT, "Inner ROC AUC: %.4f (%d-fold cross-validation on all customers, "
                + "chosen settings)", result.summary().innerAuc(), result.summary().innerFolds()));
        out.println(String.format(Locale.ROOT, "Outer ROC AUC: %.4f ± %.4f (%s; each fold's settings chosen "
                + "without its test customers)", e.mean(MetricSet::rocAuc), e.sd(MetricSet::rocAuc), e.design()));
        return 0;
    }
}
