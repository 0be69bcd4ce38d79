package app.retention.ui;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WindowPlacementTest {

    @Test
    void onALaptopOf1280x720TheWindowFillsTheVisualBoundsAndNoMore() {
        // 1280x720 with a 30 px panel at the top
        Rectangle2D visual = new Rectangle2D(0, 30, 1280, 690);

        WindowPlacement p = WindowPlacement.within(visual);

        assertThat(p.x()).isEqualTo(0);
        assertThat(p.y()).isEqualTo(30);
        assertThat(p.width()).isEqualTo(1280);
        assertThat(p.height()).isEqualTo(690);
        assertThat(p.minHeight()).isLessThanOrEqualTo(690);
    }

    @Test
    void onALargeScreenTheWindowTakesItsPreferredSizeCentred() {
        Rectangle2D visual = new Rectangle2D(0, 0, 2560, 1400);

        WindowPlacement p = WindowPlacement.within(visual);

        assertThat(p.width()).isEqualTo(WindowPlacement.PREFERRED_WIDTH);
        assertThat(p.height()).isEqualTo(WindowPlacement.PREFERRED_HEIGHT);
        assertThat(p.x()).isEqualTo((2560 - WindowPlacement.PREFERRED_WIDTH) / 2);
        assertThat(p.y()).isEqualTo((1400 - WindowPlacement.PREFERRED_HEIGHT) / 2);
    }

    @Test
    void onASecondScreenLeftOfThePrimaryTheWindowStaysOnIt() {
        Rectangle2D visual = new Rectangle2D(-1366, 0, 1366, 728);

        WindowPlacement p = WindowPlacement.within(visual);

        assertThat(p.x()).isGreaterThanOrEqualTo(-1366);
        assertThat(p.x() + p.width()).isLessThanOrEqualTo(0);
        assertThat(p.y() + p.height()).isLessThanOrEqualTo(728);
    }

    @Test
    void theMinimumSizeNeverExceedsTheScreen() {
        WindowPlacement p = WindowPlacement.within(new Rectangle2D(0, 0, 800, 560));

        assertThat(p.minWidth()).isEqualTo(800);
        assertThat(p.minHeight()).isEqualTo(560);
    }
}
