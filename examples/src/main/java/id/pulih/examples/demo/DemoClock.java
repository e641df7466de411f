package id.pulih.examples.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the demo moves along the timeline of the seed events, so every record carries its event's date. */
final class DemoClock extends Clock {
    private Instant now;

    DemoClock(LocalDate start) {
        this.now = at(start);
    }

    void moveTo(LocalDate date) {
        Instant next = at(date);
        if (next.isAfter(now)) {
            now = next;
        }
    }

    private static Instant at(LocalDate date) {
        return date.atTime(9, 0).toInstant(ZoneOffset.ofHours(7));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.ofHours(7);
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
