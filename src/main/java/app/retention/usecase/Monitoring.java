package app.retention.usecase;

import app.retention.domain.CampaignMember;
import app.retention.domain.CampaignOutcome;
import app.retention.domain.CampaignRecord;
import app.retention.domain.ColumnInfo;
import app.retention.domain.DatasetInfo;
import app.retention.domain.ModelRecord;
import app.retention.domain.ModelFigures;
import app.retention.domain.ValueGroup;
import app.retention.evaluate.AucEstimate;
import app.retention.evaluate.DeLong;
import app.retention.evaluate.PopulationStability;
import app.retention.evaluate.Predictions;
import app.retention.model.FeatureSpec;
import app.retention.model.ModelCatalog;
import app.retention.model.ModelSchema;
import app.retention.model.SnapshotScores;
import app.retention.store.Workspace;
import app.retention.task.TaskContext;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Drift and decay of a model on a later snapshot (issue 16, METRICS.md): PSI of every input over bins of the model's
 * training data (deciles of a number, its categories plus the unseen ones, missing as a bin of its own), PSI of the
 * score, missing-rate changes, new categories and values out of the training range, each in words; and, when the
 * snapshot says who churned, the realised ROC AUC, lift at 10% and calibration error against the validation figures.
 */
public final class Monitoring {

    /** A new category or an out-of-range share is named from this share of customers on. */
    static final double NAMED_SHARE = 0.01;
    /** A change in the missing rate is named from this many percentage points on. */
    static final double MISSING_CHANGE = 0.05;

    private final Workspace workspace;
    private final ModelCatalog catalog;
    private final ModelsInService inService;

    Monitoring(Workspace workspace, ModelCatalog catalog, ModelsInService inService) {
        this.workspace = workspace;
        this.catalog = catalog;
        this.inService = inService;
    }

    /**
     * Reads {@code snapshot} against the training data of model {@code modelId}.
     *
     * @throws InServiceException when the training data is gone or the snapshot does not fit the model
     */
    public MonitorReport monitor(DatasetInfo snapshot, long modelId, TaskContext context) {
        ModelRecord model = catalog.record(modelId);
        String trainingRef = model.datasetName() + "@" + model.datasetVersion();
        DatasetInfo training = workspace.datasets().find(trainingRef).orElseThrow(() -> new InServiceException(
                "The training data of model " + modelId + " (" + trainingRef + ") is no longer in the workspace: "
                        + "drift is measured against it."));
        catalog.misfit(modelId, snapshot).ifPresent(problem -> {
            throw new InServiceException(snapshot.reference() + " cannot be read by model " + modelId + ": " + problem
                    + ".");
        });
        ModelSchema schema = catalog.schema(modelId);
        List<ColumnInfo> trainColumns = workspace.datasets().columns(training);
        List<ColumnInfo> nowColumns = workspace.datasets().columns(snapshot);
        List<FeatureDrift> features = new ArrayList<>();
        for (FeatureSpec spec : schema.features()) {
            context.checkCancelled();
            ColumnInfo before = column(trainColumns, spec.column());
            ColumnInfo now = column(nowColumns, spec.column());
            features.add(spec.nominal() || !spec.type().isNumeric()
                    ? categoryDrift(spec.column(), counts(training, before), counts(snapshot, now))
                    : numberDrift(spec.column(), counts(training, before), counts(snapshot, now)));
        }
        features.sort(Comparator.comparingDouble(FeatureDrift::psi).reversed());
        SnapshotScores scores = inService.scoreInMemory(snapshot, modelId, context);
        Predictions validation = catalog.validationScores(modelId);
        MonitorReport.ScoreDrift score = scoreDrift(validation.probabilities(), scores.probabilities());
        Optional<MonitorReport.Decay> decay = Optional.empty();
        Predictions labelled = scores.labelled();
        if (!snapshot.name().equals(model.datasetName()) && twoOfEach(labelled)) {
            decay = Optional.of(decay(modelId, validation, labelled, snapshot.reference()));
        }
        return new MonitorReport(snapshot.reference(), modelId, model.learner(), trainingRef, scores.size(), features,
                score, decay, campaignDecays(snapshot, modelId, validation));
    }

