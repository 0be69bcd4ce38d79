package app.retention.model;

import app.retention.domain.DatasetInfo;
import app.retention.store.Workspace;
import app.retention.task.TaskContext;
import weka.core.Instances;

import java.util.List;
import java.util.function.Consumer;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** Builds and compares churn models on datasets of a workspace, folds and learners in parallel. */
public final class ModelService implements AutoCloseable {

    private final Workspace workspace;
    private final ModelCatalog catalog;
    private final ExecutorService pool;
    private final CrossValidator validator;

    /** @param threads folds trained at once (the machine's cores is a good choice) */
    public ModelService(Workspace workspace, int threads) {
        this(new ModelCatalog(workspace), threads);
    }

    /**
     * Training on a pool of {@code threads} that this service owns (stop it with {@link #close}); stored models are
     * read through {@code catalog}.
     */
    public ModelService(ModelCatalog catalog, int threads) {
        Workspace workspace = catalog.workspace();
        this.catalog = catalog;
        if (threads < 1) {
            throw new ModelException("At least one thread is needed to train models, not " + threads + ".");
        }
        this.workspace = workspace;
        AtomicInteger count = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "model-fold-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.validator = new CrossValidator(pool);
    }

    /**
     * Stratified k-fold cross-validation of each learner on the same folds of {@code dataset}, as the plan says;
     * each run is stored (with a model trained on all the data when the plan keeps one).
     */
    public List<ModelRun> crossValidate(DatasetInfo dataset, List<LearnerRequest> learners, CvPlan plan,
                                        TaskContext context) {
        return crossValidate(dataset, learners, plan, List.of(), context);
    }

    /**
     * Like {@link #crossValidate(DatasetInfo, List, CvPlan, TaskContext)}, with the {@code excluded} feature columns
     * left out of this run only: the models never see them, their details name them, and scoring reads the model's
     * own features.
     */
    public List<ModelRun> crossValidate(DatasetInfo dataset, List<LearnerRequest> learners, CvPlan plan,
                                        List<String> excluded, TaskContext context) {
        DatasetInstances data = DatasetInstances.read(workspace, dataset, excluded, context);
        List<CrossValidator.Outcome> outcomes = validator.crossValidate(data.instances(), learners, plan,
                data.encodings(), context);
        context.checkCancelled();
        return ModelLog.record(workspace, dataset, data.schema(), outcomes, data.leftOut());
    }

    /**
     * Trains on {@code train} and tests on {@code test}, read into the training header: the out-of-time estimate.
     * Each run is stored with the model trained on {@code train}.
     */
    public List<ModelRun> outOfTime(DatasetInfo train, DatasetInfo test, List<LearnerRequest> learners,
                                    TaskContext context) {
        return outOfTime(train, test, learners, List.of(), context);
    }

    /** Like {@link #outOfTime(DatasetInfo, DatasetInfo, List, TaskContext)}, without the {@code excluded} columns. */
    public List<ModelRun> outOfTime(DatasetInfo train, DatasetInfo test, List<LearnerRequest> learners,
                                    List<String> excluded, TaskContext context) {
        DatasetInstances trainData = DatasetInstances.read(workspace, train, excluded, context);
        DatasetInstances testData = DatasetInstances.readLike(workspace, test, trainData.schema(), context);
        List<CrossValidator.Outcome> outcomes = validator.trainTest(trainData.instances(), testData.instances(),
                learners, "trained on " + train.reference() + ", tested on " + test.reference(), true,
                trainData.encodings(), context);
        context.checkCancelled();
        return ModelLog.record(workspace, train, trainData.schema(), outcomes, trainData.leftOut());
    }

    /**
     * A stratified random split of {@code dataset}: one part in {@code parts} (seeded) is held out for testing, the
     * rest trains. Each run is stored with the model trained on the training part.
     */
    public List<ModelRun> holdout(DatasetInfo dataset, List<LearnerRequest> learners, int parts, long seed,
                                  TaskContext context) {
        return holdout(dataset, learners, parts, seed, List.of(), context);
    }

