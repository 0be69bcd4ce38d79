package app.retention.campaign;

import app.retention.domain.CampaignArm;
import app.retention.domain.CampaignArmRecord;
import app.retention.domain.CampaignMember;
import app.retention.domain.CampaignOutcome;
import app.retention.domain.CampaignRecord;
import app.retention.domain.CampaignStatus;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The readout's arithmetic on stored arms and outcomes, without a workspace. */
class ReadoutCalculatorTest {

    private static CampaignRecord campaign(String valueColumn) {
        return campaign(valueColumn, null);
    }

    private static CampaignRecord campaign(String valueColumn, String rule) {
        return new CampaignRecord(1, null, "Test", CampaignStatus.OUTCOMES_IN, null, "call", null,
                LocalDate.of(2026, 12, 1), 1000, 5, 20, 0.3, 0.25, valueColumn, valueColumn == null ? null : "BRL",
                0.2, null, "seg", 1, 1, "j48", "d@1", "customer_id", null, rule);
    }

    /** {@code n} customers of an arm, the first {@code churners} churned, each worth 100 in band High or Low. */
    private static void add(List<CampaignMember> members, List<CampaignOutcome> outcomes, CampaignArm arm, int n,
                            int churners, String prefix) {
        for (int i = 0; i < n; i++) {
            String key = prefix + String.format("%05d", i);
            members.add(new CampaignMember(key, arm, i % 2 == 0 ? 0.7 : 0.3, i % 2 == 0 ? "High" : "Low", 100));
            outcomes.add(new CampaignOutcome(key, i < churners, null, arm.contacted() ? i % 3 != 0 : null,
                    null));
        }
    }

    private static List<CampaignArmRecord> arms(List<CampaignMember> members) {
        List<CampaignArmRecord> arms = new ArrayList<>();
        for (CampaignArm arm : CampaignArm.values()) {
            if (members.stream().noneMatch(m -> m.arm() == arm) && !arm.equals(CampaignArm.TREATED)
                    && !arm.equals(CampaignArm.CONTROL)) {
                continue;
            }
            List<String> keys = members.stream().filter(m -> m.arm() == arm).map(CampaignMember::key).toList();
            arms.add(new CampaignArmRecord(arm, keys.size(), ArmChecksum.of(keys)));
        }
        return arms;
    }

    @Test
    void intentionToTreatFollowsMetrics() {
        List<CampaignMember> members = new ArrayList<>();
        List<CampaignOutcome> outcomes = new ArrayList<>();
        add(members, outcomes, CampaignArm.TREATED, 800, 120, "t");
        add(members, outcomes, CampaignArm.CONTROL, 200, 40, "c");

        CampaignReadout r = ReadoutCalculator.read(campaign("clv_brl"), arms(members), members, outcomes, null, 1,
                2000);

        CampaignReadout.Effect e = r.intentionToTreat();
        assertThat(e.uplift()).isCloseTo(0.20 - 0.15, within(1e-12));
        assertThat(e.relativeReduction()).isCloseTo(0.25, within(1e-12));
        assertThat(e.customersSaved()).isCloseTo(40, within(1e-9));
        assertThat(e.valueSaved()).isCloseTo(0.05 * 800 * 100, within(1e-6));
        assertThat(e.cost()).isCloseTo(800 * (5 + 20 * 0.3), within(1e-9));
        assertThat(e.roi()).isCloseTo((4000 - 8800) / 8800.0, within(1e-12));
        assertThat(e.roiInterval().low()).isLessThan(e.roi());
        assertThat(e.roiInterval().high()).isGreaterThan(e.roi());
        assertThat(r.checks().sampleRatioMismatch()).isFalse();
        assertThat(r.checks().checksumsOk()).isTrue();
        assertThat(r.arms()).allMatch(CampaignReadout.ArmResult::checksumOk);
        assertThat(r.bands()).extracting(CampaignReadout.BandEffect::band).containsExactly("High", "Low");
        assertThat(r.perProtocol().treated()).isEqualTo(800 - 267);
        assertThat(r.plan().expectedSaves()).isCloseTo((400 * 0.7 + 400 * 0.3) * 0.25, within(1e-9));
    }

