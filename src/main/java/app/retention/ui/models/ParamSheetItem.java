package app.retention.ui.models;

import app.retention.model.ParamSpec;
import javafx.beans.value.ObservableValue;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.DefaultPropertyEditorFactory;
import org.controlsfx.property.editor.Editors;
import org.controlsfx.property.editor.PropertyEditor;
import javafx.util.Callback;

import java.util.Locale;
import java.util.Optional;

/**
 * A learner parameter as a row of the ControlsFX property sheet: its label, a tooltip with what it does, its range
 * and default, and an editor by kind (a box for yes/no, a list for a choice, text for numbers so that a wrong
 * value can be typed, shown and explained).
 */
final class ParamSheetItem implements PropertySheet.Item {

    private static final Callback<PropertySheet.Item, PropertyEditor<?>> DEFAULT_EDITORS =
            new DefaultPropertyEditorFactory();

    private final ParamField field;

    ParamSheetItem(ParamField field) {
        this.field = field;
    }

    /** Choices get a list; everything else the default editor for its type. */
    static PropertyEditor<?> editor(PropertySheet.Item item) {
        if (item instanceof ParamSheetItem p && p.spec().kind() == ParamSpec.Kind.CHOICE) {
            return Editors.createChoiceEditor(item, p.spec().choices());
        }
        return DEFAULT_EDITORS.call(item);
    }

    private ParamSpec spec() {
        return field.spec();
    }

    @Override
    public Class<?> getType() {
        return spec().kind() == ParamSpec.Kind.BOOLEAN ? Boolean.class : String.class;
    }

    @Override
    public String getCategory() {
        return "Parameters";
    }

    @Override
    public String getName() {
        return spec().label();
    }

    @Override
    public String getDescription() {
        String range = switch (spec().kind()) {
            case INTEGER, DECIMAL -> String.format(Locale.US, " From %s to %s.", plain(spec().min()), plain(spec().max()));
            case CHOICE -> " One of " + String.join(", ", spec().choices()) + ".";
            default -> "";
        };
        String fallback = spec().defaultValue().isEmpty() ? "" : " Default " + spec().validate(spec().defaultValue()) + ".";
        return spec().description() + "." + range + fallback + " (" + spec().key() + ")";
    }

    private static String plain(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.format(Locale.US, "%,d", (long) d) : ParamSpec.plain(d);
    }

    @Override
    public Object getValue() {
        String value = field.valueProperty().get();
        return spec().kind() == ParamSpec.Kind.BOOLEAN ? Boolean.valueOf(value) : value;
    }

    @Override
    public void setValue(Object value) {
        field.valueProperty().set(value == null ? "" : value.toString());
    }

    @Override
    public Optional<ObservableValue<? extends Object>> getObservableValue() {
        return Optional.of(field.valueProperty());
    }
}
