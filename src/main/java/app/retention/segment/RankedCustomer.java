package app.retention.segment;

/**
 * A customer's place on a call list.
 *
 * @param rank               1 for the most valuable contact
 * @param expectedValueSaved p × CLV × save rate − contact cost − offer cost × acceptance rate
 */
public record RankedCustomer(int rank, ScoredCustomer customer, double expectedValueSaved) {
}
