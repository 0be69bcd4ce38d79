package app.retention.ui.segments;

import app.retention.segment.ColumnFilter;
import app.retention.segment.SegmentException;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Optional;

/**
 * One range filter of the builder, typed by the user: "from" (inclusive) and "to under" on a number, the churn
 * probability or the customer's value. Blank ends are open; both blank means no filter. What cannot be read is
 * said in {@link #errorProperty()} and filters nothing, so the counts never silently use a half-typed number.
 */
public final class RangeFilterViewModel {

    private final String title;
    private final Double lowest;
    private final Double highest;
    private final ReadOnlyStringWrapper column = new ReadOnlyStringWrapper();
    private final StringProperty from = new SimpleStringProperty("");
    private final StringProperty to = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    /**
     * @param title   what the range is on, as the error messages name it ("Churn probability")
     * @param column  the column filtered, or null until {@link #offer} names one
     * @param lowest  the smallest value the column can take, or null
     * @param highest the largest value the column can take, or null
     */
    RangeFilterViewModel(String title, String column, Double lowest, Double highest, Runnable changed) {
        this.title = title;
        this.column.set(column);
        this.lowest = lowest;
        this.highest = highest;
        from.addListener((obs, was, now) -> changed.run());
        to.addListener((obs, was, now) -> changed.run());
    }

    /** The column this range filters, or null when there is none; the caller recounts once the scoring is in. */
    void offer(String columnName) {
        column.set(columnName);
    }

    /** Types this range (null: an open end), as a saved segment opened again had it. */
    void set(Double start, Double end) {
        from.set(start == null ? "" : TypedNumber.plain(start));
        to.set(end == null ? "" : TypedNumber.plain(end));
    }

    /** The condition as typed now, or empty when blank or unreadable (then {@link #errorProperty()} says why). */
    Optional<ColumnFilter> filter() {
        error.set("");
        if (column.get() == null || (from.get().isBlank() && to.get().isBlank())) {
            return Optional.empty();
        }
        try {
            Double start = TypedNumber.parse(from.get(), title + " from", lowest, highest);
            Double end = TypedNumber.parse(to.get(), title + " to", lowest, highest);
            if (start != null && end != null && !(start < end)) {
                throw new SegmentException(title + ": the start (" + TypedNumber.plain(start) + ") must be below "
                        + "the end (" + TypedNumber.plain(end) + ").");
            }
            return Optional.of(ColumnFilter.range(column.get(), start, end));
        } catch (SegmentException e) {
            error.set(e.getMessage());
            return Optional.empty();
        }
    }

    /** The column filtered, or null when the range is unavailable. */
    public ReadOnlyStringProperty columnProperty() {
        return column.getReadOnlyProperty();
    }

    public StringProperty fromProperty() {
        return from;
    }

    public StringProperty toProperty() {
        return to;
    }

    /** Why the typed range is not used, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
