package app.retention.domain;

/**
 * A customer of a campaign's arm, as exported: the key, and the score, risk band and value when the campaign
 * started (so that uplift by band or decile and the Qini curve never re-score).
 *
 * @param value the customer's value in the campaign's unit; NaN when unknown
 */
public record CampaignMember(String key, CampaignArm arm, double probability, String band, double value) {
}
