package app.retention.usecase;

import app.retention.domain.CampaignMember;
import app.retention.domain.CampaignOutcome;
import app.retention.domain.CampaignRecord;
import app.retention.domain.ColumnInfo;
import app.retention.domain.ColumnRole;
import app.retention.domain.DatasetInfo;
import app.retention.domain.FilteredRows;
import app.retention.domain.RowFilter;
import app.retention.domain.ScoreRunRecord;
import app.retention.domain.StoredRow;
import app.retention.domain.StoredScore;
import app.retention.domain.ValueGroup;
import app.retention.export.PersonalDataKind;
import app.retention.model.ModelCatalog;
import app.retention.model.ModelException;
import app.retention.segment.BandBasis;
import app.retention.segment.RiskBands;
import app.retention.segment.SegmentMembership;
import app.retention.store.Workspace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The customer card (issue 16): one customer across snapshots, scorings, segments and campaigns. */
public final class CustomerCards {

    private final Workspace workspace;
    private final ModelCatalog catalog;

    CustomerCards(Workspace workspace, ModelCatalog catalog) {
        this.workspace = workspace;
        this.catalog = catalog;
    }

    /**
     * The card of the customer whose id is {@code customerId}, looked up in the customer id column of
     * {@code dataset} or, when null, of every dataset version.
     *
     * @throws InServiceException when no dataset has that customer
     */
    public CustomerCard card(String customerId, DatasetInfo dataset) {
        String id = customerId == null ? "" : customerId.strip();
        if (id.isEmpty()) {
            throw new InServiceException("A customer id is needed, e.g. `customer MC-000002`.");
        }
        List<DatasetInfo> datasets = dataset != null ? List.of(dataset) : workspace.datasets().list().stream()
                .sorted(Comparator.comparingLong(DatasetInfo::id)).toList();
        List<ScoreRunRecord> runs = workspace.scores().runs();
        Map<Long, Optional<RiskBands>> bands = new HashMap<>();
        List<CustomerCard.Snapshot> snapshots = new ArrayList<>();
        int searched = 0;
        for (DatasetInfo d : datasets) {
            List<ColumnInfo> columns = workspace.datasets().columns(d);
            Optional<ColumnInfo> key = columns.stream().filter(c -> c.role() == ColumnRole.ID).findFirst();
            if (key.isEmpty()) {
                continue;
            }
            searched++;
            Object typed = typed(key.get(), id);
            if (typed == null) {
                continue;
            }
            FilteredRows found = workspace.queries().rowsWhere(d, columns, List.of(new RowFilter.In(key.get(),
                    List.of(typed))), 1);
            if (found.rows().isEmpty()) {
                continue;
            }
            StoredRow row = found.rows().get(0);
            String outcome = d.targetColumn() == null ? null : columns.stream()
                    .filter(c -> c.name().equals(d.targetColumn())).findFirst()
                    .map(c -> row.values().get(columns.indexOf(c))).map(v -> d.targetColumn() + " = " + display(v,
                            columns.stream().filter(c -> c.name().equals(d.targetColumn())).findFirst().get()))
                    .orElse(null);
            List<CustomerCard.Scoring> scorings = new ArrayList<>();
            for (ScoreRunRecord run : runs) {
                if (!run.datasetName().equals(d.name()) || run.datasetVersion() != d.version()) {
                    continue;
                }
                List<StoredScore> score = workspace.scores().scores(run.id(), row.rowNumber() - 1, row.rowNumber());
                if (score.isEmpty()) {
                    continue;
                }
                StoredScore s = score.get(0);
                String band = bands.computeIfAbsent(run.modelId(), this::defaultBands)
                        .map(b -> b.assign(Math.min(1, Math.max(0, s.probability()))).name()).orElse("–");
                List<CustomerCard.Segment> in = SegmentMembership.of(workspace, run, row, s).stream()
                        .map(m -> new CustomerCard.Segment(m.segment(), m.control())).toList();
                scorings.add(new CustomerCard.Scoring(run.id(), run.modelId(), run.modelLearner(),
                        run.createdAt().toString(), s.probability(), band,
                        s.reasons().stream().map(StoredScore.StoredReason::text).toList(), in));
            }
            snapshots.add(new CustomerCard.Snapshot(d.reference(), outcome, scorings));
        }
        List<CustomerCard.Campaign> campaigns = new ArrayList<>();
        for (CampaignRecord c : workspace.campaigns().list()) {
            Optional<CampaignMember> member = workspace.campaigns().members(c.id()).stream()
                    .filter(m -> m.key().equals(id)).findFirst();
            if (member.isEmpty()) {
                continue;
            }
            Optional<CampaignOutcome> outcome = workspace.campaigns().outcomes(c.id()).stream()
                    .filter(o -> o.key().equals(id)).findFirst();
            CampaignMember m = member.get();
            campaigns.add(new CustomerCard.Campaign(c.name(), c.status().name().toLowerCase(java.util.Locale.ROOT),
                    m.arm().label(), m.probability(), m.band(), outcome.map(CampaignOutcome::churned).orElse(null),
                    outcome.map(CampaignOutcome::reached).orElse(null)));
        }
        if (snapshots.isEmpty() && campaigns.isEmpty()) {
            throw new InServiceException("No customer `" + id + "` in " + (dataset != null ? dataset.reference()
                    : "any dataset") + " (looked in the customer id column of " + searched + " dataset version"
                    + (searched == 1 ? "" : "s") + ") or campaign.");
        }
        return new CustomerCard(id, snapshots, campaigns);
    }

