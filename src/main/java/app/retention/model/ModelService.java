package app.retention.model;

import app.retention.store.DatasetInfo;
import app.retention.store.Workspace;
import app.retention.task.TaskContext;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** Builds and compares churn models on datasets of a workspace, folds and learners in parallel. */
public final class ModelService implements AutoCloseable {

    private final Workspace workspace;
    private final ExecutorService pool;
    private final CrossValidator validator;

    /** @param threads folds trained at once (the machine's cores is a good choice) */
    public ModelService(Workspace workspace, int threads) {
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

    /** Stratified k-fold cross-validation of each learner on the same folds of {@code dataset}; each result is stored. */
    public List<ModelEvaluation> crossValidate(DatasetInfo dataset, List<LearnerRequest> learners, int folds, long seed,
                                               TaskContext context) {
        DatasetInstances data = DatasetInstances.read(workspace, dataset, context);
        List<ModelEvaluation> results = validator.crossValidate(data.instances(), learners, folds, seed, context);
        ExperimentLog.record(workspace, dataset, data.schema(), results);
        return results;
    }

    /** Trains on {@code train} and tests on {@code test}, read into the training header: the out-of-time estimate. */
    public List<ModelEvaluation> outOfTime(DatasetInfo train, DatasetInfo test, List<LearnerRequest> learners,
                                           TaskContext context) {
        DatasetInstances trainData = DatasetInstances.read(workspace, train, context);
        DatasetInstances testData = DatasetInstances.readLike(workspace, test, trainData.schema(), context);
        List<ModelEvaluation> results = validator.trainTest(trainData.instances(), testData.instances(), learners,
                "trained on " + train.reference() + ", tested on " + test.reference(), context);
        ExperimentLog.record(workspace, train, trainData.schema(), results);
        return results;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
