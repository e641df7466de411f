package id.pulih.cli.archfixture;

import id.pulih.internal.util.Checks;

/** Breaks the module boundary on purpose, so that {@code ModuleBoundaryTest} can show its rule failing. */
public final class UsesInternal {
    private UsesInternal() {}

    /**
     * Calls an internal helper.
     *
     * @param text any text
     * @return the text, stripped
     */
    public static String strip(String text) {
        return Checks.requiredText(text, "text");
    }
}
