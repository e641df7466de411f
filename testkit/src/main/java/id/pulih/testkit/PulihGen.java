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

    /**
     * Official Kemendagri region codes of every level: provinces, regencies, districts and villages.
     *
     * @return codes that {@code Regions.official()} has; shrinks toward the first province
     */
    public static org.quicktheories.core.Gen<id.pulih.shared.RegionCode> regionCodes() {
        return RegionGens.regionCodes();
    }

    /**
     * Official Kemendagri region codes of one level, such as every district.
     *
     * @param level the level; not null
     * @return codes of that level that {@code Regions.official()} has; shrinks toward the first by code
     */
    public static org.quicktheories.core.Gen<id.pulih.shared.RegionCode> regionCodes(
            id.pulih.shared.RegionLevel level) {
        return RegionGens.regionCodes(level);
    }

    /**
     * The facts behind valid NIKs: an official district, either sex, a birth date from 1926 to 2025 (29 February of
     * leap years included) and a serial from 1 to 9999.
     *
     * @return NIK specifications; shrinks toward the first district, a man, 1 January 1926 and serial 1
     */
    public static org.quicktheories.core.Gen<NikSpec> nikSpecs() {
        return RegionGens.nikSpecs();
    }

    /**
     * Valid NIKs registered in official districts, built from {@link #nikSpecs()}.
     *
     * @return NIKs that {@code Nik.of} accepts
     */
    public static org.quicktheories.core.Gen<id.pulih.shared.Nik> niks() {
        return RegionGens.niks();
    }

    /**
     * Texts that {@code Nik.of} must refuse, each with its code: blank ({@code nik.required}), too few or too many
     * digits ({@code nik.length}), a letter or symbol ({@code nik.format}), an unofficial province such as 00 or 99
     * ({@code nik.province}), day 00, 32-40 or 72-99 ({@code nik.day}), month 00 or 13-99 ({@code nik.month}), 30
     * February, 31 April or 29 February in a common year ({@code nik.date}), serial 0000 ({@code nik.serial}).
     *
     * @return invalid samples, each a valid NIK with one rule broken
     */
    public static org.quicktheories.core.Gen<InvalidSample> invalidNiks() {
        return RegionGens.invalidNiks();
    }

    /**
     * Valid family card numbers: an official district, a date of issue from 1975 to 2025 and a serial from 1 to
     * 9999.
     *
     * @return family card numbers that {@code FamilyCardNumber.of} accepts
     */
    public static org.quicktheories.core.Gen<id.pulih.shared.FamilyCardNumber> familyCardNumbers() {
        return RegionGens.familyCardNumbers();
    }

    /**
     * Texts that {@code FamilyCardNumber.of} must refuse, each with its code: {@code kk.required},
     * {@code kk.length}, {@code kk.format}, {@code kk.province} and {@code kk.serial}.
     *
     * @return invalid samples, each a valid number with one rule broken
     */
    public static org.quicktheories.core.Gen<InvalidSample> invalidFamilyCardNumbers() {
        return RegionGens.invalidFamilyCardNumbers();
    }

    // --- money, names, phones, bank accounts (MoneyGens, PersonGens) ---

}
