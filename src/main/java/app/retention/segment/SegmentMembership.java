package app.retention.segment;

import app.retention.domain.ColumnInfo;
import app.retention.domain.CustomerValue;
import app.retention.domain.DatasetInfo;
import app.retention.domain.ScoreRunRecord;
import app.retention.domain.SegmentRecord;
import app.retention.domain.StoredRow;
import app.retention.domain.StoredScore;
import app.retention.store.Workspace;
import com.fasterxml.jackson.core.type.TypeReference;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The saved segments one customer is in, for the customer card (issue 16). */
public final class SegmentMembership {

    /** A saved segment a customer is in, and whether they were held out in its control group. */
    public record Membership(String segment, boolean control) {
    }

    private SegmentMembership() {
    }

    /**
     * The saved segments cut from {@code scoring} whose filters one customer meets (their row and score), each with
     * whether the customer sits in its control group. The customer is named by the same key the control group was
     * drawn by ({@link SegmentService#keyIndex}).
     */
    public static List<Membership> of(Workspace workspace, ScoreRunRecord scoring, StoredRow row, StoredScore score) {
        Optional<DatasetInfo> dataset = workspace.datasets().find(scoring.datasetReference());
        if (dataset.isEmpty()) {
            return List.of();
        }
        List<ColumnInfo> columns = workspace.datasets().columns(dataset.get());
        int key = SegmentService.keyIndex(columns);
        List<Membership> in = new ArrayList<>();
        for (SegmentRecord record : workspace.segments().list()) {
            if (record.scoreRunId() != scoring.id()) {
                continue;
            }
            List<ColumnFilter> filters = SegmentService.parse(record.definition(),
                    new TypeReference<List<ColumnFilter>>() { });
            RiskBands bands = RiskBands.restore(SegmentService.parse(record.bands(),
                    new TypeReference<List<RiskBand>>() { }));
            ScoredCustomer customer = ScoredCustomerReader.customer(row, score, columns, key, -1, CustomerValue.NONE,
                    bands);
            SegmentDefinition definition = new SegmentDefinition(record.name(), scoring.datasetName(),
                    scoring.datasetVersion(), String.valueOf(scoring.modelId()), filters);
            if (definition.includes(customer)) {
                in.add(new Membership(record.name(), record.controlKeys().contains(customer.key())));
            }
        }
        return in;
    }
}
