package app.retention.cli;

import app.retention.domain.DatasetInfo;
import app.retention.explore.CategoryCount;
import app.retention.explore.ColumnProfile;
import app.retention.explore.DataWarning;
import app.retention.explore.DatasetProfile;
import app.retention.explore.Driver;
import app.retention.explore.NumericSummary;
import app.retention.store.Workspace;
import app.retention.task.TaskContext;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.Locale;

import static app.retention.cli.TextTable.f3;

/** {@code profile}, {@code drivers} and {@code warnings}: the Explore screen's numbers for scripts. */
final class ExploreCommands {

    private ExploreCommands() {
    }

    @Command(name = "profile", description = "Profile every column: missing, distinct, statistics, top categories, churn base rate.")
    static final class Profile extends WorkspaceCommand {
        @Parameters(paramLabel = "DATASET", description = "Dataset name, or name@version.")
        String dataset;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        record ProfileJson(String dataset, int version, long rows, String target, String churnLabel, long churners,
                           Double baseRate, List<ColumnJson> columns) {
        }

        /** A column with the statistics of its kind only: numbers (flat), top categories or dates. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        record ColumnJson(String name, String type, String role, long missing, long distinct,
                          @JsonUnwrapped NumericSummary numeric, List<CategoryCount> topCategories, String firstDate,
                          String lastDate) {
        }

        @Override
        int run(Workspace workspace) {
            DatasetInfo info = workspace.datasets().require(dataset);
            DatasetProfile p = workbench().explore().profile(info, TaskContext.silent());
            if (json) {
                out().println(Json.write(new ProfileJson(p.dataset(), p.version(), p.rows(), p.target(),
                        p.churnLabel(), p.churners(), Json.finite(p.baseRate()), p.columns().stream().map(c ->
                        new ColumnJson(c.name(), c.type().label(), c.role().label(), c.missing(), c.distinct(),
                                c.numeric(), c.topCategories(), c.firstDate(), c.lastDate())).toList())));
                return 0;
            }
            out().printf("%s (version %d): %,d rows", p.dataset(), p.version(), p.rows());
            if (p.target() != null) {
                out().printf(Locale.ROOT, ", target %s, %.1f%% churned (%,d)", p.target(), 100 * p.baseRate(), p.churners());
            }
            out().println();
            TextTable table = new TextTable(List.of("COLUMN", "TYPE", "ROLE", "MISSING", "DISTINCT", "SUMMARY"));
            for (ColumnProfile c : p.columns()) {
                table.add(List.of(c.name(), c.type().label(), c.role().label(), String.format("%,d", c.missing()),
                        String.format("%,d", c.distinct()), summary(c)));
            }
            table.print(out());
            return 0;
        }

        private static String summary(ColumnProfile c) {
            if (c.numeric() != null) {
                return String.format(Locale.ROOT, "min %s  median %s  max %s  mean %.4g", num(c.numeric().min()),
                        num(c.numeric().median()), num(c.numeric().max()), c.numeric().mean());
            }
            if (c.firstDate() != null) {
                return c.firstDate() + " to " + c.lastDate();
            }
            if (c.topCategories() != null && !c.topCategories().isEmpty()) {
                return c.topCategories().stream().limit(3).map(t -> t.value() + " " + t.count())
                        .reduce((a, b) -> a + ", " + b).orElse("");
            }
            return "";
        }

        private static String num(double v) {
            return v == Math.rint(v) ? String.format(Locale.ROOT, "%d", (long) v) : String.format(Locale.ROOT, "%.4g", v);
        }
    }

    @Command(name = "drivers", description = "Rank features by how well each alone separates churners (ROC AUC, information value).")
    static final class Drivers extends WorkspaceCommand {
        @Parameters(paramLabel = "DATASET", description = "Dataset name, or name@version.")
        String dataset;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Option(names = "--top", paramLabel = "N", description = "Only the N strongest.")
        Integer top;

        record DriverJson(String column, String label, double auc, double iv, String sentence) {
        }

        @Override
        int run(Workspace workspace) {
            if (top != null && top < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--top must be at least 1, not " + top);
            }
            DatasetInfo info = workspace.datasets().require(dataset);
            List<Driver> drivers = workbench().explore().drivers(info, TaskContext.silent());
            if (top != null && drivers.size() > top) {
                drivers = drivers.subList(0, top);
            }
            if (json) {
                out().println(Json.write(drivers.stream()
                        .map(d -> new DriverJson(d.column(), d.label(), d.auc(), d.iv(), d.sentence())).toList()));
                return 0;
            }
            TextTable table = new TextTable(List.of("COLUMN", "AUC", "IV", "WHY"));
            for (Driver d : drivers) {
                table.add(List.of(d.column(), f3(d.auc()), f3(d.iv()), d.sentence()));
            }
            table.print(out());
            return 0;
        }
    }

    @Command(name = "warnings", description = "Data-quality findings: leakage, identifiers, personal data, locations, constants, duplicates, imbalance, missing values, spelling.",
            subcommands = FixCommands.ApplyWarning.class)
    static final class Warnings extends WorkspaceCommand {
        @Parameters(paramLabel = "DATASET", arity = "0..1", description = "Dataset name, or name@version.")
        String dataset;

        @Override
        void checkArguments() {
            require(dataset, "DATASET"); // optional for picocli only, so that `warnings apply` is a command
        }

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        record WarningJson(String kind, String severity, List<String> columns, String message, String action,
                           List<MergeJson> merges) {
        }

        /** A suggested merge with its confidence ("high", "medium") and evidence. */
        record MergeJson(String from, String to, String confidence, String evidence) {
        }

        @Override
        int run(Workspace workspace) {
            DatasetInfo info = workspace.datasets().require(dataset);
            List<DataWarning> warnings = workbench().explore().warnings(info, TaskContext.silent());
            if (json) {
                out().println(Json.write(warnings.stream().map(w -> new WarningJson(w.kind(),
                        w.severity().name().toLowerCase(Locale.ROOT), w.columns(), w.message(),
                        w.action() == null ? null : w.action().label(), w.action() == null ? List.of()
                        : w.action().suggestions().stream().map(m -> new MergeJson(m.variant(), m.spelling(),
                        m.confidence().label(), m.evidence())).toList())).toList()));
                return 0;
            }
            if (warnings.isEmpty()) {
                out().println("No warnings.");
            }
            for (DataWarning w : warnings) {
                out().printf("%-7s %-10s %s%n", w.severity(), w.kind(), w.message());
                if (w.action() != null) {
                    out().printf("%18s→ %s%n", "", w.action().label());
                }
            }
            return 0;
        }
    }
}
