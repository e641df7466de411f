package id.pulih.report.statistics;

import java.util.EnumMap;
import java.util.Map;

/**
 * What a k-anonymous export did: how many people it read, how many rows it published as recorded, how many it
 * published coarsened, and how many it left out because even the coarsest combination was shared by fewer than k.
 * {@code records == kept + generalised + suppressed}.
 *
 * @param k the k the export was made with
 * @param records the people read (within the actor's jurisdiction, merged records not counted)
 * @param kept rows published with their quasi-identifiers as recorded ({@link Generalisation#NONE})
 * @param generalised rows published coarsened (any other step)
 * @param suppressed people left out
 * @param byStep the rows published at each step ({@link Generalisation#NONE} counts the kept ones)
 * @param combinations the distinct combinations of quasi-identifiers in the published rows
 */
public record StatisticsSummary(
        int k,
        long records,
        long kept,
        long generalised,
        long suppressed,
        Map<Generalisation, Long> byStep,
        long combinations) {
    /**
     * Checks the counts add up and copies the map.
     *
     * @param k the k
     * @param records the people read
     * @param kept rows kept as recorded
     * @param generalised rows coarsened
     * @param suppressed people left out
     * @param byStep rows by step
     * @param combinations distinct published combinations
     */
    public StatisticsSummary {
        Map<Generalisation, Long> steps = new EnumMap<>(Generalisation.class);
        for (Generalisation step : Generalisation.values()) {
            steps.put(step, byStep.getOrDefault(step, 0L));
        }
        byStep = Map.copyOf(steps);
        long published = steps.values().stream().mapToLong(Long::longValue).sum();
        if (kept != steps.get(Generalisation.NONE)
                || kept + generalised != published
                || kept + generalised + suppressed != records) {
            throw new IllegalArgumentException("the counts of a statistical export do not add up: " + records
                    + " read, " + kept + " kept, " + generalised + " generalised, " + suppressed
                    + " suppressed, by step "
                    + steps);
        }
    }
}
