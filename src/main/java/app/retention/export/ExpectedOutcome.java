package app.retention.export;

import app.retention.segment.CampaignEconomics;
import app.retention.segment.CapacityOutcome;

import java.util.List;

/**
 * What the campaign is expected to achieve at the team's capacity, and on what assumptions.
 *
 * @param atCapacity   contacts, expected saves, value saved, cost and ROI at the capacity
 * @param peakListSize the list size where the profit curve peaks
 * @param peakValue    the expected value saved there
 * @param profitCurve  the profit curve, thinned to at most a few hundred points for charts
 * @param assumptions  the assumptions in words
 */
public record ExpectedOutcome(CapacityOutcome atCapacity, int peakListSize, double peakValue,
                              CampaignEconomics economics, List<ProfitPoint> profitCurve, List<String> assumptions) {

    public ExpectedOutcome {
        profitCurve = List.copyOf(profitCurve);
        assumptions = List.copyOf(assumptions);
    }
}
