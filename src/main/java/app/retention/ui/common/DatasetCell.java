package app.retention.ui.common;

import app.retention.domain.DatasetInfo;
import javafx.scene.control.ListCell;

import java.util.function.Function;

/**
 * A dataset in a list or a combo box: its name and version, and, where a screen knows it, a note such as how many
 * models it has ("mcommerce_2026_09  (v1) · 4 models", finding M10).
 */
public final class DatasetCell extends ListCell<DatasetInfo> {

    private final Function<DatasetInfo, String> note;

    public DatasetCell() {
        this(d -> "");
    }

    /** @param note what to add after the name, or "" */
    public DatasetCell(Function<DatasetInfo, String> note) {
        this.note = note;
    }

    @Override
    protected void updateItem(DatasetInfo item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setText(null);
            return;
        }
        String extra = note.apply(item);
        setText(item.name() + "  (v" + item.version() + ")" + (extra.isEmpty() ? "" : " · " + extra));
    }
}
