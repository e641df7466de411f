package id.pulih.cli;

import id.pulih.access.Actor;
import id.pulih.access.Jurisdiction;
import id.pulih.access.Role;
import id.pulih.shared.PersonName;
import id.pulih.shared.PulihException;
import id.pulih.shared.RegionCode;
import id.pulih.shared.Regions;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The acting officer, from {@code --actor id:role:jurisdiction} or the settings' {@code actor.*} keys. Every report
 * is limited to this officer's jurisdiction, so there is no default: an officer must say who they are.
 */
final class ActorOptions {
    static final String DEFAULT_NAME = "Petugas Pulih";

    @Option(
            names = "--actor",
            paramLabel = "ID:ROLE:JURISDICTION",
            converter = OfficerConverter.class,
            description = {
                "The acting officer. ROLE is CASE_WORKER, SUPERVISOR or AUDITOR; JURISDICTION is NATIONAL, "
                        + "PROVINCE=52, REGENCY=52.02, SHELTER=<shelter id> or PARTNER=<organisation code>.",
                "Default: actor.id, actor.role and actor.jurisdiction in pulih.properties."
            })
    Officer officer;

    /** Who acts: the option, else the settings; the name from {@code actor.name}. */
    Actor actor(Settings settings) {
        Officer who = officer != null ? officer : fromSettings(settings);
        String name = settings.get("actor.name").orElse(DEFAULT_NAME);
        try {
            return Actor.of(who.id(), PersonName.of(name), who.role(), who.jurisdiction());
        } catch (PulihException e) {
            throw new Settings.SettingsException("actor.name in " + Settings.FILE + ": " + e.getMessage());
        }
    }

    private static Officer fromSettings(Settings settings) {
        Optional<String> id = settings.get("actor.id");
        if (id.isEmpty()) {
            throw new Settings.SettingsException("who is acting? give --actor ID:ROLE:JURISDICTION (for example "
                    + "hq-01:CASE_WORKER:NATIONAL) or set actor.id, actor.role and actor.jurisdiction in "
                    + Settings.FILE);
        }
        String text = id.get() + ":" + settings.get("actor.role").orElse("") + ":"
                + settings.get("actor.jurisdiction").orElse("");
        try {
            return Officer.parse(text);
        } catch (IllegalArgumentException e) {
            throw new Settings.SettingsException("actor.* in " + Settings.FILE + ": " + e.getMessage());
        }
    }

    /**
     * An officer without a name, as written on the command line.
     *
     * @param id the officer's id
     * @param role the role
     * @param jurisdiction the jurisdiction
     */
    record Officer(String id, Role role, Jurisdiction jurisdiction) {
        static Officer parse(String text) {
            String[] parts = text.split(":", 3);
            if (parts.length != 3) {
                throw new IllegalArgumentException(
                        "expected ID:ROLE:JURISDICTION such as hq-01:CASE_WORKER:NATIONAL, got '" + text + "'");
            }
            Role role = role(parts[1].strip());
            Jurisdiction jurisdiction = jurisdiction(parts[2].strip());
            try {
                // Actor checks the id; the name is filled in later
                return new Officer(
                        Actor.of(parts[0].strip(), PersonName.of(DEFAULT_NAME), role, jurisdiction)
                                .id(),
                        role,
                        jurisdiction);
            } catch (PulihException e) {
                throw new IllegalArgumentException("officer id: " + e.getMessage(), e);
            }
        }

        private static Role role(String text) {
            try {
                return Role.valueOf(text.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "role '" + text + "' is not one of CASE_WORKER, SUPERVISOR, AUDITOR", e);
            }
        }

        /** A region in the official list: a mistyped code would silently show an officer nothing. */
        private static RegionCode known(String value) {
            RegionCode code = RegionCode.of(value);
            Regions.official().require(code);
            return code;
        }

        private static Jurisdiction jurisdiction(String text) {
            int equals = text.indexOf('=');
            String name = (equals < 0 ? text : text.substring(0, equals)).toUpperCase(Locale.ROOT);
            String value = equals < 0 ? "" : text.substring(equals + 1).strip();
            Jurisdiction.Kind kind = kind(name).orElse(null);
            if (kind == null || (kind == Jurisdiction.Kind.NATIONAL && equals >= 0)) {
                throw new IllegalArgumentException("jurisdiction '" + text
                        + "' is not NATIONAL, PROVINCE=<code>, REGENCY=<code>, SHELTER=<id> or PARTNER=<code>");
            }
            try {
                if (kind == Jurisdiction.Kind.PROVINCE || kind == Jurisdiction.Kind.REGENCY) {
                    known(value);
                }
                return Jurisdiction.of(kind, kind == Jurisdiction.Kind.NATIONAL ? null : value);
            } catch (PulihException e) {
                throw new IllegalArgumentException("jurisdiction " + name + ": " + e.getMessage(), e);
            }
        }

        private static Optional<Jurisdiction.Kind> kind(String name) {
            return Arrays.stream(Jurisdiction.Kind.values())
                    .filter(k -> k.name().equals(name))
                    .findFirst();
        }
    }

    /** Reads {@code --actor}; a wrong value is a usage error (exit 2). */
    static final class OfficerConverter implements ITypeConverter<Officer> {
        @Override
        public Officer convert(String value) {
            try {
                return Officer.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
