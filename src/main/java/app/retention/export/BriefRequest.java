package app.retention.export;

import app.retention.domain.CustomerValue;
import app.retention.segment.CallOrder;
import app.retention.segment.CampaignEconomics;
import app.retention.segment.ControlGroup;
import app.retention.segment.Playbook;
import app.retention.segment.RiskBands;
import app.retention.segment.ScoredCustomer;
import app.retention.segment.SegmentDefinition;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything a campaign brief is assembled from ({@link CampaignBrief#assemble}).
 *
 * @param goal                  the campaign's goal in the user's words; blank for a default one
 * @param customers             the segment's scored customers, control group included
 * @param control               the segment's control group
 * @param capacity              contacts the team can make
 * @param targetUplift          the drop in churn the campaign aims at (0.05 = five points)
 * @param breakdownColumn       the column of the action table ({@code acquisition_channel}), or null
 * @param measurementWindowDays days after the campaign at which churn is compared (the dataset's window)
 * @param value                 what a customer is worth (column, currency, basis), or none set
 * @param order                 who comes first on the call list: by churn risk, or persuadables first
 */
public record BriefRequest(String goal, SegmentDefinition segment, List<ScoredCustomer> customers, RiskBands bands,
                           Playbook playbook, ControlGroup control, CampaignEconomics economics, int capacity,
                           double targetUplift, String breakdownColumn, int measurementWindowDays, CustomerValue value,
                           Provenance provenance, LocalDate date, CallOrder order) {

    public BriefRequest {
        customers = List.copyOf(customers);
        order = order == null ? CallOrder.BY_RISK : order;
    }

    /** Ranked by churn risk. */
    public BriefRequest(String goal, SegmentDefinition segment, List<ScoredCustomer> customers, RiskBands bands,
                        Playbook playbook, ControlGroup control, CampaignEconomics economics, int capacity,
                        double targetUplift, String breakdownColumn, int measurementWindowDays, CustomerValue value,
                        Provenance provenance, LocalDate date) {
        this(goal, segment, customers, bands, playbook, control, economics, capacity, targetUplift, breakdownColumn,
                measurementWindowDays, value, provenance, date, CallOrder.BY_RISK);
    }
}
