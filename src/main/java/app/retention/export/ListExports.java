package app.retention.export;

import app.retention.segment.ControlGroup;
import app.retention.segment.Playbook;
import app.retention.segment.RankedCustomer;
import app.retention.segment.Reason;
import app.retention.segment.ScoredCustomer;
import app.retention.segment.ValuePlan;

import java.util.ArrayList;
import java.util.List;

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
        if (capacity < 1) {
            throw new ExportException("A call list needs a capacity of at least 1 contact; got " + capacity + ".");
        }
        List<List<Object>> rows = new ArrayList<>(Math.min(capacity, plan.ranking().size()));
        int rank = 0;
        for (RankedCustomer r : plan.ranking()) {
            if (rows.size() == capacity) {
                break;
            }
            if (control != null && control.isControl(r.customer().key())) {
                continue;
            }
            rows.add(row(++rank, r, playbook.actionFor(r.customer().band()), layout, null));
        }
        return new ExportTable("Call list", columns(layout, false), rows);
    }

    /**
     * The whole segment in priority order, each customer marked as treated or control.
     *
     * @param control the segment's control group, or null when there is none
     */
    public static ExportTable segmentList(ValuePlan plan, ControlGroup control, Playbook playbook, ListLayout layout) {
        List<List<Object>> rows = new ArrayList<>(plan.ranking().size());
        for (RankedCustomer r : plan.ranking()) {
            boolean held = control != null && control.isControl(r.customer().key());
            String action = held ? CONTROL_ACTION : playbook.actionFor(r.customer().band());
            rows.add(row(r.rank(), r, action, layout, held ? "Yes" : "No"));
        }
        return new ExportTable("Segment list", columns(layout, true), rows);
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