    /** Which personal data a customer search reads. */
    public enum SearchBy {
        NAME(PersonalDataKind.NAME, "name"), EMAIL(PersonalDataKind.EMAIL, "e-mail");

        private final PersonalDataKind kind;
        private final String words;

        SearchBy(PersonalDataKind kind, String words) {
            this.kind = kind;
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** A customer whose name or e-mail matched a search: their id, the value found, and the newest version with it. */
    public record Match(String customer, String found, String dataset) {
    }

    /** At most this many customers are listed for one search. */
    public static final int MAX_MATCHES = 50;

    /**
     * Customers whose name or e-mail (a column marked as personal data of that kind) contains {@code text}, ignoring
     * case, newest dataset version first, each customer once. Personal data is read only with the user's consent:
     * the screens' "Show personal data", the CLI's {@code --include-pii}.
     *
     * @throws InServiceException without consent, with fewer than two characters, or when no dataset has such a
     *                            column
     */
    public List<Match> search(String text, SearchBy by, boolean personalDataShown) {
        if (!personalDataShown) {
            throw new InServiceException("Searching by " + by.words() + " reads personal data: show personal data "
                    + "first (the Data screen's \"Show personal data\", or --include-pii in the CLI), or search by "
                    + "customer id.");
        }
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (wanted.length() < 2) {
            throw new InServiceException("Type at least two characters of the " + by.words() + " to search for.");
        }
        List<DatasetInfo> datasets = workspace.datasets().list().stream()
                .sorted(Comparator.comparingLong(DatasetInfo::id).reversed()).toList();
        Map<String, Match> found = new LinkedHashMap<>();
        boolean anyColumn = false;
        for (DatasetInfo d : datasets) {
            List<ColumnInfo> columns = workspace.datasets().columns(d);
            Optional<ColumnInfo> key = columns.stream().filter(c -> c.role() == ColumnRole.ID).findFirst();
            if (key.isEmpty()) {
                continue;
            }
            for (ColumnInfo column : columns) {
                if (column.role() != ColumnRole.PII || PersonalDataKind.guess(column.name(), null) != by.kind) {
                    continue;
                }
                anyColumn = true;
                List<Object> hits = new ArrayList<>();
                workspace.queries().forEachValue(d, column, null, (ValueGroup g) -> {
                    if (g.value() != null && String.valueOf(g.value()).toLowerCase(Locale.ROOT).contains(wanted)
                            && hits.size() < MAX_MATCHES) {
                        hits.add(g.value());
                    }
                });
                if (hits.isEmpty()) {
                    continue;
                }
                int keyAt = columns.indexOf(key.get());
                int valueAt = columns.indexOf(column);
                for (StoredRow row : workspace.queries().rowsWhere(d, columns, List.of(new RowFilter.In(column, hits)),
                        MAX_MATCHES).rows()) {
                    String id = String.valueOf(row.values().get(keyAt));
                    if (found.size() < MAX_MATCHES) {
                        found.putIfAbsent(id, new Match(id, String.valueOf(row.values().get(valueAt)), d.reference()));
                    }
                }
            }
        }
        if (!anyColumn) {
            throw new InServiceException("No dataset has a column of " + by.words() + "s marked as personal data: "
                    + "search by customer id.");
        }
        return List.copyOf(found.values());
    }

    private Optional<RiskBands> defaultBands(long modelId) {
        try {
            return Optional.of(new BandBasis(catalog.validationScores(modelId), false).at(null));
        } catch (ModelException | app.retention.segment.SegmentException e) {
            return Optional.empty(); // a deleted model or one without spread: the score is shown without a band
        }
    }

    /** The id as the column stores it, or null when it cannot be one of its values (a word in a number column). */
    private static Object typed(ColumnInfo column, String id) {
        if (!column.type().isNumeric()) {
            return id;
        }
        try {
            return column.type() == app.retention.domain.ColumnType.INTEGER ? (Object) Long.parseLong(id) : (Object) Double.parseDouble(id);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String display(Object value, ColumnInfo column) {
        if (value instanceof Boolean b && column.trueLabel() != null) {
            return b ? column.trueLabel() : column.falseLabel();
        }
        return value == null ? "unknown" : String.valueOf(value);
    }
}
