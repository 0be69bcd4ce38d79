package app.retention.ui.segments;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** One tick box of a checklist: a value (a risk band, a country), how it reads, and whether it is ticked. */
public final class Choice {

    private final String value;
    private final String label;
    private final BooleanProperty selected = new SimpleBooleanProperty(false);

    Choice(String value, String label) {
        this.value = value;
        this.label = label;
    }

    public String value() {
        return value;
    }

    public String label() {
        return label;
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }

    @Override
    public String toString() {
        return label;
    }
}
