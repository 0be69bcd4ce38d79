package app.retention.model;

import app.retention.evaluate.BinaryMetrics;
import app.retention.evaluate.MetricSet;
import app.retention.task.TaskCancelledException;
import app.retention.task.TaskContext;
import weka.classifiers.Classifier;
import weka.core.Instance;
import weka.core.Instances;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Evaluates learners out of sample. Folds are made exactly as Weka's {@code Evaluation.crossValidateModel}
 * makes them (randomise with the seed, stratify, {@code trainCV} with the same {@code Random}), all before any
 * training, so training them in parallel gives the same numbers as one after another.
 */
public final class CrossValidator {

    /** Flag a customer above this churn probability in the threshold metrics. */
    public static final double DEFAULT_THRESHOLD = 0.5;

    private final ExecutorService pool;

    public CrossValidator(ExecutorService pool) {
        this.pool = pool;
    }

    /** One training and test set; {@code rows} places each test customer in the pooled predictions. */
    private record Split(Instances train, Instances test, int[] rows) {
    }

    /** Stratified k-fold cross-validation of every learner on the same folds. */
    public List<ModelEvaluation> crossValidate(Instances data, List<LearnerRequest> learners, int folds, long seed,
                                               TaskContext context) {
        if (folds < 2 || folds > data.numInstances()) {
            throw new ModelException("The number of folds must be between 2 and the number of customers ("
                    + data.numInstances() + "), not " + folds + ".");
        }
        List<Split> splits = folds(data, folds, seed);
        String design = folds + "-fold stratified cross-validation, seed " + seed;
        return evaluate(learners, splits, design, data.numInstances(), context);
    }

    /** Train on one dataset, test on another (a later snapshot: the out-of-time estimate). */
    public List<ModelEvaluation> trainTest(Instances train, Instances test, List<LearnerRequest> learners, String design,
                                           TaskContext context) {
        int[] rows = new int[test.numInstances()];
        Arrays.setAll(rows, i -> i);
        return evaluate(learners, List.of(new Split(train, test, rows)), design, test.numInstances(), context);
    }

    private static List<Split> folds(Instances data, int folds, long seed) {
        Instances shuffled = new Instances(data);
        java.util.Random random = new java.util.Random(seed);
        shuffled.randomize(random);
        shuffled.stratify(folds);
        List<Split> splits = new ArrayList<>();
        int start = 0;
        for (int fold = 0; fold < folds; fold++) {
            Instances train = shuffled.trainCV(folds, fold, random);
            Instances test = shuffled.testCV(folds, fold);
            int[] rows = new int[test.numInstances()];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = start + i;
            }
            start += rows.length;
            splits.add(new Split(train, test, rows));
        }
        return splits;
    }

    private List<ModelEvaluation> evaluate(List<LearnerRequest> learners, List<Split> splits, String design, int total,
                                           TaskContext context) {
        for (LearnerRequest l : learners) {
            LearnerCatalog.resolve(l.name(), l.params()); // refuse a bad parameter before any work starts
        }
        int jobs = learners.size() * splits.size();
        AtomicInteger done = new AtomicInteger();
        List<List<Future<double[]>>> futures = new ArrayList<>();
        List<long[]> timings = new ArrayList<>();
        for (LearnerRequest learner : learners) {
            List<Future<double[]>> perFold = new ArrayList<>();
            long[] millis = new long[1];
            timings.add(millis);
            for (Split split : splits) {
                perFold.add(pool.submit(() -> {
                    if (context.isCancelled()) {
                        throw new TaskCancelledException();
                    }
                    long start = System.nanoTime();
                    double[] p = trainAndPredict(learner, split);
                    synchronized (millis) {
                        millis[0] += (System.nanoTime() - start) / 1_000_000;
                    }
                    context.progress((double) done.incrementAndGet() / jobs, learner.name() + ": " + done.get()
                            + " of " + jobs + " folds");
                    return p;
                }));
            }
            futures.add(perFold);
        }
        List<ModelEvaluation> results = new ArrayList<>();
        try {
            for (int l = 0; l < learners.size(); l++) {
                results.add(collect(learners.get(l), splits, futures.get(l), design, total, timings.get(l)[0]));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            futures.forEach(f -> f.forEach(x -> x.cancel(true)));
            throw new TaskCancelledException();
        } catch (ExecutionException e) {
            futures.forEach(f -> f.forEach(x -> x.cancel(true)));
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new ModelException("Training failed: " + cause.getMessage(), cause);
        }
        return results;
    }

    private static ModelEvaluation collect(LearnerRequest learner, List<Split> splits, List<Future<double[]>> futures,
                                           String design, int total, long millis)
            throws InterruptedException, ExecutionException {
        double[] pooled = new double[total];
        boolean[] churned = new boolean[total];
        List<MetricSet> folds = new ArrayList<>();
        for (int f = 0; f < splits.size(); f++) {
            Split split = splits.get(f);
            double[] p = futures.get(f).get();
            boolean[] y = new boolean[p.length];
            for (int i = 0; i < p.length; i++) {
                y[i] = split.test().instance(i).classValue() == 1;
                pooled[split.rows()[i]] = p[i];
                churned[split.rows()[i]] = y[i];
            }
            folds.add(BinaryMetrics.compute(p, y, DEFAULT_THRESHOLD));
        }
        Map<String, String> params = LearnerCatalog.resolve(learner.name(), learner.params());
        return new ModelEvaluation(learner.name(), params, design, List.copyOf(folds), pooled, churned,
                splits.get(0).train().numInstances(), splits.get(0).test().numInstances(), millis);
    }

    private static double[] trainAndPredict(LearnerRequest learner, Split split) throws Exception {
        Classifier classifier = LearnerCatalog.build(learner.name(), learner.params());
        classifier.buildClassifier(split.train());
        double[] p = new double[split.test().numInstances()];
        for (int i = 0; i < p.length; i++) {
            Instance row = split.test().instance(i);
            p[i] = classifier.distributionForInstance(row)[1];
        }
        return p;
    }
}
