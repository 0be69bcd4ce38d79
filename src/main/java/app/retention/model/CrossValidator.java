package app.retention.model;

import app.retention.domain.ColumnEncoding;
import app.retention.evaluate.BinaryMetrics;
import app.retention.evaluate.MetricSet;
import app.retention.evaluate.Predictions;
import app.retention.task.TaskCancelledException;
import app.retention.task.TaskContext;
import weka.classifiers.Classifier;
import weka.core.Instance;
import weka.core.Instances;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
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
    record Split(Instances train, Instances test, int[] rows, boolean pooled) {
    }

    /**
     * A learner as the run records it ({@code reported}: the model kept for scoring is trained with it) and, for a
     * tuned model, the settings each split trains with (chosen inside that split's training set); null when every
     * split trains with {@code reported}.
     */
    private record Assignment(LearnerRequest reported, List<LearnerRequest> perSplit) {

        LearnerRequest forSplit(int split) {
            return perSplit == null ? reported : perSplit.get(split);
        }
    }

    /** What one fold gives: test predictions, the AUC drop per shuffled feature (or null), the fold's model. */
    private record FoldResult(double[] probabilities, double[] aucDrops, Classifier model) {
    }

    /** A learner's evaluation with its importance and, when kept, the model trained for scoring. */
    record Outcome(ModelEvaluation evaluation, List<FeatureImportance> importance, Classifier model) {
    }

    /** Stratified k-fold cross-validation of every learner on the same folds, repeated as the plan says. */
    public List<Outcome> crossValidate(Instances data, List<LearnerRequest> learners, CvPlan plan,
                                       TaskContext context) {
        return crossValidate(data, learners, plan, List.of(), context);
    }

    /**
     * Like {@link #crossValidate(Instances, List, CvPlan, TaskContext)}, with the user's encodings of category
     * columns; every training fold fits them (and the default ones) on its own customers.
     */
    public List<Outcome> crossValidate(Instances data, List<LearnerRequest> learners, CvPlan plan,
                                       Collection<ColumnEncoding> chosen, TaskContext context) {
        List<Split> splits = splits(data, plan);
        return evaluate(learners.stream().map(l -> new Assignment(l, null)).toList(), splits, plan.describe(),
                plan.repeats(), data.numInstances(), plan.importance(), plan.keepModel() ? data : null, chosen, context);
    }

    /**
     * Cross-validation of a model whose settings were chosen inside each training set (a tuned model,
     * docs/adr/0022): split {@code i} of {@code splits} (the plan's {@link #splits}) trains with {@code perSplit.get(i)}; the run records
     * {@code reported}, and the model kept for scoring is trained with it. The folds are those of
     * {@link #crossValidate(Instances, List, CvPlan, Collection, TaskContext)} with the same plan, so the run
     * compares with the others fold by fold.
     */
    List<Outcome> crossValidateChosen(Instances data, CvPlan plan, List<Split> splits, List<LearnerRequest> perSplit,
                                      LearnerRequest reported, Collection<ColumnEncoding> chosen, TaskContext context) {
        if (perSplit.size() != splits.size()) {
            throw new IllegalArgumentException(perSplit.size() + " settings for " + splits.size() + " splits");
        }
        return evaluate(List.of(new Assignment(reported, List.copyOf(perSplit))), splits, plan.describe(),
                plan.repeats(), data.numInstances(), plan.importance(), plan.keepModel() ? data : null, chosen, context);
    }

    /** The plan's splits, repeat after repeat, exactly as cross-validation makes them (before any training). */
    static List<Split> splits(Instances data, CvPlan plan) {
        if (plan.folds() > data.numInstances()) {
            throw new ModelException("The number of folds must be between 2 and the number of customers ("
                    + data.numInstances() + "), not " + plan.folds() + ".");
        }
        List<Split> splits = new ArrayList<>();
        for (int r = 0; r < plan.repeats(); r++) {
            splits.addAll(folds(data, plan.folds(), plan.seed() + r, r == 0));
        }
        return splits;
    }

    /** Metrics only (no importance, no kept model): what a plain comparison with Weka needs. */
    public List<ModelEvaluation> crossValidate(Instances data, List<LearnerRequest> learners, int folds, long seed,
                                               TaskContext context) {
        return crossValidate(data, learners, CvPlan.metricsOnly(folds, seed), context).stream()
                .map(Outcome::evaluation).toList();
    }

    /** Train on one dataset, test on another (a later snapshot: the out-of-time estimate); the model is kept. */
    public List<Outcome> trainTest(Instances train, Instances test, List<LearnerRequest> learners, String design,
                                   boolean importance, TaskContext context) {
        return trainTest(train, test, learners, design, importance, List.of(), context);
    }

    /** Like {@link #trainTest(Instances, Instances, List, String, boolean, TaskContext)}, with the user's encodings. */
    public List<Outcome> trainTest(Instances train, Instances test, List<LearnerRequest> learners, String design,
                                   boolean importance, Collection<ColumnEncoding> chosen, TaskContext context) {
        int[] rows = new int[test.numInstances()];
        Arrays.setAll(rows, i -> i);
        return evaluate(learners.stream().map(l -> new Assignment(l, null)).toList(),
                List.of(new Split(train, test, rows, true)), design, 1, test.numInstances(), importance, null, chosen,
                context);
    }

    static List<Split> folds(Instances data, int folds, long seed, boolean pooled) {
        Instances shuffled = new Instances(data);
        Random random = new Random(seed);
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
            splits.add(new Split(train, test, rows, pooled));
        }
        return splits;
    }

    private List<Outcome> evaluate(List<Assignment> assignments, List<Split> splits, String design, int repeats,
                                   int total, boolean importance, Instances finalData,
                                   Collection<ColumnEncoding> chosen, TaskContext context) {
        List<LearnerRequest> learners = assignments.stream().map(Assignment::reported).toList();
        for (Assignment a : assignments) {
            for (int s = 0; s < splits.size(); s++) {
                // refuse a bad parameter before any work starts
                LearnerCatalog.resolve(a.forSplit(s).name(), a.forSplit(s).params());
            }
        }
        // a single train/test split keeps its model for scoring; cross-validation trains one on all the data
        boolean keepFoldModel = splits.size() == 1;
        int jobs = learners.size() * (splits.size() + (finalData == null ? 0 : 1));
        AtomicInteger done = new AtomicInteger();
        List<List<Future<FoldResult>>> futures = new ArrayList<>();
        List<Future<Classifier>> finals = new ArrayList<>();
        List<long[]> timings = new ArrayList<>();
        List<long[]> finalTimings = new ArrayList<>();
        for (Assignment assignment : assignments) {
            LearnerRequest learner = assignment.reported();
            List<Future<FoldResult>> perFold = new ArrayList<>();
            long[] millis = new long[1];
            timings.add(millis);
            for (int s = 0; s < splits.size(); s++) {
                Split split = splits.get(s);
                LearnerRequest fitted = assignment.forSplit(s);
                perFold.add(pool.submit(job(learner, done, jobs, context, () -> {
                    long start = System.nanoTime();
                    FoldResult result = trainAndPredict(fitted, split, importance && split.pooled(), keepFoldModel,
                            chosen, context);
                    synchronized (millis) {
                        millis[0] += (System.nanoTime() - start) / 1_000_000;
                    }
                    return result;
                })));
            }
            futures.add(perFold);
            long[] finalMillis = new long[1];
            finalTimings.add(finalMillis);
            finals.add(finalData == null ? null : pool.submit(job(learner, done, jobs, context, () -> {
                long start = System.nanoTime();
                Classifier model = LearnerCatalog.encoded(learner.name(), learner.params(), chosen);
                model.buildClassifier(finalData);
                finalMillis[0] = (System.nanoTime() - start) / 1_000_000;
                return model;
            })));
        }
        List<Outcome> results = new ArrayList<>();
        try {
            for (int l = 0; l < learners.size(); l++) {
                // every fold and the final model are done before their times are read (issue 13, point 4: the time
                // was read before the folds finished, 0 for a random forest that took 10 s)
                Classifier model = finals.get(l) != null ? finals.get(l).get()
                        : keepFoldModel ? futures.get(l).get(0).get().model() : null;
                ModelEvaluation evaluation = collect(learners.get(l), splits, futures.get(l), design, repeats, total,
                        timings.get(l), finalTimings.get(l)[0]);
                List<FeatureImportance> drops = importance ? importance(splits, futures.get(l)) : List.of();
                results.add(new Outcome(evaluation, drops, model));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancelAll(futures, finals);
            throw new TaskCancelledException();
        } catch (ExecutionException e) {
            cancelAll(futures, finals);
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new ModelException("Training failed: " + cause.getMessage(), cause);
        }
        return results;
    }

    private static <T> Callable<T> job(LearnerRequest learner, AtomicInteger done, int jobs, TaskContext context,
                                       Callable<T> work) {
        return () -> {
            if (context.isCancelled()) {
                throw new TaskCancelledException();
            }
            T result = work.call();
            int finished = done.incrementAndGet();
            context.progress((double) finished / jobs, learner.name() + ": " + finished + " of " + jobs + " steps");
            return result;
        };
    }

    private static void cancelAll(List<List<Future<FoldResult>>> futures, List<Future<Classifier>> finals) {
        futures.forEach(f -> f.forEach(x -> x.cancel(true)));
        finals.forEach(f -> {
            if (f != null) {
                f.cancel(true);
            }
        });
    }

    private static ModelEvaluation collect(LearnerRequest learner, List<Split> splits, List<Future<FoldResult>> futures,
                                           String design, int repeats, int total, long[] foldMillis,
                                           long finalMillis) throws InterruptedException, ExecutionException {
        double[] pooled = new double[total];
        boolean[] churned = new boolean[total];
        List<MetricSet> folds = new ArrayList<>();
        for (int f = 0; f < splits.size(); f++) {
            Split split = splits.get(f);
            double[] p = futures.get(f).get().probabilities();
            boolean[] y = outcomes(split.test());
            if (split.pooled()) {
                for (int i = 0; i < p.length; i++) {
                    pooled[split.rows()[i]] = p[i];
                    churned[split.rows()[i]] = y[i];
                }
            }
            folds.add(BinaryMetrics.compute(p, y, DEFAULT_THRESHOLD));
        }
        Map<String, String> params = LearnerCatalog.resolve(learner.name(), learner.params());
        return new ModelEvaluation(learner.name(), params, design, repeats, List.copyOf(folds),
                new Predictions(pooled, churned),
                splits.get(0).train().numInstances(), splits.get(0).test().numInstances(), foldTime(foldMillis),
                finalMillis);
    }

    /** The folds' summed time, read once every fold has finished (the callers wait on every fold first). */
    private static long foldTime(long[] millis) {
        synchronized (millis) {
            return millis[0];
        }
    }

    private static List<FeatureImportance> importance(List<Split> splits, List<Future<FoldResult>> futures)
            throws InterruptedException, ExecutionException {
        List<double[]> drops = new ArrayList<>();
        for (int f = 0; f < splits.size(); f++) {
            if (splits.get(f).pooled()) {
                drops.add(futures.get(f).get().aucDrops());
            }
        }
        Instances header = splits.get(0).test();
        List<FeatureImportance> result = new ArrayList<>();
        for (int a = 0; a < header.numAttributes() - 1; a++) {
            double mean = 0;
            for (double[] d : drops) {
                mean += d[a];
            }
            mean /= drops.size();
            double squares = 0;
            for (double[] d : drops) {
                squares += (d[a] - mean) * (d[a] - mean);
            }
            double sd = drops.size() < 2 ? 0 : Math.sqrt(squares / (drops.size() - 1));
            result.add(new FeatureImportance(header.attribute(a).name(), mean, sd));
        }
        result.sort((x, y) -> Double.compare(y.aucDrop(), x.aucDrop()));
        return List.copyOf(result);
    }

    private static boolean[] outcomes(Instances test) {
        boolean[] y = new boolean[test.numInstances()];
        for (int i = 0; i < y.length; i++) {
            y[i] = test.instance(i).classValue() == 1;
        }
        return y;
    }

    private static FoldResult trainAndPredict(LearnerRequest learner, Split split, boolean importance,
                                              boolean keepModel, Collection<ColumnEncoding> chosen,
                                              TaskContext context) throws Exception {
        // the encodings are part of the classifier: fitted here, on this training set only
        Classifier classifier = LearnerCatalog.encoded(learner.name(), learner.params(), chosen);
        classifier.buildClassifier(split.train());
        double[] p = predict(classifier, split.test());
        double[] drops = importance ? permutationDrops(classifier, split.test(), p, context) : null;
        return new FoldResult(p, drops, keepModel ? classifier : null);
    }

    private static double[] predict(Classifier classifier, Instances test) throws Exception {
        double[] p = new double[test.numInstances()];
        for (int i = 0; i < p.length; i++) {
            p[i] = classifier.distributionForInstance(test.instance(i))[1];
        }
        return p;
    }

    /** AUC on the fold minus AUC with one feature's values shuffled among the fold's customers, per feature. */
    private static double[] permutationDrops(Classifier classifier, Instances test, double[] p, TaskContext context)
            throws Exception {
        boolean[] y = outcomes(test);
        double base = BinaryMetrics.compute(p, y, DEFAULT_THRESHOLD).rocAuc();
        int features = test.numAttributes() - 1;
        double[] drops = new double[features];
        for (int a = 0; a < features; a++) {
            if (context.isCancelled()) {
                throw new TaskCancelledException();
            }
            int[] order = new int[test.numInstances()];
            Arrays.setAll(order, i -> i);
            Random random = new Random(a + 1L);
            for (int i = order.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            double[] shuffled = new double[p.length];
            for (int i = 0; i < p.length; i++) {
                Instance row = (Instance) test.instance(i).copy();
                row.setDataset(test);
                row.setValue(a, test.instance(order[i]).value(a));
                shuffled[i] = classifier.distributionForInstance(row)[1];
            }
            drops[a] = base - BinaryMetrics.compute(shuffled, y, DEFAULT_THRESHOLD).rocAuc();
        }
        return drops;
    }
}
