package app.retention.ui.segments;

import app.retention.segment.RiskBands;
import app.retention.segment.ScoredCustomer;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The Segments screen's histogram of churn scores with the band cut-offs (issue 12, section 3). */
class ScoreHistogramTest {

    private static ScoredCustomer at(double p) {
        return new ScoredCustomer("c" + p, p, "Low", Double.NaN, List.of(), Map.of());
    }

    @Test
    void everyCustomerFallsInOneBinOfAWidthOfFivePointsAndACertainChurnerInTheLast() {
        List<ScoredCustomer> customers = IntStream.rangeClosed(0, 100).mapToObj(i -> at(i / 100.0)).toList();
        long[] counts = ScoreHistogram.counts(customers);
        assertThat(counts).hasSize(20);
        assertThat(java.util.Arrays.stream(counts).sum()).isEqualTo(101);
        assertThat(counts[0]).isEqualTo(5); // 0.00 to 0.04
        assertThat(counts[19]).isEqualTo(6); // 0.95 to 1.00, 1.00 included
    }

    @Test
    void theCutOffsOfHighAndMediumAreMarkedWithTheirNames() {
        RiskBands bands = RiskBands.fromCutoffs(List.of("High", "Medium", "Low"), List.of(0.5, 0.2));
        JFreeChart chart = ScoreHistogram.of(List.of(at(0.1), at(0.3), at(0.7)), bands);
        var markers = chart.getXYPlot().getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND);
        assertThat(markers).extracting(m -> ((org.jfree.chart.plot.Marker) m).getLabel())
                .containsExactlyInAnyOrder("High ≥ 0.50", "Medium ≥ 0.20");
    }
}
