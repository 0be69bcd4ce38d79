package app.retention.domain;

/**
 * Which rows count as churners: those whose target column equals {@code churnValue} ({@code Boolean.TRUE}
 * for a boolean target, else the churn spelling). Rows with a missing target count as not churned.
 */
public record ChurnDefinition(ColumnInfo target, Object churnValue) {
}
