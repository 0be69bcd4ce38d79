package app.retention.ui.common;

import app.retention.error.WorkbenchException;
import app.retention.task.SynchronousTaskRunner;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class StatusBarViewModelTest {

    private final StatusBarViewModel statusBar = new StatusBarViewModel(
            new BackgroundTasks(new SynchronousTaskRunner()),
            Clock.fixed(Instant.parse("2026-11-28T14:02:31Z"), ZoneOffset.UTC));

    @Test
    void anErrorClearsWhenTheSameActionLaterSucceeds() {
        statusBar.report("segment export", new WorkbenchException("Cannot export to /x/calls.csv"));

        statusBar.succeeded("segment export");

        assertThat(statusBar.hasErrorProperty().get()).isFalse();
        assertThat(statusBar.lastErrorProperty().get()).isEmpty();
    }

    @Test
    void anErrorStaysWhenAnotherActionSucceeds() {
        statusBar.report("segment export", new WorkbenchException("Cannot export to /x/calls.csv"));

        statusBar.succeeded("segment save");

        assertThat(statusBar.lastErrorProperty().get()).isEqualTo("Cannot export to /x/calls.csv");
    }

    @Test
    void aLaterNoticeIsShownBesideTheErrorAndNotHiddenByIt() {
        statusBar.report(new WorkbenchException("Cannot export to /x/calls.csv"));

        statusBar.showNotice("Saved segment high risk");

        assertThat(statusBar.noticeProperty().get()).isEqualTo("Saved segment high risk");
        assertThat(statusBar.hasErrorProperty().get()).isTrue();
    }

    @Test
    void navigatingClearsTheErrorButTheHistoryKeepsIt() {
        statusBar.report(new WorkbenchException("Cannot export to /x/calls.csv"));

        statusBar.navigated();

        assertThat(statusBar.hasErrorProperty().get()).isFalse();
        assertThat(statusBar.history()).containsExactly(
                new StatusMessage(LocalTime.of(14, 2, 31), true, "Cannot export to /x/calls.csv"));
        assertThat(statusBar.history().get(0)).hasToString("14:02:31  ⚠ Cannot export to /x/calls.csv");
    }

    @Test
    void theHistoryHoldsTheNewestMessagesFirstUpToItsSize() {
        for (int i = 1; i <= StatusBarViewModel.HISTORY_SIZE + 5; i++) {
            statusBar.showNotice("notice " + i);
        }

        assertThat(statusBar.history()).hasSize(StatusBarViewModel.HISTORY_SIZE);
        assertThat(statusBar.history().get(0).text()).isEqualTo("notice " + (StatusBarViewModel.HISTORY_SIZE + 5));
        assertThat(statusBar.history().get(StatusBarViewModel.HISTORY_SIZE - 1).text()).isEqualTo("notice 6");
    }
}
