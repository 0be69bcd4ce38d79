package app.retention.cli;

import app.retention.domain.DatasetInfo;
import app.retention.domain.ServiceAction;
import app.retention.domain.ServiceLogEntry;
import app.retention.domain.UseCaseRecord;
import app.retention.store.Workspace;
import app.retention.task.TaskContext;
import app.retention.usecase.ActiveModel;
import app.retention.usecase.ModelsInService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static app.retention.cli.TextTable.f3;

/**
 * {@code usecase create|list} and {@code model promote|rollback|active|history}: the model in use of each use case
 * (issue 16, docs/adr/0018).
 */
final class UseCaseCommands {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    private UseCaseCommands() {
    }

    private static String user() {
        return System.getProperty("user.name", "unknown");
    }

    @Command(name = "usecase", description = "Create or list use cases: a churn target whose models are put in use "
            + "one at a time.", subcommands = {Create.class, ListUseCases.class})
    static final class UseCaseCommand extends CommandGroup {
        UseCaseCommand() {
            super("create or list");
        }
    }

    @Command(name = "create", description = "Create a use case on a dataset's churn target.")
    static final class Create extends WorkspaceCommand {
        @Parameters(paramLabel = "NAME", description = "The use case's name, e.g. \"mcommerce 30-day churn\".")
        String name;

        @Option(names = "--dataset", required = true, description = "A dataset with the churn target (name or "
                + "name@version): its models serve the use case.")
        String dataset;

        @Option(names = "--description", description = "What the use case is for, in a sentence.")
        String description;

        @Override
        int run(Workspace workspace) {
            DatasetInfo info = workbench().datasets().require(dataset);
            UseCaseRecord u = workbench().inService().create(name, info, description, user());
            out().println("Created use case " + u.name() + ": models predicting `" + u.targetColumn() + "` as in "
                    + u.referenceDataset() + ". Put one in use with: model promote ID --use-case \"" + u.name()
                    + "\"");
            return 0;
        }
    }

    record UseCaseJson(String name, String target, String dataset, Long modelInUse, String createdBy,
                       String createdAt, String description) {
    }

    @Command(name = "list", description = "List use cases with their model in use.")
    static final class ListUseCases extends WorkspaceCommand {
        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        int run(Workspace workspace) {
            ModelsInService service = workbench().inService();
            List<UseCaseJson> rows = new ArrayList<>();
            for (UseCaseRecord u : service.list()) {
                rows.add(new UseCaseJson(u.name(), u.targetColumn(), u.referenceDataset(),
                        service.modelInUse(u).orElse(null), u.createdBy(), u.createdAt().toString(), u.description()));
            }
            if (json) {
                out().println(Json.write(rows));
                return 0;
            }
            if (rows.isEmpty()) {
                out().println("No use cases yet. Run: usecase create NAME --dataset D");
                return 0;
            }
            TextTable table = new TextTable(List.of("NAME", "TARGET", "DATASET", "MODEL IN USE"));
            rows.forEach(r -> table.add(List.of(r.name(), r.target(), r.dataset(),
                    r.modelInUse() == null ? "none yet" : Long.toString(r.modelInUse()))));
            table.print(out());
            return 0;
        }
    }

    /** What every {@code model} subcommand about use cases takes. */
    abstract static class UseCaseOption extends WorkspaceCommand {
        @Option(names = "--use-case", required = true, paramLabel = "NAME", description = "The use case's name.")
        String useCase;

        UseCaseRecord useCase() {
            return workbench().inService().require(useCase);
        }
    }

    @Command(name = "promote", description = "Put model ID in use for a use case, when it beats the model in use on "
            + "the latest labelled snapshot neither was trained on (DeLong p < 0.05, calibration within 0.02).")
    static final class Promote extends UseCaseOption {
        @Parameters(paramLabel = "ID", description = "The challenger's model id, as `models` lists it.")
        long model;

        @Option(names = "--override", paramLabel = "REASON", description = "Put it in use although the evidence does "
                + "not support it; the reason is recorded.")
        String override;

        @Override
        void checkArguments() {
            if (override != null && override.isBlank()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--override needs a reason in words");
            }
        }

        @Override
        int run(Workspace workspace) {
            ServiceLogEntry e = workbench().inService().promote(useCase(), model, override, user(),
                    TaskContext.silent());
            out().println("Model " + e.modelId() + " is now in use for " + useCase().name()
                    + (e.previousModelId() == null ? "" : ", replacing model " + e.previousModelId())
                    + (e.overridden() ? " (override: " + e.reason() + ")" : "") + ".");
            if (e.evidence() != null) {
                out().println(e.evidence().finding());
            }
            return 0;
        }
    }

