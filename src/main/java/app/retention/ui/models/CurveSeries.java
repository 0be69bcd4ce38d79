package app.retention.ui.models;

/**
 * One model as a chart draws it: its legend label, its colour (an index of the series palette, the same on every
 * chart and in the leaderboard) and whether it is a baseline (drawn dashed).
 */
public record CurveSeries(String label, int colour, boolean baseline, ModelCurves curves) {
}
