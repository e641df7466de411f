package id.pulih.report;

import id.pulih.access.Jurisdiction;
import id.pulih.internal.util.Checks;
import id.pulih.shared.Nullable;
import id.pulih.shared.OrganisationId;
import id.pulih.shared.RegionCode;
import id.pulih.shared.ShelterId;

/**
 * Which records a report counts, derived from the actor's jurisdiction:
 *
 * <ul>
 *   <li>{@link Kind#ALL} (national): everything;
 *   <li>{@link Kind#REGION} (a province or regency office): cases whose origin lies in the region, and the shelters
 *       and programmes located there;
 *   <li>{@link Kind#SHELTER}: the cases that stay or stayed in the shelter (or were registered there), and that
 *       shelter;
 *   <li>{@link Kind#PARTNER}: the cases with an open referral to the partner, and the programmes it partners in.
 * </ul>
 *
 * @param kind the kind
 * @param region the region, for {@link Kind#REGION}
 * @param shelter the shelter, for {@link Kind#SHELTER}
 * @param partner the partner, for {@link Kind#PARTNER}
 */
public record ReportScope(
        Kind kind,
        @Nullable RegionCode region,
        @Nullable ShelterId shelter,
        @Nullable OrganisationId partner) {

    /** The kinds of scope. */
    public enum Kind {
        /** Everything. */
        ALL,
        /** A province or regency. */
        REGION,
        /** A shelter. */
        SHELTER,
        /** A partner organisation. */
        PARTNER
    }

    /**
     * Checks that the part the kind needs is present.
     *
     * @param kind the kind
     * @param region the region
     * @param shelter the shelter
     * @param partner the partner
     */
    public ReportScope {
        Checks.required(kind, "kind");
        switch (kind) {
            case REGION -> Checks.required(region, "region");
            case SHELTER -> Checks.required(shelter, "shelter");
            case PARTNER -> Checks.required(partner, "partner");
            case ALL -> {}
        }
    }

    /**
     * The scope of an actor's jurisdiction.
     *
     * @param jurisdiction the jurisdiction
     * @return the scope
     */
    public static ReportScope of(Jurisdiction jurisdiction) {
        return switch (jurisdiction.kind()) {
            case PROVINCE, REGENCY ->
                new ReportScope(Kind.REGION, jurisdiction.region().orElseThrow(), null, null);
            case SHELTER ->
                new ReportScope(Kind.SHELTER, null, jurisdiction.shelterId().orElseThrow(), null);
            case PARTNER ->
                new ReportScope(
                        Kind.PARTNER, null, null, jurisdiction.organisationId().orElseThrow());
            case NATIONAL -> new ReportScope(Kind.ALL, null, null, null);
        };
    }
}
