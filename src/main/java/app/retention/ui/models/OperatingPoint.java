package app.retention.ui.models;

/**
 * Where the threshold puts the focused model on the curves: its colour, the threshold, and the point's
 * coordinates on the ROC, precision–recall and gains charts ({@code precision} is NaN when nobody is flagged).
 */
public record OperatingPoint(int colour, double threshold, double falsePositiveRate, double truePositiveRate,
                             double precision, double contacted) {
}
