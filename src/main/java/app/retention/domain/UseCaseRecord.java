package app.retention.domain;

import java.time.OffsetDateTime;

/**
 * A use case ("mcommerce 30-day churn"): the churn target its models predict and the dataset it was defined on
 * (a model fits the use case when it predicts that target and can read that dataset). {@code id} and
 * {@code createdAt} are set by the store.
 */
public record UseCaseRecord(long id, String name, OffsetDateTime createdAt, String createdBy, String targetColumn,
                            String referenceDataset, String description) {
}
