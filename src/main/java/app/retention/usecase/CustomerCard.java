package app.retention.usecase;

import java.util.List;

/**
 * One customer seen by the workbench, for the customer-success manager about to call them (issue 16): every snapshot
 * they are in, each scoring of it with the score, band and top reasons, the segments they were in, and the
 * campaigns with their arm and outcome.
 */
public record CustomerCard(String customer, List<Snapshot> snapshots, List<Campaign> campaigns) {

    /** The customer's row in one dataset version, and what they did when the dataset says. */
    public record Snapshot(String dataset, String outcome, List<Scoring> scorings) {
    }

    /**
     * One scoring of that snapshot: the model, the churn probability, the band of the model's default bands, the
     * reasons, and the saved segments cut from it the customer is in.
     */
    public record Scoring(long scoring, long model, String learner, String scoredAt, double probability, String band,
                         List<String> reasons, List<Segment> segments) {
    }

    /** A saved segment the customer is in; {@code control} when held out. */
    public record Segment(String name, boolean control) {
    }

    /** A campaign the customer was in: their arm, score and band at the start, and the outcome when imported. */
    public record Campaign(String name, String status, String arm, double probability, String band, Boolean churned,
                           Boolean reached) {
    }
}
