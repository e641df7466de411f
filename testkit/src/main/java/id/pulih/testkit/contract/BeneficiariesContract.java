package id.pulih.testkit.contract;

import static id.pulih.testkit.contract.ContractRecords.BOGOR;
import static id.pulih.testkit.contract.ContractRecords.T0;
import static id.pulih.testkit.contract.ContractRecords.assertSameBeneficiary;
import static id.pulih.testkit.contract.ContractRecords.beneficiary;
import static id.pulih.testkit.contract.ContractRecords.conflict;
import static id.pulih.testkit.contract.ContractRecords.fullBeneficiary;
import static id.pulih.testkit.contract.ContractRecords.nik;
import static id.pulih.testkit.contract.ContractRecords.register;
import static org.assertj.core.api.Assertions.assertThat;

import id.pulih.access.Jurisdiction;
import id.pulih.beneficiary.Beneficiaries;
import id.pulih.beneficiary.Beneficiary;
import id.pulih.beneficiary.BeneficiaryError;
import id.pulih.beneficiary.BirthDate;
import id.pulih.beneficiary.CaseOutcome;
import id.pulih.beneficiary.CaseStatus;
import id.pulih.beneficiary.DuplicateKey;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.ConflictException;
import id.pulih.shared.Nik;
import id.pulih.shared.PersonName;
import id.pulih.shared.RecordError;
import id.pulih.shared.RecordType;
import id.pulih.shared.RegionCode;
import id.pulih.testkit.PulihGen;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Beneficiaries}: optimistic locking, one beneficiary per NIK (freed when a record is
 * merged), the duplicate-key query, and a round trip of every field.
 */
public abstract class BeneficiariesContract extends PortContract {
    /** For subclasses. */
    protected BeneficiariesContract() {}

    private Beneficiaries beneficiaries() {
        return store().beneficiaries();
    }

