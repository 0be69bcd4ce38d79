package app.retention.usecase;

import app.retention.campaign.CampaignRequest;
import app.retention.data.SampleData;
import app.retention.domain.CampaignArm;
import app.retention.domain.CampaignMember;
import app.retention.domain.CampaignRecord;
import app.retention.segment.CampaignEconomics;
import app.retention.segment.Playbook;
import app.retention.segment.Segment;
import app.retention.segment.SegmentFilters;
import app.retention.store.Workspace;
import app.retention.task.TaskContext;
import app.retention.ui.segments.SegmentsTestData;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Export tab's model-vs-rule launch (docs/adr/0027): the campaign's two contacted groups are exactly the call
 * list's customers, the list is linked to the campaign, and a list that cannot be written takes the campaign back.
 */
@Tag("slow") // the sample workspace with a model: ~30 s the first time in a run
class RuleArmLaunchTest {

    @TempDir
    Path dir;

    @Test
    void theCallListHoldsExactlyBothContactedGroupsAndALaunchThatCannotWriteLeavesNoCampaign() throws Exception {
        Path ws = dir.resolve("ws");
        long model = SegmentsTestData.sampleWithModelAt(ws);
        try (Workspace w = Workspace.open(ws); Workbench services = new Workbench(w, 1)) {
            PreparedScoring scored = services.preparation().score(services.datasets().require(SampleData.CURRENT),
                    model, null, ValueChoice.ofDataset(), TaskContext.silent());
            Segment segment = services.segments().create("high", scored.scoring(),
                    SegmentFilters.parse("risk_band = High"), scored.bands(), Playbook.defaults(), 0.2, 1,
                    scored.value(), TaskContext.silent());
            List<String> rules = RuleArmChoices.of(services, segment.outline());
            assertThat(rules).contains("days_since_last_order >= 46 OR complaint = Yes");
            CampaignEconomics economics = new CampaignEconomics(5, 20, 0.3, 0.25);
            CampaignRequest request = new CampaignRequest("Model vs rule", "high", 100, economics, null, "call",
                    null, null, null, null, rules.get(0));
            Path list = dir.resolve("calls.csv");
            RuleArmLaunch.Launched launched = services.launchWithRule(request, segment, economics, list, false,
                    "test", TaskContext.silent());
            CampaignRecord c = launched.campaign();
            assertThat(c.exportId()).isNotNull();
            List<CampaignMember> members = services.campaigns().members(c);
            List<String> contacted = members.stream().filter(m -> m.arm() == CampaignArm.TREATED
                    || m.arm() == CampaignArm.RULE).map(CampaignMember::key).sorted().toList();
            assertThat(members.stream().filter(m -> m.arm() == CampaignArm.RULE).count()).isPositive();
            assertThat(members.stream().filter(m -> m.arm() == CampaignArm.RULE_CONTROL).count()).isPositive();
            assertThat(keys(list)).isEqualTo(contacted);
            assertThat(launched.list().rows()).isEqualTo(contacted.size());

            Path nowhere = dir.resolve("calls.txt"); // a format no list has: refused after the campaign was made
            CampaignRequest another = new CampaignRequest("Not kept", "high", 100, economics, null, "call", null,
                    null, null, null, rules.get(0));
            assertThatThrownBy(() -> services.launchWithRule(another, segment, economics, nowhere, false, "test",
                    TaskContext.silent()))
                    .hasMessageContaining("calls.txt");
            assertThat(w.campaigns().exists("Not kept")).isFalse();
        }
    }

    private static List<String> keys(Path csv) throws Exception {
        List<String> keys = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(Files.readString(csv).replace("\uFEFF",
                ""))) {
            reader.stream().skip(1).forEach(r -> keys.add(r.getField(1)));
        }
        return keys.stream().sorted().toList();
    }
}
