package id.pulih.testkit;

/**
 * QuickTheories generators for every Pulih domain type, in one facade that tests call explicitly (nothing is
 * registered globally, so adding the testkit never changes anyone else's tests).
 *
 * <pre>{@code
 * import static id.pulih.testkit.PulihGen.niks;
 * import static org.quicktheories.QuickTheory.qt;
 *
 * @Test
 * void everyNikRoundTrips() {
 *     qt().forAll(niks()).check(nik -> Nik.of(nik.value()).equals(nik));
 * }
 * }</pre>
 *
 * <p>Every generator shrinks toward a simple value, so a failing property reports a small case.
 */
public final class PulihGen {
    private PulihGen() {}

    // --- regions, NIK, family card numbers (RegionGens) ---

    // --- money, names, phones, bank accounts (MoneyGens, PersonGens) ---

}
