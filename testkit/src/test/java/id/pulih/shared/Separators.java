package id.pulih.shared;

import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Groups 16 digits the way people and spreadsheets do: spaces, dots, no-break spaces, white space around. */
final class Separators {
    private static final String[] SEPARATORS = {" ", ".", " . ", "\u00A0", "  "};

    private Separators() {}

    /**
     * A way to group digits: bit {@code i} of the mask puts a separator after digit {@code i + 1}; shrinks toward no
     * separator at all.
     */
    static Gen<Grouping> groupings() {
        return Generate.range(0, (1 << 15) - 1, 0)
                .zip(Generate.range(0, SEPARATORS.length - 1, 0), Generate.booleans(), Grouping::new);
    }

    record Grouping(int mask, int separator, boolean padded) {
        String apply(String digits) {
            StringBuilder grouped = new StringBuilder(padded ? " " : "");
            for (int i = 0; i < digits.length(); i++) {
                grouped.append(digits.charAt(i));
                if (i < digits.length() - 1 && (mask & (1 << i)) != 0) {
                    grouped.append(SEPARATORS[separator]);
                }
            }
            return grouped.append(padded ? "\t" : "").toString();
        }
    }
}
