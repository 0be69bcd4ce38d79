package app.retention.ui.models;

import app.retention.model.ModelException;
import app.retention.model.ParamSpec;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One learner parameter in the property sheet: its value as the user typed it and, when the value is impossible,
 * the catalog's message saying why (never an exception).
 */
public final class ParamField {

    private final String learnerLabel;
    private final ParamSpec spec;
    private final StringProperty value;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    ParamField(String learnerLabel, ParamSpec spec, StringProperty value) {
        this.learnerLabel = learnerLabel;
        this.spec = spec;
        this.value = value;
        value.addListener((obs, was, now) -> check());
        check();
    }

    ParamField(String learnerLabel, ParamSpec spec) {
        this(learnerLabel, spec, new SimpleStringProperty(spec.defaultValue()));
    }

    private void check() {
        try {
            spec.validate(value.get() == null ? "" : value.get());
            error.set("");
        } catch (ModelException e) {
            error.set(learnerLabel + ": " + e.getMessage());
        }
    }

    public ParamSpec spec() {
        return spec;
    }

    /** The value as typed; numbers are text here so that a wrong one can be shown and explained. */
    public StringProperty valueProperty() {
        return value;
    }

    /** Why the value is refused, naming the learner and the parameter; empty when it is fine. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    boolean isValid() {
        return error.get().isEmpty();
    }

    /** The value as the catalog normalises it; only for a valid field. */
    String validated() {
        return spec.validate(value.get() == null ? "" : value.get());
    }
}
