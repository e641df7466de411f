package id.pulih;

import static id.pulih.Fixtures.AUDITOR;
import static id.pulih.Fixtures.HQ;
import static id.pulih.Fixtures.intake;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pulih.access.AccessDeniedException;
import id.pulih.audit.AuditEntry;
import id.pulih.beneficiary.Beneficiary;
import id.pulih.beneficiary.BeneficiaryRegistered;
import id.pulih.beneficiary.DuplicateFlagging;
import id.pulih.beneficiary.DuplicateScore;
import id.pulih.beneficiary.DuplicateScoring;
import id.pulih.beneficiary.IntakeForm;
import id.pulih.beneficiary.MatchProfile;
import id.pulih.beneficiary.NameSimilarity;
import id.pulih.beneficiary.Person;
import id.pulih.beneficiary.PotentialDuplicate;
import id.pulih.shared.DomainEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class BulkRegistrationTest {
    private final Fixtures f = new Fixtures();
    private final Desk hq = f.pulih.as(HQ);

    private static Beneficiary registered(IntakeForm form, Person person, Instant at) {
        return Beneficiary.register(
                person, form.toReturnInfo(), form.toProfile(), List.of(), HQ.jurisdiction(), at, HQ.id());
    }

    private static Person withoutNik(Person p) {
        return new Person(
                p.name(),
                p.sex(),
                p.birth(),
                Optional.empty(),
                p.familyCard(),
                p.documentStatus(),
                p.origin(),
                p.phone());
    }

    @Test
    void registersChunksInOneCommandWithOneAuditEntryAndOneEventPerRecordAfterCommit() {
        List<DomainEvent> events = new ArrayList<>();
        f.pulih.subscribe(events::add);
        IntakeForm ani = intake().name("Ani").nik("5202014507900001").build();
        IntakeForm budi = intake().name("Budi").build();
        List<Beneficiary> created = new ArrayList<>();

        long registered = hq.cases().registerAll(batch -> {
            Beneficiary a = registered(ani, ani.toPerson(), batch.at());
            Beneficiary b = registered(budi, budi.toPerson(), batch.at());
            assertThat(batch.register(List.of(a))).containsExactly(BulkRegistration.Decision.REGISTERED);
            assertThat(batch.register(List.of(b))).containsExactly(BulkRegistration.Decision.REGISTERED);
            created.add(a);
            created.add(b);
            assertThat(events).as("no event before commit").isEmpty();
            return batch.registered();
        });

        assertThat(registered).isEqualTo(2);
        assertThat(f.pulih.store().beneficiaries().count()).isEqualTo(2);
        List<AuditEntry> trail = f.pulih.store().auditTrail().byActor(HQ.id());
        assertThat(trail).hasSize(1);
        assertThat(trail.get(0).action()).isEqualTo("case.import");
        assertThat(trail.get(0).recordType()).isEqualTo("beneficiary-import");
        assertThat(trail.get(0).summary())
                .isEqualTo("bulk registration: registered 2, duplicates 0, flagged as potential duplicates 0");
        assertThat(created)
                .allSatisfy(
                        b -> assertThat(b.registeredAt()).isEqualTo(trail.get(0).at()));
        assertThat(events)
                .containsExactly(
                        new BeneficiaryRegistered(
                                created.get(0).id(), trail.get(0).at(), HQ.id()),
                        new BeneficiaryRegistered(
                                created.get(1).id(), trail.get(0).at(), HQ.id()));
    }

    @Test
    void flagsByTheRuleOfASingleRegistration() {
        IntakeForm form = intake().nik("5202014507900001").build();
        Beneficiary stored = hq.cases().register(intake().build()).beneficiary();

        long flagged = hq.cases().registerAll(batch -> {
            Beneficiary b = registered(form, form.toPerson(), batch.at());
            batch.register(List.of(b));
            return batch.flagged();
        });
        Registration single =
                hq.cases().register(intake().nik("5202014507900002").build());

        assertThat(flagged).isEqualTo(1);
        assertThat(single.duplicates()).hasSize(1);
        List<PotentialDuplicate> open = f.pulih.store().potentialDuplicates().open();
        assertThat(open).hasSize(2).allSatisfy(d -> assertThat(d.existing()).isEqualTo(stored.id()));
    }

    @Test
    void flagsVariantsOfANameByTheirScoreWithinAChunkAndAcrossChunks() {
        // the exact key of the earlier rule (all letters of the name) differs for each of these: none was flagged
        IntakeForm plain = intake().name("Siti Aminah").build();
        IntakeForm tail = intake().name("Siti Aminah binti Lalu").build();
        IntakeForm titled = intake().name("Hj. Siti Aminah").build();
        IntakeForm other = intake().name("Siti Rahmah").build();

        long flagged = hq.cases().registerAll(batch -> {
            Beneficiary a = registered(plain, plain.toPerson(), batch.at());
            Beneficiary b = registered(tail, tail.toPerson(), batch.at());
            Beneficiary c = registered(other, other.toPerson(), batch.at());
            batch.register(List.of(a, b, c));
            Beneficiary d = registered(titled, titled.toPerson(), batch.at());
            batch.register(List.of(d));
            return batch.flagged();
        });

        // b against a in the chunk; d against a and b, stored by the earlier chunk; the other woman against no one
        assertThat(flagged).isEqualTo(3);
        List<PotentialDuplicate> open = f.pulih.store().potentialDuplicates().open();
        assertThat(open).hasSize(3).allSatisfy(d -> assertThat(d.score()).isEqualTo(DuplicateScore.identical()));
    }

    @Test
    void decidesEachRecordOfAChunkInOrder() {
        IntakeForm storedForm = intake().name("Sari").nik("5202014507900001").build();
        hq.cases().register(storedForm);
        IntakeForm withoutNik = intake().name("Ani").build();
        IntakeForm fresh = intake().name("Budi").nik("5202014507900003").build();

        List<BulkRegistration.Decision> decided = hq.cases()
                .registerAll(batch -> batch.register(List.of(
                        registered(storedForm, storedForm.toPerson(), batch.at()),
                        registered(withoutNik, withoutNik.toPerson(), batch.at()),
                        registered(withoutNik, withoutNik.toPerson(), batch.at()),
                        registered(fresh, fresh.toPerson(), batch.at()),
                        registered(fresh, fresh.toPerson(), batch.at()))));

        assertThat(decided)
                .extracting(BulkRegistration.Decision::outcome)
                .containsExactly(
                        BulkRegistration.Outcome.DUPLICATE,
                        BulkRegistration.Outcome.REGISTERED,
                        BulkRegistration.Outcome.DUPLICATE,
                        BulkRegistration.Outcome.REGISTERED,
                        BulkRegistration.Outcome.DUPLICATE);
        assertThat(f.pulih.store().beneficiaries().count()).isEqualTo(3);
        List<AuditEntry> trail = f.pulih.store().auditTrail().byActor(HQ.id());
        assertThat(trail.get(trail.size() - 1).summary())
                .isEqualTo("bulk registration: registered 2, duplicates 3, flagged as potential duplicates 0");
    }

    @Test
    void theSameChunkTwiceRegistersItOnce() {
        IntakeForm a = intake().name("Ani").build();
        IntakeForm b = intake().name("Budi").nik("5202014507900003").build();

        for (int run = 0; run < 2; run++) {
            List<BulkRegistration.Decision> decided = hq.cases()
                    .registerAll(batch -> batch.register(
                            List.of(registered(a, a.toPerson(), batch.at()), registered(b, b.toPerson(), batch.at()))));
            assertThat(decided)
                    .containsOnly(
                            run == 0 ? BulkRegistration.Decision.REGISTERED : BulkRegistration.Decision.DUPLICATE);
        }
        assertThat(f.pulih.store().beneficiaries().count()).isEqualTo(2);
    }

    /**
     * A row without NIK that repeats a stored case is not written; a later row of the same chunk with a NIK and the
     * same key is flagged against the stored case only. Before the engine matched chunks, the importer also flagged
     * it against the skipped row, a record never written: a potential duplicate naming no stored case.
     */
    @Test
    void aRecordIsFlaggedOnlyAgainstRecordsThatAreStored() {
        Beneficiary stored = hq.cases().register(intake().build()).beneficiary();
        IntakeForm again = intake().build();
        IntakeForm withNik = intake().nik("5202014507900001").build();

        hq.cases()
                .registerAll(batch -> batch.register(List.of(
                        registered(again, withoutNik(again.toPerson()), batch.at()),
                        registered(withNik, withNik.toPerson(), batch.at()))));

        List<PotentialDuplicate> open = f.pulih.store().potentialDuplicates().open();
        assertThat(open).hasSize(1);
        assertThat(open)
                .allSatisfy(d -> assertThat(f.pulih.store().beneficiaries().find(d.existing()))
                        .as("the flagged pair's earlier side is stored")
                        .isPresent());
        assertThat(open.get(0).existing()).isEqualTo(stored.id());
    }

    @Test
    void theRuleFlagsOnlyWhenANikIsMissingAndNeverARecordAgainstItself() {
        Instant now = f.clock.instant();
        IntakeForm form = intake().nik("5202014507900001").build();
        IntakeForm other = intake().nik("5202014507900002").build();
        Beneficiary withNik = registered(form, form.toPerson(), now);
        Beneficiary otherNik = registered(other, other.toPerson(), now);
        Beneficiary without = registered(form, withoutNik(form.toPerson()), now);

        DuplicateScoring scoring = new DuplicateScoring(NameSimilarity.exact(), DuplicateScoring.DEFAULT_THRESHOLD);
        MatchProfile a = MatchProfile.of(withNik);
        MatchProfile b = MatchProfile.of(without);

        assertThat(DuplicateFlagging.between(a, b, scoring)).isPresent();
        assertThat(DuplicateFlagging.between(b, a, scoring)).isPresent();
        assertThat(DuplicateFlagging.between(b, b, scoring)).isEmpty();
        assertThat(DuplicateFlagging.between(a, MatchProfile.of(otherNik), scoring))
                .isEmpty();
        assertThat(DuplicateFlagging.between(a, b, scoring)).hasValueSatisfying(d -> {
            assertThat(d.existing()).isEqualTo(without.id());
            assertThat(d.score()).isEqualTo(DuplicateScore.identical());
        });
    }

    @Test
    void refusesARecordNotRegisteredByTheBatchAndWritesNothing() {
        IntakeForm form = intake().build();

        assertThatThrownBy(() -> hq.cases()
                        .registerAll(batch -> batch.register(List.of(
                                registered(form, form.toPerson(), batch.at().minusSeconds(1))))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a new registration");
        assertThat(f.pulih.store().beneficiaries().count()).isZero();
        assertThat(f.pulih.store().auditTrail().count()).isZero();
    }

    @Test
    void aBodyThatFailsLeavesNothingWrittenAndPublishesNothing() {
        List<DomainEvent> events = new ArrayList<>();
        f.pulih.subscribe(events::add);
        IntakeForm form = intake().build();

        assertThatThrownBy(() -> hq.cases().registerAll(batch -> {
                    batch.register(List.of(registered(form, form.toPerson(), batch.at())));
                    throw new IllegalStateException("the file broke at line 900,000");
                }))
                .hasMessageContaining("900,000");
        assertThat(f.pulih.store().beneficiaries().count()).isZero();
        assertThat(f.pulih.store().auditTrail().count()).isZero();
        assertThat(events).isEmpty();
    }

    @Test
    void anActorWhoMayNotChangeRecordsIsRefusedBeforeTheBodyRuns() {
        AtomicBoolean ran = new AtomicBoolean();

        assertThatThrownBy(() -> f.pulih.as(AUDITOR).cases().registerAll(batch -> ran.getAndSet(true)))
                .isInstanceOfSatisfying(
                        AccessDeniedException.class, e -> assertThat(e.code()).isEqualTo("access.role"));
        assertThat(ran).isFalse();
    }
}
