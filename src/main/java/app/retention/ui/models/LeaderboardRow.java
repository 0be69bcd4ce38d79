package app.retention.ui.models;

import app.retention.evaluate.Curves;
import app.retention.evaluate.MetricSet;
import app.retention.evaluate.Predictions;
import app.retention.model.LearnerCatalog;
import app.retention.model.LearnerSpec;
import app.retention.model.ModelRun;
import app.retention.model.ParamSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * One line of the leaderboard: a stored run with how it compares with the best of its design, and its colour on
 * the charts. A row without a run stands for a baseline that could not be trained and says why.
 *
 * @param verdict how the run stands against the best mean ROC AUC of runs with the same design
 * @param sentence what calling the model's top 10% reaches, in words ({@link InPlainWords#reach})
 * @param cut      a baseline's threshold metrics at its own cut ({@link InPlainWords#naturalCut}); null for a model
 * @param ece      expected calibration error of the pooled out-of-sample predictions; NaN without a run
 */
public record LeaderboardRow(ModelRun run, String learner, String label, String params, String design,
                             Standing verdict, int colour, String note, String sentence, MetricSet cut,
                             double ece) {

    static LeaderboardRow of(ModelRun run, Standing verdict, int colour) {
        String name = run.evaluation().learner();
        // a tuned model is named for it: "Tuned random forest (5 min)" (docs/adr/0022)
        String label = run.details().tuning() == null ? labelOf(name) : run.details().tuning().name(labelOf(name));
        return new LeaderboardRow(run, name, label, params(name, run.evaluation().params()),
                shortDesign(run.evaluation().design()), verdict, colour, "", InPlainWords.reach(name, run.evaluation()),
                InPlainWords.naturalCut(name, run.evaluation()), ece(run));
    }

    private static double ece(ModelRun run) {
        Predictions p = run.evaluation().predictions();
        return p.size() == 0 ? Double.NaN
                : Curves.calibration(p.probabilities(), p.churned()).expectedCalibrationError();
    }

    /** A baseline missing from the board, with what to do about it. */
    static LeaderboardRow missing(String learner, String note) {
        return new LeaderboardRow(null, learner, labelOf(learner), "", "", Standing.NONE, -1, note, "", null, Double.NaN);
    }

    /** The verdict in words: "Same as best". */
    public String verdictInWords() {
        return verdict.words();
    }

    /**
     * A threshold metric as the leaderboard shows it: a model's mean over the folds at the leaderboard's threshold,
     * a baseline's at its own cut.
     */
    public double atCut(ToDoubleFunction<MetricSet> metric) {
        return cut == null ? mean(metric) : metric.applyAsDouble(cut);
    }

    /**
     * A metric of the flagged customers (precision, recall, F1) at the row's cut: NaN, not 0, when the cut flags
     * nobody (ZeroR), since nobody was judged.
     */
    public double ofFlagged(ToDoubleFunction<MetricSet> metric) {
        return cut != null && cut.confusion().flagged() == 0 ? Double.NaN : atCut(metric);
    }

    /** What a baseline's threshold metrics mean (empty for a model). */
    public String cutNote() {
        return hasRun() ? InPlainWords.cutNote(learner) : "";
    }

    public boolean hasRun() {
        return run != null;
    }

    public boolean baseline() {
        return learner.equals(TrainingForm.ZEROR) || learner.equals(TrainingForm.RULES);
    }

    public double mean(ToDoubleFunction<MetricSet> metric) {
        return run == null ? Double.NaN : run.evaluation().mean(metric);
    }

    public double sd(ToDoubleFunction<MetricSet> metric) {
        return run == null ? Double.NaN : run.evaluation().sd(metric);
    }

    /** Seconds spent training and testing, all folds together. */
    public double trainSeconds() {
        return run == null ? Double.NaN : run.evaluation().millis() / 1000.0;
    }

    static String labelOf(String learner) {
        return LearnerCatalog.all().stream().filter(s -> s.name().equals(learner)).map(LearnerSpec::label).findFirst()
                .orElse(learner);
    }

    /**
     * The rule for the rule baseline; else the parameters that differ from the catalog's defaults, by label and
     * in plain numbers ("Number of trees 300, Learning rate 0.05").
     */
    static String params(String learner, Map<String, String> params) {
        if (learner.equals(TrainingForm.RULES)) {
            return params.getOrDefault("rule", "");
        }
        LearnerSpec spec = LearnerCatalog.all().stream().filter(s -> s.name().equals(learner)).findFirst().orElse(null);
        List<String> changed = new ArrayList<>();
        params.forEach((key, value) -> {
            ParamSpec param = spec == null ? null
                    : spec.params().stream().filter(s -> s.key().equals(key)).findFirst().orElse(null);
            if (param == null) {
                changed.add(key + "=" + value);
            } else if (!param.isDefault(value)) {
                changed.add(param.label() + " " + shown(param, value));
            }
        });
        return changed.isEmpty() ? "defaults" : String.join(", ", changed);
    }

    private static String shown(ParamSpec param, String value) {
        try {
            return param.validate(value);
        } catch (RuntimeException e) {
            return value;
        }
    }

    /** "10-fold CV, seed 1" or "out of time: tested on b@1". */
    static String shortDesign(String design) {
        int tested = design.indexOf(", tested on ");
        if (design.startsWith("trained on ") && tested > 0) {
            return "out of time → " + design.substring(tested + ", tested on ".length());
        }
        return design.replace(" stratified cross-validation", " CV");
    }
}
