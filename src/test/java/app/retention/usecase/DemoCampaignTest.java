package app.retention.usecase;

import app.retention.campaign.CampaignReadout;
import app.retention.data.SampleData;
import app.retention.domain.CampaignArm;
import app.retention.domain.CampaignRecord;
import app.retention.domain.CampaignStatus;
import app.retention.domain.UseCaseRecord;
import app.retention.store.Workspace;
import app.retention.task.TaskContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The sample's demo campaign: made on first run from the sample snapshots, its outcomes in, ready to read out. */
@Tag("slow") // imports the sample, trains J48, scores November: ~30 s on a busy 2-core machine
class DemoCampaignTest {

    @TempDir
    Path dir;

    @Test
    void theFirstRunMakesACampaignWithOutcomesThatReadsOutAndOnlyOnce() throws Exception {
        try (Workspace workspace = Workspace.open(dir.resolve("ws")); Workbench services = new Workbench(workspace, 2)) {
            SampleData.importBundled(workspace, TaskContext.silent());
            long started = System.nanoTime();
            Optional<CampaignRecord> made = services.prepareDemoCampaign(TaskContext.silent());
            System.out.printf("Demo campaign prepared in %.1f s%n", (System.nanoTime() - started) / 1e9);

            assertThat(made).isPresent();
            CampaignRecord c = made.get();
            assertThat(c.name()).isEqualTo(DemoCampaign.NAME);
            assertThat(c.status()).isEqualTo(CampaignStatus.OUTCOMES_IN);
            assertThat(c.datasetReference()).isEqualTo(SampleData.CURRENT + "@1");
            assertThat(services.campaigns().arms(c).stream().filter(a -> a.arm() == CampaignArm.TREATED)
                    .findFirst().orElseThrow().customers()).isEqualTo(DemoCampaign.CONTACTS);
            assertThat(dir.resolve("ws").resolve("samples").resolve(DemoCampaign.OUTCOMES_FILE)).exists();
            CampaignReadout r = services.campaigns().readout(DemoCampaign.NAME, 1, 2000);
            assertThat(r.checks().missingOutcomes()).isZero();
            assertThat(r.checks().sampleRatioMismatch()).isFalse();
            assertThat(r.campaign().valueUnit()).isEqualTo("BRL");
            System.out.printf("Demo readout: uplift %.4f (%.4f to %.4f), ROI %s%n", r.intentionToTreat().uplift(),
                    r.intentionToTreat().upliftInterval().low(), r.intentionToTreat().upliftInterval().high(),
                    r.intentionToTreat().roi());

            // the held-out customers' outcomes read the model as it is (decay from a campaign, issue 16)
            long heldOut = services.campaigns().arms(c).stream().filter(a -> a.arm() == CampaignArm.CONTROL)
                    .findFirst().orElseThrow().customers();
            MonitorReport monitor = services.monitoring().monitor(workspace.datasets().find(c.datasetReference())
                    .orElseThrow(), c.modelId(), TaskContext.silent());
            assertThat(monitor.decay()).isEmpty();
            assertThat(monitor.campaigns()).singleElement().satisfies(d -> {
                assertThat(d.campaign()).isEqualTo(DemoCampaign.NAME);
                assertThat(d.heldOut()).isEqualTo(heldOut);
                assertThat(d.observed()).isEqualTo(r.intentionToTreat().controlRate(), org.assertj.core.api.Assertions
                        .within(1e-12));
                assertThat(d.decay()).isNotNull();
                assertThat(d.decay().realised().auc()).isBetween(d.decay().realised().aucLow(),
                        d.decay().realised().aucHigh());
                assertThat(d.finding()).contains("held-out customers (not contacted").contains("churned where the "
                        + "model predicted");
            });
            System.out.println(monitor.campaigns().get(0).finding());
            // the Monitor screen's model: the demo's use case has its model in use, recorded with the reason
            UseCaseRecord useCase = services.inService().require(DemoCampaign.USE_CASE);
            long model = services.inService().modelInUse(useCase).orElseThrow();
            assertThat(services.inService().history(useCase)).singleElement().satisfies(e -> {
                assertThat(e.reason()).isEqualTo(DemoCampaign.FIRST_MODEL_REASON);
                assertThat(e.evidence()).isNotNull();
                assertThat(e.evidence().snapshot()).isEqualTo("mcommerce_2026_10@1");
            });
            assertThat(services.inService().scorings(useCase)).singleElement().satisfies(s ->
                    assertThat(s.modelInUse()).isEqualTo(model));
            long weighing = System.nanoTime();
            services.inService().evidence(useCase, model, null, TaskContext.silent());
            System.out.printf("Demo promotion's evidence weighed in %.1f s%n", (System.nanoTime() - weighing) / 1e9);

            assertThat(services.prepareDemoCampaign(TaskContext.silent())).isEmpty();
            assertThat(services.campaigns().list()).hasSize(1);
        }
    }
}
