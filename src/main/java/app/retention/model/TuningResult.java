package app.retention.model;

import java.util.List;
import java.util.Map;

/**
 * A tuned model, stored: its run (the outer cross-validation figures, the settings of the kept model), how the
 * settings were found, and the settings each outer training fold chose for itself.
 */
public record TuningResult(ModelRun run, TuningSummary summary, List<Map<String, String>> chosenPerFold) {

    public TuningResult {
        chosenPerFold = List.copyOf(chosenPerFold);
    }
}
