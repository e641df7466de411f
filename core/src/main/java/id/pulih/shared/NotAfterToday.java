package id.pulih.shared;

import id.pulih.internal.util.Checks;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The rule that a date an officer enters for something that already happened (an admission, a discharge, a
 * departure, a handover, a delivered service, a follow-up visit, an attendance, a bank's answer) is not after
 * today: Pulih records events once they happened, never ahead of time.
 *
 * <p>"Today" is the date of the engine's clock in the {@linkplain #ZONE Asia/Jakarta} zone (WIB), whatever zone the
 * clock itself carries: the ministry works on Jakarta time, and a date entered in Kupang or Mataram (an hour
 * ahead) is at most one day off, never refused when it is an officer's today. Every path (the services, forms
 * through {@link UpToToday}, the bulk and CSV imports) refuses through this one class, with one code:
 * {@code date.future} ({@link SharedError#DATE_FUTURE}), naming the field, the date given and today.
 *
 * <pre>{@code
 * LocalDate today = NotAfterToday.today(clock);
 * NotAfterToday.check("departedOn", LocalDate.of(2020, 3, 20), today); // the date, or date.future
 * }</pre>
 */
public final class NotAfterToday {
    /** The zone in which Pulih's "today" is taken: Asia/Jakarta (WIB, UTC+7). */
    public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    private NotAfterToday() {}

    /**
     * Today by a clock, in {@link #ZONE}.
     *
     * @param clock the clock; not null
     * @return the date of the clock's instant in Asia/Jakarta
     */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(Checks.required(clock, "clock").instant(), ZONE);
    }

    /**
     * Refuses a date after today.
     *
     * @param field the field the date was entered in, such as {@code departedOn}; not null
     * @param date the date entered; not null
     * @param today today, from {@link #today(Clock)}; not null
     * @return the date, not after today
     * @throws InvalidValueException coded {@code date.future}, under {@code field}, when the date is after today
     */
    public static LocalDate check(String field, LocalDate date, LocalDate today) {
        Checks.required(field, "field");
        Checks.required(date, field);
        Checks.required(today, "today");
        if (date.isAfter(today)) {
            throw SharedError.DATE_FUTURE.invalidAt(field, field, date, today);
        }
        return date;
    }

    /**
     * Refuses a year after this year (an estimated year of birth).
     *
     * @param field the field the year was entered in; not null
     * @param year the year entered
     * @param today today, from {@link #today(Clock)}; not null
     * @return the year, not after today's
     * @throws InvalidValueException coded {@code date.future}, under {@code field}, when the year is after today's
     */
    public static int checkYear(String field, int year, LocalDate today) {
        Checks.required(field, "field");
        Checks.required(today, "today");
        if (year > today.getYear()) {
            throw SharedError.DATE_FUTURE.invalidAt(field, field, year, today);
        }
        return year;
    }
}
