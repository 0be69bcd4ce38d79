package app.retention.ui.models;

import app.retention.data.DatasetCatalog;
import app.retention.data.SampleData;
import app.retention.domain.DatasetInfo;
import app.retention.evaluate.BinaryMetrics;
import app.retention.evaluate.ConfusionMatrix;
import app.retention.model.ModelService;
import app.retention.store.Workspace;
import app.retention.task.CallbackQueue;
import app.retention.task.PooledTaskRunner;
import app.retention.task.SynchronousTaskRunner;
import app.retention.task.TaskCancelledException;
import app.retention.task.TaskContext;
import app.retention.task.TaskHandle;
import app.retention.task.TaskListener;
import app.retention.task.TaskRunner;
import app.retention.task.Work;
import app.retention.ui.common.BackgroundTasks;
import app.retention.ui.testing.ScriptedDialogs;
import app.retention.ui.testing.TestFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The Models screen without a toolkit: training through the form, the leaderboard, the threshold, reopening. */
class ModelsViewModelTest {

    @TempDir
    static Path dir;
    private static Workspace workspace;
    private static List<DatasetInfo> samples;
    private final List<Throwable> reported = new ArrayList<>();
    private ModelService service;
    private ModelsViewModel model;

    @BeforeAll
    static void importSamples() throws Exception {
        workspace = Workspace.open(dir.resolve("ws"));
        samples = SampleData.importBundled(workspace, TaskContext.silent()).stream().map(r -> r.dataset()).toList();
    }

    @AfterAll
    static void closeWorkspace() {
        workspace.close();
    }

    @BeforeEach
    void open() {
        service = new ModelService(workspace, 2);
        model = newModel(service);
    }

    private ModelsViewModel newModel(ModelService on) {
        return new ModelsViewModel(on, new DatasetCatalog(workspace), new BackgroundTasks(new SynchronousTaskRunner()),
                reported::add, new ScriptedDialogs());
    }

    @AfterEach
    void close() {
        service.close();
    }

    private DatasetInfo september() {
        return samples.get(0);
    }

    private static void show(ModelsViewModel m, DatasetInfo dataset) {
        m.follow(workspace.datasets().list(), null);
        m.datasetProperty().set(dataset);
    }

    /** Quick settings: few folds, no importance. */
    private void quick(ModelsViewModel m, String... learners) {
        m.form().choose(List.of(learners));
        m.form().foldsProperty().set(3);
        m.form().importanceProperty().set(false);
    }

    private static LeaderboardRow row(ModelsViewModel m, String learner) {
        return m.comparison().rows().stream().filter(r -> r.learner().equals(learner)).findFirst().orElseThrow();
    }

    @Test
    void theScreenOpensOnTheNewestSnapshotThenFollowsTheDataScreensChoice() {
        model.follow(samples, september());
        assertThat(model.datasetProperty().get()).isEqualTo(samples.get(1));
        // the current month has no churn target to train on: Models offers the two snapshots that have one
        assertThat(model.datasets()).containsExactlyElementsOf(samples.subList(0, 2));

        model.follow(samples, september());
        assertThat(model.datasetProperty().get()).isEqualTo(samples.get(1)); // no new choice on Data
        model.follow(samples, samples.get(1));
        model.follow(samples, september());
        assertThat(model.datasetProperty().get()).isEqualTo(september());
    }

    @Test
    void trainingAddsTheChosenLearnerAndBothBaselinesToTheLeaderboardAndCharts() {
        show(model, september());
        assertThat(model.form().ruleProperty().get()).isEqualTo(SampleData.CHURN_RULE);
        quick(model, "logistic");

        model.train();

        assertThat(reported).isEmpty();
        assertThat(model.comparison().rows()).extracting(LeaderboardRow::learner)
                .contains("zeror", "rules", "logistic");
        LeaderboardRow logistic = row(model, "logistic");
        assertThat(logistic.mean(m -> m.rocAuc())).isBetween(0.65, 0.9);
        assertThat(logistic.design()).isEqualTo("3-fold CV, seed 1");
        assertThat(row(model, "zeror").mean(m -> m.rocAuc())).isEqualTo(0.5);
        assertThat(row(model, "zeror").verdict()).isEqualTo(Standing.WORSE);
        assertThat(model.comparison().rows()).filteredOn(r -> r.design().equals("3-fold CV, seed 1"))
                .extracting(LeaderboardRow::verdict).contains(Standing.BEST);
        // the new runs are drawn at once, each in its own colour
        assertThat(model.comparison().series()).extracting(CurveSeries::label)
                .contains("Logistic regression", "Rule baseline", "No-skill reference (ZeroR)");
        assertThat(model.comparison().series()).extracting(CurveSeries::colour).doesNotHaveDuplicates();
        assertThat(model.trainingProperty().get()).isFalse();
    }

