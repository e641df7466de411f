package id.pulih.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import id.pulih.internal.util.Uuid7;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class Uuid7Properties {

    @Test
    void identifiersAreVersionSevenAndIncreaseInCreationOrder() {
        qt().forAll(longs().between(0, 1L << 46), integers().between(1, 50)).checkAssert((millis, count) -> {
            Clock clock = Clock.fixed(Instant.ofEpochMilli(millis), ZoneOffset.UTC);
            UUID previous = Uuid7.next(clock);
            for (int i = 0; i < count; i++) {
                UUID next = Uuid7.next(clock);
                assertThat(next.version()).isEqualTo(7);
                assertThat(next.variant()).isEqualTo(2);
                assertThat(Long.compareUnsigned(next.getMostSignificantBits(), previous.getMostSignificantBits()))
                        .isPositive();
                previous = next;
            }
        });
    }

    @Test
    void identifiersDrawnOnManyThreadsAtOnceAreDistinctAndIncreaseOnEachThread() throws Exception {
        int threads = 4;
        int each = 20_000;
        List<List<UUID>> drawn = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<UUID>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    List<UUID> mine = new ArrayList<>(each);
                    for (int i = 0; i < each; i++) {
                        mine.add(Uuid7.next());
                    }
                    return mine;
                }));
            }
            for (Future<List<UUID>> f : futures) {
                drawn.add(f.get());
            }
        } finally {
            pool.shutdown();
        }

        Set<Long> timeAndCounter = new HashSet<>();
        for (List<UUID> mine : drawn) {
            for (int i = 0; i < mine.size(); i++) {
                assertThat(timeAndCounter.add(mine.get(i).getMostSignificantBits()))
                        .isTrue();
                if (i > 0) {
                    assertThat(Long.compareUnsigned(
                                    mine.get(i).getMostSignificantBits(),
                                    mine.get(i - 1).getMostSignificantBits()))
                            .isPositive();
                }
            }
        }
        assertThat(timeAndCounter).hasSize(threads * each);
    }

    @Test
    void moreThanACounterFullInOneMillisecondCarriesIntoTheNextMillisecond() {
        // later than any clock of the other tests, so that this millisecond starts with counter 0
        Clock clock = Clock.fixed(Instant.ofEpochMilli(1L << 47), ZoneOffset.UTC);
        long start = clock.millis();
        UUID previous = Uuid7.next(clock);
        for (int i = 0; i < 5_000; i++) {
            UUID next = Uuid7.next(clock);
            assertThat(Long.compareUnsigned(next.getMostSignificantBits(), previous.getMostSignificantBits()))
                    .isPositive();
            previous = next;
        }
        long millis = previous.getMostSignificantBits() >>> 16;
        assertThat(millis).isEqualTo(start + 1);
    }
}
