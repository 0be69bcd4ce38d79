package app.retention.campaign;

/**
 * Which columns of an outcomes file or dataset hold what; null for a column to be found by its name: the id by the
 * campaign's key column (else a name like customer_id or id), churn by a name starting with churn, reached by
 * {@code reached}, revenue by a name starting with revenue.
 *
 * @param ignoreUnknown accept customers who are in no arm of the campaign (counted and left aside); a dataset
 *                      (a snapshot of the whole base) always does
 */
public record OutcomeColumns(String id, String churn, String reached, String revenue, boolean ignoreUnknown) {

    /** Every column found by its name; unknown customers refused. */
    public static OutcomeColumns byName() {
        return new OutcomeColumns(null, null, null, null, false);
    }
}
