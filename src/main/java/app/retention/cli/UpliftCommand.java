package app.retention.cli;

import app.retention.domain.UpliftModelRecord;
import app.retention.model.UpliftClassifier;
import app.retention.store.Workspace;
import app.retention.task.TaskContext;
import app.retention.usecase.UpliftModels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.Locale;

/** {@code campaign uplift NAME}: learn who the campaign says responds, measure it against churn risk, keep it. */
@Command(name = "uplift", description = "Learn who responds to a campaign (an uplift model) from its contacted and "
        + "held-out customers, measure it by cross-validated Qini coefficient against ranking the same customers by "
        + "churn risk, and keep it with its measures and curves.")
final class UpliftCommand extends WorkspaceCommand {

    @Parameters(index = "0", paramLabel = "NAME", description = "The campaign's name.")
    String name;

    @Option(names = "--learner", defaultValue = UpliftModels.DEFAULT_LEARNER, paramLabel = "L",
            description = "Learner, as `learners` lists them (default: ${DEFAULT-VALUE}).")
    String learner;

    @Option(names = "--method", defaultValue = "class-transformation", paramLabel = "M", description = "class-"
            + "transformation (one model of \"called and stayed, or held out and left\") or two-model (a churn model "
            + "of the called and one of the held out) (default: ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--folds", defaultValue = "5", description = "Cross-validation folds (default: ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the folds (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    record UpliftJson(long id, String campaign, String dataset, String learner, String method, int folds, long seed,
                      int customers, double qiniUplift, double qiniRisk, double keptPer100CallsUplift,
                      double keptPer100CallsRisk, boolean upliftBeatsRisk, String words, List<double[]> curveUplift,
                      List<double[]> curveRisk) {
    }

    private UpliftClassifier.Method chosen;

    @Override
    void checkArguments() {
        chosen = switch (method.strip().toLowerCase(Locale.ROOT)) {
            case "two-model" -> UpliftClassifier.Method.TWO_MODEL;
            case "class-transformation" -> UpliftClassifier.Method.CLASS_TRANSFORMATION;
            default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--method must be "
                    + "two-model or class-transformation, not `" + method + "`.");
        };
    }

    @Override
    int run(Workspace workspace) {
        UpliftClassifier.Method m = chosen;
        UpliftModelRecord u = workbench().uplift().learn(new UpliftModels.Request(name, learner, m, folds, seed),
                TaskContext.silent());
        if (json) {
            out().println(Json.write(new UpliftJson(u.id(), u.campaignName(), u.datasetReference(), u.learner(),
                    u.method(), u.folds(), u.seed(), u.customers(), u.qiniUplift(), u.qiniRisk(), u.keptUplift(),
                    u.keptRisk(), u.qiniUplift() > u.qiniRisk(), UpliftModels.words(u), u.curveUplift(),
                    u.curveRisk())));
            return 0;
        }
        out().printf(Locale.ROOT, "Uplift model %d of campaign %s (%s, %s, on %s).%n", u.id(), u.campaignName(),
                u.learner(), u.method().toLowerCase(Locale.ROOT).replace('_', ' '), u.datasetReference());
        out().println(UpliftModels.words(u));
        out().println(UpliftModels.verdict(u));
        return 0;
    }
}
