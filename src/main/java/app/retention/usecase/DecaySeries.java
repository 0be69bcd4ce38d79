package app.retention.usecase;

import app.retention.domain.CampaignRecord;
import app.retention.domain.ColumnInfo;
import app.retention.domain.ColumnType;
import app.retention.domain.DatasetInfo;
import app.retention.domain.ModelFigures;
import app.retention.domain.ModelRecord;
import app.retention.evaluate.AucEstimate;
import app.retention.evaluate.DeLong;
import app.retention.evaluate.Predictions;
import app.retention.model.ModelCatalog;
import app.retention.store.Workspace;
import app.retention.task.TaskContext;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Realised against validation figures over snapshots (issue 16, docs/adr/0028): a model's ROC AUC with its interval,
 * lift at 10% and calibration error on every labelled snapshot it was not trained on and on the held-out customers of
 * every campaign cut from its scorings, oldest first, each tested for a drop from two baselines: validation, and the
 * first snapshot after training. Validation on a few folds is pessimistic (each fold model saw less data than the
 * model kept), so a month-to-month drop can hide under it; the first snapshot after training is what the model
 * really did once in service, and a later drop from it is decay.
 */
public final class DecaySeries {

    private final Workspace workspace;
    private final ModelCatalog catalog;
    private final ModelsInService inService;

    DecaySeries(Workspace workspace, ModelCatalog catalog, ModelsInService inService) {
        this.workspace = workspace;
        this.catalog = catalog;
        this.inService = inService;
    }

    /** One set of customers with outcomes, before it is read against the baselines. */
    private record Reading(String label, DecayReport.Kind kind, LocalDate date, long importOrder, String snapshot,
                           Predictions realised) {

        double low() {
            return kind == DecayReport.Kind.SNAPSHOT ? 0 : Arrays.stream(realised.probabilities()).min().orElse(0);
        }

        double high() {
            return kind == DecayReport.Kind.SNAPSHOT ? 1 : Arrays.stream(realised.probabilities()).max().orElse(1);
        }
    }

    private static final Comparator<Reading> OLDEST_FIRST = Comparator.comparing(Reading::date)
            .thenComparingLong(Reading::importOrder).thenComparing(Reading::kind).thenComparing(Reading::label);

    /**
     * The series of model {@code modelId}: every labelled snapshot it was not trained on (the newest version of each
     * dataset that has the model's target filled in and that it can read), scored in memory, and every campaign cut
     * from its scorings whose held-out customers have outcomes, oldest first: by the date the snapshot describes (a
     * date column with one value), else the day it was imported; then by import.
     */
    public DecayReport over(long modelId, TaskContext context) {
        ModelRecord model = catalog.record(modelId);
        String target = catalog.schema(modelId).target();
        Predictions validation = catalog.validationScores(modelId);
        List<Reading> readings = new ArrayList<>();
        for (DatasetInfo d : labelledSnapshots(model, target)) {
            context.checkCancelled();
            Predictions realised = inService.scoreInMemory(d, modelId, context).labelled();
            if (Monitoring.twoOfEach(realised)) {
                readings.add(new Reading(d.reference(), DecayReport.Kind.SNAPSHOT, date(d), d.id(), d.reference(),
                        realised));
            }
        }
        for (CampaignRecord campaign : workspace.campaigns().list()) {
            Optional<DatasetInfo> cut = workspace.datasets().find(campaign.datasetReference());
            if (campaign.modelId() != modelId || cut.isEmpty() || ModelsInService.trainedOn(model, cut.get())) {
                continue;
            }
            Predictions heldOut = Monitoring.heldOut(workspace, campaign);
            if (Monitoring.twoOfEach(heldOut)) {
                readings.add(new Reading("campaign " + campaign.name(), DecayReport.Kind.CAMPAIGN, date(cut.get()),
                        cut.get().id(), cut.get().reference(), heldOut));
            }
        }
        readings.sort(OLDEST_FIRST);
        Reading first = readings.stream().filter(r -> r.kind() == DecayReport.Kind.SNAPSHOT).findFirst().orElse(null);
        List<DecayReport.Point> points = new ArrayList<>();
        boolean afterFirst = false;
        for (Reading r : readings) {
            points.add(point(modelId, r, validation, afterFirst && first != null ? first : null));
            afterFirst |= r == first;
        }
        String validationSource = model.design() + " on " + model.datasetName() + "@" + model.datasetVersion();
        DecayReport.Point newest = points.isEmpty() ? null : points.get(points.size() - 1);
        String finding = newest == null ? "No outcomes yet for customers model " + modelId + " was not trained on: "
                + "import a later snapshot with its churn column filled in, or record a campaign's outcomes."
                : newest.finding();
        return new DecayReport(modelId, model.learner(), model.datasetName() + "@" + model.datasetVersion(),
                PromotionRule.figures(modelId, validation), validationSource, first == null ? null : first.snapshot(),
                points, newest != null && newest.retrainRecommended(), finding);
    }