    /** Every campaign cut from this snapshot's scoring by this model that has outcomes, read as decay. */
    private List<MonitorReport.CampaignDecay> campaignDecays(DatasetInfo snapshot, long modelId,
                                                             Predictions validation) {
        List<MonitorReport.CampaignDecay> readings = new ArrayList<>();
        for (CampaignRecord campaign : workspace.campaigns().list()) {
            if (campaign.modelId() != modelId || !campaign.datasetReference().equals(snapshot.reference())) {
                continue;
            }
            Predictions heldOut = heldOut(workspace, campaign);
            if (heldOut.size() > 0) {
                readings.add(campaignDecay(campaign.name(), modelId, validation, heldOut));
            }
        }
        return readings;
    }

    /**
     * The held-out customers of a campaign who have an outcome: their scores when the campaign was cut, and whether
     * they churned. Nobody contacted them, so their outcomes show the model as it is.
     */
    static Predictions heldOut(Workspace workspace, CampaignRecord campaign) {
        Map<String, Boolean> churned = new HashMap<>();
        for (CampaignOutcome o : workspace.campaigns().outcomes(campaign.id())) {
            churned.put(o.key(), o.churned());
        }
        List<CampaignMember> members = workspace.campaigns().members(campaign.id()).stream()
                .filter(m -> !m.arm().contacted() && churned.containsKey(m.key())).toList();
        boolean[] y = new boolean[members.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = churned.get(members.get(i).key());
        }
        return new Predictions(members.stream().mapToDouble(CampaignMember::probability).toArray(), y);
    }

    static MonitorReport.CampaignDecay campaignDecay(String campaign, long modelId, Predictions validation,
                                                     Predictions realised) {
        double[] p = realised.probabilities();
        double lowest = Arrays.stream(p).min().orElse(0);
        double predicted = Arrays.stream(p).average().orElse(Double.NaN);
        double observed = realised.baseRate();
        Predictions sameRange = inRange(validation, lowest, Arrays.stream(p).max().orElse(1));
        MonitorReport.Decay decay = twoOfEach(realised) && twoOfEach(sameRange)
                ? decay(modelId, sameRange, realised, "the held-out customers") : null;
        String finding = String.format(Locale.ROOT, "Campaign %s: of its %,d held-out customers (not contacted, so "
                + "they show the model as it is), %s churned where the model predicted %s. %s", campaign, p.length,
                pct(observed), pct(predicted), decay == null ? "Too few of each outcome to read the ROC AUC."
                        : "They are the segment's customers, so validation is read on the customers it scored in the "
                        + "same range (" + String.format(Locale.ROOT, "%.2f", lowest) + " and up). "
                        + decay.finding());
        return new MonitorReport.CampaignDecay(campaign, p.length, lowest, predicted, observed, decay, finding);
    }

    static Predictions inRange(Predictions all, double low, double high) {
        double[] p = all.probabilities();
        boolean[] y = all.churned();
        int[] kept = IntStream.range(0, p.length).filter(i -> p[i] >= low && p[i] <= high).toArray();
        double[] keptP = new double[kept.length];
        boolean[] keptY = new boolean[kept.length];
        for (int i = 0; i < kept.length; i++) {
            keptP[i] = p[kept[i]];
            keptY[i] = y[kept[i]];
        }
        return new Predictions(keptP, keptY);
    }

    private static ColumnInfo column(List<ColumnInfo> columns, String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow(() ->
                new InServiceException("`" + name + "` is missing."));
    }

    /** Distinct values with counts, missing under the key {@code null} (first). */
    private Map<Object, Long> counts(DatasetInfo dataset, ColumnInfo column) {
        Map<Object, Long> counts = new LinkedHashMap<>();
        workspace.queries().forEachValue(dataset, column, null, (ValueGroup g) -> counts.merge(g.value() == null
                ? Missing.VALUE : g.value(), g.count(), Long::sum));
        return counts;
    }

    private enum Missing { VALUE }

