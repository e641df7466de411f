package id.pulih.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditEntryTest {

    @Test
    void nextIdIsAVersionSevenUuidLaterThanTheOneBefore() {
        Instant at = Instant.parse("2026-03-01T08:00:00Z");
        Clock clock = Clock.fixed(at, ZoneOffset.UTC);

        UUID first = AuditEntry.nextId(clock);
        UUID second = AuditEntry.nextId(clock);

        assertThat(first.version()).isEqualTo(7);
        // never earlier than the clock (later only when another id was drawn for a later time in this JVM)
        assertThat(first.getMostSignificantBits() >>> 16).isGreaterThanOrEqualTo(at.toEpochMilli());
        assertThat(Long.compareUnsigned(second.getMostSignificantBits(), first.getMostSignificantBits()))
                .isPositive();
    }
}
