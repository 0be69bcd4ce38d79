package app.retention.campaign;

import app.retention.data.DatasetCatalog;
import app.retention.data.TabularFile;
import app.retention.domain.CampaignArm;
import app.retention.domain.CampaignArmRecord;
import app.retention.domain.CampaignMember;
import app.retention.domain.CampaignOutcome;
import app.retention.domain.CampaignRecord;
import app.retention.domain.CampaignStatus;
import app.retention.domain.ColumnInfo;
import app.retention.domain.DatasetInfo;
import app.retention.domain.OutcomeImportRecord;
import app.retention.domain.SegmentRecord;
import app.retention.domain.StoredRow;
import app.retention.evaluate.RoiBootstrap;
import app.retention.segment.SegmentService;
import app.retention.segment.StreamedSegment;
import app.retention.store.Workspace;
import app.retention.task.TaskContext;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Campaigns (issue 15): created from a saved segment with the arms its call list has, stored as exported; outcomes
 * matched to them; read out against the control group. The one service both front ends call.
 */
public final class CampaignService {

    private static final int PAGE = 10_000;
    private static final int NAME_LIMIT = 200;

    private final Workspace workspace;
    private final SegmentService segments;
    private final DatasetCatalog datasets;

    public CampaignService(Workspace workspace, SegmentService segments, DatasetCatalog datasets) {
        this.workspace = workspace;
        this.segments = segments;
        this.datasets = datasets;
    }

    /**
     * Creates a campaign from a saved segment: the treated arm is the top {@code capacity} of the segment's ranking
     * outside its stored control group (the call list's customers), the control arm the stored control customers
     * ranked the same way ({@link CampaignArms}). Arms, keys, scores, bands, values and checksums are stored in one
     * transaction; a taken name or a bad request stores nothing.
     */
    public CampaignRecord create(CampaignRequest request, TaskContext context) {
        String name = checkNewName(request.name());
        if (request.capacity() < 1) {
            throw new CampaignException("A campaign needs a capacity of at least 1 contact; got "
                    + request.capacity() + ".");
        }
        CampaignRule rule = null;
        long seed = 0;
        if (request.rule() != null) {
            SegmentRecord saved = workspace.segments().find(request.segment()).orElse(null);
            if (saved != null) {
                seed = saved.controlSeed();
                String dataset = workspace.scores().run(saved.scoreRunId()).map(r -> r.datasetReference())
                        .orElse(null);
                List<String> columns = dataset == null ? List.of() : datasets.columns(datasets.require(dataset))
                        .stream().map(ColumnInfo::name).toList();
                rule = CampaignRule.parse(request.rule(), columns);
            }
        }
        CampaignArms arms = new CampaignArms(request.economics(), rule, seed);
        StreamedSegment segment = segments.stream(request.segment(), context, arms::add);
        List<CampaignMember> members = arms.choose(segment.control(), request.capacity(),
                segment.order().comparator());
        long contacted = members.stream().filter(m -> m.arm() == CampaignArm.TREATED).count();
        List<CampaignArmRecord> armRecords = new ArrayList<>();
        for (CampaignArm arm : rule == null ? List.of(CampaignArm.TREATED, CampaignArm.CONTROL)
                : List.of(CampaignArm.values())) {
            List<String> keys = members.stream().filter(m -> m.arm() == arm).map(CampaignMember::key).toList();
            armRecords.add(new CampaignArmRecord(arm, keys.size(), ArmChecksum.of(keys)));
        }
        LocalDate start = request.startDate() == null ? LocalDate.now() : request.startDate();
        CampaignStatus status = start.isAfter(LocalDate.now()) ? CampaignStatus.PLANNED : CampaignStatus.RUNNING;
        // what a customer is worth is the segment's value as the user set it (finding M5): its currency is the unit
        String valueColumn = segment.value().isSet() ? segment.value().column() : null;
        String unit = request.valueUnit() != null && !request.valueUnit().isBlank() ? request.valueUnit().strip()
                : segment.value().currency().isEmpty() ? null : segment.value().currency();
        CampaignRecord record = new CampaignRecord(0, null, name, status, blankToNull(request.goal()),
                blankToNull(request.channel()), blankToNull(request.offer()), start,
                request.capacity() == Integer.MAX_VALUE ? (int) contacted : request.capacity(),
                request.economics().contactCost(),
                request.economics().offerCost(), request.economics().acceptanceRate(), request.economics().saveRate(),
                valueColumn, valueColumn == null ? null : unit, segment.record().controlShare(),
                segment.record().id(), segment.definition().name(), segment.scoring().id(),
                segment.scoring().modelId(), segment.scoring().modelLearner(), segment.scoring().datasetReference(),
                segment.keyColumn(), request.exportId(), rule == null ? null : rule.text());
        workspace.campaigns().save(record, armRecords, members,
                segment.order().byUplift() ? segment.order().words() : null);
        return require(name);
    }

