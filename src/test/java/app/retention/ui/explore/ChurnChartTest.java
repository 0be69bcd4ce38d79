package app.retention.ui.explore;

import org.jfree.chart.axis.CategoryLabelPositions;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The column chart's group labels never run together (finding M11). */
class ChurnChartTest {

    @Test
    void aFewShortLabelsStayUpright() {
        assertThat(ChurnChart.labelPositions(List.of("Yes", "No"))).isEqualTo(CategoryLabelPositions.STANDARD);
        assertThat(ChurnChart.labelPositions(List.of("BR", "AR", "CL", "MX", "CO")))
                .isEqualTo(CategoryLabelPositions.STANDARD);
    }

    @Test
    void binLabelsThatWouldRunTogetherAreTurned() {
        List<String> bins = List.of("≤ 7", "8–14", "15–22", "23–30", "31–42", "43–62", "63–106", "≥ 107");

        assertThat(ChurnChart.labelPositions(bins)).isEqualTo(CategoryLabelPositions.UP_45);
    }

    @Test
    void oneLongLabelOrManyGroupsAreTurned() {
        assertThat(ChurnChart.labelPositions(List.of("Bronze", "Platinum customers since 2019")))
                .isEqualTo(CategoryLabelPositions.UP_45);
        assertThat(ChurnChart.labelPositions(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12",
                "13"))).isEqualTo(CategoryLabelPositions.UP_45);
    }
}
