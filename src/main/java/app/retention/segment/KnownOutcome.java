package app.retention.segment;

import java.util.Objects;

/**
 * How a dataset says a customer already churned: the model's target column and its churn spelling as text
 * ({@code "true"}, {@code "Yes"}, {@code "1"}). A customer whose target says so is past saving.
 */
public record KnownOutcome(String column, String churnedValue) {

    public KnownOutcome {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(churnedValue, "churnedValue");
    }

    /** Whether a stored target value means churned (a missing value does not). */
    public boolean churned(Object stored) {
        return stored != null && String.valueOf(stored).equals(churnedValue);
    }
}
