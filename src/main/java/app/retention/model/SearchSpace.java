package app.retention.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The parameters the tuner varies for one learner and where (docs/adr/0022); every other parameter keeps its
 * catalog default. The spaces are written down in {@link LearnerCatalog#searchSpace}, next to the learners'
 * parameters.
 */
public record SearchSpace(String learner, List<ParamRange> ranges) {

    public SearchSpace {
        ranges = List.copyOf(ranges);
        LearnerSpec spec = LearnerCatalog.get(learner);
        ranges.forEach(r -> spec.param(r.key())); // a range of a parameter the learner lacks is a bug
    }

    /** The catalog's defaults of the searched parameters: the first setting the tuner tries. */
    public Map<String, String> defaults() {
        Map<String, String> all = LearnerCatalog.resolve(learner, Map.of());
        Map<String, String> values = new LinkedHashMap<>();
        ranges.forEach(r -> values.put(r.key(), all.get(r.key())));
        return values;
    }

    /** One random setting; each range takes one number of {@code random}, in order, so a seed gives one sequence. */
    public Map<String, String> draw(Random random) {
        LearnerSpec spec = LearnerCatalog.get(learner);
        Map<String, String> values = new LinkedHashMap<>();
        for (ParamRange r : ranges) {
            values.put(r.key(), spec.param(r.key()).validate(r.draw(random)));
        }
        return values;
    }

    /** "Learning rate 0.031, Tree depth 6, …": the searched parameters of {@code params} by their labels. */
    public String inWords(Map<String, String> params) {
        LearnerSpec spec = LearnerCatalog.get(learner);
        List<String> parts = new ArrayList<>();
        for (ParamRange r : ranges) {
            String value = params.get(r.key());
            if (value != null) {
                parts.add(spec.param(r.key()).label() + " " + value);
            }
        }
        return String.join(", ", parts);
    }

    /** "Learning rate: 0.02–0.3, log scale; …": the space itself in words. */
    public String describe() {
        LearnerSpec spec = LearnerCatalog.get(learner);
        List<String> parts = new ArrayList<>();
        ranges.forEach(r -> parts.add(spec.param(r.key()).label() + " (" + r.key() + "): " + r.describe()));
        return String.join("; ", parts);
    }
}
