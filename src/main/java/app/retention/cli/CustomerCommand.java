package app.retention.cli;

import app.retention.domain.DatasetInfo;
import app.retention.store.Workspace;
import app.retention.usecase.CustomerCard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.Locale;
import java.util.stream.Collectors;

/** {@code customer ID}: the customer card (issue 16). */
@Command(name = "customer", description = "One customer's card: score and band in every snapshot scored, top "
        + "reasons, the segments and campaigns they were in, their arm and outcome.")
final class CustomerCommand extends WorkspaceCommand {

    @Parameters(paramLabel = "ID", description = "The customer's id, as the dataset's customer id column has it.")
    String id;

    @Option(names = "--dataset", description = "Look only in this dataset (name or name@version).")
    String dataset;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    int run(Workspace workspace) {
        DatasetInfo only = dataset == null ? null : workbench().datasets().require(dataset);
        CustomerCard card = workbench().customers().card(id, only);
        if (json) {
            out().println(Json.write(card));
            return 0;
        }
        out().println("Customer " + card.customer());
        for (CustomerCard.Snapshot s : card.snapshots()) {
            out().println("  " + s.dataset() + (s.outcome() == null ? "" : " (" + s.outcome() + ")")
                    + (s.scorings().isEmpty() ? ": not scored" : ""));
            for (CustomerCard.Scoring sc : s.scorings()) {
                out().printf(Locale.ROOT, "    model %d (%s), scoring %d: churn probability %.3f, %s%n", sc.model(),
                        sc.learner(), sc.scoring(), sc.probability(), sc.band());
                sc.reasons().forEach(r -> out().println("      · " + r));
                if (!sc.segments().isEmpty()) {
                    out().println("      segments: " + sc.segments().stream().map(g -> g.name() + (g.control()
                            ? " (control group)" : "")).collect(Collectors.joining(", ")));
                }
            }
        }
        for (CustomerCard.Campaign c : card.campaigns()) {
            out().printf(Locale.ROOT, "  campaign %s (%s): %s arm, churn probability %.3f at the start, %s%s%n",
                    c.name(), c.status(), c.arm(), c.probability(), c.band(), c.churned() == null ? ", no outcome yet"
                            : c.churned() ? ", churned" : ", stayed");
        }
        return 0;
    }
}
