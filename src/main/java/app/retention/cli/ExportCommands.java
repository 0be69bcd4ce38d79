package app.retention.cli;

import app.retention.domain.ExportKind;
import app.retention.campaign.CampaignRequest;
import app.retention.domain.CampaignArm;
import app.retention.domain.CampaignArmRecord;
import app.retention.domain.CampaignRecord;
import app.retention.export.ExportResult;
import app.retention.export.SegmentExports;
import app.retention.segment.CampaignEconomics;
import app.retention.segment.Segment;
import app.retention.segment.StreamedSegment;
import app.retention.store.Workspace;
import app.retention.task.TaskContext;
import app.retention.usecase.RuleArmLaunch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** {@code export}: a saved segment as a call list, segment list or campaign brief, optionally launching a campaign. */
final class ExportCommands {

    private ExportCommands() {
    }

    /** Costs and rates of a campaign, shared by the exports. */
    static final class Economics {
        @Option(names = "--contact-cost", defaultValue = "5", description = "Cost of one contact (default: ${DEFAULT-VALUE}).")
        double contactCost;

        @Option(names = "--offer-cost", defaultValue = "20", description = "Cost of the offer when accepted (default: ${DEFAULT-VALUE}).")
        double offerCost;

        @Option(names = "--acceptance", defaultValue = "0.3", description = "Share of contacted customers who take the offer (default: ${DEFAULT-VALUE}).")
        double acceptance;

        @Option(names = "--save-rate", defaultValue = "0.25", description = "Share of would-be churners a contact keeps (default: ${DEFAULT-VALUE}).")
        double saveRate;

        CampaignEconomics economics() {
            return new CampaignEconomics(contactCost, offerCost, acceptance, saveRate);
        }
    }

    @Command(name = "export", description = "Export a segment (call list, segment list or campaign brief), or read the "
            + "export log.",
            subcommands = {ExportList.class, ExportSegmentList.class, ExportBrief.class, ExportLogCommand.class})
    static final class ExportCommand extends CommandGroup {
        ExportCommand() {
            super("calllist, segmentlist, brief or log");
        }
    }

    abstract static class ListExport extends WorkspaceCommand {
        @Parameters(paramLabel = "SEGMENT", description = "A saved segment's name.")
        String segment;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "FILE.csv or FILE.xlsx.")
        Path out;

        @Option(names = "--columns", split = ",", paramLabel = "A,B", description = "Dataset columns to include.")
        List<String> columns;

        @Option(names = "--include-pii", description = "Write personal data unmasked (recorded in the export log).")
        boolean includePii;

        @Mixin
        Economics economics = new Economics();

        @Option(names = "--campaign", paramLabel = "NAME", description = "Also create a campaign of this name: the "
                + "customers written are its contacted arm, the segment's control group its control arm.")
        String campaign;

        @Mixin
        CampaignCommands.CampaignWords campaignWords = new CampaignCommands.CampaignWords();

        ExportResult write(Workspace workspace, ExportKind kind, int capacity) {
            return write(workspace, kind, capacity, null);
        }

