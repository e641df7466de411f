package id.pulih.testkit.contract;

import static id.pulih.testkit.contract.ContractRecords.T0;
import static id.pulih.testkit.contract.ContractRecords.conflict;
import static org.assertj.core.api.Assertions.assertThat;

import id.pulih.beneficiary.DuplicateScore;
import id.pulih.beneficiary.DuplicateStatus;
import id.pulih.beneficiary.PotentialDuplicate;
import id.pulih.beneficiary.PotentialDuplicates;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.DuplicateId;
import id.pulih.shared.RecordError;
import id.pulih.shared.RecordType;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link PotentialDuplicates}: optimistic locking, the open list and the list by person, each in
 * the order flagged, and a round trip of a resolved duplicate with its score and every part of it.
 */
public abstract class PotentialDuplicatesContract extends PortContract {
    /** A score below 1 with every part different, so that a store that loses or swaps a part fails. */
    private static final DuplicateScore SCORE = DuplicateScore.of(0.9, 0.6, 1, Optional.empty());

    /** A score with the family card part known. */
    private static final DuplicateScore WITH_CARD = DuplicateScore.of(1, 0.1, 0, Optional.of(1.0));

    private BeneficiaryId a;
    private BeneficiaryId b;
    private BeneficiaryId c;

    /** For subclasses. */
    protected PotentialDuplicatesContract() {}

    @BeforeEach
    final void storeThreePeople() {
        a = storedBeneficiary().id();
        b = storedBeneficiary().id();
        c = storedBeneficiary().id();
    }

    private PotentialDuplicates duplicates() {
        return store().potentialDuplicates();
    }

    @Test
    void saveThenFindReturnsTheStoredVersion() {
        PotentialDuplicate fresh = PotentialDuplicate.flag(a, b, SCORE);

        PotentialDuplicate saved = duplicates().save(fresh);

        assertThat(saved).isEqualTo(fresh.withVersion(1));
        assertThat(duplicates().find(fresh.id())).contains(saved);
    }

    @Test
    void updateAtTheReadVersionBumpsTheVersion() {
        PotentialDuplicate v1 = duplicates().save(PotentialDuplicate.flag(a, b, SCORE));

        PotentialDuplicate v2 =
                duplicates().save(v1.resolve(DuplicateStatus.INVALID, "supervisor-1", T0, "different mothers"));

        assertThat(v2.version()).isEqualTo(2);
        assertThat(duplicates().find(v1.id())).contains(v2);
    }

    @Test
    void staleUpdateFailsWithConflictAndWritesNothing() {
        PotentialDuplicate v1 = duplicates().save(PotentialDuplicate.flag(a, b, SCORE));
        PotentialDuplicate v2 = duplicates().save(v1.resolve(DuplicateStatus.MERGED, "supervisor-1", T0, "same NIK"));

        conflict(
                RecordError.STALE,
                RecordType.POTENTIAL_DUPLICATE,
                () -> duplicates().save(v1.resolve(DuplicateStatus.INVALID, "supervisor-2", T0, "not the same")));

        assertThat(duplicates().find(v1.id())).contains(v2);
    }

    @Test
    void savingANeverStoredRecordAtAVersionAboveZeroIsStale() {
        PotentialDuplicate neverStored = PotentialDuplicate.flag(a, b, SCORE).withVersion(1);

        conflict(
                RecordError.STALE,
                RecordType.POTENTIAL_DUPLICATE,
                () -> duplicates().save(neverStored));

        assertThat(duplicates().find(neverStored.id())).isEmpty();
        assertThat(duplicates().open()).isEmpty();
    }

    @Test
    void findOfAnUnknownIdIsEmptyNeverNull() {
        duplicates().save(PotentialDuplicate.flag(a, b, SCORE));

        assertThat(duplicates().find(DuplicateId.next())).isNotNull().isEmpty();
        assertThat(duplicates().involving(c)).isNotNull().isEmpty();
        assertThat(duplicates().involving(BeneficiaryId.next())).isNotNull().isEmpty();
    }

    @Test
    void openListsOnlyOpenDuplicatesInTheOrderFlagged() {
        PotentialDuplicate first = duplicates().save(PotentialDuplicate.flag(a, b, SCORE));
        PotentialDuplicate resolved = duplicates().save(PotentialDuplicate.flag(a, c, SCORE));
        PotentialDuplicate third = duplicates().save(PotentialDuplicate.flag(b, c, SCORE));
        duplicates().save(resolved.resolve(DuplicateStatus.INVALID, "supervisor-1", T0, ""));

        assertThat(duplicates().open()).containsExactly(first, third);
    }

    @Test
    void involvingFindsEitherSideInTheOrderFlagged() {
        PotentialDuplicate ab = duplicates().save(PotentialDuplicate.flag(a, b, SCORE));
        PotentialDuplicate bc = duplicates().save(PotentialDuplicate.flag(b, c, SCORE));
        PotentialDuplicate ca = duplicates().save(PotentialDuplicate.flag(c, a, SCORE));
        PotentialDuplicate abResolved =
                duplicates().save(ab.resolve(DuplicateStatus.MERGED, "supervisor-1", T0, "same person"));

        assertThat(duplicates().involving(a)).containsExactly(abResolved, ca);
        assertThat(duplicates().involving(b)).containsExactly(abResolved, bc);
        assertThat(duplicates().involving(c)).containsExactly(bc, ca);
    }

    @Test
    void aResolvedDuplicateRoundTrips() {
        PotentialDuplicate merged = PotentialDuplicate.flag(a, b, WITH_CARD)
                .resolve(DuplicateStatus.MERGED, "supervisor-1", T0.plusNanos(1_000), "sama orang, beda ejaan nama");
        PotentialDuplicate invalid =
                PotentialDuplicate.flag(a, c, SCORE).resolve(DuplicateStatus.INVALID, "supervisor-2", T0, "");

        duplicates().save(merged);
        duplicates().save(invalid);

        assertThat(duplicates().find(merged.id())).contains(merged.withVersion(1));
        assertThat(duplicates().find(invalid.id())).contains(invalid.withVersion(1));
    }
}
