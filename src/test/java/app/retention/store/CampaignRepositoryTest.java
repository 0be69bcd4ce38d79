package app.retention.store;

import app.retention.domain.CampaignArm;
import app.retention.domain.CampaignArmRecord;
import app.retention.domain.CampaignMember;
import app.retention.domain.CampaignOutcome;
import app.retention.domain.CampaignRecord;
import app.retention.domain.CampaignStatus;
import app.retention.domain.OutcomeImportRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Campaigns, their arms and outcomes in a real H2 workspace: stored whole or not at all. */
class CampaignRepositoryTest {

    @TempDir
    Path dir;

    private static CampaignRecord campaign(String name) {
        return new CampaignRecord(0, null, name, CampaignStatus.PLANNED, "Keep them", "call", "20% off",
                LocalDate.of(2026, 12, 1), 2, 5, 20, 0.3, 0.25, "clv_brl", "BRL", 0.2, null, "High risk", 3, 7,
                "j48", "customers@1", "customer_id", null, null);
    }

    private static List<CampaignMember> members() {
        return List.of(new CampaignMember("c-1", CampaignArm.TREATED, 0.8, "High", 120.5),
                new CampaignMember("c-2", CampaignArm.TREATED, 0.6, "High", Double.NaN),
                new CampaignMember("c-3", CampaignArm.CONTROL, 0.7, "High", 99));
    }

    private static List<CampaignArmRecord> arms() {
        return List.of(new CampaignArmRecord(CampaignArm.TREATED, 2, "a".repeat(64)),
                new CampaignArmRecord(CampaignArm.CONTROL, 1, "b".repeat(64)));
    }

    @Test
    void aCampaignReadsBackWithItsArmsAndCustomers() {
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            long id = ws.campaigns().save(campaign("Winback"), arms(), members());

            CampaignRecord read = ws.campaigns().find(" Winback ").orElseThrow();

            assertThat(read.id()).isEqualTo(id);
            assertThat(read.createdAt()).isNotNull();
            assertThat(read.startDate()).isEqualTo(LocalDate.of(2026, 12, 1));
            assertThat(read.segmentId()).isNull();
            assertThat(read.valueUnit()).isEqualTo("BRL");
            assertThat(ws.campaigns().arms(id)).containsExactlyElementsOf(arms());
            List<CampaignMember> members = ws.campaigns().members(id);
            assertThat(members).extracting(CampaignMember::key).containsExactly("c-1", "c-2", "c-3");
            assertThat(members.get(1).value()).isNaN();
            assertThat(members.get(0).value()).isEqualTo(120.5);
        }
    }

    @Test
    void aCustomerInTwoArmsStoresNothing() {
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            List<CampaignMember> overlapping = List.of(new CampaignMember("c-1", CampaignArm.TREATED, 0.8, "High", 1),
                    new CampaignMember("c-1", CampaignArm.CONTROL, 0.8, "High", 1));
            assertThatThrownBy(() -> ws.campaigns().save(campaign("Overlap"), arms(), overlapping))
                    .isInstanceOf(StoreException.class).hasMessageStartingWith("Could not save campaign Overlap");
            assertThat(ws.campaigns().list()).isEmpty();
        }
    }

    @Test
    void newOutcomesReplaceTheEarlierOnesAndAFailedImportKeepsThem() {
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            long id = ws.campaigns().save(campaign("Winback"), arms(), members());
            OutcomeImportRecord first = new OutcomeImportRecord(OffsetDateTime.now(), "first.csv", 3, 0, 0);
            ws.campaigns().saveOutcomes(id, first, List.of(new CampaignOutcome("c-1", true,
                    LocalDate.of(2026, 12, 9), true, null), new CampaignOutcome("c-2", false, null, null, 10.0),
                    new CampaignOutcome("c-3", false, null, null, null)), CampaignStatus.OUTCOMES_IN);

            // an outcome for a customer in no arm breaks the table's key: all of it is rolled back
            assertThatThrownBy(() -> ws.campaigns().saveOutcomes(id, new OutcomeImportRecord(OffsetDateTime.now(),
                    "second.csv", 1, 2, 0), List.of(new CampaignOutcome("c-9", true, null, null, null)),
                    CampaignStatus.OUTCOMES_IN)).isInstanceOf(StoreException.class);

            assertThat(ws.campaigns().outcomeImport(id).orElseThrow().source()).isEqualTo("first.csv");
            List<CampaignOutcome> outcomes = ws.campaigns().outcomes(id);
            assertThat(outcomes).hasSize(3);
            assertThat(outcomes.get(0)).isEqualTo(new CampaignOutcome("c-1", true, LocalDate.of(2026, 12, 9), true,
                    null));
            assertThat(outcomes.get(1).revenue()).isEqualTo(10.0);
            assertThat(outcomes.get(1).reached()).isNull();
            assertThat(ws.campaigns().find("Winback").orElseThrow().status()).isEqualTo(CampaignStatus.OUTCOMES_IN);
        }
    }

    @Test
    void aTakenNameIsRefused() {
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            ws.campaigns().save(campaign("Winback"), arms(), members());
            assertThatThrownBy(() -> ws.campaigns().save(campaign("Winback"), arms(), members()))
                    .hasMessage("A campaign named `Winback` exists already; choose another name.");
        }
    }
}
