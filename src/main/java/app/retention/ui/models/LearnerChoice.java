package app.retention.ui.models;

import app.retention.model.LearnerSpec;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A learner in the Train panel's checklist with its parameter fields. Baselines (ZeroR and the rule baseline)
 * are always trained with the others, so their box stays ticked.
 */
public final class LearnerChoice {

    private final LearnerSpec spec;
    private final boolean baseline;
    private final BooleanProperty chosen;
    private final List<ParamField> params;

    LearnerChoice(LearnerSpec spec, boolean baseline, List<ParamField> params) {
        this.spec = spec;
        this.baseline = baseline;
        this.chosen = new SimpleBooleanProperty(baseline);
        this.params = List.copyOf(params);
    }

    public LearnerSpec spec() {
        return spec;
    }

    /** Trained every time, whatever is ticked. */
    public boolean baseline() {
        return baseline;
    }

    public BooleanProperty chosenProperty() {
        return chosen;
    }

    public List<ParamField> params() {
        return params;
    }

    /** One line per parameter saying what it does, shown under the parameter sheet: "Ridge penalty: pulls…". */
    public String paramHelp() {
        return params.stream().map(f -> f.spec().label() + ": " + lowerFirst(f.spec().description()) + ".")
                .collect(Collectors.joining("\n"));
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