    @Test
    void movingTheThresholdChangesTheConfusionMatrixOfTheFocusedModel() {
        show(model, september());
        quick(model, "logistic");
        model.train();
        LeaderboardRow logistic = row(model, "logistic");
        model.comparison().focus(logistic);
        ThresholdViewModel threshold = model.comparison().threshold();

        ConfusionMatrix atHalf = threshold.confusionProperty().get();
        threshold.thresholdProperty().set(0.2);
        ConfusionMatrix atFifth = threshold.confusionProperty().get();

        assertThat(atFifth.flagged()).isGreaterThan(atHalf.flagged());
        var e = logistic.run().evaluation();
        assertThat(atFifth).isEqualTo(BinaryMetrics.confusion(e.predictions().probabilities(),
                e.predictions().churned(), 0.2));
        assertThat(threshold.flaggedProperty().get()).startsWith(String.format(java.util.Locale.US, "%,d of",
                atFifth.flagged()));
        assertThat(threshold.recallProperty().get()).endsWith("of churners flagged");
        assertThat(threshold.thresholdTextProperty().get()).isEqualTo("0.20");
        OperatingPoint point = threshold.pointProperty().get();
        assertThat(point.colour()).isEqualTo(logistic.colour());
        assertThat(point.truePositiveRate()).isEqualTo((double) atFifth.truePositives()
                / (atFifth.truePositives() + atFifth.falseNegatives()));
        assertThat(point.contacted()).isEqualTo((double) atFifth.flagged() / atFifth.total());
    }

    @Test
    void reopeningTheScreenShowsTheSameLeaderboard() {
        show(model, september());
        quick(model, "logistic");
        model.train();
        List<Long> shown = model.comparison().rows().stream().filter(LeaderboardRow::hasRun).map(r -> r.run().id()).toList();

        try (ModelService again = new ModelService(workspace, 1)) {
            ModelsViewModel reopened = newModel(again);
            show(reopened, september());

            assertThat(reopened.comparison().rows().stream().filter(LeaderboardRow::hasRun).map(r -> r.run().id()))
                    .containsExactlyElementsOf(shown);
            assertThat(reopened.comparison().rows()).extracting(LeaderboardRow::verdict)
                    .containsExactlyElementsOf(model.comparison().rows().stream().map(LeaderboardRow::verdict).toList());
            assertThat(reopened.comparison().series()).isNotEmpty();
        }
    }

    @Test
    void anImpossibleParameterIsRefusedWithAMessageAndNothingIsTrained() {
        show(model, september());
        quick(model, "randomforest");
        LearnerChoice forest = model.form().learners().stream().filter(l -> l.spec().name().equals("randomforest"))
                .findFirst().orElseThrow();
        ParamField trees = forest.params().stream().filter(p -> p.spec().key().equals("trees")).findFirst().orElseThrow();
        int before = model.comparison().rows().size();

        trees.valueProperty().set("0");

        assertThat(trees.errorProperty().get()).isEqualTo("Random forest: Number of trees (trees) must be between 1 "
                + "and 5000, not 0.");
        assertThat(model.form().paramProblemProperty().get()).isEqualTo(trees.errorProperty().get());
        model.train();
        assertThat(model.noticeProperty().get()).isEqualTo(trees.errorProperty().get());
        assertThat(model.comparison().rows()).hasSize(before);
        trees.valueProperty().set("many");
        assertThat(trees.errorProperty().get()).contains("must be a whole number, not `many`");
        trees.valueProperty().set("30");
        assertThat(model.form().problemProperty().get()).isEmpty();
    }

