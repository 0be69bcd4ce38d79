package app.retention.export;

import app.retention.domain.CustomerValue;
import app.retention.domain.ColumnInfo;
import app.retention.domain.ColumnRole;
import app.retention.domain.ColumnType;
import app.retention.domain.DatasetInfo;
import app.retention.domain.ExportKind;
import app.retention.domain.ScoreRunRecord;
import app.retention.segment.CampaignEconomics;
import app.retention.segment.Segment;
import app.retention.segment.ScoredCustomer;
import app.retention.segment.SegmentDefinition;
import app.retention.segment.SegmentService;
import app.retention.segment.StreamedSegment;
import app.retention.task.TaskContext;
import app.retention.store.Workspace;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Exports of a saved segment (call list, segment list, campaign brief) with their provenance, each recorded in
 * the workspace's export log: who, what, when, and whether personal data went with it.
 */
public final class SegmentExports {

    /** Drop in churn a campaign aims at, for the brief's sample size: five points. */
    public static final double TARGET_UPLIFT = 0.05;

    private final Workspace workspace;
    private final String appVersion;

    public SegmentExports(Workspace workspace, String appVersion) {
        this.workspace = workspace;
        this.appVersion = appVersion;
    }

    /** Call list or segment list. */
    /**
     * Writes the call list (top {@code capacity} by expected value saved, control group left out) or the whole
     * segment list to a .csv or .xlsx file.
     *
     * @param columns dataset columns to include, or null for the default (personal data and a few categories)
     */
    public ExportResult list(Segment segment, ExportKind kind, CampaignEconomics economics, int capacity, Path out,
                             List<String> columns, boolean includePersonalData, String user) {
        try (RankedCustomers ranking = new RankedCustomers(economics, segment.order().comparator())) {
            segment.customers().forEach(ranking::add);
            long contactable = segment.customers().stream().filter(c -> segment.control() == null
                    || !segment.control().isControl(c.key())).count();
            return write(segment.outline(), ranking, contactable, segment.customers().isEmpty() ? null
                    : segment.customers().get(0), kind, economics, capacity, out, columns, includePersonalData, user);
        }
    }

    /** A list written from a segment streamed out of the workspace, and the segment it was cut from. */
    public record StreamedExport(ExportResult result, StreamedSegment segment) {
    }

    /**
     * Writes a saved segment's call list or segment list as {@link #list(Segment, ExportKind, CampaignEconomics, int,
     * Path, List, boolean, String)} does, streaming its customers out of the workspace instead of loading them:
     * they are ranked in sorted runs on disk and merged as the file is written, so a segment of a million
     * customers is exported in a heap that does not grow with it.
     */
    public StreamedExport list(SegmentService segments, String name, ExportKind kind, CampaignEconomics economics,
                               int capacity, Path out, List<String> columns, boolean includePersonalData,
                               String user, TaskContext context) {
        try (RankedCustomers ranking = new RankedCustomers(economics, segments.callOrder(name).comparator())) {
            ScoredCustomer[] first = {null};
            StreamedSegment segment = segments.stream(name, context, c -> {
                if (first[0] == null) {
                    first[0] = c;
                }
                ranking.add(c);
            });
            long control = segment.control() == null ? 0 : segment.control().controlKeys().size();
            return new StreamedExport(write(segment, ranking, ranking.size() - control, first[0], kind, economics,
                    capacity, out, columns, includePersonalData, user), segment);
        }
    }

    /**
     * @param contactable the ranked customers outside the control group
     * @param first       the segment's first customer in the dataset's order (what personal data looks like), or
     *                    null when it has none
     */
    private ExportResult write(StreamedSegment segment, RankedCustomers ranking, long contactable,
                               ScoredCustomer first, ExportKind kind, CampaignEconomics economics, int capacity,
                               Path out, List<String> columns, boolean includePersonalData, String user) {
        String format = extension(out, List.of("csv", "xlsx"));
        List<ColumnInfo> datasetColumns = columns(segment.scoring());
        ListLayout layout = new ListLayout(segment.keyColumn() == null ? "customer" : segment.keyColumn(),
                exportColumns(segment, first, datasetColumns, columns),
                valueHeader(segment.value()), 3);
        if (!kind.isList()) {
            throw new IllegalArgumentException("a " + kind.label() + " is not a list; write it with brief(...)");
        }
        ExportTable table = kind == ExportKind.CALL_LIST
                ? ListExports.callList(ranking, contactable, capacity, segment.control(), segment.playbook(), layout)
                : ListExports.segmentList(ranking, ranking.size(), segment.control(), segment.playbook(), layout);
        Provenance provenance = provenance(segment, economics);
        if (kind == ExportKind.CALL_LIST) {
            provenance = provenance.withCapacity(capacity);
        }
        ExportOptions options = new ExportOptions(includePersonalData, user, java.time.Instant.now());
        ExportJournal journal = journal(kind, segment.definition());
        return format.equals("csv") ? TableExport.writeCsv(table, out, options, provenance, journal)
                : TableExport.writeXlsx(table, out, options, provenance, journal);
    }

