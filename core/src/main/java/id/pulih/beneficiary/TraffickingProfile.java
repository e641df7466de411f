package id.pulih.beneficiary;

import id.pulih.internal.util.Checks;
import java.util.Set;

/**
 * The trafficking experience, in the vocabulary of the Counter Trafficking Data Collaborative (CTDC) and the Human
 * Trafficking Case Data Standard (HTCDS), so that figures can be compared and shared.
 *
 * @param exploitation the types of exploitation suffered
 * @param control the means of control used
 * @param sector the labour sector
 * @param recruiter how the person knew the recruiter
 */
public record TraffickingProfile(
        Set<ExploitationType> exploitation,
        Set<MeansOfControl> control,
        LabourSector sector,
        RecruiterRelation recruiter) {
    /**
     * Checks and copies.
     *
     * @param exploitation exploitation types
     * @param control means of control
     * @param sector the sector
     * @param recruiter the recruiter relation
     */
    public TraffickingProfile {
        exploitation = Set.copyOf(Checks.required(exploitation, "exploitation"));
        control = Set.copyOf(Checks.required(control, "control"));
        Checks.required(sector, "sector");
        Checks.required(recruiter, "recruiter");
    }

    /**
     * A profile not assessed yet.
     *
     * @return an empty profile with sector OTHER and recruiter UNKNOWN
     */
    public static TraffickingProfile unknown() {
        return new TraffickingProfile(Set.of(), Set.of(), LabourSector.OTHER, RecruiterRelation.UNKNOWN);
    }
}
