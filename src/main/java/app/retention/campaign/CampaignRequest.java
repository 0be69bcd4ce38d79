package app.retention.campaign;

import app.retention.segment.CampaignEconomics;

import java.time.LocalDate;

/**
 * What a campaign is to be: its name, the saved segment whose list it contacts, how many contacts the team makes
 * and with what economics, and the words a manager reads.
 *
 * @param capacity  contacts the team makes: the top of the segment's ranking outside the control group, as the call
 *                  list has it ({@link Integer#MAX_VALUE} for the whole segment)
 * @param valueUnit the value's unit (e.g. BRL), or null for the currency of the segment's customer value
 * @param exportId  the export-log entry of the call list that launched it, or null
 * @param rule      the team's rule for a second contacted arm (model vs rule, {@link CampaignRule}), or null
 */
public record CampaignRequest(String name, String segment, int capacity, CampaignEconomics economics, String goal,
                              String channel, String offer, LocalDate startDate, String valueUnit, Long exportId,
                              String rule) {

    /** The same request linked to the export that launched it. */
    public CampaignRequest withExport(Long id) {
        return new CampaignRequest(name, segment, capacity, economics, goal, channel, offer, startDate, valueUnit, id,
                rule);
    }

    /** The same request with a rule arm. */
    public CampaignRequest withRule(String text) {
        return new CampaignRequest(name, segment, capacity, economics, goal, channel, offer, startDate, valueUnit,
                exportId, text);
    }
}