    @Test
    void cancellingTrainingStopsItAndSaysSo() throws Exception {
        CallbackQueue callbacks = new CallbackQueue(); // the test thread plays the JavaFX thread
        try (PooledTaskRunner pool = new PooledTaskRunner(1, callbacks)) {
            HeldForestRunner runner = new HeldForestRunner(pool);
            ModelsViewModel background = new ModelsViewModel(service, new DatasetCatalog(workspace), new BackgroundTasks(runner),
                    reported::add, new ScriptedDialogs());
            background.follow(samples, september());
            callbacks.runUntil(() -> !background.loadingProperty().get());
            DatasetInfo trainedOn = background.datasetProperty().get();
            Set<Long> before = service.runs(trainedOn).stream().map(r -> r.id()).collect(Collectors.toSet());
            background.form().choose(List.of("randomforest"));
            background.form().presetProperty().set("fast"); // the held runner, not the forest's size, makes the cancel land
            background.form().importanceProperty().set(false);

            background.train();
            runner.awaitForestUnderWay(); // a fold of the forest is trained; the others wait or are still to come
            assertThat(background.trainingProperty().get()).isTrue();
            background.cancelTraining();
            runner.release();
            callbacks.runUntil(() -> !background.trainingProperty().get());

            assertThat(background.noticeProperty().get()).isEqualTo("Training cancelled.");
            // the baseline trained before the forest stays; the forest, stopped mid-way, is not stored
            assertThat(service.runs(trainedOn)).filteredOn(r -> !before.contains(r.id()))
                    .extracting(r -> r.evaluation().learner()).contains("zeror").doesNotContain("randomforest");
            assertThat(reported).isEmpty();
        }
    }

    /**
     * Holds every finished step of the random forest until the test has cancelled: with 10 folds and a final model
     * on two threads, steps remain that start after the cancel, so the forest is stopped mid-way on any machine.
     */
    private static final class HeldForestRunner implements TaskRunner {
        private final TaskRunner delegate;
        private final CountDownLatch forestUnderWay = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);

        HeldForestRunner(TaskRunner delegate) {
            this.delegate = delegate;
        }

        void awaitForestUnderWay() throws InterruptedException {
            assertThat(forestUnderWay.await(120, TimeUnit.SECONDS)).as("a forest step within 120 s").isTrue();
        }

        void release() {
            released.countDown();
        }

        @Override
        public <T> TaskHandle submit(String title, Work<T> work, Consumer<? super T> onSuccess,
                                     Consumer<Throwable> onFailure) {
            return delegate.submit(title, ctx -> work.run(new TaskContext() {
                @Override
                public void progress(double fraction, String message) {
                    if (message.startsWith("randomforest:")) {
                        forestUnderWay.countDown();
                        try {
                            assertThat(released.await(120, TimeUnit.SECONDS)).as("released within 120 s").isTrue();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw new TaskCancelledException();
                        }
                    }
                    ctx.progress(fraction, message);
                }

                @Override
                public boolean isCancelled() {
                    return ctx.isCancelled();
                }
            }), onSuccess, onFailure);
        }

        @Override
        public void addListener(TaskListener listener) {
            delegate.addListener(listener);
        }