    /**
     * A valid name no campaign has yet, spaces around it removed: what an export checks before it writes a list that
     * is to launch a campaign.
     */
    public String checkNewName(String typed) {
        String name = checkName(typed);
        if (workspace.campaigns().exists(name)) {
            throw new CampaignException("A campaign named `" + name + "` exists already; choose another name.");
        }
        return name;
    }

    /** Every campaign, newest first, with the status as of today (a planned campaign whose day came is running). */
    public List<CampaignRecord> list() {
        return workspace.campaigns().list().stream().map(CampaignService::asOfToday).toList();
    }

    /** The campaign of that name; an unknown name is refused with the names there are. */
    public CampaignRecord require(String name) {
        String wanted = name == null ? "" : name.strip();
        return workspace.campaigns().find(wanted).map(CampaignService::asOfToday).orElseThrow(() -> {
            List<String> names = workspace.campaigns().list().stream().map(CampaignRecord::name).toList();
            return new CampaignException("There is no campaign `" + wanted + "`. " + (names.isEmpty()
                    ? "There are no campaigns yet." : "Campaigns: " + String.join(", ", names) + "."));
        });
    }

    /** The campaign's arms as stored (size and checksum). */
    public List<CampaignArmRecord> arms(CampaignRecord campaign) {
        return workspace.campaigns().arms(campaign.id());
    }

    /**
     * How the campaign's call list was ordered in words ("ranked by predicted uplift from campaign X's uplift
     * model: persuadables first"), or null when its segment was ranked by churn risk.
     */
    public String callOrder(CampaignRecord campaign) {
        return workspace.campaigns().callOrder(campaign.id()).orElse(null);
    }

    /** Every customer of the campaign's arms, by key. */
    public List<CampaignMember> members(CampaignRecord campaign) {
        return workspace.campaigns().members(campaign.id());
    }

    /** Whether each stored arm still has its checksum, by arm. */
    public Map<CampaignArm, Boolean> verify(CampaignRecord campaign) {
        List<CampaignMember> members = members(campaign);
        Map<CampaignArm, Boolean> result = new HashMap<>();
        for (CampaignArmRecord arm : arms(campaign)) {
            List<String> keys = members.stream().filter(m -> m.arm() == arm.arm()).map(CampaignMember::key).toList();
            result.put(arm.arm(), keys.size() == arm.customers() && ArmChecksum.of(keys).equals(arm.sha256()));
        }
        return result;
    }

    /**
     * Stores the outcomes in {@code file} (CSV, Excel or ARFF) for the campaign, replacing earlier ones, once every
     * row has been checked; see {@link OutcomeReader} for what is refused. Nothing is stored on a refusal.
     */
    public OutcomeReport importOutcomes(String campaignName, Path file, OutcomeColumns columns) {
        CampaignRecord campaign = requireReadable(campaignName);
        Map<String, CampaignMember> members = byKey(campaign);
        String source = file.getFileName().toString();
        OutcomeReader reader = new OutcomeReader(campaign, members, columns, line -> source + ", line " + line);
        try (TabularFile table = TabularFile.open(file)) {
            reader.header(table.header());
            for (TabularFile.Row row = table.next(); row != null; row = table.next()) {
                reader.row(row.line(), row.fields());
            }
        }
        return store(campaign, members, reader, source, file.toAbsolutePath().toString());
    }

    /** The columns of an outcomes file, for choosing which holds what; a file that cannot be read says why. */
    public List<String> outcomeColumns(Path file) {
        try (TabularFile table = TabularFile.open(file)) {
            return table.header();
        }
    }

    /**
     * Stores the outcomes of a labelled dataset in the workspace (a later snapshot of the same customers with its
     * churn target) for the campaign. Customers of the snapshot in no arm are left aside and counted.
     */
    public OutcomeReport importOutcomes(String campaignName, DatasetInfo dataset, OutcomeColumns columns) {
        CampaignRecord campaign = requireReadable(campaignName);
        Map<String, CampaignMember> members = byKey(campaign);
        OutcomeColumns all = new OutcomeColumns(columns.id(), columns.churn(), columns.reached(), columns.revenue(),
                true);
        OutcomeReader reader = new OutcomeReader(campaign, members, all, row -> dataset.reference() + ", row " + row);
        List<ColumnInfo> header = datasets.columns(dataset);
        reader.header(header.stream().map(ColumnInfo::name).toList());
        for (long offset = 0; ; offset += PAGE) {
            List<StoredRow> rows = datasets.rows(dataset, offset, PAGE);
            for (StoredRow row : rows) {
                reader.row(row.rowNumber(), row.values());
            }
            if (rows.size() < PAGE) {
                break;
            }
        }
        return store(campaign, members, reader, "dataset " + dataset.reference(), "dataset " + dataset.reference());
    }

