package app.retention.cli;

import app.retention.store.Workspace;
import app.retention.task.TaskContext;
import app.retention.usecase.OverviewReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.LocalDate;
import java.util.Locale;

/** {@code overview}: the loop at a glance, as the overview screen shows it. */
@Command(name = "overview", description = "The loop at a glance: churn across labelled snapshots, value at risk now, "
        + "the model in use, segments and campaigns with their last readout, and what needs attention next.")
final class OverviewCommand extends WorkspaceCommand {

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    int run(Workspace workspace) {
        OverviewReport r = workbench().overview().compute(LocalDate.now(), TaskContext.silent());
        if (json) {
            out().println(Json.write(r));
            return 0;
        }
        out().println("Churn across labelled snapshots:");
        if (r.churnTrend().isEmpty()) {
            out().println("  no labelled snapshot yet");
        }
        r.churnTrend().forEach(s -> out().printf(Locale.ENGLISH, "  %-28s %5.1f%% (%,d of %,d customers)%n",
                s.dataset(), s.rate() * 100, s.churners(), s.customers()));
        out().println("Value at risk now: " + (r.valueAtRisk() != null ? r.valueAtRisk().sentence()
                : "nothing scored yet (score the newest snapshot on the Segments screen, or `score`)."));
        out().println("Model in use:");
        r.modelsInUse().forEach(l -> out().println("  " + l));
        if (r.modelAdvice() != null) {
            out().println("  " + r.modelAdvice());
        }
        out().println("Segments:" + (r.segments().isEmpty() ? " none saved yet" : ""));
        r.segments().forEach(s -> out().println("  " + s.name() + ": " + s.sentence()));
        out().println("Campaigns:" + (r.campaigns().isEmpty() ? " none yet" : ""));
        r.campaigns().forEach(c -> out().println("  " + c.name() + " (" + c.status() + "): " + c.sentence()));
        out().println("What needs attention next:" + (r.attention().isEmpty() ? " nothing" : ""));
        r.attention().forEach(a -> out().println("  - " + a.sentence()));
        return 0;
    }
}
