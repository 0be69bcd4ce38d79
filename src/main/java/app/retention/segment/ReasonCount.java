package app.retention.segment;

/**
 * How often a feature is among the top reasons of a segment's customers.
 *
 * @param feature   the column the reason comes from
 * @param label     the reason's wording when all customers share it ("Complained to support"), else the
 *                  column in words ("Days since last order")
 * @param example   the commonest wording ("No order in 52 days")
 * @param customers customers with this reason among their top ones
 * @param share     customers ÷ segment size
 */
public record ReasonCount(String feature, String label, String example, int customers, double share) {
}