    /** Writes the campaign brief as .html or .pdf. */
    public ExportResult brief(Segment segment, CampaignEconomics economics, int capacity, String goal, Path out,
                              String user) {
        String format = extension(out, List.of("html", "pdf"));
        Provenance provenance = provenance(segment.outline(), economics).withCapacity(capacity);
        BriefRequest request = new BriefRequest(goal == null || goal.isBlank() ? defaultGoal(segment) : goal,
                segment.definition(), segment.customers(), segment.bands(), segment.playbook(), segment.control(),
                economics, capacity, TARGET_UPLIFT, breakdownColumn(columns(segment.scoring())), 30, segment.value(),
                provenance,
                LocalDate.now(ZoneId.systemDefault()), segment.order());
        CampaignBrief brief = CampaignBrief.assemble(request);
        ExportOptions options = ExportOptions.maskingPersonalData(user);
        ExportJournal journal = journal(ExportKind.CAMPAIGN_BRIEF, segment.definition());
        return format.equals("html") ? BriefRenderer.writeHtml(brief, out, options, journal)
                : BriefRenderer.writePdf(brief, out, options, journal);
    }

    private static String defaultGoal(Segment segment) {
        return "Keep more of the customers in " + segment.definition().name() + " by acting before they leave, "
                + "and measure what the campaign saved against a control group.";
    }

    private List<ColumnInfo> columns(ScoreRunRecord scoring) {
        DatasetInfo dataset = workspace.datasets().require(scoring.datasetReference());
        return workspace.datasets().columns(dataset);
    }

    /** The chosen columns, or: personal data (masked unless included) and up to three categories. */
    private static List<ExportColumn> exportColumns(StreamedSegment segment, ScoredCustomer first,
                                                    List<ColumnInfo> datasetColumns, List<String> chosen) {
        List<ExportColumn> result = new ArrayList<>();
        List<ColumnInfo> picked = new ArrayList<>();
        if (chosen != null) {
            for (String name : chosen) {
                picked.add(datasetColumns.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow(() ->
                        new ExportException("There is no column `" + name + "` to export. Columns: " + String.join(
                                ", ", datasetColumns.stream().map(ColumnInfo::name).toList()) + ".")));
            }
        } else {
            datasetColumns.stream().filter(c -> c.role() == ColumnRole.PII).forEach(picked::add);
            datasetColumns.stream().filter(c -> c.role() == ColumnRole.FEATURE && c.type() == ColumnType.CATEGORY)
                    .limit(3).forEach(picked::add);
        }
        for (ColumnInfo c : picked) {
            if (c.name().equals(segment.keyColumn()) || c.name().equals(segment.value().column())) {
                continue;
            }
            if (c.role() == ColumnRole.PII) {
                Object sample = first == null ? null : first.attribute(c.name());
                result.add(ExportColumn.personal(c.name(), PersonalDataKind.guess(c.name(),
                        sample == null ? null : sample.toString())));
            } else if (c.type().isNumeric()) {
                result.add(c.type() == ColumnType.INTEGER ? ExportColumn.integer(c.name()) : ExportColumn.decimal(c.name()));
            } else {
                result.add(ExportColumn.text(c.name()));
            }
        }
        return result;
    }

    private static String breakdownColumn(List<ColumnInfo> columns) {
        return columns.stream().filter(c -> c.type() == ColumnType.CATEGORY && c.role() == ColumnRole.FEATURE)
                .map(ColumnInfo::name)
                .filter(n -> n.toLowerCase(Locale.ROOT).contains("channel"))
                .findFirst()
                .orElse(columns.stream().filter(c -> c.type() == ColumnType.CATEGORY && c.role() == ColumnRole.FEATURE)
                        .map(ColumnInfo::name).findFirst().orElse(null));
    }

    private Provenance provenance(StreamedSegment segment, CampaignEconomics economics) {
        ScoreRunRecord scoring = segment.scoring();
        ModelRef model = new ModelRef(Long.toString(scoring.modelId()), scoring.modelLearner(), scoring.modelAuc(),
                scoring.modelDesign(), Map.of("rocAuc", scoring.modelAuc()));
        return Provenance.of(segment.definition(), scoring.datasetSha256(), model, segment.bands(), economics,
                appVersion).withValue(segment.value()).withCallOrder(segment.order());
    }

    /**
     * Writes a call list that is not cut from a saved segment (the customers newly at risk between two scorings,
     * issue 16) as CSV or XLSX with its provenance sidecar, recorded in the export log under {@code listName} like
     * every other list.
     */
    public ExportResult callList(String listName, ExportTable table, Provenance provenance, Path out,
                                 ExportOptions options) {
        String format = extension(out, ExportKind.CALL_LIST.extensions());
        ExportJournal journal = new LoggedExport(workspace.stagedExports(), ExportKind.CALL_LIST, listName);
        return format.equals("csv") ? TableExport.writeCsv(table, out, options, provenance, journal)
                : TableExport.writeXlsx(table, out, options, provenance, journal);
    }

    /** The value column's header with its unit: "clv_brl (R$, lifetime value)", or "value (no value set)". */
    static String valueHeader(CustomerValue value) {
        return value.isSet() ? value.describe() : "value (no value set)";
    }

    /**
     * The export's record in the workspace: logged before its file is in place, so no list leaves the workspace
     * without a trace of who exported it, even when the process dies half-way ({@link LoggedExport}).
     */
    private ExportJournal journal(ExportKind kind, SegmentDefinition segment) {
        return new LoggedExport(workspace.stagedExports(), kind, segment.name());
    }

    private static String extension(Path out, List<String> allowed) {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        if (!allowed.contains(ext)) {
            throw new ExportException("Cannot tell the format of " + out.getFileName() + ": name it ."
                    + String.join(" or .", allowed) + ".");
        }
        return ext;
    }

}
