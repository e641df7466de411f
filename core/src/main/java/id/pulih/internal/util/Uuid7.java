package id.pulih.internal.util;

import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Time-ordered identifiers (UUID version 7, RFC 9562): the first 48 bits are the Unix time in milliseconds, so
 * identifiers created one after another sort together, which keeps database primary-key indexes compact and bulk
 * inserts fast. Within one millisecond a 12-bit counter keeps them increasing in this JVM. The 62 random bits make
 * identifiers unique, not secret (they are never used as credentials), so a fast generator serves. Thread-safe.
 */
public final class Uuid7 {
    /**
     * The last identifier's time and counter as one number, {@code millis << 12 | counter}: the next one is the
     * larger of "now, counter 0" and "the last plus one" (a counter past 4,095 carries into the next millisecond),
     * taken without a lock, so that threads registering rows side by side do not queue for it.
     */
    private static final AtomicLong LAST = new AtomicLong(Long.MIN_VALUE);

    private Uuid7() {}

    /**
     * A new identifier for the current time of the system clock.
     *
     * @return a version-7 UUID, greater than every one this JVM made before
     */
    public static UUID next() {
        return next(Clock.systemUTC());
    }

    /**
     * A new identifier for the current time of the given clock.
     *
     * @param clock the clock; not null
     * @return a version-7 UUID
     */
    public static UUID next(Clock clock) {
        long now = Checks.required(clock, "clock").millis() << 12;
        long last;
        long next;
        do {
            last = LAST.get();
            next = Math.max(now, last + 1);
        } while (!LAST.compareAndSet(last, next));
        long millis = next >>> 12;
        long most = (millis << 16) | 0x7000L | (next & 0xFFF);
        long least = (ThreadLocalRandom.current().nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least);
    }
}
