package app.retention.cli;

import app.retention.campaign.CampaignException;
import app.retention.campaign.CampaignReadout;
import app.retention.campaign.CampaignRequest;
import app.retention.campaign.OutcomeColumns;
import app.retention.campaign.OutcomeReport;
import app.retention.domain.CampaignArm;
import app.retention.domain.CampaignArmRecord;
import app.retention.domain.CampaignRecord;
import app.retention.domain.DatasetInfo;
import app.retention.evaluate.Interval;
import app.retention.evaluate.UpliftDeciles;
import app.retention.export.ReadoutReport;
import app.retention.store.Workspace;
import app.retention.task.TaskContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** {@code campaign list|create|show|outcomes|readout}: from a call list to what it saved (issue 15). */
final class CampaignCommands {

    private CampaignCommands() {
    }

    @Command(name = "campaign", description = "Campaigns: create one from a saved segment, list them, import their "
            + "outcomes and read them out against the control group.",
            subcommands = {ListCampaigns.class, Create.class, Show.class, Outcomes.class, Readout.class, Labels.class,
                    UpliftCommand.class})
    static final class CampaignCommand implements Runnable {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Missing subcommand: list, create, show, outcomes or readout.");
        }
    }

    /** What a campaign is, in words and dates: shared by {@code campaign create} and the list exports. */
    static final class CampaignWords {
        @Option(names = "--start", paramLabel = "YYYY-MM-DD", description = "The campaign's first day (default: today).")
        String start;

        @Option(names = "--goal", description = "The campaign's goal in a sentence.")
        String goal;

        @Option(names = "--channel", description = "How customers are contacted, e.g. call, e-mail, push.")
        String channel;

        @Option(names = "--offer", description = "What is offered, e.g. \"20% off the next order\".")
        String offer;

        @Option(names = "--value-unit", paramLabel = "UNIT", description = "Unit of the value column (default: from "
                + "its name, clv_brl → BRL).")
        String valueUnit;

        LocalDate startDate() {
            if (start == null) {
                return null;
            }
            try {
                return LocalDate.parse(start.strip());
            } catch (DateTimeParseException e) {
                throw new CampaignException("--start: `" + start + "` is not a date; write it as 2026-12-01.");
            }
        }

        CampaignRequest request(String name, String segment, int capacity, ExportCommands.Economics economics) {
            return new CampaignRequest(name, segment, capacity, economics.economics(), goal, channel, offer,
                    startDate(), valueUnit, null, null);
        }
    }

    /** The one line a created campaign is announced with. */
    static void sayCreated(PrintWriter out, CampaignRecord c, List<CampaignArmRecord> arms) {
        long treated = size(arms, CampaignArm.TREATED);
        long control = size(arms, CampaignArm.CONTROL);
        out.printf(Locale.ROOT, "Created campaign %s (%s, starting %s): %,d customers to contact, %,d held out as the "
                        + "control group; arms stored with their SHA-256.%n", c.name(), c.status().label(),
                c.startDate(), treated, control);
        long rule = size(arms, CampaignArm.RULE);
        if (arms.stream().anyMatch(a -> a.arm() == CampaignArm.RULE)) {
            out.printf(Locale.ROOT, "  Model vs rule: the rule's arm has %,d customers to contact and %,d held out "
                    + "(rule: %s).%n", rule, size(arms, CampaignArm.RULE_CONTROL), c.rule());
        }
        if (control == 0) {
            out.println("note: the campaign has no control group (the segment held none out for these customers), "
                    + "so it cannot be read out.");
        }
    }

    private static long size(List<CampaignArmRecord> arms, CampaignArm arm) {
        return arms.stream().filter(a -> a.arm() == arm).mapToLong(CampaignArmRecord::customers).sum();
    }

    @Command(name = "list", description = "List campaigns with their status and arms.")
    static final class ListCampaigns extends WorkspaceCommand {
        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        record CampaignJson(String name, String status, String startDate, String segment, long model, String dataset,
                            long treated, long control, String channel, String offer, String created) {
        }

        @Override
        int run(Workspace workspace) {
            List<CampaignJson> rows = new ArrayList<>();
            for (CampaignRecord c : workbench().campaigns().list()) {
                List<CampaignArmRecord> arms = workbench().campaigns().arms(c);
                rows.add(new CampaignJson(c.name(), c.status().label(), c.startDate().toString(), c.segmentName(),
                        c.modelId(), c.datasetReference(), size(arms, CampaignArm.TREATED),
                        size(arms, CampaignArm.CONTROL), c.channel(), c.offer(),
                        c.createdAt().toLocalDateTime().withNano(0).toString().replace('T', ' ')));
            }
            if (json) {
                out().println(Json.write(rows));
                return 0;
            }
            if (rows.isEmpty()) {
                out().println("No campaigns yet. Run: campaign create SEGMENT --name NAME, or export calllist "
                        + "SEGMENT ... --campaign NAME");
                return 0;
            }
            TextTable table = new TextTable(List.of("NAME", "STATUS", "START", "CONTACTED", "CONTROL", "SEGMENT",
                    "MODEL", "DATASET"));
            for (CampaignJson r : rows) {
                table.add(List.of(r.name(), r.status(), r.startDate(), String.format("%,d", r.treated()),
                        String.format("%,d", r.control()), r.segment(), String.valueOf(r.model()), r.dataset()));
            }
            table.print(out());
            return 0;
        }
    }

    @Command(name = "create", description = "Create a campaign from a saved segment: the top --capacity customers "
            + "outside its control group (as the call list ranks them) and the comparable control customers.")
    static final class Create extends WorkspaceCommand {
        @Parameters(paramLabel = "SEGMENT", description = "A saved segment's name.")
        String segment;

        @Option(names = "--name", required = true, description = "The campaign's name.")
        String name;

        @Option(names = "--capacity", paramLabel = "N", description = "Contacts the team makes (default: every "
                + "customer of the segment outside the control group).")
        Integer capacity;

        @Option(names = "--rule", paramLabel = "EXPR", description = "Model vs rule: split the segment in two random "
                + "halves; the model's arms come from one, and up to --capacity customers this rule picks (with their "
                + "own hold-out) from the other, e.g. \"days_since_last_order >= 46 OR complaint = Yes\".")
        String rule;

        @Mixin
        CampaignWords words = new CampaignWords();

        @Mixin
        ExportCommands.Economics economics = new ExportCommands.Economics();

        @Override
        int run(Workspace workspace) {
            CampaignRecord c = workbench().campaigns().create(words.request(name, segment,
                    capacity == null ? Integer.MAX_VALUE : capacity, economics).withRule(rule), TaskContext.silent());
            sayCreated(out(), c, workbench().campaigns().arms(c));
            return 0;
        }
    }

    @Command(name = "show", description = "A campaign's plan and arms, each arm's checksum verified.")
    static final class Show extends WorkspaceCommand {
        @Parameters(paramLabel = "NAME", description = "The campaign's name.")
        String name;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        record ArmJson(String arm, long customers, String sha256, boolean checksumOk) {
        }

        record ShowJson(String name, String status, String goal, String channel, String offer, String startDate,
                        int capacity, double contactCost, double offerCost, double acceptance, double saveRate,
                        String valueColumn, String valueUnit, double plannedControlShare, String segment, long model,
                        String modelLearner, String dataset, String keyColumn, Long exportId, String created,
                        List<ArmJson> arms) {
        }

        @Override
        int run(Workspace workspace) {
            CampaignRecord c = workbench().campaigns().require(name);
            Map<CampaignArm, Boolean> verified = workbench().campaigns().verify(c);
            List<ArmJson> arms = workbench().campaigns().arms(c).stream().map(a -> new ArmJson(a.arm().label(),
                    a.customers(), a.sha256(), verified.getOrDefault(a.arm(), false))).toList();
            if (json) {
                out().println(Json.write(new ShowJson(c.name(), c.status().label(), c.goal(), c.channel(), c.offer(),
                        c.startDate().toString(), c.capacity(), c.contactCost(), c.offerCost(), c.acceptance(),
                        c.saveRate(), c.valueColumn(), c.valueUnit(), c.plannedControlShare(), c.segmentName(),
                        c.modelId(), c.modelLearner(), c.datasetReference(), c.keyColumn(), c.exportId(),
                        c.createdAt().toString(), arms)));
                return arms.stream().allMatch(ArmJson::checksumOk) ? 0 : 1;
            }
            out().printf(Locale.ROOT, "Campaign %s: %s, from %s; segment %s, model %d (%s) on %s%n", c.name(),
                    c.status().label(), c.startDate(), c.segmentName(), c.modelId(), c.modelLearner(),
                    c.datasetReference());
            out().printf(Locale.ROOT, "  goal: %s; channel: %s; offer: %s; capacity %,d%n", orDash(c.goal()),
                    orDash(c.channel()), orDash(c.offer()), c.capacity());
            out().printf(Locale.ROOT, "  economics: contact cost %.2f, offer cost %.2f, acceptance %.0f%%, save rate "
                            + "%.0f%%; value %s%n", c.contactCost(), c.offerCost(), c.acceptance() * 100,
                    c.saveRate() * 100, c.valueColumn() == null ? "none" : c.valueColumn()
                            + (c.valueUnit() == null ? "" : " (" + c.valueUnit() + ")"));
            for (ArmJson a : arms) {
                out().printf(Locale.ROOT, "  %-8s %,8d customers  sha256 %s  %s%n", a.arm(), a.customers(), a.sha256(),
                        a.checksumOk() ? "verified" : "CHANGED since the campaign was created");
            }
            if (!arms.stream().allMatch(ArmJson::checksumOk)) {
                err().println("error: an arm of campaign " + c.name() + " no longer matches its checksum.");
                return 1;
            }
            return 0;
        }
    }

    @Command(name = "labels", description = "Make a labelled dataset of a campaign's customers for retraining: their "
            + "columns as scored, their arm (kept out of models) and their outcome as the churn target.")
    static final class Labels extends WorkspaceCommand {
        @Parameters(index = "0", paramLabel = "NAME", description = "The campaign's name.")
        String name;

        @Option(names = "--name", paramLabel = "DATASET", description = "The new dataset's name (default: the "
                + "campaign's name followed by outcomes).")
        String datasetName;

        @Override
        int run(Workspace workspace) {
            app.retention.data.ImportResult made = workbench().outcomeLabels().labelledDataset(name, datasetName,
                    app.retention.task.TaskContext.silent());
            DatasetInfo d = made.dataset();
            out().printf(Locale.ROOT, "Made %s version %d from campaign %s: %,d customers, target %s, %s kept out of "
                    + "models; source %s.%n", d.name(), d.version(), name.strip(), d.rowsImported(),
                    app.retention.campaign.OutcomeLabels.TARGET, app.retention.campaign.OutcomeLabels.ARM,
                    d.source().path());
            return 0;
        }
    }

    @Command(name = "outcomes", description = "Import what happened to a campaign's customers: a file (CSV, Excel) "
            + "or a labelled dataset of the workspace, matched by customer id.")
    static final class Outcomes extends WorkspaceCommand {
        @Parameters(index = "0", paramLabel = "NAME", description = "The campaign's name.")
        String name;

        @Parameters(index = "1", paramLabel = "FILE-or-DATASET", description = "An outcomes file, or a dataset "
                + "(name or name@version) with the churn target, such as a later snapshot.")
        String source;

        @Option(names = "--id-column", paramLabel = "C", description = "Customer id column (default: the campaign's "
                + "key column, or a name like customer_id).")
        String idColumn;

        @Option(names = "--churn-column", paramLabel = "C", description = "Churned as Yes/No, 1/0, true/false, or a "
                + "churn date (default: the first column named churn…).")
        String churnColumn;

        @Option(names = "--reached-column", paramLabel = "C", description = "Whether the contact was made (default: "
                + "a column named reached).")
        String reachedColumn;

        @Option(names = "--revenue-column", paramLabel = "C", description = "Revenue in the period after (default: "
                + "a column named revenue…).")
        String revenueColumn;

        @Option(names = "--ignore-unknown", description = "Leave aside rows of customers in no arm of the campaign "
                + "(a file is refused with them otherwise; a dataset always leaves them aside).")
        boolean ignoreUnknown;

        @Override
        int run(Workspace workspace) {
            OutcomeColumns columns = new OutcomeColumns(idColumn, churnColumn, reachedColumn, revenueColumn,
                    ignoreUnknown);
            Path file = Path.of(source);
            OutcomeReport report;
            if (Files.isRegularFile(file)) {
                report = workbench().campaigns().importOutcomes(name, file, columns);
            } else {
                Optional<DatasetInfo> dataset = workbench().datasets().find(source);
                if (dataset.isEmpty()) {
                    throw new CampaignException("There is no file or dataset `" + source + "`: give the path of an "
                            + "outcomes file, or a dataset as `datasets` lists it.");
                }
                report = workbench().campaigns().importOutcomes(name, dataset.get(), columns);
            }
            out().printf(Locale.ROOT, "Stored the outcomes of %,d customers of campaign %s from %s%s.%n",
                    report.matched(), report.campaign(), report.source(), report.replaced()
                            ? " (replacing the earlier ones)" : "");
            if (report.missing() > 0) {
                out().printf(Locale.ROOT, "  %,d customers have no outcome (%,d contacted, %,d control): %s%s%n",
                        report.missing(), report.missingTreated(), report.missingControl(),
                        String.join(", ", report.missingKeys()), report.missing() > report.missingKeys().size()
                                ? ", …" : "");
            } else {
                out().println("  Every customer of both arms has an outcome.");
            }
            if (report.ignored() > 0) {
                out().printf(Locale.ROOT, "  %,d rows of customers outside the campaign were left aside.%n",
                        report.ignored());
            }
            return 0;
        }
    }

    @Command(name = "readout", description = "Read a campaign out against its control group: churn, uplift, "
            + "customers and value saved, ROI with intervals, checks, and what to do next.")
    static final class Readout extends WorkspaceCommand {
        @Parameters(paramLabel = "NAME", description = "The campaign's name.")
        String name;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Option(names = "--seed", defaultValue = "1", description = "Seed of the ROI bootstrap (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--out", paramLabel = "FILE", description = "Also write the readout report: FILE.html or "
                + "FILE.pdf.")
        Path report;

        @Option(names = "--resamples", defaultValue = "2000", description = "Bootstrap resamples, at least 2000 "
                + "(default: ${DEFAULT-VALUE}).")
        int resamples;

        @Override
        int run(Workspace workspace) {
            CampaignReadout r = workbench().campaigns().readout(name, seed, resamples);
            if (json) {
                out().println(Json.write(r));
            } else {
                ReadoutText.print(out(), r);
            }
            if (report != null) {
                Path written = ReadoutReport.write(r, report);
                (json ? err() : out()).println((json ? "note: " : "") + "Wrote the readout report to " + written);
            }
            return 0;
        }
    }

    static String orDash(String s) {
        return s == null ? "–" : s;
    }

    static String interval(Interval i, double scale, String format) {
        return i == null ? "–" : String.format(Locale.ROOT, format + " to " + format, i.low() * scale,
                i.high() * scale);
    }

    /** The deciles' table rows, for the text readout. */
    static List<String> decileRow(UpliftDeciles.Decile d) {
        return List.of(String.valueOf(d.decile()), String.format(Locale.ROOT, "%.2f", d.meanScore()),
                String.format("%,d", d.treated()), String.format("%,d", d.control()),
                Double.isNaN(d.uplift()) ? "–" : String.format(Locale.ROOT, "%+.1f", d.uplift() * 100),
                interval(d.interval(), 100, "%+.1f"));
    }
}
