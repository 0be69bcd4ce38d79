package app.retention.cli;

import app.retention.domain.ColumnRole;
import app.retention.domain.ColumnType;
import app.retention.domain.DatasetInfo;
import app.retention.domain.Encoding;
import app.retention.domain.EncodingPolicy;
import app.retention.error.WorkbenchException;
import app.retention.explore.AppliedFix;
import app.retention.explore.DataWarning;
import app.retention.store.Workspace;
import app.retention.task.TaskContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.Locale;

/** The changes made to a dataset version after its import: listed, undone, and a column's role changed. */
final class FixCommands {

    private FixCommands() {
    }

    @Command(name = "fixes", description = "List the changes made to a dataset since its import (roles, merged "
            + "spellings, chosen encodings), or undo one with --undo N.")
    static final class Fixes extends WorkspaceCommand {
        @Parameters(paramLabel = "DATASET", description = "Dataset name, or name@version.")
        String dataset;

        @Option(names = "--undo", paramLabel = "N", description = "Undo fix number N of the list.")
        Integer undo;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        record FixJson(int number, String kind, String column, String description) {
        }

        @Override
        int run(Workspace workspace) {
            DatasetInfo info = workspace.datasets().require(dataset);
            List<AppliedFix> fixes = workbench().explore().appliedFixes(info);
            if (undo != null) {
                if (undo < 1 || undo > fixes.size()) {
                    throw new WorkbenchException("--undo " + undo + ": " + info.reference() + " has "
                            + (fixes.isEmpty() ? "no fixes to undo." : "fixes 1 to " + fixes.size()
                            + " (see `fixes " + info.reference() + "`)."));
                }
                AppliedFix fix = fixes.get(undo - 1);
                workbench().explore().undo(info, fix);
                out().println("Undone: " + fix.description());
                return 0;
            }
            if (json) {
                out().println(Json.write(fixes.stream().map(f -> new FixJson(fixes.indexOf(f) + 1,
                        f.kind().name().toLowerCase(Locale.ROOT), f.column(), f.description())).toList()));
                return 0;
            }
            if (fixes.isEmpty()) {
                out().println("No changes since " + info.reference() + " was imported.");
            }
            for (int i = 0; i < fixes.size(); i++) {
                out().printf("%d. %s%n", i + 1, fixes.get(i).description());
            }
            return 0;
        }
    }

    @Command(name = "set", description = "Change a column's role after import (feature, ignored, id, date or pii), "
            + "how a category column enters models (--encoding), or the label people read for it (--label); "
            + "recorded with the dataset version, undo with `fixes DATASET --undo N`.")
    static final class SetColumn extends WorkspaceCommand {
        @Parameters(index = "0", paramLabel = "DATASET", description = "Dataset name, or name@version.")
        String dataset;

        @Parameters(index = "1", paramLabel = "COLUMN")
        String column;

        @Option(names = "--role", paramLabel = "ROLE", description = "feature, ignored, id, date or pii.")
        String role;

        @Option(names = "--encoding", paramLabel = "ENC", description = "How a category or text column enters "
                + "models: keep (every value as it is), group-rare (values with few customers become \"Other\"), "
                + "target (each value's churn rate among the training customers), frequency (each value's share of "
                + "customers) or ignore.")
        String encoding;

        @Option(names = "--min-count", paramLabel = "N", description = "With --encoding group-rare: customers a "
                + "value needs to stay on its own (default " + EncodingPolicy.DEFAULT_MIN_COUNT + ").")
        Integer minCount;

        @Option(names = "--type", paramLabel = "TYPE", description = "Read the column as another type: integer, "
                + "decimal, category or text (a number code as a category, categories that are numbers as numbers).")
        String type;

        @Option(names = "--label", paramLabel = "TEXT", description = "The column's name as charts, drivers, reasons, "
                + "exports and briefs show it (e.g. \"Days since last order\"); \"\" gives back the name humanised.")
        String label;

