package app.retention.usecase;

import app.retention.campaign.CampaignRequest;
import app.retention.campaign.OutcomeColumns;
import app.retention.data.SampleCampaignOutcomes;
import app.retention.data.SampleData;
import app.retention.domain.CampaignRecord;
import app.retention.domain.DatasetInfo;
import app.retention.domain.UseCaseRecord;
import app.retention.model.CvPlan;
import app.retention.model.LearnerRequest;
import app.retention.segment.CampaignEconomics;
import app.retention.segment.Playbook;
import app.retention.segment.SegmentFilters;
import app.retention.task.TaskContext;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The sample data's demo campaign (issue 15 §6), so that the Campaigns screen has a readout to show on first run:
 * J48 trained on September (3 folds), November scored with it, a segment of its High and Medium bands with 20% held
 * out, a call campaign of the top 1,500, and its outcomes simulated by {@link SampleCampaignOutcomes} (the documented
 * ground truth and treatment effect, seed {@value #OUTCOME_SEED}) and imported. Every step is the one a user or the
 * CLI takes; nothing is precomputed, so the demo is the product's own numbers. September, not October, so that the
 * Models screen's first dataset (the newest labelled snapshot) stays the user's to train on.
 */
public final class DemoCampaign {

    public static final String NAME = "Demo: win back November";
    public static final String SEGMENT = "Demo: at risk in November";
    public static final String OUTCOMES_FILE = "demo-campaign-outcomes.csv";
    public static final long OUTCOME_SEED = 15;
    static final int CONTACTS = 1500;
    static final double CONTROL_SHARE = 0.2;
    static final LocalDate START = LocalDate.of(2026, 12, 1);
    private static final String TRAIN_ON = "mcommerce_2026_09";
    /** The use case the demo's model is put in use for. */
    public static final String USE_CASE = "mcommerce 30-day churn";
    /** The reason recorded with the demo's promotion. */
    public static final String FIRST_MODEL_REASON = "first model, demo";
    private static final String USER = "demo";

    private DemoCampaign() {
    }

    /**
     * Prepares the demo campaign in a workspace holding the sample snapshots; empty when it exists already or the
     * snapshots are not there (deleted or renamed).
     */
    static Optional<CampaignRecord> prepare(Workbench services, TaskContext context) {
        if (services.workspace().campaigns().exists(NAME)) {
            return Optional.empty();
        }
        Optional<DatasetInfo> train = services.datasets().find(TRAIN_ON);
        Optional<DatasetInfo> current = services.datasets().find(SampleData.CURRENT);
        if (train.isEmpty() || current.isEmpty()) {
            return Optional.empty();
        }
        context.progress(0.05, "Training J48 on " + TRAIN_ON);
        long model = services.training().crossValidate(train.get(), List.of(LearnerRequest.of("j48")),
                new CvPlan(3, 1, 1, false, true), context).get(0).id();
        // the Monitor screen's model: the demo's use case with its model in use (ADR 0025), before November is
        // scored, so that the scoring records it
        context.progress(0.4, "Putting model " + model + " in use for " + USE_CASE);
        UseCaseRecord useCase = services.inService().list().stream().filter(u -> u.name().equals(USE_CASE))
                .findFirst().orElseGet(() -> services.inService().create(USE_CASE, train.get(),
                        "Who leaves within 30 days of the snapshot (the sample's demo)", USER));
        if (services.inService().modelInUse(useCase).isEmpty()) {
            services.inService().promote(useCase, model, FIRST_MODEL_REASON, USER, context);
        }
        context.progress(0.5, "Scoring " + SampleData.CURRENT);
        PreparedScoring scored = services.preparation().score(current.get(), model, null, ValueChoice.ofDataset(),
                context);
        services.segments().save(SEGMENT, scored.scoring(), SegmentFilters.parse("risk_band = High|Medium"),
                scored.bands(), Playbook.defaults(), CONTROL_SHARE, 1, scored.value(), context);
        context.progress(0.8, "Launching " + NAME);
        CampaignRecord campaign = services.campaigns().create(new CampaignRequest(NAME, SEGMENT, CONTACTS,
                new CampaignEconomics(5, 20, 0.3, 0.25), "Keep the customers most likely to leave in December",
                "call", "20% off the next order", START, null, null, null), context);
        Path outcomes = services.directory().resolve("samples").resolve(OUTCOMES_FILE);
        SampleCampaignOutcomes.write(services.datasets(), campaign, services.campaigns().members(campaign), outcomes,
                OUTCOME_SEED);
        services.campaigns().importOutcomes(NAME, outcomes, OutcomeColumns.byName());
        return Optional.of(services.campaigns().require(NAME));
    }
}
