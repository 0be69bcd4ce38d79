package app.retention.ui.common;

import app.retention.domain.DatasetInfo;
import javafx.scene.control.ListCell;

/** A dataset in a list or a combo box: its name and version. */
public final class DatasetCell extends ListCell<DatasetInfo> {
    @Override
    protected void updateItem(DatasetInfo item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : item.name() + "  (v" + item.version() + ")");
    }
}
