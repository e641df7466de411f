package id.pulih.shared;

import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Time-ordered identifiers (UUID version 7, RFC 9562): the first 48 bits are the Unix time in milliseconds, so
 * identifiers created one after another sort together, which keeps database primary-key indexes compact and bulk
 * inserts fast. Within one millisecond a 12-bit counter keeps them increasing in this JVM. The 62 random bits make
 * identifiers unique, not secret (they are never used as credentials), so a fast generator serves. Thread-safe.
 */
public final class Uuid7 {
    private static final Object LOCK = new Object();
    private static long lastMillis = -1;
    private static int counter;

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
        long millis = Checks.required(clock, "clock").millis();
        int sequence;
        synchronized (LOCK) {
            if (millis <= lastMillis) {
                millis = lastMillis;
                counter++;
                if (counter > 0xFFF) {
                    millis++;
                    counter = 0;
                }
            } else {
                counter = 0;
            }
            lastMillis = millis;
            sequence = counter;
        }
        long most = (millis << 16) | 0x7000L | sequence;
        long least = (ThreadLocalRandom.current().nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least);
    }
}
