package app.retention.campaign;

import app.retention.segment.ColumnFilter;
import app.retention.segment.ScoredCustomer;
import app.retention.segment.SegmentDefinition;
import app.retention.segment.SegmentException;
import app.retention.segment.SegmentFilters;

import java.util.ArrayList;
import java.util.List;

/**
 * The team's rule of whom to call, for the rule arm of a model-vs-rule campaign: groups of segment conditions
 * joined by {@code OR}, each group's conditions by {@code AND} (the segment filter's syntax), e.g.
 * {@code days_since_last_order >= 46 OR complaint = Yes}.
 */
final class CampaignRule {

    private final String text;
    private final List<List<ColumnFilter>> groups;

    private CampaignRule(String text, List<List<ColumnFilter>> groups) {
        this.text = text;
        this.groups = groups;
    }

    /**
     * @param columns the dataset's columns, which the conditions must name (or risk_band, churn_probability)
     * @throws CampaignException for a condition that does not read or names no column
     */
    static CampaignRule parse(String text, List<String> columns) {
        if (text == null || text.isBlank()) {
            throw new CampaignException("--rule is empty; write it as `days_since_last_order >= 46 OR complaint = "
                    + "Yes`.");
        }
        List<List<ColumnFilter>> groups = new ArrayList<>();
        for (String group : text.split("(?i)\\s+OR\\s+")) {
            List<ColumnFilter> filters;
            try {
                filters = SegmentFilters.parse(group);
            } catch (SegmentException e) {
                throw new CampaignException("--rule: " + e.getMessage(), e);
            }
            for (ColumnFilter f : filters) {
                if (!columns.contains(f.column()) && !f.column().equals(SegmentDefinition.RISK_BAND)
                        && !f.column().equals(SegmentDefinition.CHURN_PROBABILITY)) {
                    throw new CampaignException("--rule names `" + f.column() + "`, which is not a column of the "
                            + "segment's dataset (nor risk_band or churn_probability).");
                }
            }
            if (filters.isEmpty()) {
                throw new CampaignException("--rule has an empty condition around OR: `" + text.strip() + "`.");
            }
            groups.add(filters);
        }
        return new CampaignRule(text.strip(), groups);
    }

    /** Whether the rule picks the customer: every condition of at least one group holds. */
    boolean picks(ScoredCustomer c) {
        return groups.stream().anyMatch(g -> g.stream().allMatch(f -> f.matches(c)));
    }

    String text() {
        return text;
    }
}
