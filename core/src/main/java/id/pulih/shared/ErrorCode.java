package id.pulih.shared;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * One entry of an error catalogue: a stable machine {@link #code()}, the one exception {@link #type()} it is
 * thrown as, the {@link #field()} it concerns and a default English message {@link #template()} with named
 * placeholders such as {@code {capacity}}.
 *
 * <p>Every code Pulih throws is declared once, in the catalogue of its area ({@link SharedError},
 * {@link RecordError}, {@code ShelterError}, ...), and thrown from there through the typed factories below, which
 * refuse an entry of another exception type:
 *
 * <pre>{@code
 * throw ShelterError.FULL.violation(code, occupied, capacity);
 * }</pre>
 *
 * <p>The values a throw site passes fill the template's placeholders in the order they first appear in it; the
 * exception keeps them by name ({@link PulihException#arguments()}), so that a translation keyed by
 * {@link PulihException#code()} (for example a {@code ResourceBundle} {@code messages_id.properties}) can render
 * the same message in another language with {@link #format(String, Map)}.
 *
 * <p>A code may itself hold one placeholder, for families such as {@code {field}.required}: it is filled from the
 * exception's field or record type.
 */
public interface ErrorCode {
    /**
     * The stable machine code, or for a family its pattern, such as {@code nik.province} or
     * {@code {field}.required}.
     *
     * @return the code or pattern, never null
     */
    String code();

    /**
     * The one exception type this code is thrown as.
     *
     * @return the exception class, never null
     */
    Class<? extends PulihException> type();

    /**
     * The field this code concerns, such as {@code nik}, or the empty string for a rule about a whole record.
     *
     * @return the field name, never null
     */
    String field();

    /**
     * The default English message, with named placeholders such as {@code {capacity}}.
     *
     * @return the template, never null
     */
    String template();

    /**
     * The message template in a language: Indonesian ({@code id}) from the bundle {@code messages_id.properties}
     * beside the catalogue (in its package), keyed by {@link #code()}, with the same placeholders; English, and any
     * language without a bundle, from {@link #template()}. There is no fallback to the system's language: the
     * locale asked for decides.
     *
     * <pre>{@code
     * ShelterError.FULL.template(Locale.forLanguageTag("id"));
     * // rumah perlindungan {code} penuh ({occupied} dari {capacity} tempat tidur terisi); ...
     * }</pre>
     *
     * @param locale the language; not null
     * @return the template, never null
     */
    default String template(java.util.Locale locale) {
        java.util.Objects.requireNonNull(locale, "locale");
        Class<?> catalogue = this instanceof Enum<?> e ? e.getDeclaringClass() : getClass();
        try {
            java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle(
                    catalogue.getPackageName() + ".messages",
                    locale,
                    catalogue.getClassLoader(),
                    java.util.ResourceBundle.Control.getNoFallbackControl(
                            java.util.ResourceBundle.Control.FORMAT_PROPERTIES));
            return bundle.containsKey(code()) ? bundle.getString(code()) : template();
        } catch (java.util.MissingResourceException none) {
            return template();
        }
    }

    /**
     * The names of the template's placeholders, in the order they first appear: the values a throw site passes.
     *
     * @return the placeholder names, maybe empty
     */
    default List<String> parameters() {
        return placeholders(template());
    }

    /**
     * Names the values a throw site passes after the template's placeholders.
     *
     * @param values one value per {@link #parameters() parameter}, in order
     * @return the values by name, in order
     * @throws IllegalArgumentException when the number of values differs from the number of parameters
     */
    default Map<String, Object> arguments(Object... values) {
        List<String> names = parameters();
        if (names.size() != values.length) {
            throw new IllegalArgumentException(
                    code() + " takes " + names + " but was given " + values.length + " value(s)");
        }
        Map<String, Object> named = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            named.put(names.get(i), values[i]);
        }
        return named;
    }

    /**
     * Renders the template with named values.
     *
     * @param arguments a value for every placeholder
     * @return the message
     * @throws IllegalArgumentException when a placeholder has no value
     */
    default String render(Map<String, ?> arguments) {
        return format(template(), arguments);
    }

    /**
     * The refusal of a value, reported under this entry's field.
     *
     * @param values the template's values, in order
     * @return the exception, to throw
     */
    default InvalidValueException invalid(Object... values) {
        return new InvalidValueException(this, field(), arguments(values));
    }

    /**
     * The refusal of a value, reported under another field (for families such as {@code {field}.required}).
     *
     * @param field the field to report; not null
     * @param values the template's values, in order
     * @return the exception, to throw
     */
    default InvalidValueException invalidAt(String field, Object... values) {
        return new InvalidValueException(this, field, arguments(values));
    }

    /**
     * The refusal of an operation by a business rule.
     *
     * @param values the template's values, in order
     * @return the exception, to throw
     */
    default RuleViolationException violation(Object... values) {
        return new RuleViolationException(this, arguments(values));
    }

    /**
     * A conflict with a stored record.
     *
     * @param recordType the kind of record concerned
     * @param recordId the record's identifier (never a NIK or account number), or null when unknown
     * @param values the template's values, in order
     * @return the exception, to throw
     */
    default ConflictException conflict(RecordType recordType, Object recordId, Object... values) {
        return new ConflictException(
                this, recordType, recordId == null ? null : recordId.toString(), arguments(values));
    }

    /**
     * A refused move of a state machine.
     *
     * @param current the current state
     * @param requested the requested state
     * @param allowed the states allowed from the current one, for the message
     * @return the exception, to throw
     */
    default IllegalTransitionException transition(Enum<?> current, Enum<?> requested, String allowed) {
        return new IllegalTransitionException(this, current, requested, allowed);
    }

    /**
     * Fills a template's named placeholders: the one place messages are rendered, in English or, with a
     * translated template, in another language.
     *
     * @param template the template, with placeholders such as {@code {capacity}}; not null
     * @param arguments a value for every placeholder; not null
     * @return the rendered text
     * @throws IllegalArgumentException when a placeholder has no value, or a brace is not closed
     */
    static String format(String template, Map<String, ?> arguments) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        int at = 0;
        while (at < template.length()) {
            int open = template.indexOf('{', at);
            if (open < 0) {
                out.append(template, at, template.length());
                break;
            }
            int close = template.indexOf('}', open);
            if (close < 0) {
                throw new IllegalArgumentException("unclosed placeholder in: " + template);
            }
            String name = template.substring(open + 1, close);
            if (!arguments.containsKey(name)) {
                throw new IllegalArgumentException("no value for {" + name + "} in: " + template);
            }
            out.append(template, at, open).append(arguments.get(name));
            at = close + 1;
        }
        return out.toString();
    }

    /**
     * The names of a template's placeholders, in the order they first appear.
     *
     * @param template the template; not null
     * @return the names, without repeats
     */
    static List<String> placeholders(String template) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        int open = template.indexOf('{');
        while (open >= 0) {
            int close = template.indexOf('}', open);
            if (close < 0) {
                throw new IllegalArgumentException("unclosed placeholder in: " + template);
            }
            names.add(template.substring(open + 1, close));
            open = template.indexOf('{', close);
        }
        return Collections.unmodifiableList(new ArrayList<>(names));
    }

    /**
     * What a catalogue entry declares: its code, the one exception type it is thrown as, its field and its English
     * template.
     *
     * @param code the stable code, such as {@code shelter.full}; not null
     * @param type the exception type; not null
     * @param field the field it concerns, or empty; not null
     * @param template the English message template; not null
     */
    record Definition(String code, Class<? extends PulihException> type, String field, String template) {
        /** Checks every part is present. */
        public Definition {
            java.util.Objects.requireNonNull(code, "code");
            java.util.Objects.requireNonNull(type, "type");
            java.util.Objects.requireNonNull(field, "field");
            java.util.Objects.requireNonNull(template, "template");
        }
    }

    /**
     * An entry that holds its {@link Definition}: the catalogue enums implement this one method, and the four
     * accessors read from it, so that no catalogue repeats them.
     */
    interface Defined extends ErrorCode {
        /**
         * The entry's definition.
         *
         * @return the definition
         */
        Definition definition();

        @Override
        default String code() {
            return definition().code();
        }

        @Override
        default Class<? extends PulihException> type() {
            return definition().type();
        }

        @Override
        default String field() {
            return definition().field();
        }

        @Override
        default String template() {
            return definition().template();
        }
    }
}
