package app.retention.model;

import app.retention.domain.ColumnEncoding;
import app.retention.evaluate.BinaryMetrics;
import app.retention.task.TaskCancelledException;
import app.retention.task.TaskContext;
import weka.classifiers.Classifier;
import weka.core.Instances;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Random search over a learner's {@link SearchSpace}, judged by inner cross-validation (docs/adr/0022). It searches
 * several <em>scopes</em> at once, the training set of each outer fold and all the data: every setting is tried in
 * every scope, and each scope keeps the setting with the best mean ROC AUC over its own inner folds. An outer
 * fold's choice is thus made without its test customers, and its score stays honest (nested cross-validation).
 *
 * <p>The settings come from one seeded sequence (the defaults first), and a setting is tried everywhere before the
 * next starts, so the same seed and the same number of settings tried give the same choices, whatever the
 * machine's speed. A time box stops the search when the next setting and the outer measurement would not fit in
 * it; a setting under way when the time is up, or when the user stops, is dropped (never the first).
 */
final class ModelTuner {

    /**
     * The outer measurement after the search trains each scope's choice once on the whole scope (about 1.5 / k of
     * a setting's time over k inner folds) and measures permutation importance: measured at 0.9 of a setting with
     * k = 3 on the sample (docs/benchmarks.md), so one setting's time is reserved for it.
     */
    private static final double MEASURE_SHARE = 3.0;
    private static final long POLL_MILLIS = 100;

    /** What the search found: per scope (outer training sets in order, all the data last) the best setting. */
    record Found(List<Map<String, String>> best, double[] bestAuc, int tried, boolean stopped) {
    }

    /** A search and its outer measurement: the choices, and the run of the splits' choices on their test sets. */
    record Nested(Found found, CrossValidator.Outcome outcome, List<LearnerRequest> perSplit) {
    }

    private final ExecutorService pool;

    ModelTuner(ExecutorService pool) {
        this.pool = pool;
    }

    /**
     * Nested cross-validation: the search sees each split's training set and {@code all} (for the model kept),
     * never a split's test set; then each split's choice is trained on its training set and scored on its test
     * set by {@code validator}.
     */
    Nested searchAndMeasure(Instances all, CvPlan plan, List<CrossValidator.Split> splits, SearchSpace space,
                            TuningBudget budget, int innerFolds, Collection<ColumnEncoding> chosen, TuningStop stop,
                            Consumer<TuningProgress> listener, CrossValidator validator, TaskContext context) {
        List<Instances> scopes = new ArrayList<>();
        splits.forEach(split -> scopes.add(split.train()));
        scopes.add(all);
        Found found = search(scopes, space, budget, innerFolds, plan.seed(), chosen, stop, listener, context);
        context.progress(0.96, "Tried " + found.tried() + (found.tried() == 1 ? " setting" : " settings")
                + "; measuring the best of each training fold on its test fold…");
        List<LearnerRequest> perSplit = found.best().subList(0, splits.size()).stream()
                .map(p -> new LearnerRequest(space.learner(), p)).toList();
        LearnerRequest kept = new LearnerRequest(space.learner(), found.best().get(splits.size()));
        CrossValidator.Outcome outcome = validator.crossValidateChosen(all, plan, splits, perSplit, kept, chosen,
                context).get(0);
        return new Nested(found, outcome, perSplit);
    }