    @Test
    void aReadoutFlagsADeliberatelyUnbalancedControlGroup() {
        List<CampaignMember> members = new ArrayList<>();
        List<CampaignOutcome> outcomes = new ArrayList<>();
        add(members, outcomes, CampaignArm.TREATED, 1000, 150, "t");
        add(members, outcomes, CampaignArm.CONTROL, 150, 30, "c"); // planned 20%: 250 expected, 150 held out

        CampaignReadout r = ReadoutCalculator.read(campaign("clv_brl"), arms(members), members, outcomes, null, 1,
                2000);

        assertThat(r.checks().sampleRatioMismatch()).isTrue();
        assertThat(r.checks().sampleRatioP()).isLessThan(0.001);
        assertThat(r.checks().warnings()).anyMatch(w -> w.startsWith("Sample-ratio mismatch"));
        assertThat(r.words().howSure()).contains("sample-ratio mismatch");
    }

    @Test
    void missingOutcomesAreCountedAndListedAndAChangedArmIsCaught() {
        List<CampaignMember> members = new ArrayList<>();
        List<CampaignOutcome> outcomes = new ArrayList<>();
        add(members, outcomes, CampaignArm.TREATED, 400, 60, "t");
        add(members, outcomes, CampaignArm.CONTROL, 100, 20, "c");
        List<CampaignArmRecord> arms = arms(members);
        outcomes.remove(0);
        members.add(new CampaignMember("x-slipped-in", CampaignArm.TREATED, 0.5, "High", 1));

        CampaignReadout r = ReadoutCalculator.read(campaign(null), arms, members, outcomes, null, 1, 2000);

        assertThat(r.checks().missingOutcomes()).isEqualTo(2);
        assertThat(r.missingOutcomeKeys()).containsExactly("t00000", "x-slipped-in");
        assertThat(r.checks().checksumsOk()).isFalse();
        assertThat(r.intentionToTreat().valueSaved()).isNull();
        assertThat(r.intentionToTreat().roi()).isNull();
        assertThat(r.words().whatItWasWorth()).contains("no value column");
    }

    @Test
    void aRuleArmIsComparedWithTheModelForTheSameBudget() {
        List<CampaignMember> members = new ArrayList<>();
        List<CampaignOutcome> outcomes = new ArrayList<>();
        add(members, outcomes, CampaignArm.TREATED, 800, 120, "t"); // 15% against 20%: +5 points
        add(members, outcomes, CampaignArm.CONTROL, 200, 40, "c");
        add(members, outcomes, CampaignArm.RULE, 800, 144, "r"); // 18% against 20%: +2 points
        add(members, outcomes, CampaignArm.RULE_CONTROL, 200, 40, "k");

        CampaignReadout r = ReadoutCalculator.read(campaign("clv_brl", "complaint = Yes"), arms(members), members,
                outcomes, null, 1, 2000);

        CampaignReadout.ModelVsRule v = r.modelVsRule();
        assertThat(v.byRule().uplift()).isCloseTo(0.02, within(1e-12));
        assertThat(v.upliftDifference()).isCloseTo(0.03, within(1e-12));
        assertThat(v.upliftDifferenceInterval().low()).isLessThan(0.03);
        assertThat(v.upliftDifferenceInterval().high()).isGreaterThan(0.03);
        assertThat(v.roiDifference()).isCloseTo(r.intentionToTreat().roi() - v.byRule().roi(), within(1e-12));
        assertThat(r.intentionToTreat().treated()).isEqualTo(800);
        assertThat(r.intentionToTreat().control()).isEqualTo(200);
        assertThat(r.qini().customers()).isEqualTo(1000); // the model's arms only
        assertThat(r.arms()).extracting(CampaignReadout.ArmResult::arm)
                .containsExactly("treated", "control", "rule", "rule control");
        assertThat(r.words().whatNext()).contains("Model and rule cannot be told apart yet");
    }
}
