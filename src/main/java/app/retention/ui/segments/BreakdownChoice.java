package app.retention.ui.segments;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Map;

/**
 * The column the Summary tab breaks a segment down by (finding m15): the category columns of the scoring, the
 * acquisition channel by default, the user's choice kept while a new scoring still has it.
 */
public final class BreakdownChoice {

    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ObjectProperty<String> chosen = new SimpleObjectProperty<>();

    /** Offers the category columns of a new scoring (column → its values); empty when nothing is scored. */
    void offer(Map<String, List<String>> categories) {
        List<String> offered = List.copyOf(categories.keySet());
        String keep = chosen.get();
        if (!columns.equals(offered)) {
            columns.setAll(offered);
        }
        chosen.set(keep != null && offered.contains(keep) ? keep : SegmentCategories.breakdownColumn(categories));
    }

    /** The columns a segment can be broken down by, as the scoring read them. */
    public ObservableList<String> columns() {
        return columns;
    }

    /** The column chosen; null when there is none to choose. */
    public ObjectProperty<String> chosenProperty() {
        return chosen;
    }
}
