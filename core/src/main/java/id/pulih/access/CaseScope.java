package id.pulih.access;

import id.pulih.internal.util.Checks;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.OrganisationId;
import id.pulih.shared.RegionCode;
import id.pulih.shared.ShelterId;
import java.util.Set;

/**
 * Everything about a case that decides who may see it: where the person comes from, the other regions the case
 * touches (shelters it stayed in, where it was sent home to, the unit that registered it), the shelters, and the
 * partner organisations it was referred to.
 *
 * @param beneficiary the case
 * @param origin the region of origin
 * @param regions other regions the case touches
 * @param shelters shelters the person stays or stayed in, or that registered the case
 * @param partners partner organisations the case was referred to
 */
public record CaseScope(
        BeneficiaryId beneficiary,
        RegionCode origin,
        Set<RegionCode> regions,
        Set<ShelterId> shelters,
        Set<OrganisationId> partners) {
    /**
     * Checks and copies.
     *
     * @param beneficiary the case
     * @param origin the region of origin
     * @param regions other regions
     * @param shelters shelters
     * @param partners partners
     */
    public CaseScope {
        Checks.required(beneficiary, "beneficiary");
        Checks.required(origin, "origin");
        regions = Set.copyOf(Checks.required(regions, "regions"));
        shelters = Set.copyOf(Checks.required(shelters, "shelters"));
        partners = Set.copyOf(Checks.required(partners, "partners"));
    }
}
