package id.pulih.report.statistics;

import id.pulih.internal.util.Checks;
import id.pulih.shared.SharedError;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Makes rows k-anonymous over their {@link QuasiIdentifiers}: every combination published is shared by at least k
 * rows, so that no query on the published quasi-identifiers returns fewer than k people (CTDC's rule, k = 11).
 *
 * <p>Generalise first, then suppress. Each person's own combination is published as recorded when at least k people
 * share it; the others are tried at each {@link Generalisation} step in turn, grouped with the others that failed the
 * steps before (local recoding: a common combination keeps its detail although a rare one nearby is coarsened), and
 * published at the first step where their group reaches k. What is still rarer than k after
 * {@link Generalisation#PROVINCE} is suppressed: left out, and counted.
 *
 * <p>Two passes over the same rows, so that memory holds the distinct combinations and never the rows: {@link
 * #count} each row's combination, then {@link #release()} decides, and {@link Release#of} tells each row in the second
 * pass what to publish.
 *
 * <pre>{@code
 * KAnonymity counting = KAnonymity.of(11);
 * people.forEach(p -> counting.count(p.quasiIdentifiers()));
 * KAnonymity.Release release = counting.release();
 * people.forEach(p -> release.of(p.quasiIdentifiers()).ifPresent(published -> write(p, published)));
 * release.summary();   // read, kept, generalised, suppressed
 * }</pre>
 *
 * <p>Not thread-safe: one export counts on one thread.
 */
public final class KAnonymity {
    /** CTDC's k for its published global dataset. */
    public static final int DEFAULT_K = 11;

    /** The largest k accepted. */
    public static final int MAX_K = 10_000;

    private final int k;
    private final Map<QuasiIdentifiers, Long> counts = new HashMap<>();
    private boolean released;

    private KAnonymity(int k) {
        this.k = k;
    }

    /**
     * A counting for a k.
     *
     * @param k 2 to {@link #MAX_K} (1 would protect nobody)
     * @return an empty counting
     * @throws id.pulih.shared.InvalidValueException coded {@code statistics.k} for another k
     */
    public static KAnonymity of(int k) {
        return new KAnonymity(checkedK(k));
    }

    /**
     * Checks a k: 2 to {@link #MAX_K}.
     *
     * @param k the k
     * @return the k
     * @throws id.pulih.shared.InvalidValueException coded {@code statistics.k} otherwise
     */
    public static int checkedK(int k) {
        if (k < 2 || k > MAX_K) {
            throw SharedError.STATISTICS_K.invalid(2, MAX_K);
        }
        return k;
    }

    /**
     * Counts one row's combination as recorded (first pass).
     *
     * @param finest the combination, at {@link Generalisation#NONE}
     * @throws IllegalStateException after {@link #release()}
     */
    public void count(QuasiIdentifiers finest) {
        Checks.required(finest, "quasiIdentifiers");
        if (released) {
            throw new IllegalStateException("the rows were counted and released already");
        }
        counts.merge(finest, 1L, Long::sum);
    }

    /**
     * Decides, from the counts, what each combination is published as.
     *
     * @return the decisions, for the second pass
     */
    public Release release() {
        released = true;
        Map<QuasiIdentifiers, QuasiIdentifiers> published = new HashMap<>();
        Map<Generalisation, Long> byStep = new EnumMap<>(Generalisation.class);
        Map<QuasiIdentifiers, Long> remaining = new HashMap<>(counts);
        for (Generalisation step : Generalisation.values()) {
            Map<QuasiIdentifiers, Long> groups = new HashMap<>();
            remaining.forEach((finest, n) -> groups.merge(step.apply(finest), n, Long::sum));
            for (Iterator<Map.Entry<QuasiIdentifiers, Long>> it =
                            remaining.entrySet().iterator();
                    it.hasNext(); ) {
                Map.Entry<QuasiIdentifiers, Long> e = it.next();
                QuasiIdentifiers coarse = step.apply(e.getKey());
                if (groups.get(coarse) >= k) {
                    published.put(e.getKey(), coarse);
                    byStep.merge(step, e.getValue(), Long::sum);
                    it.remove();
                }
            }
        }
        long records = counts.values().stream().mapToLong(Long::longValue).sum();
        long suppressed = remaining.values().stream().mapToLong(Long::longValue).sum();
        long kept = byStep.getOrDefault(Generalisation.NONE, 0L);
        StatisticsSummary summary = new StatisticsSummary(
                k,
                records,
                kept,
                records - kept - suppressed,
                suppressed,
                byStep,
                new HashSet<>(published.values()).size());
        return new Release(Map.copyOf(published), Map.copyOf(counts), summary);
    }

    /** What each counted combination is published as. */
    public static final class Release {
        private final Map<QuasiIdentifiers, QuasiIdentifiers> published;
        private final Map<QuasiIdentifiers, Long> counted;
        private final StatisticsSummary summary;

        private Release(
                Map<QuasiIdentifiers, QuasiIdentifiers> published,
                Map<QuasiIdentifiers, Long> counted,
                StatisticsSummary summary) {
            this.published = published;
            this.counted = counted;
            this.summary = summary;
        }

        /**
         * What to publish for a row (second pass).
         *
         * @param finest the row's combination as recorded, counted in the first pass
         * @return the combination to publish, or empty when the row is suppressed
         * @throws IllegalStateException for a combination the first pass did not count
         */
        public Optional<QuasiIdentifiers> of(QuasiIdentifiers finest) {
            Checks.required(finest, "quasiIdentifiers");
            if (!counted.containsKey(finest)) {
                throw new IllegalStateException("a row that the first pass did not count");
            }
            return Optional.ofNullable(published.get(finest));
        }

        /**
         * The counts: read, kept, generalised, suppressed.
         *
         * @return the summary
         */
        public StatisticsSummary summary() {
            return summary;
        }
    }
}
