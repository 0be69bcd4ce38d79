package app.retention.segment;

/**
 * What contacting the top of a call list is expected to achieve.
 *
 * @param capacity      contacts the team can make
 * @param contacts      customers actually on the list: the capacity, or fewer when the segment is smaller
 * @param expectedSaves Σ p × save rate: churners the contacts are expected to keep
 * @param valueSaved    Σ p × CLV × save rate (customers without a known value count 0)
 * @param cost          contacts × (contact cost + offer cost × acceptance rate)
 * @param netValue      value saved − cost, the profit curve at this list size
 * @param roi           net value ÷ cost; NaN when the campaign costs nothing
 */
public record CapacityOutcome(int capacity, int contacts, double expectedSaves, double valueSaved, double cost,
                              double netValue, double roi) {
}