    @Test
    void saveThenFindReturnsTheStoredVersion() {
        Beneficiary fresh = beneficiary(nik(1));

        Beneficiary saved = beneficiaries().save(fresh);

        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved).isEqualTo(fresh.withVersion(1));
        assertThat(beneficiaries().find(fresh.id())).contains(saved);
    }

    @Test
    void updateAtTheReadVersionBumpsTheVersion() {
        Beneficiary v1 = beneficiaries().save(beneficiary());

        Beneficiary v2 = beneficiaries().save(v1.moveTo(CaseStatus.SHELTERED, T0.plusSeconds(60), "officer-2", ""));

        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.status()).isEqualTo(CaseStatus.SHELTERED);
        assertThat(beneficiaries().find(v1.id())).contains(v2);
    }

    @Test
    void staleUpdateFailsWithConflictAndWritesNothing() {
        Beneficiary v1 = beneficiaries().save(beneficiary());
        Beneficiary v2 = beneficiaries().save(v1.moveTo(CaseStatus.SHELTERED, T0.plusSeconds(60), "officer-2", ""));

        ConflictException stale = conflict(
                RecordError.STALE,
                RecordType.BENEFICIARY,
                () -> beneficiaries()
                        .save(v1.moveTo(CaseStatus.IN_REINTEGRATION, T0.plusSeconds(120), "officer-3", "")));

        assertThat(stale.recordType()).isEqualTo("beneficiary");
        assertThat(stale.recordId()).isEqualTo(v1.id().toString());
        assertThat(beneficiaries().find(v1.id())).contains(v2);
    }

    @Test
    void savingANeverStoredRecordAtAVersionAboveZeroIsStale() {
        Beneficiary neverStored = beneficiary(nik(1)).withVersion(3);

        conflict(
                RecordError.STALE, RecordType.BENEFICIARY, () -> beneficiaries().save(neverStored));

        assertThat(beneficiaries().find(neverStored.id())).isEmpty();
        assertThat(beneficiaries().findByNik(nik(1))).isEmpty();
        assertThat(beneficiaries().count()).isZero();
    }

    @Test
    void findOfAnUnknownIdOrNikIsEmptyNeverNull() {
        beneficiaries().save(beneficiary(nik(1)));

        assertThat(beneficiaries().find(BeneficiaryId.next())).isNotNull().isEmpty();
        assertThat(beneficiaries().findByNik(nik(2))).isNotNull().isEmpty();
        assertThat(beneficiaries().findByDuplicateKey(otherKey())).isNotNull().isEmpty();
    }

    @Test
    void findByNikFindsTheOneRegisteredWithIt() {
        Beneficiary withNik = beneficiaries().save(beneficiary(nik(1)));
        beneficiaries().save(beneficiary(nik(2)));
        beneficiaries().save(beneficiary());

        assertThat(beneficiaries().findByNik(nik(1))).contains(withNik);
    }

    @Test
    void rejectsASecondBeneficiaryWithTheSameNik() {
        Nik nik = nik(7);
        Beneficiary first = beneficiaries().save(beneficiary(nik));
        Beneficiary second = beneficiary(nik);

        ConflictException taken = conflict(
                BeneficiaryError.NIK_REGISTERED,
                RecordType.BENEFICIARY,
                () -> beneficiaries().save(second));

        assertThat(taken.recordId())
                .as("names the beneficiary holding the NIK")
                .isEqualTo(first.id().toString());
        assertThat(taken.getMessage()).as("the message never shows the NIK").doesNotContain(nik.value());
        assertThat(beneficiaries().find(second.id())).isEmpty();
        assertThat(beneficiaries().findByNik(nik)).contains(first);
        assertThat(beneficiaries().count()).isEqualTo(1);
    }

    @Test
    void updatingTheHolderOfANikIsNotAConflictWithItself() {
        Beneficiary v1 = beneficiaries().save(beneficiary(nik(1)));

        Beneficiary v2 = beneficiaries().save(v1.moveTo(CaseStatus.SHELTERED, T0.plusSeconds(60), "officer-2", ""));

        assertThat(beneficiaries().findByNik(nik(1))).contains(v2);
    }

    @Test
    void aMergedRecordFreesItsNik() {
        Beneficiary survivor = beneficiaries().save(beneficiary());
        Beneficiary duplicate = beneficiaries().save(beneficiary(nik(1)));
        beneficiaries().save(duplicate.mergeInto(survivor.id()));

        Beneficiary again = beneficiaries().save(beneficiary(nik(1)));

        assertThat(beneficiaries().findByNik(nik(1))).contains(again);
    }

    @Test
    void findByDuplicateKeyReturnsActiveRecordsWithTheSameKeyOldestFirst() {
        PersonName name = PersonName.of("Siti Aminah");
        BirthDate born = BirthDate.exact(LocalDate.of(1990, 7, 5));
        // saved newest first, so a store that returns insertion order fails
        Beneficiary newest =
                beneficiaries().save(register(name, born, RegionCode.of("32.01.01"), null, T0.plusSeconds(7200)));
        Beneficiary oldest = beneficiaries().save(register(PersonName.of("SITI Âminah"), born, BOGOR, null, T0));
        Beneficiary middle = beneficiaries().save(register(name, born, BOGOR, null, T0.plusSeconds(3600)));
        beneficiaries().save(register(name, BirthDate.exact(LocalDate.of(1990, 7, 6)), BOGOR, null, T0));
        beneficiaries().save(register(name, born, RegionCode.of("32.02"), null, T0));
        Beneficiary merged = beneficiaries().save(register(name, born, BOGOR, null, T0.plusSeconds(10)));
        beneficiaries().save(merged.mergeInto(oldest.id()));

        assertThat(beneficiaries().findByDuplicateKey(oldest.duplicateKey())).containsExactly(oldest, middle, newest);
    }

    @Test
    void countIncludesMergedRecords() {
        Beneficiary survivor = beneficiaries().save(beneficiary());
        Beneficiary duplicate = beneficiaries().save(beneficiary());
        beneficiaries().save(duplicate.mergeInto(survivor.id()));

        assertThat(beneficiaries().count()).isEqualTo(2);
    }

    @Test
    void aBeneficiaryWithEveryOptionalPartRoundTripsForEveryJurisdictionKind() {
        int serial = 1;
        for (Jurisdiction registeredBy : ContractRecords.everyJurisdictionKind()) {
            Beneficiary full = fullBeneficiary(nik(serial++), registeredBy, storedBeneficiary(), storedBeneficiary());
            assertThat(full.familyCard()).isPresent();
            assertThat(full.mergedFrom()).hasSize(2);
            assertThat(full.outcome()).isPresent();

            beneficiaries().save(full);

            assertSameBeneficiary(beneficiaries().find(full.id()).orElseThrow(), full.withVersion(1));
        }
    }

    @Test
    void aBeneficiaryWithNoOptionalPartRoundTrips() {
        Beneficiary bare = beneficiary();

        beneficiaries().save(bare);

        assertSameBeneficiary(beneficiaries().find(bare.id()).orElseThrow(), bare.withVersion(1));
    }

    @Test
    void aClosedAndAMergedBeneficiaryRoundTrip() {
        Beneficiary survivor = beneficiaries().save(beneficiary());
        Beneficiary closed = beneficiaries()
                .save(beneficiary(nik(1)).close(CaseOutcome.REINTEGRATED, T0.plusSeconds(60), "supervisor-1", null));
        Beneficiary merged =
                beneficiaries().save(beneficiaries().save(beneficiary(nik(2))).mergeInto(survivor.id()));

        assertSameBeneficiary(beneficiaries().find(closed.id()).orElseThrow(), closed);
        assertSameBeneficiary(beneficiaries().find(merged.id()).orElseThrow(), merged);
        assertThat(merged.nik()).isEmpty();
    }

    @Test
    void generatedBeneficiariesRoundTrip() {
        forEachGenerated(PulihGen.beneficiaries(), (store, generated) -> {
            java.util.Set<id.pulih.shared.BeneficiaryId> others = new java.util.HashSet<>(generated.mergedFrom());
            generated.mergedInto().ifPresent(others::add);
            if (others.contains(generated.id())
                    || generated
                            .mergedInto()
                            .filter(generated.mergedFrom()::contains)
                            .isPresent()) {
                return; // the generator's ids may coincide (they shrink toward the same values): not a real record
            }
            generated.mergedInto().ifPresent(survivor -> storedBeneficiary(store, survivor));
            generated.mergedFrom().forEach(merged -> storedBeneficiary(store, merged));
            Beneficiary saved = store.beneficiaries().save(generated);

            assertThat(saved).isEqualTo(generated.withVersion(1));
            assertSameBeneficiary(store.beneficiaries().find(generated.id()).orElseThrow(), saved);
            generated
                    .nik()
                    .ifPresent(nik ->
                            assertThat(store.beneficiaries().findByNik(nik)).contains(saved));
        });
    }

    private static DuplicateKey otherKey() {
        return register(PersonName.of("Dewi Lestari"), BirthDate.estimatedYear(1975), BOGOR, null, T0)
                .duplicateKey();
    }
}
