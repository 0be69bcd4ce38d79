package app.retention.usecase;

import app.retention.data.ImportOptions;
import app.retention.data.ImportResult;
import app.retention.data.SampleData;
import app.retention.domain.DatasetInfo;
import app.retention.domain.ServiceAction;
import app.retention.domain.ServiceLogEntry;
import app.retention.domain.UseCaseRecord;
import app.retention.model.CvPlan;
import app.retention.model.LearnerRequest;
import app.retention.model.ModelException;
import app.retention.store.Workspace;
import app.retention.task.TaskContext;
import app.retention.testing.CustomerCsv;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The model in use on the sample (issue 16): a strong and a weak model trained on September are weighed on October,
 * the latest labelled snapshot neither saw. Promotion on evidence, refusal without it, an override recorded, rollback
 * in one step, the rollback proposal, and every bad request refused with nothing stored.
 */
@Tag("slow") // imports the sample and trains four models: about a minute
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModelsInServiceTest {

    @TempDir
    static Path dir;
    private Workspace workspace;
    private Workbench services;
    private ModelsInService inService;
    private long strong;
    private long weak;
    private long onOctober;
    private long otherTarget;
    private long noSkill;
    private DatasetInfo september;

    @BeforeAll
    void trainModels() throws Exception {
        workspace = Workspace.open(dir.resolve("ws"));
        services = new Workbench(workspace, 2);
        inService = services.inService();
        List<ImportResult> imported = SampleData.importBundled(workspace, TaskContext.silent());
        september = imported.get(0).dataset();
        CvPlan plan = new CvPlan(3, 1, 1, false, true);
        var runs = services.training().crossValidate(september, List.of(LearnerRequest.of("logistic"),
                new LearnerRequest("j48", Map.of("minLeaf", "1000")), LearnerRequest.of("zeror")), plan,
                TaskContext.silent());
        strong = runs.get(0).id();
        weak = runs.get(1).id();
        noSkill = runs.get(2).id();
        onOctober = services.training().crossValidate(imported.get(1).dataset(),
                List.of(new LearnerRequest("j48", Map.of("minLeaf", "1000"))), plan, TaskContext.silent()).get(0).id();
        ImportResult other = services.imports().importFile(CustomerCsv.write(dir.resolve("other.csv"), 400),
                new ImportOptions("other", "churn", null, false), TaskContext.silent());
        otherTarget = services.training().crossValidate(other.dataset(), List.of(LearnerRequest.of("j48")), plan,
                TaskContext.silent()).get(0).id();
    }

    @AfterAll
    void close() {
        services.close();
        workspace.close();
    }

    private UseCaseRecord useCase(String name) {
        return inService.create(name, september, null, "analyst");
    }

    private ServiceLogEntry promote(UseCaseRecord u, long model, String override) {
        return inService.promote(u, model, override, "analyst", TaskContext.silent());
    }

    @Test
    void aStrongerChallengerIsPromotedWithItsEvidenceAndAWeakerOneIsRefusedNamingIt() {
        UseCaseRecord u = useCase("promotion");
        ServiceLogEntry first = promote(u, weak, null);
        assertThat(first.evidence().snapshot()).isEqualTo("mcommerce_2026_10@1");
        assertThat(first.evidence().champion()).isNull(); // the first model is weighed against chance
        assertThat(first.evidence().passed()).isTrue();

        ServiceLogEntry second = promote(u, strong, null);
        System.out.println(first.evidence().finding());
        System.out.println(second.evidence().finding());
        assertThat(second.previousModelId()).isEqualTo(weak);
        assertThat(second.overridden()).isFalse();
        var evidence = second.evidence();
        assertThat(evidence.snapshot()).isEqualTo("mcommerce_2026_10@1");
        assertThat(evidence.customers()).isEqualTo(19_697);
        assertThat(evidence.churners()).isEqualTo(3_591);
        assertThat(evidence.challenger().auc()).isGreaterThan(evidence.champion().auc())
                .isBetween(evidence.challenger().aucLow(), evidence.challenger().aucHigh());
        assertThat(evidence.pValue()).isLessThan(0.05);
        assertThat(evidence.challenger().liftTop10()).isGreaterThan(1);
        assertThat(evidence.challenger().calibrationError())
                .isLessThanOrEqualTo(evidence.champion().calibrationError() + PromotionRule.CALIBRATION_TOLERANCE);
        assertThat(second.recordedBy()).isEqualTo("analyst");
        assertThat(inService.modelInUse(u)).contains(strong);
        // as stored, read back
        assertThat(inService.history(u).get(1)).isEqualTo(second);

        long logBefore = workspace.serviceLog().size();
        assertThatThrownBy(() -> promote(u, weak, null)).isInstanceOf(InServiceException.class)
                .hasMessageStartingWith("Model " + weak + " was not put in use: On mcommerce_2026_10@1")
                .hasMessageContaining("ROC AUC").hasMessageContaining("p ").hasMessageContaining("--override REASON");
        assertThat(workspace.serviceLog().size()).isEqualTo(logBefore);
        assertThat(inService.modelInUse(u)).contains(strong);
    }

    @Test
    void anOverrideIsRecordedWithItsReasonAndTheEvidenceAgainstIt() {
        UseCaseRecord u = useCase("override");
        promote(u, strong, null);
        ServiceLogEntry forced = promote(u, weak, "the simpler tree is easier to explain to the board");
        assertThat(forced.overridden()).isTrue();
        assertThat(forced.reason()).isEqualTo("the simpler tree is easier to explain to the board");
        assertThat(forced.evidence().passed()).isFalse();
        assertThat(forced.evidence().champion().modelId()).isEqualTo(strong);
        assertThat(inService.modelInUse(u)).contains(weak);
        assertThat(inService.history(u).get(1).overridden()).isTrue();
    }

    @Test
    void rollbackRestoresThePreviousModelForScoringInOneStepAndTheLogOnlyGrows() {
        UseCaseRecord u = useCase("rollback");
        promote(u, weak, null);
        promote(u, strong, null);
        List<ServiceLogEntry> before = inService.history(u);
        assertThat(inService.defaultModel("rollback")).contains(strong);

        ServiceLogEntry back = inService.rollback(u, "strong model misreads the new app version", "analyst");
        assertThat(back.action()).isEqualTo(ServiceAction.ROLLBACK);
        assertThat(back.modelId()).isEqualTo(weak);
        assertThat(back.previousModelId()).isEqualTo(strong);
        assertThat(inService.modelInUse(u)).contains(weak);
        assertThat(inService.defaultModel("rollback")).contains(weak); // what score and segment use without --model

        List<ServiceLogEntry> after = inService.history(u);
        assertThat(after).hasSize(before.size() + 1).startsWith(before.toArray(ServiceLogEntry[]::new));
        assertThatThrownBy(() -> inService.rollback(u, "again", "analyst")).isInstanceOf(InServiceException.class)
                .hasMessageContaining("no earlier one to restore");
        assertThatThrownBy(() -> inService.rollback(u, " ", "analyst")).hasMessageContaining("needs a reason");
        assertThat(inService.history(u)).isEqualTo(after);
    }

    @Test
    void aChampionThatDidWorseThanTheModelItReplacedOnALabelledSnapshotItScoredIsProposedForRollback() {
        UseCaseRecord u = useCase("proposal");
        promote(u, strong, null);
        assertThat(inService.active(u, TaskContext.silent()).proposal()).isEmpty();
        promote(u, weak, "testing the simple tree in service");
        // the weak model in use scores October, whose outcomes are known
        services.preparation().scoreAgain(workspace.datasets().require("mcommerce_2026_10"), weak, false,
                TaskContext.silent());
        ActiveModel active = inService.active(u, TaskContext.silent());
        assertThat(active.modelId()).contains(weak);
        assertThat(active.previous()).contains(strong);
        RollbackProposal proposal = active.proposal().orElseThrow();
        assertThat(proposal.replaced()).isEqualTo(strong);
        assertThat(proposal.evidence().challenger().auc()).isGreaterThan(proposal.evidence().champion().auc());
        assertThat(proposal.sentence("proposal")).startsWith("Rollback proposed: model " + weak
                + " did worse than model " + strong).contains("model rollback --use-case \"proposal\"");
    }

    @Test
    void eachScoringRecordsTheModelInUseAtTheTime() {
        UseCaseRecord u = useCase("scorings");
        DatasetInfo november = workspace.datasets().require("mcommerce_2026_11");
        var before = services.preparation().scoreAgain(november, strong, false, TaskContext.silent()).scoring();
        promote(u, strong, null);
        var after = services.preparation().scoreAgain(november, weak, false, TaskContext.silent()).scoring();
        var recorded = inService.scorings(u);
        assertThat(recorded).filteredOn(s -> s.scoring().id() == before.id()).singleElement()
                .satisfies(s -> assertThat(s.modelInUse()).isNull());
        assertThat(recorded).filteredOn(s -> s.scoring().id() == after.id()).singleElement()
                .satisfies(s -> assertThat(s.modelInUse()).isEqualTo(strong));
    }

    @Test
    void everyBadRequestIsRefusedInOneLineAndStoresNothing() {
        UseCaseRecord u = useCase("bad input");
        long log = workspace.serviceLog().size();
        int useCases = inService.list().size();
        assertThatThrownBy(() -> inService.require("no such use case")).isInstanceOf(InServiceException.class)
                .hasMessage("There is no use case `no such use case`. The command `usecase list` lists them; "
                        + "`usecase create` makes one.");
        assertThatThrownBy(() -> promote(u, 9_999, null)).isInstanceOf(ModelException.class)
                .hasMessageContaining("There is no model 9999");
        assertThatThrownBy(() -> promote(u, noSkill, null)).hasMessageContaining("no-skill reference");
        assertThatThrownBy(() -> promote(u, otherTarget, null)).isInstanceOf(InServiceException.class)
                .hasMessageContaining("predicts `churn`, not `churned_30d`");
        promote(u, onOctober, "first model");
        log = workspace.serviceLog().size();
        // trained on October and September: no labelled snapshot is left that neither saw
        assertThatThrownBy(() -> promote(u, weak, null)).isInstanceOf(InServiceException.class)
                .hasMessageContaining("there is no labelled snapshot that neither model " + weak);
        assertThatThrownBy(() -> promote(u, weak, " ")).hasMessageContaining("needs a reason");
        assertThatThrownBy(() -> inService.create("bad input", september, null, "analyst"))
                .hasMessageContaining("exists already");
        assertThatThrownBy(() -> inService.create("unlabelled", workspace.datasets().require("mcommerce_2026_11"),
                null, "analyst")).hasMessageContaining("has no churn target");
        assertThat(workspace.serviceLog().size()).isEqualTo(log);
        assertThat(inService.list()).hasSize(useCases);
        assertThat(List.of(u)).allSatisfy(x -> assertThat(x.targetColumn()).isEqualTo("churned_30d"));
    }

    @Test
    void anOverrideWithoutALabelledSnapshotIsRecordedWithoutEvidence() {
        UseCaseRecord u = useCase("no evidence");
        promote(u, onOctober, "first model");
        ServiceLogEntry forced = promote(u, weak, "no later outcomes yet; the tree is what marketing asked for");
        assertThat(forced.overridden()).isTrue();
        assertThat(forced.evidence()).isNull();
        assertThat(inService.modelInUse(u)).contains(weak);
    }
}
