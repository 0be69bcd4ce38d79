package app.retention.ui.segments;

import app.retention.segment.ScoredCustomer;
import app.retention.segment.SegmentSummary;
import app.retention.ui.common.Formats;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.List;

/**
 * The Segments screen's live counts: the customers the filters select now, their summary, and the cards above
 * them (size, expected churners, value at risk, control group and its warning, the filters in words). The builder
 * ({@link SegmentsViewModel}) computes them on every change; this holds what the view shows.
 */
public final class SegmentCountsViewModel {

    private static final String NONE = "–";

    private final ReadOnlyObjectWrapper<List<ScoredCustomer>> selected = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<SegmentSummary> summary = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper sizeText = new ReadOnlyStringWrapper(NONE);
    private final ReadOnlyStringWrapper churnersText = new ReadOnlyStringWrapper(NONE);
    private final ReadOnlyStringWrapper valueAtRiskText = new ReadOnlyStringWrapper(NONE);
    private final ReadOnlyStringWrapper controlText = new ReadOnlyStringWrapper(NONE);
    private final ReadOnlyStringWrapper controlWarning = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper filtersText = new ReadOnlyStringWrapper("");

    /** Nothing scored: no customers, dashes on the cards. */
    void clear() {
        selected.set(List.of());
        summary.set(null);
        sizeText.set(NONE);
        churnersText.set(NONE);
        valueAtRiskText.set(NONE);
        controlText.set(NONE);
        controlWarning.set("");
    }

    /**
     * The selected customers and their cards.
     *
     * @param valueAtRisk the value at risk with its unit, or "no value column"
     */
    void show(List<ScoredCustomer> members, SegmentSummary s, String valueAtRisk, long controlSize) {
        selected.set(members);
        summary.set(s);
        sizeText.set(Formats.count(s.customers()));
        churnersText.set(Formats.count(Math.round(s.expectedChurners())));
        valueAtRiskText.set(valueAtRisk);
        controlText.set(Formats.count(controlSize));
    }

    void filters(String inWords) {
        filtersText.set(inWords);
    }

    void controlWarning(String warning) {
        controlWarning.set(warning);
    }

    /** The customers the filters select now. */
    public ReadOnlyObjectProperty<List<ScoredCustomer>> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SegmentSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sizeTextProperty() {
        return sizeText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty churnersTextProperty() {
        return churnersText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty valueAtRiskTextProperty() {
        return valueAtRiskText.getReadOnlyProperty();
    }

    /** Why the control group is too small to measure the campaign, and the share that would do; empty when fine. */
    public ReadOnlyStringProperty controlWarningProperty() {
        return controlWarning.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty controlTextProperty() {
        return controlText.getReadOnlyProperty();
    }

    /** The filters in words, "risk band is High; country is BR". */
    public ReadOnlyStringProperty filtersTextProperty() {
        return filtersText.getReadOnlyProperty();
    }
}
