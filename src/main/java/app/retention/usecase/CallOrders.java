package app.retention.usecase;

import app.retention.campaign.CampaignException;
import app.retention.domain.ColumnInfo;
import app.retention.domain.DatasetInfo;
import app.retention.domain.SegmentRanking;
import app.retention.domain.UpliftModelRecord;
import app.retention.model.ModelException;
import app.retention.model.UpliftScores;
import app.retention.segment.CallOrder;
import app.retention.segment.SegmentService;
import app.retention.store.Workspace;
import app.retention.task.TaskContext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Who comes first on a segment's call list (issue 15 §4, docs/adr/0027): by churn risk, or "persuadables first", by
 * the predicted uplift of a campaign's newest uplift model. The CLI's {@code segment create --rank-by uplift
 * --uplift-from CAMPAIGN} and the Segments screen's "Who comes first on the call list" both call {@link #order}, then
 * save the segment with it; the segment stores each customer's uplift, so nothing is predicted again.
 */
public final class CallOrders {

    /** How to rank: {@code upliftFrom} names the campaign whose uplift model ranks; null ranks by churn risk. */
    public record Request(String upliftFrom) {

        public static Request byRisk() {
            return new Request(null);
        }

        public static Request byUpliftFrom(String campaign) {
            return new Request(campaign);
        }

        public boolean byUplift() {
            return upliftFrom != null;
        }
    }

    /**
     * A campaign's newest uplift model offered for a dataset, and what keeps it from reading that dataset.
     *
     * @param misfits empty when the model can rank the dataset's customers
     */
    public record Offer(UpliftModelRecord model, List<String> misfits) {

        public Offer {
            misfits = List.copyOf(misfits);
        }

        public boolean fits() {
            return misfits.isEmpty();
        }

        public String campaign() {
            return model.campaignName();
        }
    }

    private final Workspace workspace;

    CallOrders(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * The newest uplift model of each campaign, each with whether it fits {@code dataset}'s columns: what the
     * Segments screen offers (only those that fit).
     */
    public List<Offer> offers(DatasetInfo dataset) {
        List<ColumnInfo> columns = workspace.datasets().columns(dataset);
        Set<String> seen = new LinkedHashSet<>();
        List<Offer> offers = new ArrayList<>();
        for (UpliftModelRecord m : workspace.uplift().list()) {
            if (seen.add(m.campaignName())) {
                offers.add(new Offer(m, misfits(m, columns)));
            }
        }
        return offers;
    }

    /**
     * The call order of a segment to be cut from {@code dataset}: by churn risk, or by the predicted uplift of the
     * newest uplift model of campaign {@code request.upliftFrom()} for every customer of the dataset.
     *
     * @throws CampaignException when the campaign has no uplift model
     * @throws ModelException    when the uplift model does not fit the dataset's columns, or was learnt before its
     *                           columns were kept
     */
    public CallOrder order(Request request, DatasetInfo dataset, TaskContext context) {
        if (!request.byUplift()) {
            return CallOrder.BY_RISK;
        }
        String campaign = request.upliftFrom().strip();
        UpliftModelRecord model = workspace.uplift().list().stream().filter(m -> m.campaignName().equals(campaign))
                .findFirst().orElseThrow(() -> new CampaignException(noModel(campaign)));
        List<ColumnInfo> columns = workspace.datasets().columns(dataset);
        List<String> misfits = misfits(model, columns);
        if (!misfits.isEmpty()) {
            throw new ModelException("The uplift model of campaign " + campaign + " (#" + model.id() + ", learnt on "
                    + model.datasetReference() + ") cannot rank the customers of " + dataset.reference() + ": "
                    + String.join("; ", misfits) + ". Rank by churn risk, or learn an uplift model from a campaign "
                    + "cut from data with these columns.");
        }
        String schema = workspace.uplift().schema(model.id()).orElseThrow();
        byte[] classifier = workspace.uplift().classifier(model.id()).orElseThrow();
        Function<app.retention.domain.StoredRow, String> keys = SegmentService.customerKeys(columns);
        Map<String, Double> uplift = new HashMap<>();
        UpliftScores.predict(workspace, dataset, schema, classifier, "uplift model " + model.id(), context,
                (row, u) -> uplift.put(keys.apply(row), u));
        context.checkCancelled();
        return CallOrder.byUplift(new SegmentRanking(model.id(), model.campaignName(), uplift));
    }

    private List<String> misfits(UpliftModelRecord model, List<ColumnInfo> columns) {
        return workspace.uplift().schema(model.id()).map(schema -> UpliftScores.misfits(columns, schema))
                .orElse(List.of("it was learnt before uplift models kept their columns; learn it again with "
                        + "`campaign uplift \"" + model.campaignName() + "\"`"));
    }

    private String noModel(String campaign) {
        List<String> with = workspace.uplift().list().stream().map(UpliftModelRecord::campaignName).distinct()
                .toList();
        return "Campaign " + campaign + " has no uplift model to rank by; learn one with `campaign uplift \""
                + campaign + "\"`" + (with.isEmpty() ? "." : ", or rank by one of: " + String.join(", ", with) + ".");
    }
}
