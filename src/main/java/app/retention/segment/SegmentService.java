package app.retention.segment;

import app.retention.domain.CustomerValue;
import app.retention.domain.ColumnInfo;
import app.retention.domain.DatasetInfo;
import app.retention.domain.ScoreRunRecord;
import app.retention.domain.SegmentRanking;
import app.retention.domain.SegmentRecord;
import app.retention.store.Workspace;
import app.retention.task.TaskContext;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongFunction;

/**
 * Turns a scoring into customers a campaign can act on, and saves and loads segments: filters, risk bands,
 * playbook and a control group drawn once and stored with the segment.
 */
public final class SegmentService {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Workspace workspace;
    private final ScoredCustomerReader reader;

    /**
     * @param outcomes by model id, how a dataset's target says a customer already churned (the model's target
     *                 and churn spelling): such customers are left out of every segment and list. The
     *                 composition root ({@code usecase.Workbench}) passes the stored models' own rule, so
     *                 that a segment is saved and loaded with the same customers.
     */
    public SegmentService(Workspace workspace, LongFunction<Optional<KnownOutcome>> outcomes) {
        this.workspace = workspace;
        this.reader = new ScoredCustomerReader(workspace, outcomes);
    }

    /**
     * Every customer of a scoring a campaign can act on, with band, value, reasons and the dataset's columns as
     * attributes: those whose churn target already says churned are left out.
     */
    public List<ScoredCustomer> customers(ScoreRunRecord scoring, RiskBands bands, CustomerValue value,
                                          TaskContext context) {
        return read(scoring, bands, value, context).customers();
    }

    /**
     * The customers of {@link #customers}, with how many were left out because their target already says they
     * churned, and how many have a target value at all.
     */
    public ScoredCustomers read(ScoreRunRecord scoring, RiskBands bands, CustomerValue value, TaskContext context) {
        List<ScoredCustomer> customers = new ArrayList<>();
        ScoredCustomerReader.Outcomes outcomes = reader.read(scoring, bands, value, context, null,
                customers::add);
        return new ScoredCustomers(customers, outcomes.alreadyChurned(), outcomes.known());
    }

    /**
     * The column a call centre looks customers up by: an identifier named for the customer before any other
     * identifier, and a row number only when nothing else is there ({@link ScoredCustomerReader#keyIndex}).
     */
    static int keyIndex(List<ColumnInfo> columns) {
        return ScoredCustomerReader.keyIndex(columns);
    }

    /** How segments and lists name the customer of a stored row of a dataset with these columns. */
    public static java.util.function.Function<app.retention.domain.StoredRow, String> customerKeys(
            List<ColumnInfo> columns) {
        int key = keyIndex(columns);
        return row -> ScoredCustomerReader.keyOf(row, columns, key);
    }

    /**
     * Saves a segment of a scoring: the customers meeting every filter, with a control group of
     * {@code controlShare} drawn per risk band with {@code seed}. A taken name or an empty segment is refused.
     *
     * @return the segment loaded back with its customers, as the Segments screen shows it
     */
    public Segment create(String name, ScoreRunRecord scoring, List<ColumnFilter> filters, RiskBands bands,
                          Playbook playbook, double controlShare, long seed, CustomerValue value, TaskContext context) {
        return create(name, scoring, filters, bands, playbook, controlShare, seed, value, CallOrder.BY_RISK, context);
    }

    /**
     * As {@link #create(String, ScoreRunRecord, List, RiskBands, Playbook, double, long, CustomerValue, TaskContext)},
     * its call list in {@code order}: ranked by uplift, each member's predicted uplift is stored with it.
     */
    public Segment create(String name, ScoreRunRecord scoring, List<ColumnFilter> filters, RiskBands bands,
                          Playbook playbook, double controlShare, long seed, CustomerValue value, CallOrder order,
                          TaskContext context) {
        SavedSegment saved = save(name, scoring, filters, bands, playbook, controlShare, seed, value, order, context);
        try {
            return load(saved.definition().name(), context);
        } catch (RuntimeException e) {
            workspace.segments().delete(saved.definition().name()); // a segment that cannot be read back is not kept
            throw e;
        }
    }

