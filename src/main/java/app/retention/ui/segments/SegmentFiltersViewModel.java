package app.retention.ui.segments;

import app.retention.segment.ColumnFilter;
import app.retention.segment.SegmentDefinition;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The Segments builder's filters (issue 11: out of {@link SegmentsViewModel}): the risk bands to tick, two category
 * filters, and the churn probability and customer value ranges. {@code changed} runs after every tick or typed
 * bound, so the screen counts the customers again.
 */
public final class SegmentFiltersViewModel {

    private final Runnable changed;
    private final ObservableList<Choice> bandChoices = FXCollections.observableArrayList();
    private final List<CategoryFilterViewModel> categoryFilters;
    private final RangeFilterViewModel probabilityRange;
    private final RangeFilterViewModel valueRange;

    SegmentFiltersViewModel(Runnable changed) {
        this.changed = changed;
        this.categoryFilters = List.of(new CategoryFilterViewModel(changed), new CategoryFilterViewModel(changed));
        this.probabilityRange = new RangeFilterViewModel("Churn probability", SegmentDefinition.CHURN_PROBABILITY,
                0.0, 1.0, changed);
        this.valueRange = new RangeFilterViewModel("Customer value", null, null, null, changed);
    }

    /** Offers the bands, categories and value column of a new scoring; the bands ticked before stay ticked. */
    void offer(ScoredData data) {
        List<String> ticked = bandChoices.stream().filter(c -> c.selectedProperty().get()).map(Choice::value).toList();
        bandChoices.setAll(data.bands().bands().stream().map(b -> {
            Choice c = new Choice(b.name(), b.name());
            c.selectedProperty().set(ticked.contains(b.name()));
            c.selectedProperty().addListener((obs, was, now) -> changed.run());
            return c;
        }).toList());
        Map<String, Map<String, Integer>> counts = SegmentCategories.counts(data.customers(), data.categories());
        categoryFilters.forEach(f -> f.offer(data.categories(), counts));
        valueRange.offer(data.value().column());
    }

    /** No scoring: no bands to tick. */
    void clearBands() {
        bandChoices.clear();
    }

    /** Ticks exactly these risk bands. */
    public void tickBands(List<String> names) {
        bandChoices.forEach(c -> c.selectedProperty().set(names.contains(c.value())));
    }

    /**
     * The filters as ticked and typed now: risk bands, the category filters, then the probability and value
     * ranges; nothing ticked filters nothing, and a range that cannot be read is left out (its error says why).
     */
    public List<ColumnFilter> filters() {
        List<ColumnFilter> filters = new ArrayList<>();
        List<String> bands = bandChoices.stream().filter(c -> c.selectedProperty().get()).map(Choice::value).toList();
        if (!bands.isEmpty()) {
            filters.add(ColumnFilter.oneOf(SegmentDefinition.RISK_BAND, bands));
        }
        categoryFilters.forEach(f -> f.filter().ifPresent(filters::add));
        probabilityRange.filter().ifPresent(filters::add);
        valueRange.filter().ifPresent(filters::add);
        return filters;
    }

    public ObservableList<Choice> bandChoices() {
        return bandChoices;
    }

    public List<CategoryFilterViewModel> categoryFilters() {
        return categoryFilters;
    }

    /** The churn probability range ("from 0.3 to under 0.8"). */
    public RangeFilterViewModel probabilityRange() {
        return probabilityRange;
    }

    /** The customer value range, on the scoring's value column (none when the dataset has no value column). */
    public RangeFilterViewModel valueRange() {
        return valueRange;
    }

    /** Why a range typed cannot be read (the first such), or empty when both can. */
    String rangeError() {
        return Stream.of(probabilityRange, valueRange).map(r -> r.errorProperty().get()).filter(e -> !e.isEmpty())
                .findFirst().orElse("");
    }
}
