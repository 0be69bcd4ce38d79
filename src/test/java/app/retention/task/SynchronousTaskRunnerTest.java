package app.retention.task;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The runner view-model tests use: everything has happened, in order, by the time submit returns. */
class SynchronousTaskRunnerTest {

    private final SynchronousTaskRunner runner = new SynchronousTaskRunner();
    private final List<String> events = new ArrayList<>();

    SynchronousTaskRunnerTest() {
        runner.addListener(s -> events.add(s.title() + " " + s.state() + " " + s.message()));
    }

    @Test
    void theWorkRunsOnTheCallersThreadAndEverythingIsReportedBeforeSubmitReturns() {
        Thread caller = Thread.currentThread();
        TaskHandle handle = runner.submit("Profile", ctx -> {
            events.add("work on caller: " + (Thread.currentThread() == caller));
            ctx.progress(1, "Counted 3 columns");
            return "profile";
        }, r -> events.add("result " + r), e -> events.add("failure " + e));

        events.add("submit returned");

        assertThat(handle.isDone()).isTrue();
        assertThat(events).containsExactly("Profile RUNNING Starting", "work on caller: true",
                "Profile RUNNING Counted 3 columns", "result profile", "Profile SUCCEEDED Done", "submit returned");
    }

    @Test
    void aFailureReachesTheCallerBeforeSubmitReturns() {
        IllegalArgumentException thrown = new IllegalArgumentException("The file is empty");
        List<Throwable> failures = new ArrayList<>();

        TaskHandle handle = runner.submit("Import", ctx -> {
            throw thrown;
        }, r -> events.add("result " + r), failures::add);

        assertThat(failures).containsExactly(thrown);
        assertThat(handle.isDone()).isTrue();
        assertThat(events).containsExactly("Import RUNNING Starting", "Import FAILED The file is empty");
    }

    @Test
    void workThatStopsWithTaskCancelledExceptionIsReportedCancelledWithNeitherCallback() {
        TaskHandle handle = runner.submit("Train", ctx -> {
            throw new TaskCancelledException(); // as a nested step does when it sees the cancel
        }, r -> events.add("result " + r), e -> events.add("failure " + e));

        assertThat(handle.isDone()).isTrue();
        assertThat(events).containsExactly("Train RUNNING Starting", "Train CANCELLED Cancelled");
    }

    @Test
    void eachTaskGetsANewIdAndTheStatusesCarryIt() {
        List<Long> statusIds = new ArrayList<>();
        runner.addListener(s -> statusIds.add(s.id()));

        TaskHandle first = runner.submit("One", ctx -> 1, r -> { }, e -> { });
        TaskHandle second = runner.submit("Two", ctx -> 2, r -> { }, e -> { });

        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(statusIds).containsExactly(first.id(), first.id(), second.id(), second.id());
    }

    @Test
    void theSilentContextIsNeverCancelledSoItsCheckPasses() {
        TaskContext silent = TaskContext.silent();

        silent.progress(0.5, "nobody watches");
        silent.checkCancelled();

        assertThat(silent.isCancelled()).isFalse();
    }
}
