package app.retention.segment;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

import static app.retention.segment.Customers.customer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ControlGroupsTest {

    @Test
    void eachBandHoldsOutItsShareRoundedHalfUp() {
        ControlGroup group = ControlGroups.draw(segment(100, 200, 705), 0.10, 42);

        assertThat(group.strata()).containsExactly(new StratumSplit("High", 100, 10),
                new StratumSplit("Medium", 200, 20), new StratumSplit("Low", 705, 71));
        assertThat(group.controlSize()).isEqualTo(101);
        assertThat(group.treatedSize()).isEqualTo(904);
    }

    @Test
    void heldOutCustomersComeFromTheirOwnBand() {
        List<ScoredCustomer> customers = segment(100, 200, 705);
        ControlGroup group = ControlGroups.draw(customers, 0.10, 42);

        assertThat(group.control(customers)).filteredOn(c -> c.band().equals("High")).hasSize(10);
        assertThat(group.control(customers)).filteredOn(c -> c.band().equals("Low")).hasSize(71);
    }

    @Test
    void theSameSeedAndCustomersGiveTheSameGroupWhateverTheirOrder() {
        List<ScoredCustomer> customers = segment(100, 200, 705);
        List<ScoredCustomer> shuffled = new ArrayList<>(customers);
        Collections.shuffle(shuffled, new Random(3));

        ControlGroup first = ControlGroups.draw(customers, 0.10, 42);
        ControlGroup second = ControlGroups.draw(shuffled, 0.10, 42);

        assertThat(second.controlKeys()).containsExactlyElementsOf(first.controlKeys());
        assertThat(second.strata()).isEqualTo(first.strata());
    }

    @Test
    void theStreamedDrawHoldsOutWhomTheWholeListDrawHeldOutBefore() {
        Random random = new Random(11);
        List<ScoredCustomer> customers = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            double p = Math.round(random.nextDouble() * 50) / 50.0; // ties, also across bands
            customers.add(customer("K" + random.nextInt(1_000_000) + "-" + i, p,
                    List.of("High", "Medium", "Low", "Tail").get(random.nextInt(4)), 10));
        }

        ControlGroup streamed = ControlGroups.draw(customers, 0.15, 7);

        assertThat(streamed.controlKeys()).containsExactlyElementsOf(new TreeSet<>(
                wholeListDraw(customers, 0.15, 7)));
        assertThat(streamed.strata()).extracting(StratumSplit::band)
                .containsExactlyElementsOf(wholeListBandOrder(customers));
    }

    /** The draw as segments were saved with before it streamed: every customer sorted by risk, bands as seen. */
    private static List<String> wholeListDraw(List<ScoredCustomer> customers, double share, long seed) {
        Map<String, List<String>> byBand = new LinkedHashMap<>();
        for (ScoredCustomer c : byRisk(customers)) {
            byBand.computeIfAbsent(c.band(), b -> new ArrayList<>()).add(c.key());
        }
        List<String> control = new ArrayList<>();
        for (List<String> band : byBand.values()) {
            List<String> order = new ArrayList<>(band);
            order.sort(Comparator.comparingLong((String key) -> ControlGroups.drawOrder(seed, key))
                    .thenComparing(Comparator.naturalOrder()));
            control.addAll(order.subList(0, ControlGroups.heldOut(band.size(), share)));
        }
        return control;
    }

    private static List<String> wholeListBandOrder(List<ScoredCustomer> customers) {
        return byRisk(customers).stream().map(ScoredCustomer::band).distinct().toList();
    }

    private static List<ScoredCustomer> byRisk(List<ScoredCustomer> customers) {
        List<ScoredCustomer> sorted = new ArrayList<>(customers);
        sorted.sort(Comparator.comparingDouble((ScoredCustomer c) -> -c.probability())
                .thenComparing(ScoredCustomer::key));
        return sorted;
    }

    @Test
    void anotherSeedDrawsAnotherGroup() {
        List<ScoredCustomer> customers = segment(100, 200, 705);

        assertThat(ControlGroups.draw(customers, 0.10, 43).controlKeys())
                .isNotEqualTo(ControlGroups.draw(customers, 0.10, 42).controlKeys());
    }

    @Test
    void treatedAndControlSplitTheSegmentWithoutOverlap() {
        List<ScoredCustomer> customers = segment(30, 30, 40);
        ControlGroup group = ControlGroups.draw(customers, 42);

        List<ScoredCustomer> treated = group.treated(customers);
        List<ScoredCustomer> control = group.control(customers);

        assertThat(treated).hasSize(90).doesNotContainAnyElementsOf(control);
        assertThat(control).hasSize(10);
        assertThat(group.share()).isEqualTo(ControlGroups.DEFAULT_SHARE);
    }

    @Test
    void aSmallBandCanHoldOutNobody() {
        assertThat(ControlGroups.heldOut(4, 0.10)).isZero();
        assertThat(ControlGroups.heldOut(5, 0.10)).isEqualTo(1);
        assertThat(ControlGroups.heldOut(15, 0.10)).isEqualTo(2);
    }

    @Test
    void aShareOutsideZeroToOneIsRefused() {
        assertThatThrownBy(() -> ControlGroups.draw(segment(1, 1, 1), 1.5, 1)).isInstanceOf(SegmentException.class)
                .hasMessageContaining("control group share must be between 0% and 100%");
    }

    /** Customers C-0001… in three bands, keys in band order. */
    private static List<ScoredCustomer> segment(int high, int medium, int low) {
        List<ScoredCustomer> out = new ArrayList<>();
        int id = 0;
        for (int i = 0; i < high; i++) {
            out.add(customer(String.format("C-%04d", ++id), 0.8, "High", 100));
        }
        for (int i = 0; i < medium; i++) {
            out.add(customer(String.format("C-%04d", ++id), 0.4, "Medium", 100));
        }
        for (int i = 0; i < low; i++) {
            out.add(customer(String.format("C-%04d", ++id), 0.1, "Low", 100));
        }
        return out;
    }

    @Test
    void aControlGroupSmallerThanTheSampleSizeSaysTheShareThatWouldDo() {
        // 26% holds out 520 + 260 = 780, 27% holds out 540 + 270 = 810
        assertThat(ControlGroups.shareToReach(List.of(2000, 1000), 800)).hasValue(0.27);
        assertThat(ControlGroups.tooSmall(List.of(2000, 1000), 300, 800, 0.05))
                .isEqualTo("Too small to detect a 5-point drop: hold out 27% or widen the segment.");
    }

    @Test
    void aSegmentTooSmallForAnyShareIsToldToWiden() {
        assertThat(ControlGroups.shareToReach(List.of(1000), 800)).isEmpty();
        assertThat(ControlGroups.tooSmall(List.of(1000), 100, 800, 0.05)).isEqualTo("Too small to detect a 5-point "
                + "drop: widen the segment to at least 1,600 customers (800 to hold out, as many to contact).");
    }

    @Test
    void aLargeEnoughControlGroupIsNotFlagged() {
        assertThat(ControlGroups.tooSmall(List.of(2000, 1000), 800, 800, 0.05)).isEmpty();
    }
}
