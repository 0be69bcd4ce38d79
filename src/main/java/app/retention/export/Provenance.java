package app.retention.export;

import app.retention.domain.CustomerValue;
import app.retention.segment.CallOrder;
import app.retention.segment.CampaignEconomics;
import app.retention.segment.ColumnFilter;
import app.retention.segment.RiskBand;
import app.retention.segment.RiskBands;
import app.retention.segment.SegmentDefinition;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Objects;

/**
 * Where an export's numbers come from: written next to every export as part of its {@link ExportProvenance}
 * (a sidecar {@code <file>.provenance.json}, a "Provenance" sheet in XLSX, the export log), and into the brief.
 * Its components are the JSON's fields: renaming one changes the files.
 *
 * @param riskBands  the thresholds in force, highest risk first
 * @param capacity   contacts asked for (call lists and briefs), or null
 * @param economics  the campaign's costs and rates used to rank customers, or null
 * @param appVersion the workbench's version
 * @param callOrder  who comes first on the list, in words, when not ranked by churn risk (docs/adr/0027), or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Provenance(DatasetRef dataset, ModelRef model, List<Band> riskBands, SegmentRef segment,
                         Integer capacity, CampaignEconomics economics, String customerValue, String appVersion,
                         String callOrder) {

    public Provenance {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(segment, "segment");
        riskBands = List.copyOf(riskBands);
    }

    /** Without a call order: ranked by churn risk. */
    public Provenance(DatasetRef dataset, ModelRef model, List<Band> riskBands, SegmentRef segment, Integer capacity,
                      CampaignEconomics economics, String customerValue, String appVersion) {
        this(dataset, model, riskBands, segment, capacity, economics, customerValue, appVersion, null);
    }

    /** A copy stating who comes first on the list when it is not ranked by churn risk (null fields stay out). */
    public Provenance withCallOrder(CallOrder order) {
        return new Provenance(dataset, model, riskBands, segment, capacity, economics, customerValue, appVersion,
                order.byUplift() ? order.words() + ". " + order.sleepingDogsWords() : null);
    }

    /** A risk band as it was described at export; the validation counts behind it stay with the segment. */
    public record Band(String name, double lowerProbability, double upperProbability, String description) {
    }

    /**
     * The exported segment.
     *
     * @param filters the segment's filters in words
     */
    public record SegmentRef(String name, List<String> filters) {

        public SegmentRef {
            Objects.requireNonNull(name, "name");
            filters = List.copyOf(filters);
        }

        /** The filters as one phrase: "country is BR and risk band is High", or "none". */
        public String filtersInWords() {
            return filters.isEmpty() ? "none" : String.join(" and ", filters);
        }
    }

    /** The provenance of a segment's export. */
    public static Provenance of(SegmentDefinition segment, String datasetSha256, ModelRef model, RiskBands bands,
                                CampaignEconomics economics, String appVersion) {
        return new Provenance(new DatasetRef(segment.datasetName(), segment.datasetVersion(), datasetSha256), model,
                bands.bands().stream().map(Provenance::band).toList(), new SegmentRef(segment.name(),
                        segment.filters().stream().map(ColumnFilter::describe).toList()), null, economics,
                CustomerValue.NONE.describe(), appVersion);
    }

    /** A copy stating the customer value the amounts are in ("clv_brl (R$, lifetime value)"). */
    public Provenance withValue(CustomerValue value) {
        return new Provenance(dataset, model, riskBands, segment, capacity, economics, value.describe(), appVersion,
                callOrder);
    }

    private static Band band(RiskBand band) {
        return new Band(band.name(), band.lowerProbability(), band.upperProbability(), band.description());
    }

    /** A copy stating the capacity of a call list. */
    public Provenance withCapacity(int contacts) {
        return new Provenance(dataset, model, riskBands, segment, contacts, economics, customerValue, appVersion,
                callOrder);
    }
}
