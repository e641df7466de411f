package id.pulih.internal.util;

/** Character classes shared by the hand-written parsers of this package. */
public final class Chars {
    private Chars() {}

    /**
     * Whether a code point has the Unicode White_Space property: the space separators (including the no-break
     * spaces that spreadsheets export), line and paragraph separators, tab, line feed, vertical tab, form feed,
     * carriage return and next line.
     */
    public static boolean isWhiteSpace(int codePoint) {
        return (codePoint >= 0x09 && codePoint <= 0x0D) || codePoint == 0x85 || Character.isSpaceChar(codePoint);
    }
}
