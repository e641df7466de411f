package id.pulih.testkit;

import id.pulih.shared.Checks;
import java.util.function.Consumer;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/**
 * Draws values from a generator outside a property: for demos, seed data and benchmarks that need many realistic,
 * generated (never real) records, reproducibly. The same generator, seed and count give the same values.
 *
 * <pre>{@code
 * Samples.each(PulihGen.niks(), 42L, 1_000, nik -> ...);
 * }</pre>
 */
public final class Samples {
    private Samples() {}

    /**
     * Hands {@code count} values drawn from {@code gen} with a fixed seed to {@code each}, one at a time, keeping none
     * in memory.
     *
     * @param gen the generator
     * @param seed the seed
     * @param count how many values, at least 1
     * @param each receives every value
     * @param <T> the values' type
     */
    public static <T> void each(Gen<T> gen, long seed, int count, Consumer<? super T> each) {
        Checks.required(gen, "gen");
        Checks.required(each, "each");
        if (count < 1) {
            throw new id.pulih.shared.InvalidValueException("count", "count.range", "expected at least 1");
        }
        QuickTheory.qt()
                .withFixedSeed(seed)
                .withExamples(count)
                .withShrinkCycles(0)
                .forAll(gen)
                .checkAssert(each::accept);
    }
}
