package id.pulih.access;

import id.pulih.internal.util.Checks;
import id.pulih.shared.PersonName;

/**
 * The officer on whose behalf an operation runs. Every operation runs as an actor ({@code pulih.as(actor)}), is
 * limited to the actor's {@link Jurisdiction} and role, and is audited under the actor's id.
 *
 * <pre>{@code
 * Actor officer = Actor.of("dinsos-5202-01", PersonName.of("Baiq Nurul"), Role.CASE_WORKER,
 *         Jurisdiction.regency(RegionCode.of("52.02")));
 * }</pre>
 *
 * @param id the officer's id in the host system (1 to 64 letters, digits, {@code . _ - @})
 * @param name the officer's name
 * @param role what the officer may do
 * @param jurisdiction where the officer's authority reaches
 */
public record Actor(String id, PersonName name, Role role, Jurisdiction jurisdiction) {
    /**
     * Checks every part.
     *
     * @param id the id
     * @param name the name
     * @param role the role
     * @param jurisdiction the jurisdiction
     */
    public Actor {
        id = Checks.requiredText(id, "actor.id");
        if (id.length() > 64 || !id.chars().allMatch(Actor::allowed)) {
            throw AccessError.ACTOR_ID_FORMAT.invalid();
        }
        Checks.required(name, "actor.name");
        Checks.required(role, "actor.role");
        Checks.required(jurisdiction, "actor.jurisdiction");
    }

    private static boolean allowed(int c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || c == '.'
                || c == '_'
                || c == '-'
                || c == '@';
    }

    /**
     * Whether this actor may read identifiers (NIK, No. KK, phone numbers) whole, as an identified export does: a
     * {@link Role#SUPERVISOR} of a government unit (national, province, regency or shelter) only. An auditor checks
     * the trails and needs no whole NIK; a case worker works from masked lists; a partner organisation, whatever its
     * role, sees only what its referrals need. Everyone else gets identifiers masked.
     *
     * @return true for a supervisor outside a partner organisation
     */
    public boolean mayDiscloseIdentifiers() {
        return role == Role.SUPERVISOR && jurisdiction.kind() != Jurisdiction.Kind.PARTNER;
    }

    /**
     * Whether this actor may break the glass ({@code Oversight.breakGlass}) to open a case outside its jurisdiction
     * in an emergency: an officer of a government unit who may change records. A partner organisation sees only the
     * cases referred to it, and an auditor changes nothing.
     *
     * @return false for a partner organisation and for an auditor
     */
    public boolean mayBreakGlass() {
        return role.canChange() && jurisdiction.kind() != Jurisdiction.Kind.PARTNER;
    }

    /**
     * Creates an actor.
     *
     * @param id the officer's id
     * @param name the officer's name
     * @param role the role
     * @param jurisdiction the jurisdiction
     * @return the actor
     */
    public static Actor of(String id, PersonName name, Role role, Jurisdiction jurisdiction) {
        return new Actor(id, name, role, jurisdiction);
    }
}