    /**
     * Saves a segment as {@link #create} does, streaming the scoring's customers instead of holding them: only each
     * member's key is kept, for the control group's draw. What {@code segment create} uses, so that a segment of a
     * million customers is saved within a 1 GB heap.
     *
     * @return the saved segment with its counts, without its customers
     */
    public SavedSegment save(String name, ScoreRunRecord scoring, List<ColumnFilter> filters, RiskBands bands,
                             Playbook playbook, double controlShare, long seed, CustomerValue value,
                             TaskContext context) {
        return save(name, scoring, filters, bands, playbook, controlShare, seed, value, CallOrder.BY_RISK, context);
    }

    /**
     * As {@link #save(String, ScoreRunRecord, List, RiskBands, Playbook, double, long, CustomerValue, TaskContext)},
     * its call list in {@code order} (docs/adr/0027): ranked by uplift, each member's predicted uplift (from
     * {@code order}, which may hold more customers than the segment) is stored with the segment in the same
     * transaction, so its call list, arms and checksums never depend on the uplift model again.
     *
     * @throws SegmentException when a member has no predicted uplift in {@code order}
     */
    public SavedSegment save(String name, ScoreRunRecord scoring, List<ColumnFilter> filters, RiskBands bands,
                             Playbook playbook, double controlShare, long seed, CustomerValue value, CallOrder order,
                             TaskContext context) {
        if (!(controlShare >= 0 && controlShare < 1)) {
            throw new SegmentException("The control group's share must be at least 0 and below 1, not "
                    + controlShare + ".");
        }
        String newName = freeName(name, null);
        SegmentDefinition definition = new SegmentDefinition(newName, scoring.datasetName(), scoring.datasetVersion(),
                String.valueOf(scoring.modelId()), filters);
        List<String> columns = workspace.datasets().columns(workspace.datasets().require(scoring.datasetReference()))
                .stream().map(ColumnInfo::name).toList();
        for (ColumnFilter f : filters) {
            if (!f.column().equals(SegmentDefinition.RISK_BAND) && !f.column().equals(
                    SegmentDefinition.CHURN_PROBABILITY) && !columns.contains(f.column())) {
                throw new SegmentException("The filter names `" + f.column() + "`, which is not a column of "
                        + scoring.datasetReference() + " (nor risk_band or churn_probability).");
            }
        }
        ControlGroups.Draw draw = new ControlGroups.Draw(controlShare, seed);
        MemberTotals members = new MemberTotals();
        Map<String, Double> uplift = new java.util.HashMap<>();
        List<String> unpredicted = new ArrayList<>();
        ScoredCustomerReader.Outcomes outcomes = reader.read(scoring, bands, value, context, null, c -> {
            if (definition.includes(c)) {
                draw.add(c.key(), c.probability(), c.band());
                members.add(c);
                if (order.byUplift()) {
                    double u = order.uplift(c.key());
                    if (Double.isNaN(u)) {
                        unpredicted.add(c.key());
                    } else {
                        uplift.put(c.key(), u);
                    }
                }
            }
        });
        if (!unpredicted.isEmpty()) {
            throw new SegmentException(unpredicted.size() + " customers of the segment have no predicted uplift from "
                    + "campaign " + order.ranking().campaignName() + "'s uplift model (first: " + unpredicted.get(0)
                    + "); the segment was not saved.");
        }
        if (members.count == 0) {
            throw new SegmentException("No customer of " + scoring.datasetReference() + " meets "
                    + definition.describeFilters() + "; the segment would be empty.");
        }
        ControlGroup control = draw.finish();
        SegmentRanking ranking = order.byUplift() ? new SegmentRanking(order.ranking().upliftModelId(),
                order.ranking().campaignName(), uplift) : null;
        workspace.segments().save(new SegmentRecord(0, null, definition.name(), scoring.id(), json(filters),
                json(bands.bands()), playbook.toJson(), controlShare, seed, value,
                List.copyOf(control.controlKeys()), members.count), ranking);
        SegmentRecord stored = workspace.segments().find(definition.name()).orElseThrow();
        boolean readable = false;
        try {
            readable = parse(stored.definition(), new TypeReference<List<ColumnFilter>>() { }).equals(filters)
                    && RiskBands.restore(parse(stored.bands(), new TypeReference<List<RiskBand>>() { })).bands()
                    .equals(bands.bands());
        } finally {
            if (!readable) {
                workspace.segments().delete(definition.name()); // a segment that cannot be read back is not kept
            }
        }
        if (!readable) {
            throw new SegmentException("Segment `" + definition.name() + "` would not read back as it was defined; "
                    + "it was not saved.");
        }
        return new SavedSegment(stored, definition, control, members.count, members.expectedChurners,
                members.valueAtRisk, outcomes.alreadyChurned(), outcomes.known(), CallOrder.of(ranking));
    }

