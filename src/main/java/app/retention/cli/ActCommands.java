package app.retention.cli;

import app.retention.domain.ExportKind;
import app.retention.campaign.CampaignRequest;
import app.retention.domain.CampaignArm;
import app.retention.domain.CampaignArmRecord;
import app.retention.domain.CampaignRecord;
import app.retention.domain.DatasetInfo;
import app.retention.domain.ScoreRunRecord;
import app.retention.domain.SegmentRecord;
import app.retention.export.ExportResult;
import app.retention.export.SegmentExports;
import app.retention.segment.CampaignEconomics;
import app.retention.segment.ColumnFilter;
import app.retention.segment.Playbook;
import app.retention.segment.RiskBand;
import app.retention.segment.SavedSegment;
import app.retention.segment.Segment;
import app.retention.segment.SegmentDefinition;
import app.retention.segment.SegmentException;
import app.retention.segment.SegmentFilters;
import app.retention.segment.SegmentListing;
import app.retention.segment.StreamedSegment;
import app.retention.store.Workspace;
import app.retention.task.TaskContext;
import app.retention.usecase.Backtest;
import app.retention.usecase.PreparedScoring;
import app.retention.usecase.ScoringReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code score}, {@code segment} and {@code export}: from a model to customers to call. */
final class ActCommands {

    private ActCommands() {
    }

    /** The backtest line of a prepared scoring, when it is one. */
    static void sayBacktest(java.io.PrintWriter out, String sentence) {
        if (!sentence.isEmpty()) {
            out.println(sentence);
        }
    }

    @Command(name = "score", description = "Score every customer of a dataset with a stored model (probability, "
            + "risk band and three reasons each).")
    static final class Score extends WorkspaceCommand {
        @Parameters(paramLabel = "DATASET", description = "Dataset name, or name@version.")
        String dataset;

        @Option(names = "--model", paramLabel = "ID", description = "Model id, as `models` lists it (default: the "
                + "model in use of --use-case, or of the only use case).")
        Long modelOption;

        @Option(names = "--use-case", paramLabel = "NAME", description = "Score with this use case's model in use.")
        String useCase;

        @Option(names = "--no-reasons", description = "Skip the reasons (faster).")
        boolean noReasons;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        record ScoreJson(long scoring, String dataset, long model, String learner, long customers, double meanProbability,
                         List<BandJson> bands, long millis, String backtest, long alreadyChurned, String note) {
        }

        record BandJson(String name, long customers, String description) {
        }

        @Override
        int run(Workspace workspace) {
            long model = modelOrInUse(modelOption, useCase);
            DatasetInfo info = workspace.datasets().require(dataset);
            ScoringReport report = workbench().preparation().scoreAgain(info, model, !noReasons,
                    TaskContext.silent());
            List<BandJson> counts = new ArrayList<>();
            for (RiskBand band : report.bands().bands()) {
                counts.add(new BandJson(band.name(), report.summary().customersPerBand().get(band.name()),
                        band.description()));
            }
            ScoreRunRecord run = report.scoring();
            double mean = report.summary().meanProbability();
            Backtest backtest = report.backtest();
            if (json) {
                out().println(Json.write(new ScoreJson(run.id(), run.datasetReference(), model, run.modelLearner(),
                        run.rowsScored(), mean, counts, run.millis(), backtest.kind().name().toLowerCase(Locale.ROOT),
                        backtest.alreadyChurned(), backtest.scoringSentence(run.datasetReference(), model))));
                return 0;
            }
            out().printf(Locale.ROOT, "Scored %,d customers of %s with model %d (%s): scoring %d, mean churn "
                    + "probability %.3f%n", run.rowsScored(), run.datasetReference(), model, run.modelLearner(), run.id(),
                    mean);
            for (BandJson b : counts) {
                out().printf(Locale.ROOT, "  %-7s %,8d  %s%n", b.name(), b.customers(), b.description());
            }
            sayBacktest(out(), backtest.scoringSentence(run.datasetReference(), model));
            return 0;
        }
    }

    @Command(name = "segment", description = "Save, list, rename, copy or delete segments of scored customers.",
            subcommands = {SegmentCreate.class, SegmentList.class, SegmentNameCommands.Rename.class,
                    SegmentNameCommands.Copy.class, SegmentDelete.class})
    static final class SegmentCommand extends CommandGroup {
        SegmentCommand() {
            super("create, list or delete");
        }
    }

    @Command(name = "create", description = "Save a segment: the customers of DATASET scored by a model that meet "
            + "--where, with a control group held out.")
    static final class SegmentCreate extends WorkspaceCommand {
        @Parameters(paramLabel = "NAME", description = "The segment's name.")
        String name;

        @Option(names = "--dataset", required = true, description = "Dataset name, or name@version.")
        String dataset;

        @Option(names = "--model", paramLabel = "ID", description = "Model id (default: the model in use of "
                + "--use-case, or of the only use case).")
        Long modelOption;

        @Option(names = "--use-case", paramLabel = "NAME", description = "Use this use case's model in use.")
        String useCase;

        @Option(names = "--where", paramLabel = "EXPR", description = "e.g. \"risk_band = High|Medium AND country = BR\".")
        String where;

        @Option(names = "--control", defaultValue = "0.1", description = "Share held out as control group (default: ${DEFAULT-VALUE}).")
        double control;

        @Option(names = "--seed", defaultValue = "1", description = "Seed of the control group draw (default: ${DEFAULT-VALUE}).")
        long seed;

        @Mixin
        ValueOptions value = new ValueOptions();