        /**
         * Writes the list; with {@code rule} (a call list launching a campaign) the campaign is model vs rule and the
         * list holds exactly the customers its two contacted groups call, as the Export tab launches it.
         */
        ExportResult write(Workspace workspace, ExportKind kind, int capacity, String rule) {
            if (rule != null && campaign == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--rule picks a second group of a "
                        + "campaign: add --campaign NAME");
            }
            if (rule != null && columns != null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--columns cannot be chosen with --rule: "
                        + "the list of a model-vs-rule campaign has the call list's own columns");
            }
            if (rule != null) {
                return launchWithRule(kind, capacity, rule);
            }
            if (campaign != null) {
                // refused before the list is written: a taken name or a bad date leaves no file behind
                workbench().campaigns().checkNewName(campaign);
                campaignWords.startDate();
            } else if (campaignWords.start != null || campaignWords.goal != null || campaignWords.channel != null
                    || campaignWords.offer != null || campaignWords.valueUnit != null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--start, --goal, --channel, --offer "
                        + "and --value-unit describe a campaign: add --campaign NAME");
            }
            // streamed, not loaded: a list of a million customers is written in a small heap
            SegmentExports.StreamedExport exported = workbench().exports().list(workbench().segments(), segment, kind,
                    economics.economics(), capacity, out, columns, includePii, System.getProperty("user.name"),
                    TaskContext.silent());
            ExportResult result = exported.result();
            out().printf(Locale.ROOT, "Wrote %,d customers to %s (personal data %s); provenance in %s%n", result.rows(),
                    result.file(), result.personalDataIncluded() ? "included" : "masked",
                    result.provenanceFile().getFileName());
            StreamedSegment streamed = exported.segment();
            ActCommands.sayBacktest(out(), workbench().preparation().backtestOf(streamed)
                    .sentence(streamed.scoring().datasetReference(), streamed.scoring().modelId()));
            if (campaign != null) {
                launch(kind, capacity, result);
            }
            return result;
        }

        /** The model-vs-rule campaign and its call list, by the use case the Export tab calls. */
        private ExportResult launchWithRule(ExportKind kind, int capacity, String rule) {
            workbench().campaigns().checkNewName(campaign);
            campaignWords.startDate();
            Segment loaded = workbench().segments().load(segment, TaskContext.silent());
            CampaignRequest request = campaignWords.request(campaign, segment, capacity, economics).withRule(rule);
            RuleArmLaunch.Launched launched = workbench().launchWithRule(request, loaded, economics.economics(), out,
                    includePii, System.getProperty("user.name"), TaskContext.silent());
            ExportResult result = launched.list();
            out().printf(Locale.ROOT, "Wrote %,d customers to %s (personal data %s): both groups the campaign calls; "
                            + "provenance in %s%n", result.rows(), result.file(),
                    result.personalDataIncluded() ? "included" : "masked", result.provenanceFile().getFileName());
            CampaignCommands.sayCreated(out(), launched.campaign(), workbench().campaigns().arms(launched.campaign()));
            return result;
        }

        /** Creates the campaign the list launches, linked to its entry in the export log. */
        private void launch(ExportKind kind, int capacity, ExportResult result) {
            CampaignRequest request = campaignWords.request(campaign, segment, kind == ExportKind
                    .CALL_LIST ? capacity : Integer.MAX_VALUE, economics);
            CampaignRecord created = workbench().launchCampaign(request, result, TaskContext.silent());
            List<CampaignArmRecord> arms = workbench().campaigns().arms(created);
            CampaignCommands.sayCreated(out(), created, arms);
            long treated = arms.stream().filter(a -> a.arm() == CampaignArm.TREATED)
                    .mapToLong(CampaignArmRecord::customers).sum();
            if (kind == ExportKind.CALL_LIST && treated != result.rows()) {
                err().printf(Locale.ROOT, "note: the call list has %,d customers but the campaign's contacted arm "
                        + "%,d; the segment changed between the two reads.%n", result.rows(), treated);
            }
        }
    }

    @Command(name = "calllist", description = "The customers to call, by expected value saved, within the team's capacity.")
    static final class ExportList extends ListExport {
        @Option(names = "--capacity", required = true, paramLabel = "N", description = "Calls the team can make.")
        int capacity;

        @Option(names = "--rule", paramLabel = "EXPR", description = "With --campaign: model vs rule. The segment is "
                + "split in two random halves; up to --capacity customers from one as the model ranks them, and up "
                + "to --capacity this rule picks from the other, each with its own hold-out; the list holds both "
                + "called groups, e.g. \"days_since_last_order >= 46 OR complaint = Yes\".")
        String rule;

        @Override
        int run(Workspace workspace) {
            write(workspace, ExportKind.CALL_LIST, capacity, rule);
            return 0;
        }
    }

    @Command(name = "segmentlist", description = "Every customer of the segment in priority order, control group marked.")
    static final class ExportSegmentList extends ListExport {
        @Override
        int run(Workspace workspace) {
            write(workspace, ExportKind.SEGMENT_LIST, 0);
            return 0;
        }
    }

    @Command(name = "brief", description = "The campaign brief as HTML or PDF.")
    static final class ExportBrief extends WorkspaceCommand {
        @Parameters(paramLabel = "SEGMENT", description = "A saved segment's name.")
        String segment;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "FILE.html or FILE.pdf.")
        Path out;

        @Option(names = "--capacity", defaultValue = "500", description = "Contacts planned (default: ${DEFAULT-VALUE}).")
        int capacity;

        @Option(names = "--goal", description = "The campaign's goal in a sentence.")
        String goal;

        @Mixin
        Economics economics = new Economics();

        @Override
        int run(Workspace workspace) {
            Segment loaded = workbench().segments().load(segment, TaskContext.silent());
            ExportResult result = workbench().exports().brief(loaded, economics.economics(),
                    capacity, goal, out, System.getProperty("user.name"));
            out().println("Wrote the campaign brief of " + loaded.definition().name() + " to " + result.file());
            return 0;
        }
    }
}
