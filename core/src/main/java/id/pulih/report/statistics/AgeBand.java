package id.pulih.report.statistics;

/**
 * A band of ages in whole years, both ends included, such as 25 to 29: the form in which an age is published (CTDC's
 * {@code ageBroad} publishes bands too).
 *
 * @param from the youngest age in the band, 0 or more
 * @param to the oldest, at least {@code from}
 */
public record AgeBand(int from, int to) {
    /**
     * Checks the ends.
     *
     * @param from the youngest age
     * @param to the oldest age
     * @throws IllegalArgumentException when {@code from} is negative or {@code to} is below it
     */
    public AgeBand {
        if (from < 0 || to < from) {
            throw new IllegalArgumentException(
                    "an age band runs from 0 or more to at least its start, found " + from + " to " + to);
        }
    }

    /**
     * The band of {@code width} years that holds an age, aligned on multiples of the width (25 to 29, 20 to 29).
     *
     * @param age the age, 0 or more
     * @param width the width in years, 1 or more
     * @return the band
     */
    public static AgeBand of(int age, int width) {
        if (age < 0 || width < 1) {
            throw new IllegalArgumentException(
                    "expected an age of 0 or more and a width of 1 or more, found " + age + " and " + width);
        }
        int from = age / width * width;
        return new AgeBand(from, from + width - 1);
    }

    /**
     * Whether this band holds every age of another (a band holds itself).
     *
     * @param other the other band
     * @return true when {@code other} lies within this band
     */
    public boolean contains(AgeBand other) {
        return from <= other.from && other.to <= to;
    }

    /**
     * The band widened to {@code width} years, aligned as {@link #of(int, int)} aligns it.
     *
     * @param width the width, a multiple of this band's width
     * @return the wider band
     */
    public AgeBand widened(int width) {
        return of(from, width);
    }

    /**
     * The band as published, CTDC-style: {@code 25--29}.
     *
     * @return the label
     */
    public String label() {
        return from + "--" + to;
    }

    @Override
    public String toString() {
        return label();
    }
}