        @Option(names = "--bands", split = ",", paramLabel = "HIGH,MEDIUM", description = "Churn probabilities where "
                + "High and Medium start, e.g. 0.5,0.25 (default: High = top 10% of validation scores, Medium the next 20%).")
        List<Double> cutoffs;

        @Option(names = "--rank-by", paramLabel = "risk|uplift", description = "Who comes first on the call list: "
                + "risk (highest expected value saved, the default) or uplift (persuadables first: most likely to be "
                + "kept by a call, from --uplift-from's uplift model).")
        String rankBy;

        @Option(names = "--uplift-from", paramLabel = "CAMPAIGN", description = "The campaign whose newest uplift "
                + "model (`campaign uplift`) ranks the call list with --rank-by uplift.")
        String upliftFrom;

        /** The ranking asked for; refused in words when the options do not agree. */
        app.retention.usecase.CallOrders.Request ranking() {
            String by = rankBy == null ? (upliftFrom == null ? "risk" : "uplift")
                    : rankBy.strip().toLowerCase(Locale.ROOT);
            if (by.equals("risk")) {
                if (upliftFrom != null) {
                    throw new SegmentException("--uplift-from ranks by uplift; drop it or use --rank-by uplift.");
                }
                return app.retention.usecase.CallOrders.Request.byRisk();
            }
            if (!by.equals("uplift")) {
                throw new SegmentException("--rank-by takes risk or uplift, not `" + rankBy + "`.");
            }
            if (upliftFrom == null || upliftFrom.isBlank()) {
                throw new SegmentException("--rank-by uplift needs --uplift-from CAMPAIGN: the campaign whose uplift "
                        + "model ranks the call list (`campaign list`; learn one with `campaign uplift NAME`).");
            }
            return app.retention.usecase.CallOrders.Request.byUpliftFrom(upliftFrom);
        }

        @Override
        int run(Workspace workspace) {
            // what can be refused without scoring is refused first: a failed create leaves the workspace as it was
            String segmentName = SegmentDefinition.newName(name);
            long model = modelOrInUse(modelOption, useCase);
            List<ColumnFilter> filters = SegmentFilters.parse(where);
            if (workspace.segments().find(segmentName).isPresent()) {
                throw new SegmentException("A segment named `" + segmentName + "` exists already; choose another "
                        + "name.");
            }
            DatasetInfo info = workspace.datasets().require(dataset);
            app.retention.segment.CallOrder order = workbench().callOrders().order(ranking(), info,
                    TaskContext.silent());
            // streamed, not held: a segment of a million scored customers is saved within a 1 GB heap
            PreparedScoring scored = workbench().preparation().score(info, model, cutoffs,
                    value.choice(), TaskContext.silent());
            SavedSegment segment;
            try {
                segment = workbench().segments().save(segmentName, scored.scoring(), filters, scored.bands(),
                        Playbook.defaults(), control, seed, scored.value(), order, TaskContext.silent());
            } catch (RuntimeException e) {
                workbench().preparation().discard(scored);
                throw e;
            }
            out().printf(Locale.ROOT, "Saved segment %s: %,d customers (%s), control group %,d, expected churners %.0f, "
                            + "value at risk %s%n", segment.definition().name(), segment.customers(),
                    segment.definition().describeFilters(), segment.control().controlSize(), segment.expectedChurners(),
                    scored.value().isSet() ? scored.value().money(segment.valueAtRisk()) + " (" + scored.value().describe()
                            + ")" : "not computed (no customer value set; see `value`)");
            scored.bands().describe().forEach(d -> out().println("  " + d));
            if (segment.order().byUplift()) {
                out().println(segment.order().describe());
            }
            Backtest backtest = scored.backtest(segment.outcomesKnown(), segment.alreadyChurned());
            sayBacktest(out(), backtest.sentence(scored.scoring().datasetReference(), scored.scoring().modelId()));
            return 0;
        }
    }

    @Command(name = "list", description = "List saved segments.")
    static final class SegmentList extends WorkspaceCommand {
        private static final DateTimeFormatter SAVED_AT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

        @Override
        int run(Workspace workspace) {
            List<SegmentListing> segments = workbench().segments().list();
            if (segments.isEmpty()) {
                out().println("No segments yet. Run: segment create NAME --dataset D --model ID");
                return 0;
            }
            TextTable table = new TextTable(List.of("NAME", "CUSTOMERS", "HELD OUT", "MODEL", "DATASET", "SAVED"));
            for (SegmentListing s : segments) {
                table.add(List.of(s.name(), s.sizeKnown() ? String.format("%,d", s.customers()) : "–",
                        String.format("%,d", s.controlSize()), s.modelId() + " " + s.modelLearner(), s.dataset(),
                        SAVED_AT.format(s.savedAt().atZoneSameInstant(ZoneId.systemDefault()))));
            }
            table.print(out());
            return 0;
        }
    }

    @Command(name = "delete", description = "Delete a saved segment and its control group (its scoring and the "
            + "export log stay).")
    static final class SegmentDelete extends WorkspaceCommand {
        @Parameters(paramLabel = "NAME", description = "The segment's name, as `segment list` shows it.")
        String name;

        @Override
        int run(Workspace workspace) {
            SegmentRecord deleted = workbench().segments().delete(name);
            out().println("Deleted segment " + deleted.name() + ".");
            return 0;
        }
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
            sayBacktest(out(), workbench().preparation().backtestOf(streamed)
                    .sentence(streamed.scoring().datasetReference(), streamed.scoring().modelId()));
            if (campaign != null) {
                launch(kind, capacity, result);
            }
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

        @Override
        int run(Workspace workspace) {
            write(workspace, ExportKind.CALL_LIST, capacity);
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