    private static double number(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof LocalDateTime t) {
            return (double) t.toEpochSecond(ZoneOffset.UTC) / 86_400;
        }
        if (value instanceof LocalDate d) {
            return d.toEpochDay();
        }
        return Double.NaN;
    }

    private static long total(Map<Object, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    static FeatureDrift numberDrift(String name, Map<Object, Long> before, Map<Object, Long> now) {
        TreeMap<Double, Long> train = new TreeMap<>();
        before.forEach((v, c) -> {
            if (v != Missing.VALUE && !Double.isNaN(number(v))) {
                train.merge(number(v), c, Long::sum);
            }
        });
        double[] values = train.keySet().stream().mapToDouble(Double::doubleValue).toArray();
        long[] valueCounts = train.values().stream().mapToLong(Long::longValue).toArray();
        double[] edges = values.length == 0 ? new double[0] : PopulationStability.decileEdges(values, valueCounts);
        long[] expected = new long[edges.length + 2]; // the bins, then missing
        long[] actual = new long[edges.length + 2];
        train.forEach((v, c) -> expected[PopulationStability.bin(edges, v)] += c);
        expected[edges.length + 1] = before.getOrDefault(Missing.VALUE, 0L);
        long below = 0;
        long above = 0;
        double min = values.length == 0 ? Double.NaN : values[0];
        double max = values.length == 0 ? Double.NaN : values[values.length - 1];
        for (Map.Entry<Object, Long> e : now.entrySet()) {
            double v = e.getKey() == Missing.VALUE ? Double.NaN : number(e.getKey());
            if (Double.isNaN(v)) {
                actual[edges.length + 1] += e.getValue();
                continue;
            }
            actual[PopulationStability.bin(edges, v)] += e.getValue();
            below += v < min ? e.getValue() : 0;
            above += v > max ? e.getValue() : 0;
        }
        double psi = psi(expected, actual);
        long n = total(now);
        double missingBefore = share(expected[edges.length + 1], total(before));
        double missingNow = share(actual[edges.length + 1], n);
        List<String> findings = new ArrayList<>();
        level(name, psi, findings);
        if (PopulationStability.Level.of(psi) != PopulationStability.Level.STABLE) {
            TreeMap<Double, Long> current = new TreeMap<>();
            now.forEach((v, c) -> {
                if (v != Missing.VALUE && !Double.isNaN(number(v))) {
                    current.merge(number(v), c, Long::sum);
                }
            });
            if (!train.isEmpty() && !current.isEmpty()) {
                findings.add(String.format(Locale.ROOT, "%s: the median is %s, %s in training", name,
                        plain(median(current)), plain(median(train))));
            }
        }
        missing(name, missingBefore, missingNow, findings);
        if (share(above, n) >= NAMED_SHARE) {
            findings.add(String.format(Locale.ROOT, "%s: %s of customers are above the training data's largest "
                    + "value %s", name, pct(share(above, n)), plain(max)));
        }
        if (share(below, n) >= NAMED_SHARE) {
            findings.add(String.format(Locale.ROOT, "%s: %s of customers are below the training data's smallest "
                    + "value %s", name, pct(share(below, n)), plain(min)));
        }
        return new FeatureDrift(name, true, psi, level(psi), missingBefore, missingNow, List.of(), share(below, n),
                share(above, n), findings);
    }

    /** The lower median of values with counts (a value that occurs, never an average of two). */
    private static double median(TreeMap<Double, Long> counts) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        long seen = 0;
        for (Map.Entry<Double, Long> e : counts.entrySet()) {
            seen += e.getValue();
            if (2 * seen >= total) {
                return e.getKey();
            }
        }
        return counts.lastKey();
    }

    static FeatureDrift categoryDrift(String name, Map<Object, Long> before, Map<Object, Long> now) {
        List<Object> bins = new ArrayList<>(before.keySet());
        List<FeatureDrift.NewCategory> unseen = new ArrayList<>();
        long n = total(now);
        for (Map.Entry<Object, Long> e : now.entrySet()) {
            if (!before.containsKey(e.getKey())) {
                bins.add(e.getKey());
                if (e.getKey() != Missing.VALUE) {
                    unseen.add(new FeatureDrift.NewCategory(String.valueOf(e.getKey()), e.getValue(),
                            share(e.getValue(), n)));
                }
            }
        }
        long[] expected = new long[bins.size()];
        long[] actual = new long[bins.size()];
        for (int i = 0; i < bins.size(); i++) {
            expected[i] = before.getOrDefault(bins.get(i), 0L);
            actual[i] = now.getOrDefault(bins.get(i), 0L);
        }
        double psi = psi(expected, actual);
        double missingBefore = share(before.getOrDefault(Missing.VALUE, 0L), total(before));
        double missingNow = share(now.getOrDefault(Missing.VALUE, 0L), n);
        unseen.sort(Comparator.comparingLong(FeatureDrift.NewCategory::customers).reversed());
        List<String> findings = new ArrayList<>();
        level(name, psi, findings);
        for (FeatureDrift.NewCategory c : unseen) {
            if (c.share() >= NAMED_SHARE) {
                findings.add(String.format(Locale.ROOT, "%s %s is new: %s of customers, unseen in training", name,
                        c.value(), pct(c.share())));
            }
        }
        missing(name, missingBefore, missingNow, findings);
        return new FeatureDrift(name, false, psi, level(psi), missingBefore, missingNow, unseen, 0, 0, findings);
    }

    private static double psi(long[] expected, long[] actual) {
        return total(expected) == 0 || total(actual) == 0 ? 0 : PopulationStability.index(expected, actual);
    }

    private static long total(long[] counts) {
        return Arrays.stream(counts).sum();
    }

    private static void level(String name, double psi, List<String> findings) {
        PopulationStability.Level level = PopulationStability.Level.of(psi);
        if (level != PopulationStability.Level.STABLE) {
            findings.add(String.format(Locale.ROOT, "%s has %s: PSI %.3f (%s)", name, level
                    == PopulationStability.Level.SHIFTED ? "shifted" : "moved enough to watch", psi,
                    level == PopulationStability.Level.SHIFTED ? "above 0.25" : "0.1 to 0.25"));
        }
    }

    private static void missing(String name, double before, double now, List<String> findings) {
        if (Math.abs(now - before) >= MISSING_CHANGE) {
            findings.add(String.format(Locale.ROOT, "%s is missing for %s of customers, %s in training", name,
                    pct(now), pct(before)));
        }
    }

    private static String level(double psi) {
        return PopulationStability.Level.of(psi).name().toLowerCase(Locale.ROOT);
    }

    static MonitorReport.ScoreDrift scoreDrift(double[] validation, double[] now) {
        TreeMap<Double, Long> train = new TreeMap<>();
        for (double p : validation) {
            train.merge(p, 1L, Long::sum);
        }
        double[] values = train.keySet().stream().mapToDouble(Double::doubleValue).toArray();
        long[] counts = train.values().stream().mapToLong(Long::longValue).toArray();
        double[] edges = PopulationStability.decileEdges(values, counts);
        long[] expected = new long[edges.length + 1];
        long[] actual = new long[edges.length + 1];
        for (double p : validation) {
            expected[PopulationStability.bin(edges, p)]++;
        }
        for (double p : now) {
            actual[PopulationStability.bin(edges, p)]++;
        }
        double psi = now.length == 0 ? 0 : PopulationStability.index(expected, actual);
        double meanBefore = Arrays.stream(validation).average().orElse(Double.NaN);
        double meanNow = Arrays.stream(now).average().orElse(Double.NaN);
        String finding = String.format(Locale.ROOT, "The churn score is %s: PSI %.3f against the validation scores; "
                + "mean churn probability %.3f, %.3f in validation", level(psi), psi, meanNow, meanBefore);
        return new MonitorReport.ScoreDrift(psi, level(psi), meanBefore, meanNow, finding,
                MonitorReport.ScoreDrift.shares(validation), MonitorReport.ScoreDrift.shares(now));
    }

    static boolean twoOfEach(Predictions p) {
        int churners = 0;
        for (boolean c : p.churned()) {
            churners += c ? 1 : 0;
        }
        return churners >= 2 && p.size() - churners >= 2;
    }

    static MonitorReport.Decay decay(long modelId, Predictions validation, Predictions realised, String snapshot) {
        ModelFigures v = PromotionRule.figures(modelId, validation);
        ModelFigures r = PromotionRule.figures(modelId, realised);
        AucEstimate ve = DeLong.estimate(validation.probabilities(), validation.churned());
        AucEstimate re = DeLong.estimate(realised.probabilities(), realised.churned());
        double p = ve.pValueOfDropTo(re);
        boolean retrain = v.auc() > r.auc() && p < PromotionRule.ALPHA;
        String finding = String.format(Locale.ROOT, "On %s model %d has ROC AUC %.3f (95%% %.3f–%.3f) against %.3f "
                + "(%.3f–%.3f) in validation, one-sided p of a drop %s; lift at 10%% %.2f against %.2f; calibration "
                + "error %.3f against %.3f. %s", snapshot, modelId, r.auc(), r.aucLow(), r.aucHigh(), v.auc(),
                v.aucLow(), v.aucHigh(), PromotionRule.p(p), r.liftTop10(), v.liftTop10(), r.calibrationError(),
                v.calibrationError(), retrain ? "Retrain recommended: the drop from validation is significant."
                        : "No significant drop from validation.");
        return new MonitorReport.Decay(v, r, Math.min(1, p), retrain, finding);
    }

    private static double share(long count, long total) {
        return total == 0 ? 0 : (double) count / total;
    }

    private static String pct(double share) {
        return share < 0.1 ? String.format(Locale.ROOT, "%.1f%%", 100 * share)
                : String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }

    private static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
