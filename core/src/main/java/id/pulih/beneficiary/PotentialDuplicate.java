package id.pulih.beneficiary;

import id.pulih.internal.util.Checks;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.DuplicateId;
import id.pulih.shared.Nullable;
import id.pulih.shared.TextLimit;
import java.time.Instant;

/**
 * A registration that probably names someone already registered (a name alike, a birth date near, the same origin
 * regency or family card, and no NIK to tell them apart), with the {@link DuplicateScore} that flagged it and its
 * parts. Recorded as {@link DuplicateStatus#OPEN} for an officer to resolve: either {@link DuplicateStatus#INVALID}
 * (two people after all) or {@link DuplicateStatus#MERGED}.
 *
 * @param id the identifier
 * @param registered the newer registration
 * @param existing the earlier one it resembles
 * @param score how probably they are one person, with the parts of the score
 * @param status the resolution
 * @param resolvedBy who resolved it, or null while open
 * @param resolvedAt when, or null while open
 * @param note the resolution note, empty while open
 * @param version the stored version
 */
public record PotentialDuplicate(
        DuplicateId id,
        BeneficiaryId registered,
        BeneficiaryId existing,
        DuplicateScore score,
        DuplicateStatus status,
        @Nullable String resolvedBy,
        @Nullable Instant resolvedAt,
        String note,
        long version)
        implements id.pulih.shared.Versioned<PotentialDuplicate> {

    /**
     * Checks every part.
     *
     * @param id the id
     * @param registered the newer registration
     * @param existing the earlier one
     * @param score the score
     * @param status the status
     * @param resolvedBy who resolved it
     * @param resolvedAt when
     * @param note the note
     * @param version the version
     */
    public PotentialDuplicate {
        Checks.required(id, "duplicateId");
        Checks.required(registered, "registered");
        Checks.required(existing, "existing");
        Checks.required(score, "score");
        Checks.required(status, "status");
        if ((status == DuplicateStatus.OPEN) != (resolvedAt == null) || (resolvedAt == null) != (resolvedBy == null)) {
            throw BeneficiaryError.DUPLICATE_RESOLUTION.violation(
                    "a resolved duplicate names who resolved it and when; an open one does not");
        }
        note = Checks.optionalText(note, "note", TextLimit.NOTE);
    }

    /**
     * Flags a probable duplicate.
     *
     * @param registered the newer registration
     * @param existing the earlier one
     * @param score the score that flagged it
     * @return an open duplicate
     */
    public static PotentialDuplicate flag(BeneficiaryId registered, BeneficiaryId existing, DuplicateScore score) {
        return new PotentialDuplicate(
                DuplicateId.next(), registered, existing, score, DuplicateStatus.OPEN, null, null, "", 0);
    }

    /**
     * Resolves it.
     *
     * @param resolution {@link DuplicateStatus#INVALID} or {@link DuplicateStatus#MERGED}
     * @param by who
     * @param at when
     * @param why a note
     * @return the resolved duplicate
     */
    public PotentialDuplicate resolve(DuplicateStatus resolution, String by, Instant at, String why) {
        if (status != DuplicateStatus.OPEN) {
            throw BeneficiaryError.DUPLICATE_RESOLVED.violation(status);
        }
        if (resolution == DuplicateStatus.OPEN) {
            throw BeneficiaryError.DUPLICATE_RESOLUTION.violation("resolve as INVALID or MERGED");
        }
        return new PotentialDuplicate(id, registered, existing, score, resolution, by, at, why, version);
    }

    /**
     * Whether this pair joins two registrations, in either order.
     *
     * @param one a registration
     * @param other another
     * @return true when they are the two of this pair
     */
    public boolean pairs(BeneficiaryId one, BeneficiaryId other) {
        return (registered.equals(one) && existing.equals(other)) || (registered.equals(other) && existing.equals(one));
    }

    /**
     * Whether a beneficiary is one of the pair.
     *
     * @param beneficiary the beneficiary
     * @return true when it is the newer or the earlier registration
     */
    public boolean involves(BeneficiaryId beneficiary) {
        return registered.equals(beneficiary) || existing.equals(beneficiary);
    }

    @Override
    public PotentialDuplicate withVersion(long newVersion) {
        return new PotentialDuplicate(
                id, registered, existing, score, status, resolvedBy, resolvedAt, note, newVersion);
    }
}
