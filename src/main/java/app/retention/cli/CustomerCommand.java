package app.retention.cli;

import app.retention.domain.DatasetInfo;
import app.retention.store.Workspace;
import app.retention.usecase.CustomerCard;
import app.retention.usecase.CustomerCards;
import app.retention.usecase.InServiceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** {@code customer ID}: the customer card (issue 16). */
@Command(name = "customer", description = "One customer's card: score and band in every snapshot scored, top "
        + "reasons, the segments and campaigns they were in, their arm and outcome.")
final class CustomerCommand extends WorkspaceCommand {

    @Parameters(paramLabel = "ID", arity = "0..1", description = "The customer's id, as the dataset's customer id "
            + "column has it.")
    String id;

    @Option(names = "--name", paramLabel = "TEXT", description = "Find customers whose name contains TEXT (reads "
            + "personal data: needs --include-pii).")
    String name;

    @Option(names = "--email", paramLabel = "TEXT", description = "Find customers whose e-mail contains TEXT (reads "
            + "personal data: needs --include-pii).")
    String email;

    @Option(names = "--include-pii", description = "Allow a search by name or e-mail, and show what was found.")
    boolean includePii;

    @Option(names = "--dataset", description = "Look only in this dataset (name or name@version).")
    String dataset;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    int run(Workspace workspace) {
        long asked = java.util.stream.Stream.of(id, name, email).filter(java.util.Objects::nonNull).count();
        if (asked != 1) {
            throw new InServiceException("Give one of: a customer id, --name TEXT or --email TEXT.");
        }
        if (id == null) {
            return search();
        }
        return show(id);
    }

    private int search() {
        CustomerCards.SearchBy by = name != null ? CustomerCards.SearchBy.NAME : CustomerCards.SearchBy.EMAIL;
        List<CustomerCards.Match> matches = workbench().customers().search(name != null ? name : email, by,
                includePii);
        if (matches.isEmpty()) {
            throw new InServiceException("No customer's " + by.words() + " contains `" + (name != null ? name : email)
                    + "`.");
        }
        if (matches.size() == 1) {
            return show(matches.get(0).customer());
        }
        if (json) {
            out().println(Json.write(matches));
            return 0;
        }
        out().println(matches.size() + (matches.size() == CustomerCards.MAX_MATCHES ? " or more" : "")
                + " customers found; run `customer ID` for one of them:");
        for (CustomerCards.Match m : matches) {
            out().println("  " + m.customer() + "  " + m.found() + "  (" + m.dataset() + ")");
        }
        return 0;
    }

    private int show(String customerId) {
        DatasetInfo only = dataset == null ? null : workbench().datasets().require(dataset);
        CustomerCard card = workbench().customers().card(customerId, only);
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