    Found search(List<Instances> scopes, SearchSpace space, TuningBudget budget, int innerFolds, long seed,
                 Collection<ColumnEncoding> chosen, TuningStop stop, Consumer<TuningProgress> listener,
                 TaskContext context) {
        long start = System.nanoTime();
        List<List<CrossValidator.Split>> inner = new ArrayList<>();
        for (Instances scope : scopes) {
            if (scope.numInstances() < innerFolds) {
                throw new ModelException("Too few customers to compare settings by " + innerFolds + "-fold "
                        + "cross-validation inside each training fold (" + scope.numInstances() + ").");
            }
            inner.add(CrossValidator.folds(scope, innerFolds, seed, true));
        }
        context.progress(0, "Trying the default settings first, inside every training fold…");
        Random random = new Random(seed);
        List<Map<String, String>> best = new ArrayList<>();
        double[] bestAuc = new double[scopes.size()];
        Arrays.fill(bestAuc, Double.NEGATIVE_INFINITY);
        scopes.forEach(s -> best.add(null));
        int tried = 0;
        boolean stopped = false;
        double measureShare = MEASURE_SHARE / innerFolds;
        while (true) {
            long elapsed = System.nanoTime() - start;
            long perSetting = tried == 0 ? 0 : elapsed / tried;
            if (tried > 0) {
                if (stop.requested()) {
                    stopped = true;
                    break;
                }
                if (!budget.timed() && tried >= budget.candidates()) {
                    break;
                }
                if (budget.timed() && elapsed + perSetting * (1 + measureShare) > budget.time().toNanos()) {
                    break;
                }
            }
            context.checkCancelled();
            Map<String, String> candidate = tried == 0 ? space.defaults() : space.draw(random);
            // the first setting always finishes; a later one is dropped when the time box or the user says so
            long dropAt = tried == 0 || !budget.timed() ? Long.MAX_VALUE
                    : start + budget.time().toNanos() - (long) (perSetting * measureShare);
            double[] auc = tryEverywhere(new LearnerRequest(space.learner(), candidate), inner, chosen,
                    tried == 0 ? null : stop, dropAt, context);
            if (auc == null) {
                stopped = stop.requested();
                break;
            }
            tried++;
            for (int s = 0; s < auc.length; s++) {
                if (auc[s] > bestAuc[s]) { // ties keep the earlier setting
                    bestAuc[s] = auc[s];
                    best.set(s, candidate);
                }
            }
            int all = scopes.size() - 1;
            TuningProgress progress = new TuningProgress(tried, Duration.ofNanos(System.nanoTime() - start),
                    budget.describe(), bestAuc[all], best.get(all), space.inWords(best.get(all)));
            listener.accept(progress);
            double fraction = budget.timed() ? (double) (System.nanoTime() - start) / budget.time().toNanos()
                    : (double) tried / budget.candidates();
            context.progress(Math.min(0.95, fraction), progress.line());
        }
        for (int s = 0; s < best.size(); s++) {
            if (best.get(s) == null) { // no inner fold had both churners and stayers: the defaults
                best.set(s, space.defaults());
            }
        }
        return new Found(List.copyOf(best), bestAuc, tried, stopped);
    }

    /**
     * The mean inner ROC AUC of one setting in every scope; null when it was dropped (the user stopped, or the time
     * ran out at {@code dropAt}).
     */
    private double[] tryEverywhere(LearnerRequest setting, List<List<CrossValidator.Split>> inner,
                                   Collection<ColumnEncoding> chosen, TuningStop stop, long dropAt,
                                   TaskContext context) {
        AtomicBoolean dropped = new AtomicBoolean();
        List<List<Future<Double>>> futures = new ArrayList<>();
        for (List<CrossValidator.Split> folds : inner) {
            List<Future<Double>> perFold = new ArrayList<>();
            for (CrossValidator.Split fold : folds) {
                perFold.add(pool.submit(() -> {
                    if (dropped.get() || context.isCancelled()) {
                        return Double.NaN;
                    }
                    return innerAuc(setting, fold, chosen);
                }));
            }
            futures.add(perFold);
        }
        try {
            double[] means = new double[inner.size()];
            for (int s = 0; s < futures.size(); s++) {
                double sum = 0;
                int counted = 0;
                for (Future<Double> f : futures.get(s)) {
                    double auc = await(f, stop, dropAt, context);
                    if (!Double.isNaN(auc)) {
                        sum += auc;
                        counted++;
                    }
                }
                means[s] = counted == 0 ? Double.NaN : sum / counted;
            }
            return means;
        } catch (TimeoutException e) {
            dropped.set(true);
            futures.forEach(list -> list.forEach(f -> f.cancel(false)));
            return null;
        } catch (TaskCancelledException e) {
            dropped.set(true);
            futures.forEach(list -> list.forEach(f -> f.cancel(false)));
            throw e;
        }
    }

    /** Waits for one job, watching for a stop, the time box and a cancel. */
    private static double await(Future<Double> job, TuningStop stop, long dropAt, TaskContext context)
            throws TimeoutException {
        while (true) {
            context.checkCancelled();
            if ((stop != null && stop.requested()) || System.nanoTime() > dropAt) {
                throw new TimeoutException();
            }
            try {
                return job.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // not yet: look at the stop and the clock again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TaskCancelledException();
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException r) {
                    throw r;
                }
                throw new ModelException("Training failed while comparing settings: " + cause.getMessage(), cause);
            }
        }
    }

    private static double innerAuc(LearnerRequest setting, CrossValidator.Split fold,
                                   Collection<ColumnEncoding> chosen) throws Exception {
        Classifier classifier = LearnerCatalog.encoded(setting.name(), setting.params(), chosen);
        classifier.buildClassifier(fold.train());
        Instances test = fold.test();
        double[] p = new double[test.numInstances()];
        boolean[] y = new boolean[test.numInstances()];
        for (int i = 0; i < p.length; i++) {
            p[i] = classifier.distributionForInstance(test.instance(i))[1];
            y[i] = test.instance(i).classValue() == 1;
        }
        return BinaryMetrics.compute(p, y, CrossValidator.DEFAULT_THRESHOLD).rocAuc();
    }
}
