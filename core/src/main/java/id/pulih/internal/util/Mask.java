package id.pulih.internal.util;

/**
 * Masks identifiers (NIK, family card numbers, bank account numbers, phone numbers) for {@code toString()},
 * logs and messages. Only the last four characters stay readable, and only when at least six are hidden, so a
 * masked value is never enough to recover the whole identifier.
 *
 * <pre>{@code
 * Mask.identifier("5202014507900001"); // "************0001"
 * Mask.identifier("12345");            // "*****"
 * }</pre>
 */
public final class Mask {
    private static final int VISIBLE = 4;
    private static final int MIN_HIDDEN = 6;

    private Mask() {}

    /**
     * Masks an identifier.
     *
     * @param identifier the identifier; null gives {@code "null"}
     * @return the masked form, of the same length
     */
    public static String identifier(CharSequence identifier) {
        if (identifier == null) {
            return "null";
        }
        int length = identifier.length();
        int visible = length - VISIBLE >= MIN_HIDDEN ? VISIBLE : 0;
        StringBuilder masked = new StringBuilder(length);
        for (int i = 0; i < length - visible; i++) {
            masked.append('*');
        }
        return masked.append(identifier, length - visible, length).toString();
    }
}
