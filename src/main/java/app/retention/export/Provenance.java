package app.retention.export;

import app.retention.segment.CampaignEconomics;
import app.retention.segment.ColumnFilter;
import app.retention.segment.RiskBand;
import app.retention.segment.RiskBands;
import app.retention.segment.SegmentDefinition;

import java.util.List;
import java.util.Objects;

/**
 * Where an export's numbers come from: written next to every export (a sidecar
 * {@code <file>.provenance.json}, and a "Provenance" sheet in XLSX), with what the writing adds (rows,
 * personal data, who and when).
 *
 * @param riskBands  the thresholds in force, highest risk first
 * @param filters    the segment's filters in words
 * @param capacity   contacts asked for (call lists), or null
 * @param economics  the campaign's costs and rates used to rank customers, or null
 * @param appVersion the workbench's version
 */
public record Provenance(DatasetRef dataset, ModelRef model, List<RiskBand> riskBands, String segmentName,
                         List<String> filters, Integer capacity, CampaignEconomics economics, String appVersion) {

    public Provenance {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(model, "model");
        riskBands = List.copyOf(riskBands);
        filters = List.copyOf(filters);
        Objects.requireNonNull(segmentName, "segmentName");
    }

    /** The provenance of a segment's export. */
    public static Provenance of(SegmentDefinition segment, String datasetSha256, ModelRef model, RiskBands bands,
                                CampaignEconomics economics, String appVersion) {
        return new Provenance(new DatasetRef(segment.datasetName(), segment.datasetVersion(), datasetSha256), model,
                bands.bands(), segment.name(), segment.filters().stream().map(ColumnFilter::describe).toList(), null,
                economics, appVersion);
    }

    /** A copy stating the capacity of a call list. */
    public Provenance withCapacity(int contacts) {
        return new Provenance(dataset, model, riskBands, segmentName, filters, contacts, economics, appVersion);
    }
}
