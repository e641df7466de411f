package id.pulih.testkit.contract;

import static id.pulih.testkit.contract.ContractRecords.assertSameRecord;
import static id.pulih.testkit.contract.ContractRecords.award;
import static id.pulih.testkit.contract.ContractRecords.conflict;
import static org.assertj.core.api.Assertions.assertThat;

import id.pulih.grant.Award;
import id.pulih.grant.Awards;
import id.pulih.grant.GrantError;
import id.pulih.grant.GrantScheme;
import id.pulih.shared.AwardId;
import id.pulih.shared.BankAccount;
import id.pulih.shared.BankCode;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.ConflictException;
import id.pulih.shared.PersonName;
import id.pulih.shared.RecordError;
import id.pulih.shared.RecordType;
import id.pulih.shared.Rupiah;
import id.pulih.shared.SchemeId;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Awards}: optimistic locking, one award per person and scheme ({@code award.exists}), the
 * queries by scheme (in award order, by award date) and by person, and a round trip.
 */
public abstract class AwardsContract extends PortContract {
    private static final LocalDate NOV_1 = LocalDate.of(2019, 11, 1);
    private static final BankAccount CORRECTED =
            BankAccount.of(BankCode.BNI, "0987654321", PersonName.of("Siti Aminah binti Ahmad"));

    private GrantScheme scheme;
    private BeneficiaryId person;

    /** For subclasses. */
    protected AwardsContract() {}

    @BeforeEach
    final void storeSchemeAndPerson() {
        scheme = storedScheme();
        person = storedBeneficiary().id();
    }

    private Awards awards() {
        return store().awards();
    }

    @Test
    void saveThenFindReturnsTheStoredVersion() {
        Award fresh = award(scheme, person, NOV_1);

        Award saved = awards().save(fresh);

        assertThat(saved).isEqualTo(fresh.withVersion(1));
        assertThat(awards().find(fresh.id())).contains(saved);
        assertThat(awards().find(scheme.id(), person)).contains(saved);
    }

    @Test
    void updateAtTheReadVersionBumpsTheVersion() {
        Award v1 = awards().save(award(scheme, person, NOV_1));

        Award v2 = awards().save(v1.withAccount(CORRECTED));

        assertThat(v2.version()).isEqualTo(2);
        assertThat(awards().find(v1.id())).contains(v2);
    }

    @Test
    void staleUpdateFailsWithConflictAndWritesNothing() {
        Award v1 = awards().save(award(scheme, person, NOV_1));
        Award v2 = awards().save(v1.withAccount(CORRECTED));

        ConflictException stale = conflict(
                RecordError.STALE, RecordType.AWARD, () -> awards().save(v1.withAccount(ContractRecords.account())));

        assertThat(stale.recordId()).isEqualTo(v1.id().toString());
        assertThat(awards().find(v1.id())).contains(v2);
    }

    @Test
    void savingANeverStoredRecordAtAVersionAboveZeroIsStale() {
        Award neverStored = award(scheme, person, NOV_1).withVersion(1);

        conflict(RecordError.STALE, RecordType.AWARD, () -> awards().save(neverStored));

        assertThat(awards().find(neverStored.id())).isEmpty();
        assertThat(awards().find(scheme.id(), person)).isEmpty();
        assertThat(awards().forScheme(scheme.id())).isEmpty();
    }

    @Test
    void findOfAnUnknownIdSchemeOrPersonIsEmptyNeverNull() {
        awards().save(award(scheme, person, NOV_1));

        assertThat(awards().find(AwardId.next())).isNotNull().isEmpty();
        assertThat(awards().find(scheme.id(), BeneficiaryId.next())).isNotNull().isEmpty();
        assertThat(awards().find(SchemeId.next(), person)).isNotNull().isEmpty();
        assertThat(awards().forScheme(SchemeId.next())).isNotNull().isEmpty();
        assertThat(awards().forBeneficiary(BeneficiaryId.next())).isNotNull().isEmpty();
    }

    @Test
    void rejectsASecondAwardOfThePersonInTheScheme() {
        Award first = awards().save(award(scheme, person, NOV_1));
        Award second = award(scheme, person, NOV_1.plusDays(1)).withAccount(CORRECTED);

        ConflictException exists = conflict(GrantError.AWARD_EXISTS, RecordType.AWARD, () -> awards().save(second));

        assertThat(exists.recordId())
                .as("names the existing award")
                .isEqualTo(first.id().toString());
        assertThat(awards().find(second.id())).isEmpty();
        assertThat(awards().forScheme(scheme.id())).containsExactly(first);
    }

    @Test
    void updatingAnAwardIsNotAConflictWithItself() {
        Award v1 = awards().save(award(scheme, person, NOV_1));

        Award v2 = awards().save(v1.withAccount(CORRECTED));

        assertThat(awards().find(scheme.id(), person)).contains(v2);
    }

    @Test
    void thePersonMayHoldAwardsOfOtherSchemesAndOthersOfThisOne() {
        GrantScheme other = storedScheme();
        BeneficiaryId someoneElse = storedBeneficiary().id();
        Award here = awards().save(award(scheme, person, NOV_1));
        Award there = awards().save(award(other, person, NOV_1));
        Award theirs = awards().save(award(scheme, someoneElse, NOV_1));

        assertThat(awards().forBeneficiary(person)).containsExactlyInAnyOrder(here, there);
        assertThat(awards().forBeneficiary(someoneElse)).containsExactly(theirs);
        assertThat(awards().find(other.id(), person)).contains(there);
        assertThat(awards().find(other.id(), someoneElse)).isEmpty();
    }

    @Test
    void forSchemeListsTheAwardsInAwardOrder() {
        // saved latest award first, so a store that returns insertion order fails
        Award late = awards().save(award(scheme, person, NOV_1.plusDays(20)));
        Award early = awards().save(award(scheme, storedBeneficiary().id(), NOV_1));
        Award middle = awards().save(award(scheme, storedBeneficiary().id(), NOV_1.plusDays(10)));
        awards().save(award(storedScheme(), person, NOV_1.plusDays(5)));

        assertThat(awards().forScheme(scheme.id())).containsExactly(early, middle, late);
    }

    @Test
    void anAwardRoundTripsWithEveryField() {
        Award full = new Award(
                AwardId.next(),
                scheme.id(),
                person,
                Rupiah.of(960_000),
                BankAccount.of(BankCode.BRI, "0123-01-000456-50-7", PersonName.of("Nur’aini Wati-Sari")),
                NOV_1,
                0);
        Award corrected =
                award(scheme, storedBeneficiary().id(), NOV_1.plusDays(1)).withAccount(CORRECTED);

        awards().save(full);
        awards().save(corrected);

        assertSameRecord(awards().find(full.id()).orElseThrow(), full.withVersion(1));
        assertSameRecord(awards().find(corrected.id()).orElseThrow(), corrected.withVersion(1));
    }
}
