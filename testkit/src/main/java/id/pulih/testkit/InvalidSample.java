package id.pulih.testkit;

import java.util.Objects;

/**
 * A raw value that a Pulih factory must refuse, with the machine code it must refuse it with. The invalid
 * generators ({@code PulihGen.invalidNiks()}, ...) yield these.
 *
 * @param raw the raw text, as a user or a spreadsheet would give it; not null
 * @param expectedCode the {@code InvalidValueException.code()} the factory must report; not null
 */
public record InvalidSample(String raw, String expectedCode) {

    /**
     * Checks both parts are present.
     *
     * @param raw the raw text
     * @param expectedCode the expected code
     */
    public InvalidSample {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(expectedCode, "expectedCode");
    }

    /** Shows the expected code and a masked raw value, since the raw value may be most of an identifier. */
    @Override
    public String toString() {
        return "InvalidSample[" + expectedCode + ", raw=" + (raw == null ? "null" : raw.length() + " chars") + "]";
    }
}