    /**
     * The date a snapshot describes: the one value of a date column that has a single value (the sample's
     * {@code snapshot_date}), else the day it was imported.
     */
    LocalDate date(DatasetInfo d) {
        for (ColumnInfo c : workspace.datasets().columns(d)) {
            if (c.type() == ColumnType.DATE && c.distinct() == 1) {
                LocalDate[] only = new LocalDate[1];
                workspace.queries().forEachValue(d, c, null, g -> {
                    if (g.value() instanceof LocalDate day) {
                        only[0] = day;
                    } else if (g.value() instanceof LocalDateTime time) {
                        only[0] = time.toLocalDate();
                    }
                });
                if (only[0] != null) {
                    return only[0];
                }
            }
        }
        return d.importedAt().toLocalDate();
    }

    /** The newest version of every dataset with the target filled in that the model can read and was not trained on. */
    private List<DatasetInfo> labelledSnapshots(ModelRecord model, String target) {
        Map<String, DatasetInfo> newest = new LinkedHashMap<>();
        workspace.datasets().list().stream()
                .filter(d -> !ModelsInService.trainedOn(model, d))
                .filter(d -> inService.labelled(d, target))
                .filter(d -> catalog.misfit(model.id(), d).isEmpty())
                .forEach(d -> newest.merge(d.name(), d, (a, b) -> a.version() >= b.version() ? a : b));
        return List.copyOf(newest.values());
    }

    private static DecayReport.Point point(long modelId, Reading r, Predictions validation, Reading first) {
        boolean campaign = r.kind() == DecayReport.Kind.CAMPAIGN;
        String range = campaign ? " in the same score range" : "";
        Predictions realised = r.realised();
        ModelFigures figures = PromotionRule.figures(modelId, realised);
        Predictions sameRange = campaign ? Monitoring.inRange(validation, r.low(), r.high()) : validation;
        DecayReport.Drop fromValidation = Monitoring.twoOfEach(sameRange)
                ? drop(campaign ? "in validation, same score range" : "in validation", sameRange, realised) : null;
        DecayReport.Drop fromFirst = null;
        if (first != null) {
            Predictions firstRange = campaign ? Monitoring.inRange(first.realised(), r.low(), r.high())
                    : first.realised();
            fromFirst = Monitoring.twoOfEach(firstRange) ? drop("on " + first.snapshot() + ", the first snapshot after "
                    + "training" + range, firstRange, realised) : null;
        }
        boolean retrain = fromValidation != null && fromValidation.significant()
                || fromFirst != null && fromFirst.significant();
        int churned = (int) Math.round(realised.baseRate() * realised.size());
        String who = campaign ? String.format(Locale.ROOT, "On the %,d held-out customers of %s (cut from %s, %,d "
                + "churned)", realised.size(), r.label(), r.snapshot(), churned)
                : String.format(Locale.ROOT, "On %s (%,d customers, %,d churned)", r.snapshot(), realised.size(),
                churned);
        StringBuilder finding = new StringBuilder(String.format(Locale.ROOT, "%s model %d has ROC AUC %.3f (95%% "
                + "%.3f–%.3f), lift at 10%% %.2f, calibration error %.3f", who, modelId, figures.auc(),
                figures.aucLow(), figures.aucHigh(), figures.liftTop10(), figures.calibrationError()));
        for (DecayReport.Drop d : new DecayReport.Drop[] {fromFirst, fromValidation}) {
            if (d != null) {
                finding.append("; ").append(words(d));
            }
        }
        finding.append(". ").append(verdict(fromFirst, fromValidation));
        return new DecayReport.Point(r.label(), r.kind(), r.snapshot(), realised.size(), churned, figures,
                fromValidation, fromFirst, retrain, finding.toString());
    }

    /** The drop from {@code baseline} to {@code realised}, two independent sets of customers. */
    static DecayReport.Drop drop(String name, Predictions baseline, Predictions realised) {
        AucEstimate before = DeLong.estimate(baseline.probabilities(), baseline.churned());
        AucEstimate now = DeLong.estimate(realised.probabilities(), realised.churned());
        double p = before.pValueOfDropTo(now);
        double drop = before.auc() - now.auc();
        return new DecayReport.Drop(name, before.auc(), before.interval().low(), before.interval().high(), drop, p,
                drop > 0 && p < PromotionRule.ALPHA);
    }

    private static String words(DecayReport.Drop d) {
        return d.drop() > 0
                ? String.format(Locale.ROOT, "down %.3f from %.3f %s (one-sided p %s%s)", d.drop(), d.baselineAuc(),
                d.baseline(), PromotionRule.p(d.pValue()), d.significant() ? ", significant" : "")
                : String.format(Locale.ROOT, "up %.3f from %.3f %s", -d.drop(), d.baselineAuc(), d.baseline());
    }

    private static String verdict(DecayReport.Drop fromFirst, DecayReport.Drop fromValidation) {
        List<String> flagged = new ArrayList<>();
        if (fromFirst != null && fromFirst.significant()) {
            flagged.add("the first snapshot after training");
        }
        if (fromValidation != null && fromValidation.significant()) {
            flagged.add("validation");
        }
        if (!flagged.isEmpty()) {
            return "Retrain recommended: the ROC AUC dropped significantly from " + String.join(" and from ", flagged)
                    + ".";
        }
        return fromFirst == null ? "No significant drop from validation."
                : "No significant drop from validation or from the first snapshot after training.";
    }
}
