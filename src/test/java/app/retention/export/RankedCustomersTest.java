package app.retention.export;

import app.retention.segment.ControlGroup;
import app.retention.segment.ControlGroups;
import app.retention.segment.Playbook;
import app.retention.segment.RankedCustomer;
import app.retention.segment.ScoredCustomer;
import app.retention.segment.ValuePlan;
import app.retention.segment.ValuePlanner;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static app.retention.export.ExportFixtures.ECONOMICS;
import static app.retention.export.ExportFixtures.attributeColumns;
import static app.retention.export.ExportFixtures.customers;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Customers ranked in sorted runs on disk and merged (how a list of a million customers is exported) come out in
 * the order, with the ranks and values, that {@link ValuePlanner#plan} gives in the heap.
 */
class RankedCustomersTest {

    /** Probabilities rounded to 0.001 and values missing for every 17th customer: ties on both sort keys. */
    private static final List<ScoredCustomer> SEGMENT = customers(3_000, 11);
    private static final ValuePlan PLAN = ValuePlanner.plan(SEGMENT, ECONOMICS);
    private static final ControlGroup CONTROL = ControlGroups.draw(SEGMENT, 0.10, 5);
    private static final ListLayout LAYOUT = ListLayout.of(attributeColumns());
    /** About 60 customers a run: some fifty runs to merge. */
    private static final long SMALL_RUNS = 40_000;

    private static RankedCustomers ranked(long runBytes) {
        RankedCustomers ranking = new RankedCustomers(ECONOMICS, runBytes);
        SEGMENT.forEach(ranking::add);
        return ranking;
    }

    private static List<List<?>> rows(ExportTable table) {
        return new ArrayList<>(table.rows());
    }

    @Test
    void runsMergedFromDiskRankEveryCustomerAsThePlanDoes() {
        try (RankedCustomers ranking = ranked(SMALL_RUNS)) {
            List<RankedCustomer> merged = new ArrayList<>();
            ranking.forEach(merged::add);

            assertThat(merged).containsExactlyElementsOf(PLAN.ranking());
        }
    }

    @Test
    void aSegmentThatFitsOneRunIsRankedAsThePlanDoes() {
        try (RankedCustomers ranking = ranked(RankedCustomers.RUN_BYTES)) {
            List<RankedCustomer> sorted = new ArrayList<>();
            ranking.forEach(sorted::add);

            assertThat(sorted).containsExactlyElementsOf(PLAN.ranking());
        }
    }

    @Test
    void aCallListOfMergedRunsIsTheCallListOfThePlan() {
        long contactable = SEGMENT.size() - CONTROL.controlKeys().size();
        try (RankedCustomers ranking = ranked(SMALL_RUNS)) {
            ExportTable streamed = ListExports.callList(ranking, contactable, 250, CONTROL, Playbook.defaults(), LAYOUT);

            assertThat(streamed.rows()).hasSize(250);
            assertThat(rows(streamed)).isEqualTo(rows(ListExports.callList(PLAN, 250, CONTROL, Playbook.defaults(),
                    LAYOUT)));
        }
    }

    @Test
    void aCallListLongerThanTheSegmentHoldsEveryCustomerOutsideTheControlGroup() {
        long contactable = SEGMENT.size() - CONTROL.controlKeys().size();
        try (RankedCustomers ranking = ranked(SMALL_RUNS)) {
            ExportTable streamed = ListExports.callList(ranking, contactable, 10_000, CONTROL, Playbook.defaults(),
                    LAYOUT);

            assertThat(streamed.rows()).hasSize((int) contactable);
            assertThat(rows(streamed)).hasSize((int) contactable).isEqualTo(rows(ListExports.callList(PLAN, 10_000,
                    CONTROL, Playbook.defaults(), LAYOUT)));
        }
    }

    @Test
    void aSegmentListOfMergedRunsIsTheSegmentListOfThePlan() {
        try (RankedCustomers ranking = ranked(SMALL_RUNS)) {
            ExportTable streamed = ListExports.segmentList(ranking, ranking.size(), CONTROL, Playbook.defaults(),
                    LAYOUT);

            assertThat(rows(streamed)).isEqualTo(rows(ListExports.segmentList(PLAN, CONTROL, Playbook.defaults(),
                    LAYOUT)));
        }
    }
}
