package app.retention.usecase;

import app.retention.data.ImportOptions;
import app.retention.data.sample.MobileCommerceGenerator;
import app.retention.evaluate.AucEstimate;
import app.retention.store.Workspace;
import app.retention.task.TaskContext;
import app.retention.ui.segments.SegmentsTestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Realised figures over snapshots (issue 16, docs/adr/0028) on the sample: J48 trained on September (3 folds), October
 * labelled, November's customers with December's outcomes imported as they would be once December is over.
 */
@Tag("slow") // trains J48 once per run (shared), scores two snapshots in memory
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DecaySeriesTest {

    @TempDir
    static Path dir;
    private Workspace workspace;
    private Workbench services;
    private long modelId;
    private DecayReport report;

    @BeforeAll
    void readTheSeries() throws Exception {
        modelId = SegmentsTestData.sampleWithModelAt(dir.resolve("ws"));
        workspace = Workspace.open(dir.resolve("ws"));
        services = new Workbench(workspace, 2);
        Path outcomes = dir.resolve("mcommerce_2026_11_outcomes.csv");
        new MobileCommerceGenerator(MobileCommerceGenerator.DEFAULT_SEED).writeCurrentOutcomes(outcomes, 20_000);
        services.imports().importFile(outcomes, ImportOptions.defaults(), TaskContext.silent());
        report = services.decay().over(modelId, TaskContext.silent());
    }

    @AfterAll
    void close() {
        services.close();
        workspace.close();
    }

    @Test
    void everyLabelledSnapshotTheModelDidNotTrainOnIsAPointOldestFirst() {
        // September trained the model; November has no outcomes: neither is a point
        assertThat(report.points()).extracting(DecayReport.Point::label)
                .containsExactly("mcommerce_2026_10@1", "mcommerce_2026_11_outcomes@1");
        assertThat(report.firstAfterTraining()).isEqualTo("mcommerce_2026_10@1");
        assertThat(report.trainingData()).isEqualTo("mcommerce_2026_09@1");
        assertThat(report.validationSource()).isEqualTo("3-fold stratified cross-validation, seed 1 on "
                + "mcommerce_2026_09@1");
        DecayReport.Point october = report.points().get(0);
        DecayReport.Point november = report.points().get(1);
        assertThat(october.realised().auc()).isCloseTo(0.758, within(0.0005));
        assertThat(november.realised().auc()).isCloseTo(0.734, within(0.0005));
        assertThat(october.customers()).isEqualTo(19_697);
        assertThat(november.customers()).isEqualTo(19_413);
        for (DecayReport.Point p : report.points()) {
            assertThat(p.realised().auc()).isBetween(p.realised().aucLow(), p.realised().aucHigh());
            assertThat(p.realised().liftTop10()).isGreaterThan(1);
            assertThat(p.realised().calibrationError()).isBetween(0.0, 0.5);
        }
    }

    @Test
    void theMonthToMonthDropIsFlaggedAgainstTheFirstSnapshotAfterTrainingThoughValidationMissesIt() {
        DecayReport.Point october = report.points().get(0);
        DecayReport.Point november = report.points().get(1);
        assertThat(october.againstFirst()).as("the first snapshot is not compared with itself").isNull();
        // 3-fold validation reads lower than October: against it alone November's drop would go unflagged
        assertThat(report.validation().auc()).isLessThan(october.realised().auc());
        assertThat(november.againstValidation().significant()).isFalse();
        DecayReport.Drop fromOctober = november.againstFirst();
        assertThat(fromOctober.baselineAuc()).isEqualTo(october.realised().auc());
        assertThat(fromOctober.drop()).isCloseTo(october.realised().auc() - november.realised().auc(),
                within(1e-12));
        // the z-test by hand from the two 95% intervals (AUC ± 1.96 SE)
        double seOctober = (october.realised().aucHigh() - october.realised().aucLow()) / (2 * 1.959963984540054);
        double seNovember = (november.realised().aucHigh() - november.realised().aucLow()) / (2 * 1.959963984540054);
        double p = new AucEstimate(october.realised().auc(), seOctober).pValueOfDropTo(
                new AucEstimate(november.realised().auc(), seNovember));
        assertThat(fromOctober.pValue()).isCloseTo(p, within(1e-9)).isLessThan(0.05);
        assertThat(fromOctober.significant()).isTrue();
        assertThat(november.retrainRecommended()).isTrue();
        assertThat(report.retrainRecommended()).isTrue();
        assertThat(report.finding()).contains("down 0.023 from 0.758 on mcommerce_2026_10@1, the first snapshot after "
                + "training").contains("Retrain recommended: the ROC AUC dropped significantly from the first "
                + "snapshot after training.");
    }

    @Test
    void aModelWithNothingAfterItsTrainingDataHasNoPointsAndSaysWhatToImport() throws Exception {
        Path other = dir.resolve("empty");
        long model = SegmentsTestData.sampleWithModelAt(other);
        try (Workspace w = Workspace.open(other); Workbench s = new Workbench(w, 2)) {
            // only the training data and the unlabelled November remain
            w.datasets().delete(w.datasets().require("mcommerce_2026_10"));
            DecayReport empty = s.decay().over(model, TaskContext.silent());
            assertThat(empty.points()).isEmpty();
            assertThat(empty.firstAfterTraining()).isNull();
            assertThat(empty.retrainRecommended()).isFalse();
            assertThat(empty.finding()).startsWith("No outcomes yet for customers model " + model);
        }
    }
}
