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
import id.pulih.beneficiary.IntakeForm;
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
            batch.register(List.of(a), List.of(List.of()));
            batch.register(List.of(b), List.of(List.of()));
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
                .isEqualTo("bulk registration: registered 2, flagged as potential duplicates 0");
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
            return batch.register(List.of(b), List.of(List.of(stored)));
        });
        Registration single =
                hq.cases().register(intake().nik("5202014507900002").build());

        assertThat(flagged).isEqualTo(1);
        assertThat(single.duplicates()).hasSize(1);
        List<PotentialDuplicate> open = f.pulih.store().potentialDuplicates().open();
        assertThat(open).hasSize(2).allSatisfy(d -> assertThat(d.existing()).isEqualTo(stored.id()));
    }

    @Test
    void theRuleFlagsOnlyWhenANikIsMissingAndNeverARecordAgainstItself() {
        Instant now = f.clock.instant();
        IntakeForm form = intake().nik("5202014507900001").build();
        IntakeForm other = intake().nik("5202014507900002").build();
        Beneficiary withNik = registered(form, form.toPerson(), now);
        Beneficiary otherNik = registered(other, other.toPerson(), now);
        Beneficiary without = registered(form, withoutNik(form.toPerson()), now);

        assertThat(DuplicateFlagging.flags(withNik, without)).isTrue();
        assertThat(DuplicateFlagging.flags(without, withNik)).isTrue();
        assertThat(DuplicateFlagging.flags(without, without)).isFalse();
        assertThat(DuplicateFlagging.flags(withNik, otherNik)).isFalse();
        assertThat(DuplicateFlagging.between(withNik, without))
                .hasValueSatisfying(d -> assertThat(d.existing()).isEqualTo(without.id()));
    }

    @Test
    void refusesARecordNotRegisteredByTheBatchAndWritesNothing() {
        IntakeForm form = intake().build();

        assertThatThrownBy(() -> hq.cases()
                        .registerAll(batch -> batch.register(
                                List.of(registered(
                                        form, form.toPerson(), batch.at().minusSeconds(1))),
                                List.of(List.of()))))
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
                    batch.register(List.of(registered(form, form.toPerson(), batch.at())), List.of(List.of()));
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
