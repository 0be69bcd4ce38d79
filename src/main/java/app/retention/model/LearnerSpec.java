package app.retention.model;

import java.util.List;
import java.util.Map;

/**
 * A learner of the catalog: its CLI name, what it is in a sentence, its parameters and presets
 * ({@code fast}, {@code balanced} = defaults, {@code thorough}).
 */
public record LearnerSpec(String name, String label, String description, List<ParamSpec> params,
                          Map<String, Map<String, String>> presets) {

    public ParamSpec param(String key) {
        return params.stream().filter(p -> p.key().equals(key)).findFirst().orElseThrow(() -> new ModelException(
                label + " has no parameter `" + key + "`." + (params.isEmpty() ? " It takes none."
                        : " Its parameters: " + String.join(", ", params.stream().map(ParamSpec::key).toList()) + ".")));
    }
}
