package app.retention.ui.segments;

import app.retention.segment.ColumnFilter;
import app.retention.segment.Segment;
import app.retention.segment.SegmentDefinition;

import java.util.Iterator;
import java.util.List;

/**
 * A saved segment put back into the builder once its scoring is loaded: its risk bands (cut-offs included), band
 * and category ticks, churn probability and value ranges, and control share, so that an opened segment can be
 * changed and saved under another name (finding M6).
 */
final class SegmentReopening {

    private final Segment segment;

    SegmentReopening(Segment segment) {
        this.segment = segment;
    }

    Segment segment() {
        return segment;
    }

    /** Whether {@code data} is this segment's model scoring the same dataset version (the scoring reused). */
    boolean matches(ScoredData data) {
        return data.run().modelId() == segment.scoring().modelId()
                && data.run().datasetReference().equals(segment.scoring().datasetReference());
    }

    /**
     * Puts the definition into the builder's parts.
     *
     * @param bands the builder's cut-offs, told the segment's bands when they differ from the loaded ones
     * @param tickBands ticks exactly the named risk bands
     */
    void restore(ScoredData loaded, BandCutoffsViewModel bands, SegmentFiltersViewModel filtering) {
        List<CategoryFilterViewModel> categories = filtering.categoryFilters();
        RangeFilterViewModel probability = filtering.probabilityRange();
        RangeFilterViewModel value = filtering.valueRange();
        if (!loaded.bands().equals(segment.bands())) {
            bands.restore(segment.bands());
        }
        List<String> tickedBands = List.of();
        Iterator<CategoryFilterViewModel> free = categories.iterator();
        categories.forEach(c -> c.tick(null, List.of()));
        probability.set(null, null);
        value.set(null, null);
        for (ColumnFilter f : segment.definition().filters()) {
            if (f instanceof ColumnFilter.OneOf oneOf) {
                if (oneOf.column().equals(SegmentDefinition.RISK_BAND)) {
                    tickedBands = oneOf.values();
                } else if (free.hasNext()) {
                    free.next().tick(oneOf.column(), oneOf.values());
                }
            } else if (f instanceof ColumnFilter.Range range) {
                (range.column().equals(SegmentDefinition.CHURN_PROBABILITY) ? probability : value)
                        .set(range.from(), range.to());
            }
        }
        filtering.tickBands(tickedBands);
    }
}
