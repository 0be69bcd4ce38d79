package app.retention.segment;

import java.util.Objects;

/**
 * One driver of a customer's score, worded from the data.
 *
 * @param feature the column it comes from ({@code days_since_last_order}); segments count reasons by it and
 *                message ideas are keyed by it
 * @param text    the customer's own wording ("No order in 52 days")
 */
public record Reason(String feature, String text) {
    public Reason {
        Objects.requireNonNull(feature, "feature");
        Objects.requireNonNull(text, "text");
    }
}