    private OutcomeReport store(CampaignRecord campaign, Map<String, CampaignMember> members, OutcomeReader reader,
                                String shownSource, String storedSource) {
        List<CampaignOutcome> outcomes = reader.finish(shownSource);
        Set<String> matched = new java.util.HashSet<>();
        outcomes.forEach(o -> matched.add(o.key()));
        long missingTreated = 0;
        long missingControl = 0;
        List<String> missingKeys = new ArrayList<>();
        for (CampaignMember m : members.values()) {
            if (!matched.contains(m.key())) {
                if (m.arm() == CampaignArm.TREATED) {
                    missingTreated++;
                } else {
                    missingControl++;
                }
                missingKeys.add(m.key());
            }
        }
        boolean replaced = workspace.campaigns().outcomeImport(campaign.id()).isPresent();
        workspace.campaigns().saveOutcomes(campaign.id(), new OutcomeImportRecord(OffsetDateTime.now(), storedSource,
                outcomes.size(), missingTreated + missingControl, reader.unknownRows()), outcomes,
                CampaignStatus.OUTCOMES_IN);
        return new OutcomeReport(campaign.name(), shownSource, outcomes.size(), missingTreated, missingControl,
                missingKeys.stream().sorted().limit(20).toList(), reader.unknownRows(), replaced);
    }

    /**
     * Reads the campaign out from its stored arms and outcomes (nothing re-scored or re-drawn) and marks it read
     * out. The ROI interval resamples {@code resamples} times from {@code seed}.
     */
    public CampaignReadout readout(String campaignName, long seed, int resamples) {
        CampaignReadout readout = peek(campaignName, seed, resamples);
        workspace.campaigns().setStatus(require(campaignName).id(), CampaignStatus.READ_OUT);
        return readout;
    }

    /** Reads the campaign out as {@link #readout} does, without marking it read out (the overview's last line). */
    public CampaignReadout peek(String campaignName, long seed, int resamples) {
        if (resamples < RoiBootstrap.MIN_RESAMPLES) {
            throw new CampaignException("The ROI interval needs at least " + RoiBootstrap.MIN_RESAMPLES
                    + " resamples; got " + resamples + ".");
        }
        CampaignRecord campaign = require(campaignName);
        List<CampaignOutcome> outcomes = workspace.campaigns().outcomes(campaign.id());
        if (outcomes.isEmpty()) {
            throw new CampaignException("Campaign " + campaign.name() + " has no outcomes yet. Import them with: "
                    + "campaign outcomes \"" + campaign.name() + "\" FILE-or-DATASET");
        }
        List<CampaignMember> members = members(campaign);
        List<CampaignArmRecord> arms = arms(campaign);
        Map<CampaignArm, Boolean> verified = verify(campaign);
        verified.forEach((arm, ok) -> {
            if (!ok) {
                throw new CampaignException("The stored " + arm.label() + " arm of campaign " + campaign.name()
                        + " no longer matches the checksum taken when it was created: the workspace was changed "
                        + "outside the workbench, so it cannot be read out.");
            }
        });
        CampaignReadout readout = ReadoutCalculator.read(campaign.withStatus(CampaignStatus.READ_OUT), arms, members,
                outcomes, workspace.campaigns().outcomeImport(campaign.id()).orElse(null), seed, resamples,
                callOrder(campaign));
        return readout;
    }

    /** A campaign whose outcomes may be imported: it has a control group to compare with. */
    private CampaignRecord requireReadable(String name) {
        CampaignRecord campaign = require(name);
        boolean hasControl = arms(campaign).stream().anyMatch(a -> a.arm() == CampaignArm.CONTROL
                && a.customers() > 0);
        if (!hasControl) {
            throw new CampaignException("Campaign " + campaign.name() + " has no control group (segment "
                    + campaign.segmentName() + " held none out for the customers contacted), so no outcome can show "
                    + "what it changed; nothing was stored. Create it from a segment with a control group.");
        }
        return campaign;
    }

    private Map<String, CampaignMember> byKey(CampaignRecord campaign) {
        Map<String, CampaignMember> map = new HashMap<>();
        members(campaign).forEach(m -> map.put(m.key(), m));
        return map;
    }

    private static CampaignRecord asOfToday(CampaignRecord c) {
        return c.status() == CampaignStatus.PLANNED && !c.startDate().isAfter(LocalDate.now())
                ? c.withStatus(CampaignStatus.RUNNING) : c;
    }

    private static String checkName(String typed) {
        String name = typed == null ? "" : typed.strip();
        if (name.isEmpty()) {
            throw new CampaignException("A campaign needs a name.");
        }
        if (name.length() > NAME_LIMIT) {
            throw new CampaignException("A campaign name may have at most " + NAME_LIMIT + " characters; this one "
                    + "has " + name.length() + ".");
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw new CampaignException("A campaign name cannot hold control characters (tabs, line breaks).");
        }
        return name;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