        @Override
        void checkArguments() {
            if (role == null && encoding == null && label == null && type == null) {
                throw new WorkbenchException("Say what to change: --role ROLE, --type TYPE, --encoding ENC or "
                        + "--label TEXT.");
            }
            if (minCount != null && encoding == null) {
                throw new WorkbenchException("--min-count goes with --encoding group-rare.");
            }
        }

        @Override
        int run(Workspace workspace) {
            DatasetInfo info = workspace.datasets().require(dataset);
            Encoding wantedEncoding = null;
            if (encoding != null) {
                try {
                    wantedEncoding = Encoding.fromLabel(encoding);
                } catch (IllegalArgumentException e) {
                    throw new WorkbenchException("--encoding " + encoding + " is not an encoding: use "
                            + Encoding.labels() + ".");
                }
            }
            if (type != null) {
                ColumnType wanted;
                try {
                    wanted = ColumnType.fromLabel(type);
                } catch (IllegalArgumentException e) {
                    throw new WorkbenchException("--type " + type + " is not a type: use integer, decimal, category or "
                            + "text.");
                }
                workbench().explore().changeType(info, column, wanted);
                out().printf("`%s` of %s reads as %s.%n", column.strip(), info.reference(), wanted.label());
            }
            if (role != null) {
                ColumnRole wanted;
                try {
                    wanted = ColumnRole.fromLabel(role);
                } catch (IllegalArgumentException e) {
                    throw new WorkbenchException("--role " + role + " is not a role: use feature, ignored, id, date or "
                            + "pii.");
                }
                workbench().explore().changeRole(info, column, wanted);
                out().printf("`%s` of %s is now %s.%n", column.strip(), info.reference(), wanted.label());
            }
            if (wantedEncoding != null) {
                workbench().explore().changeEncoding(info, column, wantedEncoding, minCount);
                out().printf("`%s` of %s enters models as %s: %s%s.%n", column.strip(), info.reference(),
                        wantedEncoding.label(), wantedEncoding.description(), minCount == null ? ""
                                : String.format(" (at least %,d customers per value)", minCount));
            }
            if (label != null) {
                String now = workbench().explore().changeLabel(info, column, label);
                out().printf("`%s` of %s reads as \"%s\".%n", column.strip(), info.reference(), now);
            }
            return 0;
        }
    }

    @Command(name = "apply", description = "Carry out a warning's action (ignore a column, merge spellings), as the "
            + "screen's button does; undo with `fixes DATASET --undo N`.")
    static final class ApplyWarning extends WorkspaceCommand {
        @Parameters(index = "0", paramLabel = "DATASET", description = "Dataset name, or name@version.")
        String dataset;

        @Parameters(index = "1", paramLabel = "KIND", description = "The warning's kind, as `warnings` lists it.")
        String kind;

        @Parameters(index = "2", arity = "0..1", paramLabel = "COLUMN", description = "The column, when the kind "
                + "warns about several.")
        String column;

        @Override
        int run(Workspace workspace) {
            DatasetInfo info = workspace.datasets().require(dataset);
            List<DataWarning> actionable = workbench().explore().warnings(info, TaskContext.silent()).stream()
                    .filter(w -> w.action() != null && w.kind().equalsIgnoreCase(kind.strip())
                            && (column == null || w.columns().contains(column.strip()))).toList();
            if (actionable.size() != 1) {
                throw new WorkbenchException((actionable.isEmpty() ? "No warning of kind `" + kind.strip() + "`"
                        + (column == null ? "" : " about `" + column.strip() + "`") + " has an action for "
                        : "Several warnings of kind `" + kind.strip() + "` have an action for ") + info.reference()
                        + (actionable.isEmpty() ? "" : ": name the column, one of " + actionable.stream()
                        .map(w -> String.join("/", w.columns())).toList()) + ". See `warnings " + info.reference()
                        + "`.");
            }
            DataWarning warning = actionable.get(0);
            workbench().explore().apply(info, warning.action());
            out().println("Done: " + warning.action().label() + ".");
            warning.action().suggestions().forEach(m -> out().println("  " + m.describe()));
            return 0;
        }
    }
}
