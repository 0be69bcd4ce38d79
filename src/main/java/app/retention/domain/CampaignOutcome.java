package app.retention.domain;

import java.time.LocalDate;

/**
 * What happened to a campaign's customer.
 *
 * @param churnDate when the customer churned, if the outcomes said; null otherwise
 * @param reached   whether the contact was made; null when the outcomes did not say
 * @param revenue   revenue in the period after, or null
 */
public record CampaignOutcome(String key, boolean churned, LocalDate churnDate, Boolean reached, Double revenue) {
}
