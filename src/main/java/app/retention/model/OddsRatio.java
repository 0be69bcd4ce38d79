package app.retention.model;

/** One term of a logistic regression as an odds ratio: above 1 raises the odds of churn, below 1 lowers them. */
public record OddsRatio(String term, double oddsRatio) {
}
