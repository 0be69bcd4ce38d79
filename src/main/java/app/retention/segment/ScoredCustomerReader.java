package app.retention.segment;

import app.retention.domain.CustomerValue;
import app.retention.domain.ColumnInfo;
import app.retention.domain.ColumnRole;
import app.retention.domain.DatasetInfo;
import app.retention.domain.ScoreRunRecord;
import app.retention.domain.StoredRow;
import app.retention.domain.StoredScore;
import app.retention.store.Workspace;
import app.retention.task.TaskContext;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongFunction;

/**
 * Reads a scoring's customers one page of rows and of their scores at a time: nothing of the scoring is held but
 * the page, so a million customers stream through a small heap. Every way of reading customers (segments, their
 * exports, a scoring's summary) goes through here, so all of them leave out the same customers.
 */
final class ScoredCustomerReader {

    private static final List<String> CUSTOMER_WORDS = List.of("customer", "client", "account", "member",
            "subscriber", "user", "cliente", "conta");
    private static final Set<String> ROW_NUMBER_NAMES = Set.of("rownumber", "rownum", "row", "index", "line");
    private static final int PAGE = 10_000;

    private final Workspace workspace;
    private final LongFunction<Optional<KnownOutcome>> outcomes;

    ScoredCustomerReader(Workspace workspace, LongFunction<Optional<KnownOutcome>> outcomes) {
        this.workspace = workspace;
        this.outcomes = outcomes;
    }

    /** How many customers of a scoring were left out as already churned, and how many have a target value. */
    record Outcomes(long alreadyChurned, long known) {
    }

    /**
     * Hands every score of {@code scoring} to {@code everyScore} by row number, and every customer a campaign can
     * act on to {@code each} in the dataset's order (those whose target already says churned are left out).
     *
     * @param everyScore null when only customers are wanted
     * @param each       null when only scores and outcomes are wanted (no customer is built then)
     */
    Outcomes read(ScoreRunRecord scoring, RiskBands bands, CustomerValue value, TaskContext context,
                  Consumer<StoredScore> everyScore, Consumer<ScoredCustomer> each) {
        DatasetInfo dataset = workspace.datasets().require(scoring.datasetReference());
        List<ColumnInfo> columns = workspace.datasets().columns(dataset);
        int key = keyIndex(columns);
        int valueAt = value.isSet() ? indexOf(columns, value.column()) : -1;
        KnownOutcome outcome = outcomes.apply(scoring.modelId()).orElse(null);
        int target = outcome == null ? -1 : columns.stream().map(ColumnInfo::name).toList().indexOf(outcome.column());
        long churned = 0;
        long known = 0;
        for (long offset = 0; offset < dataset.rowsImported(); offset += PAGE) {
            context.checkCancelled();
            context.progress((double) offset / dataset.rowsImported(), "Reading customers of " + dataset.name());
            Map<Long, StoredScore> scores = new HashMap<>();
            for (StoredScore s : workspace.scores().scores(scoring.id(), offset, offset + PAGE)) {
                scores.put(s.rowNumber(), s);
                if (everyScore != null) {
                    everyScore.accept(s);
                }
            }
            for (StoredRow row : workspace.datasets().rows(dataset, offset, PAGE)) {
                StoredScore score = scores.get(row.rowNumber());
                if (score == null) {
                    continue;
                }
                Object outcomeValue = target < 0 ? null : row.values().get(target);
                if (outcomeValue != null) {
                    known++;
                    if (outcome.churned(outcomeValue)) {
                        churned++;
                        continue;
                    }
                }
                if (each != null) {
                    each.accept(customer(row, score, columns, key, valueAt, value, bands));
                }
            }
        }
        return new Outcomes(churned, known);
    }

    static ScoredCustomer customer(StoredRow row, StoredScore score, List<ColumnInfo> columns, int key,
                                           int valueAt, CustomerValue value, RiskBands bands) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            attributes.put(columns.get(c).name(), attribute(row.values().get(c), columns.get(c)));
        }
        String customerKey = keyOf(row, columns, key);
        Object v = valueAt < 0 ? null : row.values().get(valueAt);
        double customerValue = v instanceof Number n ? value.lifetimeOf(n.doubleValue()) : Double.NaN;
        double p = Math.min(1, Math.max(0, score.probability()));
        // what a customer is worth is why calling them pays, not why they leave (finding M14)
        return new ScoredCustomer(customerKey, p, bands.assign(p).name(), customerValue,
                score.reasons().stream().filter(r -> !r.feature().equals(value.column()))
                        .map(r -> new Reason(r.feature(), r.text())).toList(), attributes);
    }

    /** A row's customer key as segments and lists name it: the key column's value, or "row N" without one. */
    static String keyOf(StoredRow row, List<ColumnInfo> columns, int key) {
        Object keyValue = key < 0 ? null : row.values().get(key);
        return keyValue == null ? "row " + row.rowNumber() : String.valueOf(attribute(keyValue, columns.get(key)));
    }

    /**
     * The column a call centre looks customers up by: an identifier named for the customer (customer, client,
     * account, member, subscriber, user) before any other identifier, and a row number only when nothing else is
     * there (finding M16: the bank file's list was keyed by RowNumber, not CustomerId).
     */
    static int keyIndex(List<ColumnInfo> columns) {
        int best = -1;
        int bestRank = Integer.MAX_VALUE;
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).role() != ColumnRole.ID) {
                continue;
            }
            int rank = keyRank(columns.get(c).name());
            if (rank < bestRank) {
                best = c;
                bestRank = rank;
            }
        }
        return best;
    }

    private static int keyRank(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (CUSTOMER_WORDS.stream().anyMatch(lower::contains)) {
            return 0;
        }
        return ROW_NUMBER_NAMES.contains(lower.replaceAll("[^a-z]", "")) ? 2 : 1;
    }

    private static int indexOf(List<ColumnInfo> columns, String name) {
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).name().equals(name)) {
                return c;
            }
        }
        throw new SegmentException("There is no column `" + name + "` to take customer value from. Columns: "
                + String.join(", ", columns.stream().map(ColumnInfo::name).toList()) + ".");
    }

    /** Stored values as filters and exports see them: yes/no in the source's words, dates without a time. */
    private static Object attribute(Object value, ColumnInfo column) {
        if (value instanceof Boolean b) {
            String label = b ? column.trueLabel() : column.falseLabel();
            return label != null ? label : b.toString();
        }
        if (value instanceof LocalDateTime d && d.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return d.toLocalDate();
        }
        return value;
    }
}
