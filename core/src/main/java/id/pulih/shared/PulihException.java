package id.pulih.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The root of every exception Pulih throws on purpose.
 *
 * <p>Each one is made from an entry of an error catalogue ({@link ErrorCode}): it carries the stable machine
 * {@link #code()}, the catalogue entry ({@link #errorCode()}), the named values its message was rendered from
 * ({@link #arguments()}) and the data a caller needs to react (the field, the record concerned). Messages never
 * contain a whole identifier (NIK, family card number, bank account number).
 *
 * <p>Catch this type at an application's edge to turn any Pulih refusal into a response; catch a subclass to
 * handle one kind of refusal. {@link #message(Locale)} gives the message in Indonesian or English:
 *
 * <pre>{@code
 * catch (PulihException e) {
 *     show(e.message(Locale.forLanguageTag("id")));
 *     // jenisKelamin: yang diharapkan L atau P (juga M, F, Laki-laki, Perempuan) [sex.format]
 * }
 * }</pre>
 */
public abstract class PulihException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String code;
    private final String detail;
    private final transient ErrorCode errorCode;
    private final transient Map<String, Object> arguments;
    private final String subject;

    /**
     * Creates an exception from a catalogue entry.
     *
     * @param errorCode the catalogue entry; its {@link ErrorCode#type()} must be this exception's class
     * @param arguments a value for every placeholder of the entry's template (and of its code, for a family)
     * @param subject what the message is about, put before the detail (a field, a record), or null
     * @param cause the underlying cause, may be null
     * @throws IllegalArgumentException when the entry belongs to another exception type, or a value is missing
     */
    protected PulihException(ErrorCode errorCode, Map<String, ?> arguments, String subject, Throwable cause) {
        super(compose(errorCode, arguments, subject), cause);
        if (!errorCode.type().equals(getClass())) {
            throw new IllegalArgumentException(errorCode.code() + " is thrown as a "
                    + errorCode.type().getSimpleName() + ", not a " + getClass().getSimpleName());
        }
        this.errorCode = errorCode;
        this.code = codeOf(errorCode, arguments);
        this.detail = errorCode.render(arguments);
        this.arguments = Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
        this.subject = subject;
    }

    private static String codeOf(ErrorCode errorCode, Map<String, ?> arguments) {
        String pattern = errorCode.code();
        return pattern.indexOf('{') < 0 ? pattern : ErrorCode.format(pattern, arguments);
    }

    private static String compose(ErrorCode errorCode, Map<String, ?> arguments, String subject) {
        return compose(errorCode.render(arguments), subject, codeOf(errorCode, arguments));
    }

    private static String compose(String detail, String subject, String code) {
        return (subject == null ? "" : subject + ": ") + detail + " [" + code + "]";
    }

    /**
     * The message in a language, made as {@link #getMessage()} is: the subject (a field, a record), the detail in
     * that language ({@link ErrorCode#template(Locale)}) and the code. English for a language Pulih has no messages
     * in; after deserialisation, {@link #getMessage()}.
     *
     * @param locale the language, such as {@code Locale.forLanguageTag("id")}; not null
     * @return the message, never null
     */
    public String message(Locale locale) {
        return errorCode == null ? getMessage() : compose(detail(locale), subject, code);
    }

    /**
     * What is wrong and what is expected, in a language: {@link #detail()} rendered from the template of that
     * language.
     *
     * @param locale the language; not null
     * @return the detail, never null
     */
    public String detail(Locale locale) {
        return errorCode == null ? detail : ErrorCode.format(errorCode.template(locale), arguments());
    }

    /**
     * Adds one named value to a copy of the arguments, for the data a subclass carries (a field, a record type).
     *
     * @param arguments the arguments
     * @param name the name
     * @param value the value
     * @return a new map with the value added
     */
    protected static Map<String, Object> with(Map<String, ?> arguments, String name, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(arguments);
        copy.put(name, value);
        return copy;
    }

    /**
     * The stable machine code of this refusal, such as {@code nik.date} or {@code rupiah.format}: safe to
     * branch on, log and translate; it does not change between releases.
     *
     * @return the code, never null
     */
    public String code() {
        return code;
    }

    /**
     * The catalogue entry this refusal was made from: its template, field and exception type. Null only after
     * deserialisation.
     *
     * @return the entry
     */
    public ErrorCode errorCode() {
        return errorCode;
    }

    /**
     * The named values the message was rendered from, to render a translated template of the same
     * {@link #code()}. Empty only after deserialisation.
     *
     * @return the values by placeholder name, unmodifiable
     */
    public Map<String, Object> arguments() {
        return arguments == null ? Map.of() : arguments;
    }

    /**
     * What is wrong and what is expected: the entry's template rendered with {@link #arguments()}, without the
     * field name or code.
     *
     * @return the detail, never null
     */
    public String detail() {
        return detail;
    }
}