    /** Like {@link #holdout(DatasetInfo, List, int, long, TaskContext)}, without the {@code excluded} columns. */
    public List<ModelRun> holdout(DatasetInfo dataset, List<LearnerRequest> learners, int parts, long seed,
                                  List<String> excluded, TaskContext context) {
        if (parts < 2) {
            throw new ModelException("A hold-out split needs at least 2 parts (1 for testing), not " + parts + ".");
        }
        DatasetInstances data = DatasetInstances.read(workspace, dataset, excluded, context);
        if (parts > data.instances().numInstances()) {
            throw new ModelException("A hold-out split cannot have more parts than customers ("
                    + data.instances().numInstances() + ").");
        }
        weka.core.Instances shuffled = new weka.core.Instances(data.instances());
        java.util.Random random = new java.util.Random(seed);
        shuffled.randomize(random);
        shuffled.stratify(parts);
        weka.core.Instances train = shuffled.trainCV(parts, 0, random);
        weka.core.Instances test = shuffled.testCV(parts, 0);
        String design = String.format(java.util.Locale.ROOT, "stratified hold-out: %,d customers trained, %,d tested "
                + "(1 in %d), seed %d", train.numInstances(), test.numInstances(), parts, seed);
        List<CrossValidator.Outcome> outcomes = validator.trainTest(train, test, learners, design, true,
                data.encodings(), context);
        context.checkCancelled();
        return ModelLog.record(workspace, dataset, data.schema(), outcomes, data.leftOut());
    }

    /**
     * Searches settings of {@code learner} (a {@link LearnerCatalog#TUNABLE} one) within {@code budget} by nested
     * cross-validation (docs/adr/0022): inside each training fold of {@code plan}, and on all the data, settings
     * are compared by {@code innerFolds}-fold cross-validation of that set alone; each fold's choice is then scored
     * on its test fold. The run is stored like any other (same design string, so it compares with the others fold
     * by fold), with the model trained on all the data with the settings chosen there. {@code stop} ends the
     * search early and keeps the best so far; cancelling {@code context} stores nothing.
     */
    public TuningResult tune(DatasetInfo dataset, String learner, TuningBudget budget, CvPlan plan, int innerFolds,
                             TuningStop stop, Consumer<TuningProgress> listener, TaskContext context) {
        if (innerFolds < 2 || innerFolds > 10) {
            throw new ModelException("Inner folds must be between 2 and 10, not " + innerFolds + ".");
        }
        DatasetInstances data = DatasetInstances.read(workspace, dataset, List.of(), context);
        Instances all = data.instances();
        SearchSpace space = LearnerCatalog.searchSpace(learner, all.numAttributes() - 1);
        List<CrossValidator.Split> splits = CrossValidator.splits(all, plan);
        ModelTuner.Nested nested = new ModelTuner(pool).searchAndMeasure(all, plan, splits, space, budget,
                innerFolds, data.encodings(), stop, listener, validator, context);
        context.checkCancelled();
        ModelTuner.Found found = nested.found();
        TuningSummary summary = new TuningSummary(budget.describe(), found.tried(), innerFolds,
                found.bestAuc()[splits.size()], found.stopped(), space.describe());
        ModelRun run = ModelLog.record(workspace, dataset, data.schema(), List.of(nested.outcome()),
                data.leftOut(), summary).get(0);
        return new TuningResult(run, summary, nested.perSplit().stream().map(LearnerRequest::params).toList());
    }

    /** Every stored run trained on this dataset version, newest first: what the leaderboard shows on reopening. */
    public List<ModelRun> runs(DatasetInfo dataset) {
        return ModelLog.runs(workspace, dataset.name(), dataset.version());
    }

    /** How many runs are stored for a dataset version: one query, no predictions read. */
    public int runCount(DatasetInfo dataset) {
        return workspace.models().list(dataset.name(), dataset.version()).size();
    }

    /** One stored run by id, with its pooled predictions (what risk bands are cut from). */
    public ModelRun run(long id) {
        return catalog.run(id);
    }

    /** The model kept with evaluation {@code id}, read back through the allow-list. */
    public TrainedModel model(long id) {
        return catalog.model(id);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
