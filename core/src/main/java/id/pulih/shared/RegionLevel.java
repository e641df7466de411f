package id.pulih.shared;

/**
 * The four levels of Indonesian administrative regions in the Kemendagri code list, from the largest to the
 * smallest. Each level adds digits to its parent's code: province {@code 52}, regency or city (kabupaten/kota)
 * {@code 52.02}, district (kecamatan) {@code 52.02.01}, village (desa/kelurahan) {@code 52.02.01.1001}.
 */
public enum RegionLevel {
    /** Province (provinsi): 2 digits, such as {@code 52}. */
    PROVINCE(2),
    /** Regency or city (kabupaten/kota): 4 digits, such as {@code 52.02}. */
    REGENCY(4),
    /** District (kecamatan): 6 digits, such as {@code 52.02.01}. */
    DISTRICT(6),
    /** Village (desa/kelurahan): 10 digits, such as {@code 52.02.01.1001}. */
    VILLAGE(10);

    private final int digits;

    RegionLevel(int digits) {
        this.digits = digits;
    }

    /**
     * The number of digits in a code of this level, without the dots.
     *
     * @return 2, 4, 6 or 10
     */
    public int digits() {
        return digits;
    }

    /** The length of a dotted code of this level: 2, 5, 8 or 13. */
    int dottedLength() {
        return digits + ordinal();
    }
}
