package app.retention.data;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class DistinctCounterTest {

    @Test
    void countsEachValueOnceAcrossTypesAndGrowth() {
        DistinctCounter counter = new DistinctCounter();
        for (int round = 0; round < 3; round++) {
            for (long i = 0; i < 50_000; i++) {
                counter.add(i);
            }
        }
        assertThat(counter.count()).isEqualTo(50_000);
    }

    @Test
    void zeroAndNegativeZeroAreOneValueAndNullIsNotAValue() {
        DistinctCounter counter = new DistinctCounter();
        counter.add(0.0);
        counter.add(-0.0);
        counter.add(0L);
        counter.add(null);
        assertThat(counter.count()).isEqualTo(1);
    }

    @Test
    void textBooleansAndDatesAreCounted() {
        DistinctCounter counter = new DistinctCounter();
        counter.add("Pix");
        counter.add("Boleto");
        counter.add("Pix");
        counter.add(Boolean.TRUE);
        counter.add(Boolean.FALSE);
        counter.add(LocalDateTime.of(2026, 9, 30, 0, 0));
        counter.add(LocalDateTime.of(2026, 9, 30, 0, 0));
        assertThat(counter.count()).isEqualTo(5);
    }
}
