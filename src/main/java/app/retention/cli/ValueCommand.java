package app.retention.cli;

import app.retention.domain.CustomerValue;
import app.retention.domain.DatasetInfo;
import app.retention.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code value DATASET}: shows, sets or clears what a customer of a dataset is worth (column, currency, lifetime or
 * monthly), which every later segment of it uses unless told otherwise.
 */
@Command(name = "value", description = "Show, set or clear the customer value of a dataset: the column, its currency "
        + "and whether it is a lifetime value or a monthly amount. Segments, call lists and briefs use it.")
final class ValueCommand extends WorkspaceCommand {

    @Parameters(paramLabel = "DATASET", description = "Dataset name (the value holds for every version).")
    String dataset;

    @Option(names = "--column", paramLabel = "COLUMN", description = "The numeric column holding customer value.")
    String column;

    @Option(names = "--currency", paramLabel = "CODE", description = "The value's currency, e.g. BRL, USD, EUR.")
    String currency;

    @Option(names = "--per", paramLabel = "lifetime|month", description = "Lifetime value (default) or a monthly "
            + "amount.")
    String per;

    @Option(names = "--months", paramLabel = "N", description = "Months a monthly amount is projected over "
            + "(default: 12).")
    Integer months;

    @Option(names = "--clear", description = "Set no value: value figures say that no value is set.")
    boolean clear;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    record ValueJson(String dataset, String column, String currency, String basis, int months, String unit) {
    }

    @Override
    int run(Workspace workspace) {
        DatasetInfo info = workspace.datasets().require(dataset);
        if (clear && column != null) {
            throw new app.retention.segment.SegmentException("--clear and --column contradict each other; give one.");
        }
        CustomerValue value;
        if (clear) {
            value = workbench().datasets().setCustomerValue(info.name(), CustomerValue.NONE);
        } else if (column != null) {
            value = workbench().datasets().setCustomerValue(info.name(),
                    ValueOptions.value(column, currency, per, months));
        } else {
            if (currency != null || per != null || months != null) {
                throw new app.retention.segment.SegmentException("--currency, --per and --months describe --column; "
                        + "give the column too.");
            }
            value = workbench().datasets().customerValue(info.name());
        }
        if (json) {
            out().println(Json.write(new ValueJson(info.name(), value.column(), value.currency(),
                    value.basis().name().toLowerCase(java.util.Locale.ROOT), value.months(), value.unit())));
        } else {
            out().println(info.name() + ": " + (value.isSet() ? "customer value " + value.describe()
                    : "no customer value set (value at risk and value saved are not computed)"));
        }
        return 0;
    }
}
