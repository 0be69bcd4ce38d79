package app.retention.usecase;

import java.util.List;

/**
 * The loop at a glance (issue 15 §5): what the overview screen and {@code overview} show, computed once by
 * {@link Overview#compute}.
 *
 * @param churnTrend   churn rate of each labelled snapshot (newest version of each dataset), in import order
 * @param valueAtRisk  the newest scoring's High band: its customers and their value; null when nothing is scored
 * @param modelsInUse  each use case's model in use, in words; empty when there is no use case
 * @param modelAdvice  what to do about models when none is in use (or null)
 * @param segments     saved segments, newest first (at most a few)
 * @param campaigns    campaigns with their status and last readout line, newest first (at most a few)
 * @param attention    what needs attention next, most urgent first
 */
public record OverviewReport(List<SnapshotChurn> churnTrend, ValueAtRisk valueAtRisk,
                             List<String> modelsInUse, String modelAdvice, List<SegmentLine> segments,
                             List<CampaignLine> campaigns, List<Attention> attention) {

    public OverviewReport {
        churnTrend = List.copyOf(churnTrend);
        modelsInUse = List.copyOf(modelsInUse);
        segments = List.copyOf(segments);
        campaigns = List.copyOf(campaigns);
        attention = List.copyOf(attention);
    }

    /** Where an item leads: the screens of the loop, named without JavaFX. */
    public enum Place { DATA, EXPLORE, MODELS, SEGMENTS, EXPORTS, CAMPAIGNS }

    /** A labelled snapshot's churn rate (churners ÷ customers). */
    public record SnapshotChurn(String dataset, long customers, long churners, double rate) {
    }

    /**
     * The High band of the newest scoring.
     *
     * @param value Σ value of its customers in {@code unit}; NaN when the dataset has no value column
     */
    public record ValueAtRisk(String dataset, long model, long highCustomers, double value, String unit,
                              String sentence) {
    }

    /** A saved segment in one line. */
    public record SegmentLine(String name, String sentence) {
    }

    /** A campaign with its status and its last readout line (or what it waits for). */
    public record CampaignLine(String name, String status, String sentence) {
    }

    /**
     * Something to look at next.
     *
     * @param place  the screen that handles it
     * @param target what to open there (a dataset or campaign name), or null
     */
    public record Attention(String sentence, String action, Place place, String target) {
    }
}
