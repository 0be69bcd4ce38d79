package app.retention.export;

import app.retention.segment.ControlGroup;
import app.retention.segment.Playbook;
import app.retention.segment.RankedCustomer;
import app.retention.segment.Reason;
import app.retention.segment.ScoredCustomer;
import app.retention.segment.ValuePlan;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

/**
 * Builds the tables of segment lists and call lists from a value plan, rows in priority order (descending
 * expected value saved, see {@code ValuePlanner}).
 *
 * <p>Columns: {@code rank}, the key, the chosen attributes, {@code risk_band}, {@code churn_probability}, the
 * value, {@code expected_value_saved}, {@code reason_1…n}, {@code recommended_action}; a segment list adds
 * {@code control_group}.
 */
public final class ListExports {

    public static final String CONTROL_ACTION = "Hold out (control group): no contact";

    private ListExports() {
    }

    /**
     * The call list: the top {@code capacity} customers who are not in the control group.
     *
     * @param control the segment's control group (its customers are never called), or null when there is none
     * @throws ExportException when the capacity is below 1
     */
    public static ExportTable callList(ValuePlan plan, int capacity, ControlGroup control, Playbook playbook,
                                       ListLayout layout) {
        long contactable = plan.ranking().stream().filter(r -> control == null || !control.isControl(r.customer()
                .key())).count();
        return held(callList(plan.ranking(), contactable, capacity, control, playbook, layout));
    }

    /**
     * The call list of a ranking read once, in priority order, its rows made as they are written: how a segment of
     * a million customers is exported without holding them.
     *
     * @param contactable the ranking's customers outside the control group
     */
    static ExportTable callList(Iterable<RankedCustomer> ranking, long contactable, int capacity,
                                ControlGroup control, Playbook playbook, ListLayout layout) {
        if (capacity < 1) {
            throw new ExportException("A call list needs a capacity of at least 1 contact; got " + capacity + ".");
        }
        int size = (int) Math.min(capacity, contactable);
        return new ExportTable("Call list", columns(layout, false), new StreamedRows(size, () -> {
            Iterator<RankedCustomer> customers = ranking.iterator();
            return new Iterator<>() {
                private int rank;
                private RankedCustomer next = advance();

                private RankedCustomer advance() {
                    while (rank < capacity && customers.hasNext()) {
                        RankedCustomer r = customers.next();
                        if (control == null || !control.isControl(r.customer().key())) {
                            return r;
                        }
                    }
                    return null;
                }

                @Override
                public boolean hasNext() {
                    return next != null;
                }

                @Override
                public List<Object> next() {
                    if (next == null) {
                        throw new NoSuchElementException();
                    }
                    List<Object> row = row(++rank, next, playbook.actionFor(next.customer().band()), layout, null);
                    next = advance();
                    return row;
                }
            };
        }));
    }

    /**
     * The whole segment in priority order, each customer marked as treated or control.
     *
     * @param control the segment's control group, or null when there is none
     */
    public static ExportTable segmentList(ValuePlan plan, ControlGroup control, Playbook playbook, ListLayout layout) {
        return held(segmentList(plan.ranking(), plan.ranking().size(), control, playbook, layout));
    }

    /** The segment list of a ranking of {@code customers} read once, in priority order, as it is written. */
    static ExportTable segmentList(Iterable<RankedCustomer> ranking, long customers, ControlGroup control,
                                   Playbook playbook, ListLayout layout) {
        return new ExportTable("Segment list", columns(layout, true), new StreamedRows((int) customers, () -> {
            Iterator<RankedCustomer> ranked = ranking.iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return ranked.hasNext();
                }

                @Override
                public List<Object> next() {
                    RankedCustomer r = ranked.next();
                    boolean held = control != null && control.isControl(r.customer().key());
                    String action = held ? CONTROL_ACTION : playbook.actionFor(r.customer().band());
                    return row(r.rank(), r, action, layout, held ? "Yes" : "No");
                }
            };
        }));
    }

    /** The same table with its rows made and held, for callers that read them more than once. */
    private static ExportTable held(ExportTable streamed) {
        return new ExportTable(streamed.title(), streamed.columns(), new ArrayList<>(streamed.rows()));
    }

    /** Rows of a known count made one by one as they are read, in order; read once, never by index. */
    private static final class StreamedRows extends AbstractList<List<Object>> {
        private final int size;
        private final Supplier<Iterator<List<Object>>> rows;

        StreamedRows(int size, Supplier<Iterator<List<Object>>> rows) {
            this.size = size;
            this.rows = rows;
        }

        @Override
        public Iterator<List<Object>> iterator() {
            return rows.get();
        }

        @Override
        public List<Object> get(int index) {
            throw new UnsupportedOperationException("the rows of a streamed list are read in order");
        }

        @Override
        public int size() {
            return size;
        }
    }

    private static List<ExportColumn> columns(ListLayout layout, boolean withControl) {
        List<ExportColumn> columns = new ArrayList<>();
        columns.add(ExportColumn.integer("rank"));
        columns.add(ExportColumn.text(layout.keyHeader()));
        columns.addAll(layout.attributeColumns());
        columns.add(ExportColumn.text("risk_band"));
        columns.add(ExportColumn.probability("churn_probability"));
        columns.add(ExportColumn.money(layout.valueHeader()));
        columns.add(ExportColumn.money("expected_value_saved"));
        for (int i = 1; i <= layout.reasonColumns(); i++) {
            columns.add(ExportColumn.text("reason_" + i));
        }
        columns.add(ExportColumn.text("recommended_action"));
        if (withControl) {
            columns.add(ExportColumn.text("control_group"));
        }
        return columns;
    }

    private static List<Object> row(int rank, RankedCustomer r, String action, ListLayout layout, String control) {
        ScoredCustomer c = r.customer();
        List<Object> row = new ArrayList<>();
        row.add(rank);
        row.add(c.key());
        for (ExportColumn column : layout.attributeColumns()) {
            row.add(c.attribute(column.name()));
        }
        row.add(c.band());
        row.add(c.probability());
        row.add(c.hasValue() ? c.value() : null);
        row.add(r.expectedValueSaved());
        for (int i = 0; i < layout.reasonColumns(); i++) {
            List<Reason> reasons = c.reasons();
            row.add(i < reasons.size() ? reasons.get(i).text() : null);
        }
        row.add(action);
        if (control != null) {
            row.add(control);
        }
        return row;
    }
}
