package id.pulih.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pulih.Desk;
import id.pulih.Pulih;
import id.pulih.access.Actor;
import id.pulih.access.Jurisdiction;
import id.pulih.access.Role;
import id.pulih.beneficiary.AssessmentForm;
import id.pulih.beneficiary.CaseStatus;
import id.pulih.beneficiary.DocumentStatus;
import id.pulih.beneficiary.IntakeFormBuilder;
import id.pulih.beneficiary.PovertyCategory;
import id.pulih.beneficiary.ReturnMode;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.ConflictException;
import id.pulih.shared.PersonName;
import id.pulih.shared.PulihException;
import id.pulih.shared.Sex;
import id.pulih.shelter.ShelterForm;
import id.pulih.shelter.ShelterType;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** What happens to a real database when connections die and officers race each other. */
class JdbcFailureIT {
    private static final Actor HQ =
            Actor.of("hq-01", PersonName.of("Rina Wulandari"), Role.CASE_WORKER, Jurisdiction.national());
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-06-01T08:00:00Z"), ZoneOffset.UTC);

    private static IntakeFormBuilder intake(String name) {
        return new IntakeFormBuilder()
                .name(name)
                .sex(Sex.FEMALE)
                .birthDate(LocalDate.of(1990, 7, 5))
                .documentStatus(DocumentStatus.LOST)
                .originRegion("52.02.01")
                .returnCountry("MY")
                .returnDate(LocalDate.of(2020, 3, 1))
                .returnMode(ReturnMode.DEPORTED);
    }

    @Test
    void aConnectionThatDiesInTheMiddleOfAMultiTableWriteLeavesNothingBehind() throws Exception {
        DataSource ds = Databases.freshPostgres();
        JdbcStore store = JdbcStore.open(ds);
        Desk hq = Pulih.builder().store(store).clock(CLOCK).build().as(HQ);
        var shelter =
                hq.shelters().open(new ShelterForm("RPTC-TPI", "RPTC Tanjung Pinang", ShelterType.RPTC, "21.72", 10));
        BeneficiaryId id =
                hq.cases().register(intake("Siti Aminah").build()).beneficiary().id();
        long auditBefore = store.auditTrail().count();

        // Admitting writes the case, the shelter, the stay and the audit entry; kill the connection after the first.
        assertThatThrownBy(() -> store.inTransaction(() -> {
                    store.beneficiaries()
                            .save(store.beneficiaries()
                                    .find(id)
                                    .orElseThrow()
                                    .moveTo(CaseStatus.SHELTERED, CLOCK.instant(), "hq-01", ""));
                    terminateOtherBackends(ds);
                    return store.shelters()
                            .save(store.shelters()
                                    .find(shelter.id())
                                    .orElseThrow()
                                    .admitOne());
                }))
                .isInstanceOf(PulihException.class);

        assertThat(store.beneficiaries().find(id).orElseThrow().status()).isEqualTo(CaseStatus.REGISTERED);
        assertThat(store.shelters().find(shelter.id()).orElseThrow().occupied()).isZero();
        assertThat(store.stays().findOpen(id)).isEmpty();
        assertThat(store.auditTrail().count()).isEqualTo(auditBefore);
    }

    @Test
    void twoOfficersUpdatingTheSameCaseConcurrentlyGiveOneSuccessAndOneConflict() throws Exception {
        JdbcStore store = JdbcStore.open(Databases.freshPostgres());
        Pulih pulih = Pulih.builder().store(store).clock(CLOCK).build();
        BeneficiaryId id = pulih.as(HQ)
                .cases()
                .register(intake("Siti Aminah").build())
                .beneficiary()
                .id();
        var before = store.beneficiaries().find(id).orElseThrow();

        List<Object> outcomes = race(
                2,
                i -> store.inTransaction(() -> store.beneficiaries()
                        .save(before.assess(new AssessmentForm(
                                        LocalDate.of(2020, 5, i + 1),
                                        PovertyCategory.MISKIN,
                                        Set.of(),
                                        Set.of(),
                                        Set.of())
                                .toAssessment("officer-" + i)))));

        assertThat(outcomes).filteredOn(o -> o instanceof ConflictException).hasSize(1);
        assertThat(outcomes)
                .filteredOn(o -> o instanceof ConflictException)
                .allSatisfy(o -> assertThat(((ConflictException) o).code()).isEqualTo("record.stale"));
        assertThat(store.beneficiaries().find(id).orElseThrow().assessments()).hasSize(1);
        assertThat(store.beneficiaries().find(id).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void twoThreadsAdmittingTheSamePersonProduceOneOpenStay() throws Exception {
        JdbcStore store = JdbcStore.open(Databases.freshPostgres());
        Pulih pulih = Pulih.builder().store(store).clock(CLOCK).build();
        Desk hq = pulih.as(HQ);
        var shelter =
                hq.shelters().open(new ShelterForm("RPTC-TPI", "RPTC Tanjung Pinang", ShelterType.RPTC, "21.72", 10));
        BeneficiaryId id =
                hq.cases().register(intake("Siti Aminah").build()).beneficiary().id();

        List<Object> outcomes = race(4, i -> hq.shelters().admit(id, shelter.id(), LocalDate.of(2020, 5, 1)));

        assertThat(outcomes).filteredOn(o -> o instanceof id.pulih.shelter.Stay).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o instanceof PulihException).hasSize(3);
        assertThat(store.shelters().find(shelter.id()).orElseThrow().occupied()).isEqualTo(1);
        assertThat(store.stays().forBeneficiary(id)).hasSize(1);
    }

    /** Runs {@code work} on {@code threads} threads released together; returns each result or PulihException. */
    static List<Object> race(int threads, java.util.function.IntFunction<Object> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger index = new AtomicInteger();
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    int i = index.getAndIncrement();
                    start.await();
                    try {
                        return work.apply(i);
                    } catch (PulihException e) {
                        return e;
                    }
                }));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> f : futures) {
                outcomes.add(f.get(30, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void terminateOtherBackends(DataSource ds) {
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    + " WHERE datname = current_database() AND pid <> pg_backend_pid()");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
