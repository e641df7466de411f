package id.pulih.privacy;

import id.pulih.internal.util.Checks;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.Nullable;
import id.pulih.shared.TextLimit;
import id.pulih.shared.Versioned;
import java.time.Instant;

/**
 * Processing of a case restricted at the person's request (UU PDP arts. 11 and 41): the case stays stored, but every
 * service refuses to process it ({@code case.restricted}) until a supervisor lifts the restriction; only the privacy
 * service and oversight reach it meanwhile. A case has at most one restriction in force; lifting it removes it (the
 * audit trail keeps both changes).
 *
 * @param beneficiary the case (the surviving registration)
 * @param since when processing was restricted
 * @param restrictedBy the supervisor who restricted it
 * @param reason why, for example the request it answers
 * @param request the data-subject request it answers, or null
 * @param version the stored version
 */
public record Restriction(
        BeneficiaryId beneficiary,
        Instant since,
        String restrictedBy,
        String reason,
        @Nullable RequestId request,
        long version)
        implements Versioned<Restriction> {
    /**
     * Checks every part.
     *
     * @param beneficiary the case
     * @param since since
     * @param restrictedBy by
     * @param reason why
     * @param request the request, or null
     * @param version the version
     */
    public Restriction {
        Checks.required(beneficiary, "beneficiaryId");
        Checks.required(since, "since");
        restrictedBy = Checks.requiredText(restrictedBy, "restrictedBy");
        reason = Checks.requiredText(reason, "reason", TextLimit.REASON);
    }

    @Override
    public Restriction withVersion(long newVersion) {
        return new Restriction(beneficiary, since, restrictedBy, reason, request, newVersion);
    }
}
