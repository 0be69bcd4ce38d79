package app.retention.cli;

import app.retention.domain.DatasetInfo;
import app.retention.explore.ColumnProfile;
import app.retention.explore.DataWarning;
import app.retention.explore.DatasetProfile;
import app.retention.explore.Driver;
import app.retention.store.Workspace;
import app.retention.task.TaskContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code profile}, {@code drivers} and {@code warnings}: the Explore screen's numbers for scripts. */
final class ExploreCommands {

    private ExploreCommands() {
    }

    /** NaN is not JSON: an undefined rate prints as null. */
    static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    @Command(name = "profile", description = "Profile every column: missing, distinct, statistics, top categories, churn base rate.")
    static final class Profile extends WorkspaceCommand {
        @Parameters(paramLabel = "DATASET", description = "Dataset name, or name@version.")
        String dataset;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        int run(Workspace workspace) {
            DatasetInfo info = workspace.datasets().require(dataset);
            DatasetProfile p = workbench().explore().profile(info, TaskContext.silent());
            if (json) {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("dataset", p.dataset());
                out.put("version", p.version());
                out.put("rows", p.rows());
                out.put("target", p.target());
                out.put("churnLabel", p.churnLabel());
                out.put("churners", p.churners());
                out.put("baseRate", finite(p.baseRate()));
                List<Map<String, Object>> columns = new ArrayList<>();
                for (ColumnProfile c : p.columns()) {
                    Map<String, Object> col = new LinkedHashMap<>();
                    col.put("name", c.name());
                    col.put("type", c.type().label());
                    col.put("role", c.role().label());
                    col.put("missing", c.missing());
                    col.put("distinct", c.distinct());
                    if (c.numeric() != null) {
                        col.put("min", c.numeric().min());
                        col.put("max", c.numeric().max());
                        col.put("mean", c.numeric().mean());
                        col.put("sd", c.numeric().sd());
                        col.put("p05", c.numeric().p05());
                        col.put("q1", c.numeric().q1());
                        col.put("median", c.numeric().median());
                        col.put("q3", c.numeric().q3());
                        col.put("p95", c.numeric().p95());
                    }
                    if (c.topCategories() != null) {
                        col.put("topCategories", c.topCategories());
                    }
                    if (c.firstDate() != null) {
                        col.put("firstDate", c.firstDate());
                        col.put("lastDate", c.lastDate());
                    }
                    columns.add(col);
                }
                out.put("columns", columns);
                out().println(Json.write(out));
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
                table.add(List.of(d.column(), String.format(Locale.ROOT, "%.3f", d.auc()),
                        String.format(Locale.ROOT, "%.3f", d.iv()), d.sentence()));
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
