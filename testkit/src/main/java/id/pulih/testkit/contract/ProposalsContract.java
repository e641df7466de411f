package id.pulih.testkit.contract;

import static id.pulih.testkit.contract.ContractRecords.assertSameRecord;
import static id.pulih.testkit.contract.ContractRecords.conflict;
import static org.assertj.core.api.Assertions.assertThat;

import id.pulih.grant.Award;
import id.pulih.grant.Proposal;
import id.pulih.grant.ProposalStatus;
import id.pulih.grant.Proposals;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.ConflictException;
import id.pulih.shared.ProposalId;
import id.pulih.shared.RecordError;
import id.pulih.shared.RecordType;
import id.pulih.shared.Rupiah;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Proposals}: optimistic locking, the proposals of a grantee oldest first, and a round trip
 * in each status.
 */
public abstract class ProposalsContract extends PortContract {
    private static final LocalDate JAN_6 = LocalDate.of(2020, 1, 6);

    private Award award;

    /** For subclasses. */
    protected ProposalsContract() {}

    @BeforeEach
    final void storeAPaidAward() {
        award = storedAward();
        storedSettledPayment(award, award.awardedOn().plusDays(4), null);
    }

    private Proposals proposals() {
        return store().proposals();
    }

    private Proposal submit(Award of, LocalDate on) {
        return Proposal.submit(of.id(), of.beneficiary(), on, "warung kelontong; tambahan modal", Rupiah.of(2_500_000));
    }

    @Test
    void saveThenFindReturnsTheStoredVersion() {
        Proposal fresh = submit(award, JAN_6);

        Proposal saved = proposals().save(fresh);

        assertThat(saved).isEqualTo(fresh.withVersion(1));
        assertThat(proposals().find(fresh.id())).contains(saved);
    }

    @Test
    void updateAtTheReadVersionBumpsTheVersion() {
        Proposal v1 = proposals().save(submit(award, JAN_6));

        Proposal v2 = proposals().save(v1.decide(true, "supervisor-1", JAN_6.plusDays(7), ""));

        assertThat(v2.version()).isEqualTo(2);
        assertThat(proposals().find(v1.id())).contains(v2);
    }

    @Test
    void staleUpdateFailsWithConflictAndWritesNothing() {
        Proposal v1 = proposals().save(submit(award, JAN_6));
        Proposal v2 = proposals().save(v1.decide(true, "supervisor-1", JAN_6.plusDays(7), ""));

        ConflictException stale = conflict(
                RecordError.STALE,
                RecordType.PROPOSAL,
                () -> proposals().save(v1.decide(false, "supervisor-2", JAN_6.plusDays(8), "no budget left")));

        assertThat(stale.recordId()).isEqualTo(v1.id().toString());
        assertThat(proposals().find(v1.id())).contains(v2);
    }

    @Test
    void savingANeverStoredRecordAtAVersionAboveZeroIsStale() {
        Proposal neverStored = submit(award, JAN_6).withVersion(2);

        conflict(RecordError.STALE, RecordType.PROPOSAL, () -> proposals().save(neverStored));

        assertThat(proposals().find(neverStored.id())).isEmpty();
        assertThat(proposals().forBeneficiary(award.beneficiary())).isEmpty();
    }

    @Test
    void findOfAnUnknownIdOrPersonIsEmptyNeverNull() {
        proposals().save(submit(award, JAN_6));

        assertThat(proposals().find(ProposalId.next())).isNotNull().isEmpty();
        assertThat(proposals().forBeneficiary(BeneficiaryId.next())).isNotNull().isEmpty();
    }

    @Test
    void forBeneficiaryListsTheProposalsOfTheGranteeOldestFirst() {
        // saved latest first, so a store that returns insertion order fails
        Proposal latest = proposals().save(submit(award, JAN_6.plusDays(60)));
        Proposal earliest = proposals()
                .save(submit(award, JAN_6).decide(false, "supervisor-1", JAN_6.plusDays(3), "usaha belum berjalan"));
        Proposal middle = proposals().save(submit(award, JAN_6.plusDays(30)));
        proposals().save(submit(storedAward(), JAN_6.plusDays(1)));

        assertThat(proposals().forBeneficiary(award.beneficiary())).containsExactly(earliest, middle, latest);
    }

    @Test
    void aProposalInEachStatusRoundTrips() {
        Proposal submitted = submit(award, JAN_6);
        Proposal approved = Proposal.submit(
                        award.id(),
                        award.beneficiary(),
                        JAN_6.plusDays(1),
                        "Usaha kue basah “Dapur Siti”, butuh oven",
                        Rupiah.of(4_750_000))
                .decide(true, "supervisor-1", JAN_6.plusDays(9), "usaha berjalan baik");
        Proposal refused = submit(award, JAN_6.plusDays(2)).decide(false, "supervisor-2", JAN_6.plusDays(9), "ganda");

        for (Proposal each : List.of(submitted, approved, refused)) {
            proposals().save(each);

            assertSameRecord(proposals().find(each.id()).orElseThrow(), each.withVersion(1));
        }
        assertThat(List.of(submitted, approved, refused))
                .extracting(Proposal::status)
                .containsExactly(ProposalStatus.SUBMITTED, ProposalStatus.APPROVED, ProposalStatus.REJECTED);
    }
}
