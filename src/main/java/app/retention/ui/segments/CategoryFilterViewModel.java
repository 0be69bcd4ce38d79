package app.retention.ui.segments;

import app.retention.segment.ColumnFilter;
import app.retention.ui.common.Formats;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One category filter of the builder: a column and a checklist of its values. Nothing ticked means no filter on
 * the column; each tick or column change calls {@code changed} so the counts follow at once.
 */
public final class CategoryFilterViewModel {

    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ObjectProperty<String> column = new SimpleObjectProperty<>();
    private final ObservableList<Choice> values = FXCollections.observableArrayList();
    private final Runnable changed;
    private Map<String, List<String>> categories = Map.of();
    private Map<String, Map<String, Integer>> counts = Map.of();

    CategoryFilterViewModel(Runnable changed) {
        this.changed = changed;
        column.addListener((obs, was, now) -> {
            showValues(now);
            changed.run();
        });
    }

    /** Offers the columns of a new scoring; keeps the chosen column and ticks when it still has them. */
    void offer(Map<String, List<String>> categories, Map<String, Map<String, Integer>> counts) {
        List<String> ticked = tickedValues();
        String keep = column.get();
        this.categories = categories;
        this.counts = counts;
        columns.setAll(categories.keySet());
        if (keep != null && categories.containsKey(keep)) {
            showValues(keep);
            values.forEach(v -> v.selectedProperty().set(ticked.contains(v.value())));
        } else {
            column.set(null);
        }
    }

    private void showValues(String name) {
        List<String> names = name == null ? List.of() : categories.getOrDefault(name, List.of());
        Map<String, Integer> perValue = name == null ? Map.of() : counts.getOrDefault(name, Map.of());
        values.setAll(names.stream().map(v -> {
            Choice c = new Choice(v, v + "  (" + Formats.count(perValue.getOrDefault(v, 0)) + ")");
            c.selectedProperty().addListener((obs, was, now) -> changed.run());
            return c;
        }).toList());
    }

    /** Ticks exactly these values. */
    public void tick(String columnName, List<String> wanted) {
        column.set(columnName);
        values.forEach(v -> v.selectedProperty().set(wanted.contains(v.value())));
    }

    List<String> tickedValues() {
        return values.stream().filter(v -> v.selectedProperty().get()).map(Choice::value).toList();
    }

    /** The filter on the column, or empty when no column is chosen or nothing is ticked. */
    Optional<ColumnFilter> filter() {
        List<String> ticked = tickedValues();
        return column.get() == null || ticked.isEmpty() ? Optional.empty()
                : Optional.of(ColumnFilter.oneOf(column.get(), ticked));
    }

    public ObservableList<String> columns() {
        return columns;
    }

    public ObjectProperty<String> columnProperty() {
        return column;
    }

    public ObservableList<Choice> values() {
        return values;
    }
}
