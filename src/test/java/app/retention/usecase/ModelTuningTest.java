package app.retention.usecase;

import app.retention.data.ImportOptions;
import app.retention.domain.DatasetInfo;
import app.retention.evaluate.MetricSet;
import app.retention.model.CvPlan;
import app.retention.model.ModelException;
import app.retention.model.ModelRun;
import app.retention.model.TuningBudget;
import app.retention.model.TuningResult;
import app.retention.model.TuningStop;
import app.retention.store.Workspace;
import app.retention.task.TaskContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** "Find the best model" through the use case both front ends call (issue 14, point 3; docs/adr/0022). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModelTuningTest {

    private static final CvPlan PLAN = new CvPlan(3, 1, 1, false, true);

    @TempDir
    static Path dir;
    private Workspace workspace;
    private Workbench services;
    private DatasetInfo small;

    /** The first {@code rows} customers of the bundled September snapshot, as a CSV file. */
    static Path sampleRows(Path file, int rows) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("sample-data/mcommerce_2026_09.csv"));
        Files.write(file, lines.subList(0, rows + 1));
        return file;
    }

    @BeforeAll
    void open() throws IOException {
        workspace = Workspace.open(dir.resolve("ws"));
        services = new Workbench(workspace, 2);
        small = services.imports().importFile(sampleRows(dir.resolve("small.csv"), 400),
                new ImportOptions("small", "churned_30d", null, false), TaskContext.silent()).dataset();
    }

    @AfterAll
    void close() {
        services.close();
        workspace.close();
    }

    private TuningResult tune(String learner, int settings, TuningStop stop, int stopAfter) {
        return services.tuning().tune(new ModelTuning.Request(small, learner, TuningBudget.candidates(settings), PLAN),
                stop, p -> {
                    if (p.tried() == stopAfter) {
                        stop.request();
                    }
                }, TaskContext.silent());
    }

    @Test
    void theSameSeedAndNumberOfSettingsGiveTheSameSettingsAndAuc() {
        TuningResult first = tune("xgboost", 3, new TuningStop(), -1);
        TuningResult again = tune("xgboost", 3, new TuningStop(), -1);
        assertThat(again.run().evaluation().params()).isEqualTo(first.run().evaluation().params());
        assertThat(again.chosenPerFold()).isEqualTo(first.chosenPerFold());
        assertThat(again.summary().innerAuc()).isEqualTo(first.summary().innerAuc());
        assertThat(again.run().evaluation().mean(MetricSet::rocAuc))
                .isEqualTo(first.run().evaluation().mean(MetricSet::rocAuc));
        assertThat(again.run().id()).isNotEqualTo(first.run().id());
        assertThat(first.summary().tried()).isEqualTo(3);
        assertThat(first.summary().stopped()).isFalse();
    }

    @Test
    void stoppingMidSearchStoresTheBestFoundSoFar() {
        TuningResult stopped = tune("forest", 50, new TuningStop(), 2);
        assertThat(stopped.summary().tried()).isEqualTo(2);
        assertThat(stopped.summary().stopped()).isTrue();
        // the model is stored like any other, with its settings and outer figures
        ModelRun stored = services.training().run(stopped.run().id());
        assertThat(stored.modelStored()).isTrue();
        assertThat(stored.evaluation().params()).isEqualTo(stopped.run().evaluation().params());
        assertThat(stored.details().tuning()).isEqualTo(stopped.summary());
        assertThat(services.training().model(stopped.run().id())).isNotNull();
        // the best of the first two settings: what a search of exactly two settings keeps
        TuningResult two = tune("forest", 2, new TuningStop(), -1);
        assertThat(stopped.run().evaluation().params()).isEqualTo(two.run().evaluation().params());
        assertThat(stopped.run().evaluation().mean(MetricSet::rocAuc))
                .isEqualTo(two.run().evaluation().mean(MetricSet::rocAuc));
    }

    @Test
    void aTunedModelIsComparedWithTheOthersOnTheSameFolds() {
        TuningResult tuned = tune("forest", 2, new TuningStop(), -1);
        ModelRun plain = services.training().crossValidate(small,
                List.of(app.retention.model.LearnerRequest.of("randomforest")), PLAN, TaskContext.silent()).get(0);
        assertThat(tuned.run().evaluation().design()).isEqualTo(plain.evaluation().design());
        assertThat(tuned.run().evaluation().folds()).hasSameSizeAs(plain.evaluation().folds());
        assertThat(tuned.summary().name("Random forest")).isEqualTo("Tuned random forest (2 settings)");
    }

    @Test
    void onlyXGBoostAndTheForestAreTuned() {
        assertThat(ModelTuning.learner("forest")).isEqualTo("randomforest");
        assertThat(ModelTuning.learner("XGBoost")).isEqualTo("xgboost");
        assertThatThrownBy(() -> ModelTuning.learner("j48")).isInstanceOf(ModelException.class)
                .hasMessageContaining("xgboost or forest").hasMessageContaining("j48");
        assertThatThrownBy(() -> TuningBudget.minutes(0)).hasMessageContaining("more than 0");
        assertThatThrownBy(() -> TuningBudget.minutes(1e7)).hasMessageContaining("at most 1440 minutes");
    }
}