        @Override
        public void close() {
            release();
            delegate.close();
        }
    }

    @Test
    void eachModelJoinsTheLeaderboardWhenItIsStoredNotWhenTheWholeBatchIsDone() throws Exception {
        // the test thread plays the JavaFX thread: it runs the runner's callbacks one by one, in order
        BlockingQueue<Runnable> callbacks = new LinkedBlockingQueue<>();
        try (PooledTaskRunner runner = new PooledTaskRunner(1, callbacks::add)) {
            ModelsViewModel background = new ModelsViewModel(service, new DatasetCatalog(workspace), new BackgroundTasks(runner),
                    reported::add, new ScriptedDialogs());
            background.follow(samples, september());
            runCallbacksUntil(callbacks, () -> !background.loadingProperty().get());
            // the screen opens on the newest snapshot: "before" must be that dataset's runs, not September's
            Set<Long> before = service.runs(background.datasetProperty().get()).stream().map(r -> r.id())
                    .collect(Collectors.toSet());
            quick(background, "logistic", "naivebayes");

            background.train();
            runCallbacksUntil(callbacks, () -> background.comparison().rows().stream()
                    .anyMatch(r -> r.hasRun() && !before.contains(r.run().id())));

            assertThat(background.trainingProperty().get()).as("still training").isTrue();
            assertThat(background.comparison().selected()).isNotEmpty()
                    .allMatch(r -> !before.contains(r.run().id()));
            runCallbacksUntil(callbacks, () -> !background.trainingProperty().get());
            assertThat(background.comparison().rows()).filteredOn(r -> r.hasRun() && !before.contains(r.run().id()))
                    .extracting(LeaderboardRow::learner)
                    .containsExactlyInAnyOrder("logistic", "naivebayes", "zeror", "rules");
            assertThat(reported).isEmpty();
        }
    }

    private static void runCallbacksUntil(BlockingQueue<Runnable> callbacks, java.util.function.BooleanSupplier done)
            throws InterruptedException {
        long end = System.nanoTime() + 120_000_000_000L;
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 120 s").isLessThan(end);
            Runnable next = callbacks.poll(100, TimeUnit.MILLISECONDS);
            if (next != null) {
                next.run();
            }
        }
    }

    @Test
    void presetsSetEveryLearnersParameters() {
        LearnerChoice forest = model.form().learners().stream().filter(l -> l.spec().name().equals("randomforest"))
                .findFirst().orElseThrow();
        ParamField trees = forest.params().stream().filter(p -> p.spec().key().equals("trees")).findFirst().orElseThrow();

        model.form().presetProperty().set("fast");
        assertThat(trees.valueProperty().get()).isEqualTo("30");
        model.form().presetProperty().set("thorough");
        assertThat(trees.valueProperty().get()).isEqualTo("300");
        model.form().presetProperty().set("balanced");
        assertThat(trees.valueProperty().get()).isEqualTo("100");
    }

    @Test
    void aRuleThatDoesNotFitTheDataLeavesTheBaselineOutWithItsMessageAndTrainsTheRest() {
        show(model, september());
        quick(model, "naivebayes");
        model.form().ruleProperty().set("no_such_column > 3");

        model.train();

        assertThat(model.ruleProblemProperty().get()).contains("no_such_column");
        assertThat(model.noticeProperty().get()).contains("rule baseline was left out");
        assertThat(row(model, "naivebayes").hasRun()).isTrue();
        assertThat(reported).isEmpty();
    }

    @Test
    void outOfTimeTrainsOnSeptemberAndTestsOnOctober() {
        show(model, september());
        quick(model, "naivebayes");
        model.form().designProperty().set(TrainingForm.Design.OUT_OF_TIME);
        assertThat(model.form().testDatasetProperty().get()).isEqualTo(samples.get(1));

        model.train();

        assertThat(reported).isEmpty();
        LeaderboardRow bayes = model.comparison().rows().stream()
                .filter(r -> r.learner().equals("naivebayes") && r.design().startsWith("out of time")).findFirst()
                .orElseThrow();
        assertThat(bayes.design()).isEqualTo("out of time → " + samples.get(1).reference());
        // the picker says which datasets have models (finding M10)
        assertThat(model.modelCounts().get(september().id())).isPositive();
        // one test set: compared by DeLong's paired test on the same October customers (issue 13, point 4)
        assertThat(bayes.verdict()).isEqualTo(Standing.BEST);
        assertThat(model.comparison().rows()).filteredOn(r -> r.design().startsWith("out of time") && r.hasRun())
                .allSatisfy(r -> assertThat(r.verdict()).isNotEqualTo(Standing.NOT_TESTED));
        assertThat(bayes.run().evaluation().predictions().size()).isEqualTo((int) samples.get(1).rowsImported());
        model.comparison().focus(bayes);
        assertThat(model.comparison().details().importance()).isNotEmpty();
        assertThat(model.comparison().details().headingProperty().get()).startsWith("Naive Bayes");
    }

    @Test
    void outOfTimeNeedsALaterDatasetThanTheOneTrainedOn() {
        show(model, september());
        model.form().designProperty().set(TrainingForm.Design.OUT_OF_TIME);

        model.form().testDatasetProperty().set(september());
        assertThat(model.form().problemProperty().get()).startsWith("Test on a different dataset");
        model.form().testDatasetProperty().set(null);
        assertThat(model.form().problemProperty().get()).isEqualTo("Choose the later dataset to test on.");
        model.form().designProperty().set(TrainingForm.Design.CROSS_VALIDATION);
        assertThat(model.form().problemProperty().get()).isEmpty();
    }

    @Test
    void aDatasetWithoutTheSampleColumnsAsksForARuleAndStillShowsZeroR() throws Exception {
        Path file = TestFiles.churnCsv(Files.createDirectories(dir.resolve("own")), "own.csv", 300);
        DatasetInfo own = new app.retention.data.ImportService(workspace.datasets()).importFile(file,
                new app.retention.data.ImportOptions("own", null, null, true), TaskContext.silent()).dataset();
        show(model, own);
        assertThat(model.form().ruleProperty().get()).isEmpty();
        quick(model, "logistic");

        model.train();

        assertThat(row(model, "zeror").hasRun()).isTrue();
        LeaderboardRow rule = row(model, "rules");
        assertThat(rule.hasRun()).isFalse();
        assertThat(rule.note()).startsWith("Needs a rule");
    }

    @Test
    void aDatasetWithoutModelsNamesTheOneThatHasThem() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("m10"));
        try (Workspace own = Workspace.open(folder.resolve("ws"))) {
            app.retention.data.ImportService imports = new app.retention.data.ImportService(own.datasets());
            DatasetInfo worked = imports.importFile(TestFiles.churnCsv(folder, "worked.csv", 200),
                    new app.retention.data.ImportOptions("worked_on", null, null, true), TaskContext.silent()).dataset();
            DatasetInfo fresh = imports.importFile(TestFiles.churnCsv(folder, "fresh.csv", 150),
                    new app.retention.data.ImportOptions("fresh_import", null, null, true), TaskContext.silent())
                    .dataset();
            try (ModelService on = new ModelService(own, 1)) {
                ModelsViewModel m = new ModelsViewModel(on, new DatasetCatalog(own),
                        new BackgroundTasks(new SynchronousTaskRunner()), reported::add, new ScriptedDialogs());
                m.follow(own.datasets().list(), worked);
                m.datasetProperty().set(worked);
                assertThat(m.boardMessage().get()).isEqualTo("No models yet: tick learners on the left and press Train.");
                quick(m, "naivebayes");
                m.train();
                assertThat(m.summaryProperty().get()).isEqualTo("200 customers · 2 models");

                // a new import is what the Data screen selects: its board is empty, and says where the models are
                m.follow(own.datasets().list(), fresh);
                assertThat(m.datasetProperty().get()).isEqualTo(fresh);
                assertThat(m.summaryProperty().get())
                        .isEqualTo("150 customers · no models yet (worked_on has 2 models: choose it above)");
            }
        }
        assertThat(reported).isEmpty();
    }

    @Test
    void outOfTimeOffersOnlyDatasetsThatAnswerTheSameQuestion() throws Exception {
        Path file = TestFiles.write(Files.createDirectories(dir.resolve("bank")), "bank.csv",
                java.util.stream.Stream.concat(java.util.stream.Stream.of("CustomerId,Balance,Exited"),
                        java.util.stream.IntStream.range(0, 60).mapToObj(i -> i + "," + i * 10 + "," + (i % 3 == 0)))
                        .toList());
        DatasetInfo bank = new app.retention.data.ImportService(workspace.datasets()).importFile(file,
                new app.retention.data.ImportOptions("bank_m10", "Exited", null, true), TaskContext.silent()).dataset();
        show(model, september());
        model.form().designProperty().set(TrainingForm.Design.OUT_OF_TIME);
        assertThat(model.form().testDatasets()).contains(samples.get(1)).doesNotContain(bank);
        show(model, bank);
        assertThat(model.form().testDatasets()).isEmpty();
    }
}
