package app.retention.usecase;

import app.retention.campaign.CampaignRequest;
import app.retention.campaign.CampaignService;
import app.retention.domain.CampaignArm;
import app.retention.domain.CampaignMember;
import app.retention.domain.CampaignRecord;
import app.retention.domain.ExportKind;
import app.retention.export.ExportResult;
import app.retention.export.SegmentExports;
import app.retention.segment.CampaignEconomics;
import app.retention.segment.Segment;
import app.retention.store.Workspace;
import app.retention.task.TaskContext;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A model-vs-rule campaign launched with its call list (ADR 0015, docs/adr/0027): the campaign is created as
 * {@code campaign create --rule} creates it (the segment split in two random halves, the model's calls from one, the
 * rule's from the other, each with its own hold-out), then the call list is written with exactly the customers its two
 * contacted groups hold, in the segment's call order, and linked to the campaign. When the list cannot be written the
 * campaign is taken back: nothing half-made stays.
 */
public final class RuleArmLaunch {

    /** The list written and the campaign it launched. */
    public record Launched(ExportResult list, CampaignRecord campaign) {
    }

    private final Workspace workspace;
    private final CampaignService campaigns;
    private final SegmentExports exports;
    private final Function<ExportResult, Long> exportIdOf;

    RuleArmLaunch(Workspace workspace, CampaignService campaigns, SegmentExports exports,
                  Function<ExportResult, Long> exportIdOf) {
        this.workspace = workspace;
        this.campaigns = campaigns;
        this.exports = exports;
        this.exportIdOf = exportIdOf;
    }

    Launched launch(CampaignRequest request, Segment segment, CampaignEconomics economics, Path out,
                    boolean personalData, String user, TaskContext context) {
        CampaignRecord campaign = campaigns.create(request, context);
        try {
            List<CampaignMember> members = campaigns.members(campaign);
            Set<String> contacted = new HashSet<>();
            members.stream().filter(m -> m.arm() == CampaignArm.TREATED || m.arm() == CampaignArm.RULE)
                    .forEach(m -> contacted.add(m.key()));
            // the segment's customers both groups call, none held out: the list is the campaign's calls, no more
            Segment calls = new Segment(segment.record(), segment.definition(), segment.scoring(), segment.bands(),
                    segment.playbook(), null, segment.customers().stream().filter(c -> contacted.contains(c.key()))
                    .toList(), segment.keyColumn(), segment.value(), segment.alreadyChurned(),
                    segment.outcomesKnown(), segment.order());
            context.checkCancelled();
            ExportResult written = exports.list(calls, ExportKind.CALL_LIST, economics, Math.max(1, contacted.size()),
                    out, null, personalData, user);
            workspace.campaigns().linkExport(campaign.id(), exportIdOf.apply(written));
            return new Launched(written, campaigns.require(campaign.name()));
        } catch (RuntimeException | Error e) {
            try {
                workspace.campaigns().delete(campaign.id());
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }
}
