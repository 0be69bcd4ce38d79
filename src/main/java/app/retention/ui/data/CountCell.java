package app.retention.ui.data;

import app.retention.ui.common.Formats;
import javafx.scene.control.TableCell;

/** Shows a count with thousands separators while the column still sorts by the number. */
final class CountCell<S> extends TableCell<S, Long> {
    @Override
    protected void updateItem(Long item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : Formats.count(item));
    }
}
