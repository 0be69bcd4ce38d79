package app.retention.ui.models;

import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/** Text that a narrow column cuts keeps its whole value in a tooltip. */
final class TipCell<S> extends TableCell<S, String> {
    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty ? null : item);
        setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
    }
}
