package app.retention.evaluate;

import java.util.List;

/**
 * A reliability diagram: equal-count bins in ascending order of predicted probability, and the expected
 * calibration error Σ (customers in bin ÷ all) · |observed rate − mean predicted|.
 */
public record Calibration(List<CalibrationBin> bins, double expectedCalibrationError) {

    public Calibration {
        bins = List.copyOf(bins);
    }
}