    /** Sums over a segment's members as they stream by: count, expected churners and value at risk. */
    private static final class MemberTotals {
        private long count;
        private double expectedChurners;
        private double valueAtRisk;

        void add(ScoredCustomer c) {
            count++;
            expectedChurners += c.probability();
            valueAtRisk += c.valueAtRisk();
        }
    }

    /**
     * A saved segment with its customers; its control group is the one stored with it. The name is looked up
     * without surrounding spaces, as it was saved.
     */
    public Segment load(String name, TaskContext context) {
        List<ScoredCustomer> members = new ArrayList<>();
        StreamedSegment s = stream(name, context, members::add);
        return new Segment(s.record(), s.definition(), s.scoring(), s.bands(), s.playbook(), s.control(), members,
                s.keyColumn(), s.value(), s.alreadyChurned(), s.outcomesKnown(), s.order());
    }

    /**
     * A saved segment as {@link #load} reads it, its members handed to {@code each} in the dataset's order instead
     * of held: what the list exports use, so that a segment of a million customers is exported in a small heap.
     * Only each member's key and place in the control group's draw is kept, to check the stored group.
     *
     * @throws SegmentException when the stored control group no longer matches the members
     */
    public StreamedSegment stream(String name, TaskContext context, Consumer<ScoredCustomer> each) {
        SegmentRecord record = require(name);
        ScoreRunRecord scoring = workspace.scores().run(record.scoreRunId()).orElseThrow();
        List<ColumnFilter> filters = parse(record.definition(), new TypeReference<List<ColumnFilter>>() { });
        RiskBands bands = RiskBands.restore(parse(record.bands(), new TypeReference<List<RiskBand>>() { }));
        SegmentDefinition definition = new SegmentDefinition(record.name(), scoring.datasetName(),
                scoring.datasetVersion(), String.valueOf(scoring.modelId()), filters);
        ControlGroups.Draw draw = new ControlGroups.Draw(record.controlShare(), record.controlSeed());
        long[] members = {0};
        ScoredCustomerReader.Outcomes read = reader.read(scoring, bands, record.value(), context, null, c -> {
            if (definition.includes(c)) {
                draw.add(c.key(), c.probability(), c.band());
                members[0]++;
                each.accept(c);
            }
        });
        ControlGroup drawn = draw.finish();
        if (!drawn.controlKeys().equals(new java.util.HashSet<>(record.controlKeys()))) {
            throw new SegmentException("The control group stored with segment `" + name + "` no longer matches its "
                    + "customers; the scores or the dataset it was drawn from have changed.");
        }
        DatasetInfo dataset = workspace.datasets().require(scoring.datasetReference());
        List<ColumnInfo> columns = workspace.datasets().columns(dataset);
        int key = keyIndex(columns);
        return new StreamedSegment(record, definition, scoring, bands, Playbook.fromJson(record.playbook()), drawn,
                members[0], key < 0 ? null : columns.get(key).name(), record.value(), read.alreadyChurned(),
                read.known(), callOrder(record));
    }

    /** Who comes first on a saved segment's call list: by churn risk, or by the uplift stored with it. */
    public CallOrder callOrder(String name) {
        return callOrder(require(name));
    }

    private CallOrder callOrder(SegmentRecord record) {
        return CallOrder.of(workspace.segments().ranking(record.id()).orElse(null));
    }

