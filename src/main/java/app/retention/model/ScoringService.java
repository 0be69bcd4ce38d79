package app.retention.model;

import app.retention.domain.ColumnLabels;
import app.retention.domain.DatasetInfo;
import app.retention.domain.ModelRecord;
import app.retention.domain.ScoreRunRecord;
import app.retention.domain.StoredModel;
import app.retention.domain.StoredScore.StoredReason;
import app.retention.domain.StoredScore;
import app.retention.evaluate.PlattScaling;
import app.retention.store.Workspace;
import app.retention.task.TaskCancelledException;
import app.retention.task.TaskContext;
import weka.classifiers.Classifier;
import weka.core.Instance;
import weka.core.Instances;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Scores every customer of a dataset version with a stored model and stores the churn probabilities (calibrated by
 * Platt scaling fitted on the model's own out-of-sample predictions), with up to
 * three reasons per customer, as one scoring. Chunks of customers are scored in parallel, each thread with its
 * own copy of the model (several Weka learners keep state while predicting).
 *
 * <p>Reasons are model-agnostic: a feature's contribution to a customer's score is how much the probability falls,
 * on average, when that one value is replaced by values other customers have (the 10th, 30th, 50th, 70th and 90th
 * percentiles of a number, each as likely; the most common categories, by how common they are). The three largest
 * contributions above half a percentage point are worded from the data.
 */
public final class ScoringService {

    /** Contributions below this are noise, not a reason. */
    static final double MIN_CONTRIBUTION = 0.005;
    private static final int CHUNK = 2_000;
    private static final int REASONS = 3;
    /** The reason of a customer whose score no single value explains: it sits near what others like them have. */
    static final StoredReason SEVERAL_SMALL_FACTORS = new StoredReason("(overall)",
            "No single factor stands out: several small ones together");

    private final Workspace workspace;
    private final ModelCatalog catalog;
    private final ExecutorService shared;
    private final int threads;

    /** A scoring service that starts a pool of {@code threads} for each scoring (benchmarks, tests). */
    public ScoringService(Workspace workspace, int threads) {
        this(new ModelCatalog(workspace), null, checked(threads));
    }

    /**
     * A scoring service on a shared pool, which its owner stops (the composition root,
     * {@code app.retention.usecase.Workbench}).
     */
    public ScoringService(ModelCatalog catalog, ExecutorService pool) {
        this(catalog, java.util.Objects.requireNonNull(pool, "pool"), 0);
    }

    private ScoringService(ModelCatalog catalog, ExecutorService shared, int threads) {
        this.workspace = catalog.workspace();
        this.catalog = catalog;
        this.shared = shared;
        this.threads = threads;
    }

    /** A pool of daemon threads named {@code scoring}, for a service of its own or a composition root. */
    public static ExecutorService pool(int threads) {
        return Executors.newFixedThreadPool(checked(threads), r -> {
            Thread t = new Thread(r, "scoring");
            t.setDaemon(true);
            return t;
        });
    }

    /** What a scoring stored: its record (the scores are in the workspace). */
    public record Scoring(ScoreRunRecord run) {
    }

    private static int checked(int threads) {
        if (threads < 1) {
            throw new ModelException("At least one thread is needed to score, not " + threads + ".");
        }
        return threads;
    }

    /**
     * Scores {@code dataset} with model {@code modelId}; {@code reasons} adds the three reasons per customer. The
     * customers are read, scored and stored a page at a time, in one transaction: a million customers are scored in
     * a heap that holds a page, and a failed or cancelled scoring stores nothing.
     */
    public Scoring score(DatasetInfo dataset, long modelId, boolean reasons, TaskContext context) {
        long start = System.nanoTime();
        ModelRecord record = catalog.record(modelId);
        StoredModel stored = catalog.stored(modelId);
        PlattScaling calibration = catalog.calibration(modelId);
        ScoringPages pages = new ScoringPages(workspace, dataset, catalog.schema(modelId));
        References reference = reasons ? references(pages, labels(dataset, record)) : null;
        ScoreRunRecord run = new ScoreRunRecord(0, null, dataset.name(), dataset.version(), dataset.source().sha256(),
                modelId, record.learner(), record.rocAuc(), record.design(), 0, 0);
        long id = workspace.scores().save(run, each -> {
            long scored = predict(stored.classifier(), pages, reference, calibration, context, each);
            context.checkCancelled();
            context.progress(0.95, "Saving " + scored + " scores");
            return (System.nanoTime() - start) / 1_000_000;
        });
        return new Scoring(workspace.scores().run(id).orElseThrow());
    }

    /**
     * How reasons name the model's features: the labels given to the scored dataset's columns, then those of the
     * dataset the model was trained on (labels set on September's snapshot read the same on November's list), then
     * the names humanised.
     */
    private ColumnLabels labels(DatasetInfo dataset, ModelRecord record) {
        ColumnLabels scored = ColumnLabels.of(workspace.datasets().columns(dataset));
        return workspace.datasets().find(record.datasetName() + "@" + record.datasetVersion())
                .map(trained -> scored.orElse(ColumnLabels.of(workspace.datasets().columns(trained))))
                .orElse(scored);
    }

    /**
     * Every customer of {@code dataset} scored by model {@code modelId}, calibrated as stored scores are, with each
     * one's outcome where the dataset has its target filled in; nothing is stored. What promotion evidence, decay
     * and drift are measured from (docs/adr/0018): the same probabilities a stored scoring holds, without creating
     * one for a comparison the user may never act on.
     *
     * @throws ModelException when there is no such model or the dataset does not fit it
     */
    public SnapshotScores scoreInMemory(DatasetInfo dataset, long modelId, TaskContext context) {
        catalog.record(modelId);
        StoredModel stored = catalog.stored(modelId);
        PlattScaling calibration = catalog.calibration(modelId);
        ScoringPages pages = new ScoringPages(workspace, dataset, catalog.schema(modelId));
        Classifier classifier = ModelSerializer.read(stored.classifier(), "Model " + modelId);
        int n = (int) Math.min(Integer.MAX_VALUE - 8, pages.end());
        long[] rows = new long[n];
        double[] probabilities = new double[n];
        byte[] outcomes = new byte[n];
        int at = 0;
        try {
            for (long offset = 0; offset < pages.end(); offset += DatasetInstances.PAGE) {
                context.checkCancelled();
                ScoringPages.Page page = pages.read(offset);
                Instances data = page.instances();
                for (int i = 0; i < data.numInstances(); i++) {
                    Instance row = data.instance(i);
                    rows[at] = page.rowNumbers()[i];
                    probabilities[at] = calibration.apply(classifier.distributionForInstance(row)[1]);
                    outcomes[at] = row.classIsMissing() ? SnapshotScores.UNKNOWN
                            : row.classValue() == 1 ? SnapshotScores.CHURNED : SnapshotScores.STAYED;
                    at++;
                }
            }
        } catch (Exception e) {
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new ModelException("Scoring " + dataset.reference() + " with model " + modelId + " failed: "
                    + e.getMessage(), e);
        }
        return new SnapshotScores(dataset.reference(), modelId, Arrays.copyOf(rows, at),
                Arrays.copyOf(probabilities, at), Arrays.copyOf(outcomes, at));
    }

    /** The calibration this service applies: the catalog's, fitted once per model. */
    PlattScaling calibration(long modelId) {
        return catalog.calibration(modelId);
    }

    /** Scores every page of customers, each on the pool in chunks, handing the scores on in row order. */
    private long predict(byte[] model, ScoringPages pages, References reference, PlattScaling calibration,
                         TaskContext context, Consumer<StoredScore> each) {
        ExecutorService pool = shared != null ? shared : pool(threads);
        // one copy of the model per pool thread, for this scoring only (a shared pool outlives it)
        Map<Thread, Classifier> copies = new ConcurrentHashMap<>();
        List<Future<List<StoredScore>>> futures = new ArrayList<>();
        long scored = 0;
        try {
            for (long offset = 0; offset < pages.end(); offset += DatasetInstances.PAGE) {
                context.checkCancelled();
                ScoringPages.Page page = pages.read(offset);
                Instances data = page.instances();
                futures.clear();
                for (int from = 0; from < data.numInstances(); from += CHUNK) {
                    int start = from;
                    int to = Math.min(data.numInstances(), from + CHUNK);
                    futures.add(pool.submit(() -> {
                        if (context.isCancelled()) {
                            throw new TaskCancelledException();
                        }
                        Classifier classifier = copies.computeIfAbsent(Thread.currentThread(),
                                t -> ModelSerializer.read(model, "The model"));
                        List<StoredScore> part = new ArrayList<>(to - start);
                        for (int i = start; i < to; i++) {
                            Instance row = data.instance(i);
                            double p = classifier.distributionForInstance(row)[1];
                            List<StoredReason> why = reference == null ? List.of()
                                    : reasons(classifier, row, page.values().get(i), p, reference);
                            part.add(new StoredScore(page.rowNumbers()[i], calibration.apply(p), why));
                        }
                        return part;
                    }));
                }
                for (Future<List<StoredScore>> f : futures) {
                    f.get().forEach(each);
                }
                scored += data.numInstances();
                context.progress(0.9 * Math.min(1, (double) (offset + DatasetInstances.PAGE) / pages.end()),
                        "Scored " + scored + " customers");
            }
            return scored;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TaskCancelledException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new ModelException("Scoring failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            if (shared == null) {
                pool.shutdownNow();
            } else {
                futures.forEach(f -> f.cancel(true));
            }
        }
    }

    /** Values other customers have, per feature, with their weights (summing to 1), and how features are named. */
    record References(double[][] values, double[][] weights, ColumnLabels labels) {
    }

    private static final double[] PERCENTILES = {0.1, 0.3, 0.5, 0.7, 0.9};
    private static final int CATEGORIES = 8;

    static References references(ScoringPages pages, ColumnLabels labels) {
        Instances header = pages.header();
        int features = header.numAttributes() - 1;
        double[][] values = new double[features][];
        double[][] weights = new double[features][];
        for (int a = 0; a < features; a++) {
            if (header.attribute(a).isNominal()) {
                int[] counts = pages.nominalCounts(a);
                Integer[] order = new Integer[counts.length];
                Arrays.setAll(order, i -> i);
                Arrays.sort(order, (x, y) -> Integer.compare(counts[y], counts[x]));
                int kept = (int) Math.min(CATEGORIES, Arrays.stream(counts).filter(c -> c > 0).count());
                values[a] = new double[kept];
                weights[a] = new double[kept];
                double total = 0;
                for (int k = 0; k < kept; k++) {
                    values[a][k] = order[k];
                    total += counts[order[k]];
                }
                for (int k = 0; k < kept; k++) {
                    weights[a][k] = counts[order[k]] / total;
                }
            } else {
                values[a] = pages.percentiles(a, PERCENTILES);
                weights[a] = new double[values[a].length];
                Arrays.fill(weights[a], 1.0 / PERCENTILES.length);
            }
        }
        return new References(values, weights, labels);
    }

    private static List<StoredReason> reasons(Classifier classifier, Instance row, Object[] read, double p,
                                              References references) throws Exception {
        Map<Integer, Double> contributions = new HashMap<>();
        Instance changed = (Instance) row.copy();
        changed.setDataset(row.dataset());
        for (int a = 0; a < references.values().length; a++) {
            double[] values = references.values()[a];
            if (values.length == 0) {
                continue;
            }
            double expected = 0;
            for (int k = 0; k < values.length; k++) {
                double q = p;
                if (values[k] != row.value(a)) {
                    changed.setValue(a, values[k]);
                    q = classifier.distributionForInstance(changed)[1];
                }
                expected += references.weights()[a][k] * q;
            }
            changed.setValue(a, row.value(a));
            double contribution = p - expected;
            if (contribution >= MIN_CONTRIBUTION) {
                contributions.put(a, contribution);
            }
        }
        if (contributions.isEmpty()) {
            return List.of(SEVERAL_SMALL_FACTORS);
        }
        return contributions.entrySet().stream()
                .sorted((x, y) -> Double.compare(y.getValue(), x.getValue()))
                .limit(REASONS)
                .map(e -> reason(row, read, e.getKey(), references.labels()))
                .toList();
    }

    /** A category the model never saw is missing in {@code row}, but {@code values} has it: it reads as new. */
    private static StoredReason reason(Instance row, Object[] values, int a, ColumnLabels labels) {
        String column = row.attribute(a).name();
        if (row.attribute(a).isNominal()) {
            if (row.isMissing(a) && values[a] instanceof String unseen) {
                return new StoredReason(column, ReasonWording.unseen(column, unseen, labels));
            }
            return new StoredReason(column, ReasonWording.nominal(column, row.isMissing(a) ? null : row.stringValue(a),
                    labels));
        }
        return new StoredReason(column, ReasonWording.numeric(column, row.value(a), labels));
    }
}