    @Command(name = "rollback", description = "Restore the model in use before the current one, in one step.")
    static final class Rollback extends UseCaseOption {
        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why, in words (recorded).")
        String reason;

        @Override
        void checkArguments() {
            if (reason.isBlank()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--reason needs a reason in words");
            }
        }

        @Override
        int run(Workspace workspace) {
            ServiceLogEntry e = workbench().inService().rollback(useCase(), reason, user());
            out().println("Rolled back " + useCase().name() + ": model " + e.modelId() + " is in use again, model "
                    + e.previousModelId() + " taken out (" + e.reason() + ").");
            return 0;
        }
    }

    record ActiveJson(String useCase, Long model, String since, String by, Long previous, boolean rollbackProposed,
                      String proposal) {
    }

    @Command(name = "active", description = "The model in use for a use case, and a rollback the evidence proposes.")
    static final class Active extends UseCaseOption {
        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        int run(Workspace workspace) {
            UseCaseRecord u = useCase();
            ActiveModel active = workbench().inService().active(u, TaskContext.silent());
            ActiveJson row = new ActiveJson(u.name(), active.modelId().orElse(null),
                    active.since().map(e -> e.recordedAt().toString()).orElse(null),
                    active.since().map(ServiceLogEntry::recordedBy).orElse(null), active.previous().orElse(null),
                    active.proposal().isPresent(), active.proposal().map(p -> p.sentence(u.name())).orElse(null));
            if (json) {
                out().println(Json.write(row));
                return 0;
            }
            if (active.modelId().isEmpty()) {
                out().println("Use case " + u.name() + " has no model in use yet. Run: model promote ID --use-case \""
                        + u.name() + "\"");
                return 0;
            }
            ServiceLogEntry since = active.since().orElseThrow();
            out().println("Model " + row.model() + " is in use for " + u.name() + " since "
                    + AT.format(since.recordedAt().atZoneSameInstant(ZoneId.systemDefault())) + " ("
                    + (since.action() == ServiceAction.PROMOTE ? "promoted" : "restored by a rollback") + " by "
                    + since.recordedBy() + ")" + active.previous().map(p -> "; a rollback restores model " + p)
                    .orElse("") + ".");
            active.proposal().ifPresent(p -> out().println(p.sentence(u.name())));
            return 0;
        }
    }

    record EntryJson(long id, String at, String by, String action, long model, Long previous, String reason,
                     boolean overridden, Object evidence) {
    }

    @Command(name = "history", description = "The log of promotions and rollbacks of a use case, oldest first.")
    static final class History extends UseCaseOption {
        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        int run(Workspace workspace) {
            UseCaseRecord u = useCase();
            List<ServiceLogEntry> log = workbench().inService().history(u);
            if (json) {
                out().println(Json.write(log.stream().map(e -> new EntryJson(e.id(), e.recordedAt().toString(),
                        e.recordedBy(), e.action().name().toLowerCase(Locale.ROOT), e.modelId(), e.previousModelId(),
                        e.reason(), e.overridden(), e.evidence())).toList()));
                return 0;
            }
            if (log.isEmpty()) {
                out().println("Use case " + u.name() + " has no promotion yet.");
                return 0;
            }
            TextTable table = new TextTable(List.of("WHEN", "WHO", "ACTION", "MODEL", "REPLACED", "SNAPSHOT", "AUC",
                    "VS", "P", "REASON"));
            for (ServiceLogEntry e : log) {
                var ev = e.evidence();
                table.add(List.of(AT.format(e.recordedAt().atZoneSameInstant(ZoneId.systemDefault())), e.recordedBy(),
                        e.action() == ServiceAction.PROMOTE ? (e.overridden() ? "promote (override)" : "promote")
                                : "rollback", Long.toString(e.modelId()),
                        e.previousModelId() == null ? "–" : Long.toString(e.previousModelId()),
                        ev == null ? "–" : ev.snapshot(), ev == null ? "–" : f3(ev.challenger().auc()),
                        ev == null || ev.champion() == null ? "–" : f3(ev.champion().auc()),
                        ev == null ? "–" : pValue(ev.pValue()), e.reason() == null ? "" : e.reason()));
            }
            table.print(out());
            return 0;
        }
    }

    static String pValue(double p) {
        return p < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", p);
    }
}