    /**
     * Counts a scoring's customers per risk band and their mean churn probability (every score, as stored), and
     * how many were left out as already churned, reading a page at a time: what {@code score} reports, in a heap
     * that does not grow with the customers.
     */
    public ScoringSummary summarize(ScoreRunRecord scoring, RiskBands bands, TaskContext context) {
        Map<String, Long> perBand = new LinkedHashMap<>();
        bands.bands().forEach(b -> perBand.put(b.name(), 0L));
        DoubleSummaryStatistics probabilities = new DoubleSummaryStatistics();
        ScoredCustomerReader.Outcomes read = reader.read(scoring, bands, CustomerValue.NONE, context, s -> {
            probabilities.accept(s.probability());
            perBand.merge(bands.assign(Math.min(1, Math.max(0, s.probability()))).name(), 1L, Long::sum);
        }, null);
        double mean = probabilities.getCount() == 0 ? Double.NaN : probabilities.getAverage();
        return new ScoringSummary(perBand, mean, read.alreadyChurned(), read.known());
    }

    /**
     * The saved segments, newest first, with the model and dataset version each was cut from: what the Segments
     * screen lists and offers to export. A segment whose scoring has gone is not listed (it went with it).
     */
    public List<SegmentListing> list() {
        List<SegmentListing> listed = new ArrayList<>();
        for (SegmentRecord record : workspace.segments().list()) {
            workspace.scores().run(record.scoreRunId()).ifPresent(scoring -> listed.add(new SegmentListing(
                    record.name(), record.createdAt(), record.customers(), record.controlKeys().size(),
                    scoring.modelId(), scoring.modelLearner(), scoring.datasetName(), scoring.datasetVersion())));
        }
        return listed;
    }

    /**
     * Deletes a saved segment and its control group (the scoring it was cut from stays). The name is looked up
     * without surrounding spaces; an unknown name is refused with the names there are.
     *
     * @return the deleted segment's record
     */
    public SegmentRecord delete(String name) {
        SegmentRecord record = require(name);
        workspace.segments().delete(record.name());
        return record;
    }

    /** Renames a saved segment; its customers, control group and exports stay as they are. */
    public SegmentRecord rename(String name, String newName) {
        SegmentRecord record = require(name);
        String wanted = freeName(newName, record.name());
        workspace.segments().rename(record.name(), wanted);
        return require(wanted);
    }

    /**
     * Saves a copy of a segment under a new name: the same scoring, filters, bands, playbook and control group (the
     * same customers held out), to change without losing the original.
     */
    public SegmentRecord duplicate(String name, String newName) {
        SegmentRecord r = require(name);
        String wanted = freeName(newName, null);
        workspace.segments().save(new SegmentRecord(0, null, wanted, r.scoreRunId(), r.definition(), r.bands(),
                r.playbook(), r.controlShare(), r.controlSeed(), r.value(), r.controlKeys(), r.customers()),
                workspace.segments().ranking(r.id()).orElse(null));
        return require(wanted);
    }

    /** A valid new segment name that no other segment has ({@code current} may keep its own). */
    private String freeName(String typed, String current) {
        String wanted = SegmentDefinition.newName(typed);
        if (!wanted.equals(current) && workspace.segments().exists(wanted)) {
            throw new SegmentException("A segment named `" + wanted + "` exists already; choose another name.");
        }
        return wanted;
    }

    /** Whether a segment is saved under this name (surrounding spaces ignored, as when saving). */
    public boolean exists(String name) {
        return workspace.segments().exists(name);
    }

    private SegmentRecord require(String name) {
        String wanted = name == null ? "" : name.strip(); // as the store looks it up, for the message
        return workspace.segments().find(name).orElseThrow(() -> {
            List<String> names = workspace.segments().list().stream().map(SegmentRecord::name).toList();
            return new SegmentException("There is no segment `" + wanted + "`. " + (names.isEmpty()
                    ? "There are no segments yet." : "Segments: " + String.join(", ", names) + "."));
        });
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Segment records must serialise", e);
        }
    }

    static <T> T parse(String text, TypeReference<T> type) {
        try {
            return JSON.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new SegmentException("A stored segment cannot be read: " + e.getOriginalMessage());
        }
    }
}
