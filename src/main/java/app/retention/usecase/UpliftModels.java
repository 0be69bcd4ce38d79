package app.retention.usecase;

import app.retention.campaign.CampaignException;
import app.retention.campaign.CampaignService;
import app.retention.campaign.OutcomeLabels;
import app.retention.data.DatasetCatalog;
import app.retention.domain.CampaignArm;
import app.retention.domain.CampaignMember;
import app.retention.domain.CampaignOutcome;
import app.retention.domain.CampaignRecord;
import app.retention.domain.DatasetInfo;
import app.retention.domain.UpliftModelRecord;
import app.retention.evaluate.QiniCurve;
import app.retention.model.LearnerCatalog;
import app.retention.model.ModelException;
import app.retention.model.UpliftClassifier;
import app.retention.model.UpliftData;
import app.retention.model.UpliftValidation;
import app.retention.store.Workspace;
import app.retention.task.TaskContext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Uplift models from campaigns (issue 15 §4, docs/adr/0023): learn who the campaign says responds from its contacted
 * and held-out customers, measure it by cross-validated Qini coefficient against ranking the same customers by their
 * churn risk on the same folds, and keep it, so the next segment can call persuadables first. The CLI's
 * {@code campaign uplift} and the Campaigns screen both call {@link #learn}.
 */
public final class UpliftModels {

    /** Learner of an uplift model unless one is named. */
    public static final String DEFAULT_LEARNER = "logistic";
    public static final int DEFAULT_FOLDS = 5;
    public static final long DEFAULT_SEED = 1;
    private static final int CURVE_POINTS = 101;

    private final Workspace workspace;
    private final CampaignService campaigns;
    private final DatasetCatalog datasets;

    UpliftModels(Workspace workspace, CampaignService campaigns, DatasetCatalog datasets) {
        this.workspace = workspace;
        this.campaigns = campaigns;
        this.datasets = datasets;
    }

    /** What to learn: the learner, how, and the folds and seed of its measurement. */
    public record Request(String campaign, String learner, UpliftClassifier.Method method, int folds, long seed) {

        /** The defaults: logistic regression, class transformation (it measured best, ADR 0023), 5 folds, seed 1. */
        public static Request of(String campaign) {
            return new Request(campaign, DEFAULT_LEARNER, UpliftClassifier.Method.CLASS_TRANSFORMATION, DEFAULT_FOLDS,
                    DEFAULT_SEED);
        }
    }

    /**
     * Learns, measures and stores an uplift model of campaign {@code request.campaign()}: its contacted customers and
     * their hold-out, with outcomes (a model-vs-rule campaign's rule arms are left out: the rule did not rank them).
     *
     * @throws CampaignException when the campaign has no control group, no outcomes, or its dataset is gone
     * @throws ModelException    when the learner is unknown or an arm × outcome group is smaller than the folds
     */
    public UpliftModelRecord learn(Request request, TaskContext context) {
        LearnerCatalog.get(request.learner());
        if (request.folds() < 2) {
            throw new ModelException("An uplift model is measured over at least 2 folds; " + request.folds()
                    + " was asked for.");
        }
        CampaignRecord campaign = campaigns.require(request.campaign());
        List<CampaignMember> members = workspace.campaigns().members(campaign.id());
        if (members.stream().noneMatch(m -> m.arm() == CampaignArm.CONTROL)) {
            throw new CampaignException("Campaign " + campaign.name() + " has no control group: an uplift model learns "
                    + "from the difference between contacted customers and customers held out, so it needs both.");
        }
        List<CampaignOutcome> outcomes = workspace.campaigns().outcomes(campaign.id());
        if (outcomes.isEmpty()) {
            throw new CampaignException("Campaign " + campaign.name() + " has no outcomes yet: import them first "
                    + "(`campaign outcomes " + campaign.name() + " FILE`), then learn who responds.");
        }
        DatasetInfo source = datasets.find(campaign.datasetReference()).orElseThrow(() -> new CampaignException(
                "Campaign " + campaign.name() + " was cut from " + campaign.datasetReference() + ", which is no longer "
                        + "in the workspace: its customers' columns cannot be read."));
        Map<String, Double> risk = new HashMap<>();
        Map<String, UpliftData.Outcome> known = new HashMap<>();
        Map<String, Boolean> churned = new HashMap<>();
        outcomes.forEach(o -> churned.put(o.key(), o.churned()));
        for (CampaignMember m : members) {
            boolean modelArm = m.arm() == CampaignArm.TREATED || m.arm() == CampaignArm.CONTROL;
            if (modelArm && churned.containsKey(m.key())) {
                known.put(m.key(), new UpliftData.Outcome(m.arm() == CampaignArm.TREATED, churned.get(m.key())));
                risk.put(m.key(), m.probability());
            }
        }
        UpliftData data = UpliftData.read(workspace, source, campaign.keyColumn(), known,
                Set.of(OutcomeLabels.ARM, OutcomeLabels.TARGET), context);
        UpliftValidation.OutOfFold measured = UpliftValidation.crossValidate(request.method(), request.learner(),
                Map.of(), data, request.folds(), request.seed(), context);
        double[] riskScores = data.keys().stream().mapToDouble(risk::get).toArray();
        boolean[] retained = data.churned();
        for (int i = 0; i < retained.length; i++) {
            retained[i] = !retained[i];
        }
        QiniCurve byUplift = QiniCurve.of(measured.uplift(), data.treated(), retained, CURVE_POINTS);
        QiniCurve byRisk = QiniCurve.of(riskScores, data.treated(), retained, CURVE_POINTS);
        context.checkCancelled();
        context.progress(request.folds() / (request.folds() + 1.0), "Learning who responds from every customer");
        UpliftClassifier model = UpliftClassifier.train(request.method(), request.learner(), Map.of(),
                data.encodings(), data.instances(), data.treated());
        byte[] bytes = UpliftValidation.bytes(model);
        context.checkCancelled();
        UpliftModelRecord record = new UpliftModelRecord(0, null, campaign.id(), campaign.name(), source.name(),
                source.version(), request.learner(), request.method().name(), request.folds(), request.seed(),
                data.keys().size(), byUplift.coefficient(), byRisk.coefficient(),
                keptPer100Calls(measured.uplift(), data.treated(), retained),
                keptPer100Calls(riskScores, data.treated(), retained), points(byUplift), points(byRisk));
        long id = workspace.uplift().save(record, bytes, app.retention.model.UpliftScores.schemaJson(data.schema()));
        return workspace.uplift().find(id).orElseThrow();
    }

    /** The uplift models of a campaign, newest first. */
    public List<UpliftModelRecord> of(CampaignRecord campaign) {
        return workspace.uplift().ofCampaign(campaign.id());
    }

    /** Every uplift model, newest first. */
    public List<UpliftModelRecord> list() {
        return workspace.uplift().list();
    }

    /** The uplift model with this id, or a message naming the ones there are. */
    public UpliftModelRecord require(long id) {
        return workspace.uplift().find(id).orElseThrow(() -> new CampaignException("There is no uplift model " + id
                + (list().isEmpty() ? "; learn one from a campaign with `campaign uplift NAME`."
                : "; there are " + String.join(", ", list().stream().map(u -> "#" + u.id() + " (" + u.campaignName()
                + ")").toList()) + ".")));
    }

    /**
     * The two rankings in words: "Ranking by predicted uplift keeps 9.1 per 100 calls; ranking by risk keeps 3.2
     * (calling the top half of the campaign's customers; Qini coefficient 41.0 against 12.3, 5-fold)".
     */
    public static String words(UpliftModelRecord m) {
        return String.format(Locale.ENGLISH, "Ranking by predicted uplift keeps %.1f customers per 100 calls; ranking "
                        + "by risk keeps %.1f (calling the top half of the campaign's %,d customers, measured on "
                        + "%d folds; Qini coefficient %.1f against %.1f).", m.keptUplift(), m.keptRisk(),
                m.customers(), m.folds(), m.qiniUplift(), m.qiniRisk());
    }

    /** Which ranking did better, in words. */
    public static String verdict(UpliftModelRecord m) {
        return m.qiniUplift() > m.qiniRisk()
                ? "Who the campaign says responds predicts who is kept better than churn risk does: call persuadables "
                + "first next time."
                : "Predicted uplift did not beat churn risk on this campaign: keep ranking by risk.";
    }

    /**
     * Customers kept per 100 calls when the top half of the customers by {@code score} is called: within that half,
     * (retention rate of the contacted − retention rate of the held out) × 100.
     */
    static double keptPer100Calls(double[] score, boolean[] treated, boolean[] retained) {
        QiniCurve curve = QiniCurve.of(score, treated, retained, 3); // points at 0, N/2 and N
        int half = curve.points().get(1).k();
        Integer[] order = new Integer[score.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingDouble((Integer i) -> -score[i]));
        long nt = 0;
        for (int i = 0; i < half; i++) {
            nt += treated[order[i]] ? 1 : 0;
        }
        return nt == 0 ? 0 : curve.points().get(1).q() / nt * 100;
    }

    private static List<double[]> points(QiniCurve curve) {
        List<double[]> points = new ArrayList<>();
        curve.points().forEach(p -> points.add(new double[]{p.k(), p.q()}));
        return points;
    }
}
