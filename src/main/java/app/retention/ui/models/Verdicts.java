package app.retention.ui.models;

import app.retention.evaluate.MetricSet;
import app.retention.model.ModelEvaluation;
import app.retention.model.ModelRun;
import app.retention.model.Significance;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Each run against the best of the runs evaluated the same way (same design, hence the same folds and seeds, or
 * the same test set): the corrected resampled t-test, or DeLong's test on one test set, of {@link Significance}.
 * Runs of different designs are never compared.
 */
final class Verdicts {

    private Verdicts() {
    }

    /** Verdict by run id. */
    static Map<Long, Standing> of(List<ModelRun> runs) {
        Map<String, List<ModelRun>> byDesign = runs.stream().collect(Collectors.groupingBy(
                r -> r.evaluation().design(), LinkedHashMap::new, Collectors.toList()));
        Map<Long, Standing> verdicts = new HashMap<>();
        byDesign.values().forEach(group -> verdicts.putAll(ofGroup(group)));
        return verdicts;
    }

    private static Map<Long, Standing> ofGroup(List<ModelRun> group) {
        Map<Long, Standing> verdicts = new HashMap<>();
        List<ModelEvaluation> evaluations = group.stream().map(ModelRun::evaluation).toList();
        List<Significance.Verdict> tested = Significance.versusBest(evaluations);
        ModelRun best = group.get(0);
        for (ModelRun r : group) {
            if (r.evaluation().mean(MetricSet::rocAuc) > best.evaluation().mean(MetricSet::rocAuc)) {
                best = r;
            }
        }
        for (int i = 0; i < group.size(); i++) {
            ModelRun r = group.get(i);
            verdicts.put(r.id(), r == best ? Standing.BEST : Standing.of(tested.get(i)));
        }
        return verdicts;
    }
}
