package app.retention.ui.monitor;

/**
 * One input on the Monitor screen: its PSI bar and level, missing shares before and now, and what moved in words.
 */
public record DriftRow(String feature, double psi, String level, double missingBefore, double missingNow,
                       String findings) {
}
