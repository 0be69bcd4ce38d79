package app.retention.domain;

/**
 * A scoring seen from a use case: which model scored which dataset version, and which model was in use for the use
 * case when it was made (null when none was).
 */
public record ScoringInService(ScoreRunRecord scoring, long useCaseId, Long modelInUse) {
}
