package id.pulih.csv;

/** Distinct letter-only name parts for generated rows, so that no two rows are flagged as the same person. */
final class Names {
    private Names() {}

    /** {@code 0 -> "Aa"}, {@code 1 -> "Ab"}, ...: a capitalised word of letters that spells the number in base 26. */
    static String letters(int n) {
        StringBuilder s = new StringBuilder();
        int rest = n;
        do {
            s.append((char) ('a' + rest % 26));
            rest /= 26;
        } while (rest > 0);
        return "A" + s.reverse();
    }
}
