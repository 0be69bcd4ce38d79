package app.retention.ui.imports;

import app.retention.data.ColumnPlan;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** A table cell that is always a drop-down: the column's type or role, changed with one click. */
final class ChoiceCell<E> extends TableCell<ColumnPlan, E> {

    private final ComboBox<E> choice = new ComboBox<>();
    private boolean showing;

    ChoiceCell(List<E> values, Function<E, String> label, BiConsumer<ColumnPlan, E> onChange) {
        choice.getItems().setAll(values);
        choice.setMaxWidth(Double.MAX_VALUE);
        choice.setButtonCell(new LabelCell<>(label));
        choice.setCellFactory(list -> new LabelCell<>(label));
        choice.valueProperty().addListener((obs, was, now) -> {
            // ignore the value set while showing a row; react only to the user's choice
            if (!showing && now != null && getTableRow() != null && getTableRow().getItem() != null) {
                onChange.accept(getTableRow().getItem(), now);
            }
        });
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(E item, boolean empty) {
        super.updateItem(item, empty);
        showing = true;
        try {
            choice.setValue(empty ? null : item);
        } finally {
            showing = false;
        }
        setGraphic(empty ? null : choice);
    }

    private static final class LabelCell<E> extends ListCell<E> {
        private final Function<E, String> label;

        LabelCell(Function<E, String> label) {
            this.label = label;
        }

        @Override
        protected void updateItem(E item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : label.apply(item));
        }
    }
}
