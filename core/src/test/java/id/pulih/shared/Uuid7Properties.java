package id.pulih.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
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
}
