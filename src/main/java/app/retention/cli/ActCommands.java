package app.retention.cli;

import app.retention.domain.DatasetInfo;
import app.retention.domain.ScoreRunRecord;
import app.retention.domain.SegmentRecord;
import app.retention.segment.ColumnFilter;
import app.retention.segment.Playbook;
import app.retention.segment.RiskBand;
import app.retention.segment.SavedSegment;
import app.retention.segment.SegmentDefinition;
import app.retention.segment.SegmentException;
import app.retention.segment.SegmentFilters;
import app.retention.segment.SegmentListing;
import app.retention.store.Workspace;
import app.retention.task.TaskContext;
import app.retention.usecase.Backtest;
import app.retention.usecase.PreparedScoring;
import app.retention.usecase.ScoringReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code score} and {@code segment}: from a model to the customers to call ({@code export} in {@link ExportCommands}). */
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
}
