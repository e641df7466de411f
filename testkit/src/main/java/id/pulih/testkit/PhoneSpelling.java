package id.pulih.testkit;

import id.pulih.shared.PhoneNumber;
import java.util.Objects;

/**
 * One way of writing a phone number ({@code 0812-3456-7890}, {@code +62 812 3456 7890}, ...) and the number
 * {@code PhoneNumber.of} must read from it. {@code PulihGen.phoneNumberTexts()} yields these.
 *
 * @param text the number as a person or a spreadsheet writes it; not null
 * @param expected the number it stands for; not null
 */
public record PhoneSpelling(String text, PhoneNumber expected) {

    /**
     * Checks both parts are present.
     *
     * @param text the spelling
     * @param expected the number
     */
    public PhoneSpelling {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(expected, "expected");
    }

    /** Shows the spelling masked, like every phone number in Pulih. */
    @Override
    public String toString() {
        return "PhoneSpelling[" + (text == null ? "null" : text.length() + " chars") + " -> " + expected + "]";
    }
}
