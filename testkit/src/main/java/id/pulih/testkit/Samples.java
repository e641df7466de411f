package id.pulih.testkit;

import java.util.Objects;
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
        Objects.requireNonNull(gen, "gen");
        Objects.requireNonNull(each, "each");
        if (count < 1) {
            throw id.pulih.shared.SharedError.COUNT_RANGE.invalid(1);
        }
        // QuickTheories may run slightly fewer examples than asked (it skips some repeats), so ask for a margin and
        // hand over exactly count values, drawing again with a derived seed in the rare case it falls short.
        int[] delivered = {0};
        for (long round = 0; delivered[0] < count; round++) {
            int missing = count - delivered[0];
            QuickTheory.qt()
                    .withFixedSeed(seed + round * 0x9E3779B97F4A7C15L)
                    .withExamples(missing + missing / 10 + 10)
                    .withShrinkCycles(0)
                    .forAll(gen)
                    .checkAssert(value -> {
                        if (delivered[0] < count) {
                            delivered[0]++;
                            each.accept(value);
                        }
                    });
        }
    }
}
