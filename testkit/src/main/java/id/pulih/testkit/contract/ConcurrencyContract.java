package id.pulih.testkit.contract;

import static id.pulih.testkit.contract.ContractRecords.DAY0;
import static id.pulih.testkit.contract.ContractRecords.T0;
import static id.pulih.testkit.contract.ContractRecords.audit;
import static id.pulih.testkit.contract.ContractRecords.beneficiary;
import static id.pulih.testkit.contract.ContractRecords.grant;
import static id.pulih.testkit.contract.ContractRecords.nik;
import static id.pulih.testkit.contract.ContractRecords.stay;
import static org.assertj.core.api.Assertions.assertThat;

import id.pulih.beneficiary.Beneficiary;
import id.pulih.beneficiary.CaseStatus;
import id.pulih.grant.Award;
import id.pulih.grant.Payment;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.ConflictException;
import id.pulih.shared.ShelterId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What a store guarantees under concurrent use: of several saves of the same read version exactly one wins, and
 * uniqueness rules (one NIK, one open stay, one payment not rejected per award, one break-the-glass grant in force per
 * officer and case) hold when several threads race to
 * break them. Each test starts {@value #THREADS} threads
 * together and waits at most {@value #WAIT_SECONDS} seconds for them.
 */
public abstract class ConcurrencyContract extends PortContract {
    /** How many threads race. */
    static final int THREADS = 8;

    /** How long the threads may take, in seconds; an in-memory store takes milliseconds. */
    static final int WAIT_SECONDS = 10;

    /** For subclasses. */
    protected ConcurrencyContract() {}

    /** How one racing thread ended. */
    private enum Outcome {
        SAVED,
        CONFLICT
    }

    @Test
    @Timeout(WAIT_SECONDS * 2)
    void ofConcurrentSavesOfTheSameReadVersionExactlyOneSucceeds() throws Exception {
        Beneficiary v1 = store().beneficiaries().save(beneficiary());

        List<Outcome> outcomes = race(i -> () -> {
            store().beneficiaries().save(v1.moveTo(CaseStatus.SHELTERED, T0.plusSeconds(i + 1), "officer-" + i, ""));
            return Outcome.SAVED;
        });

        assertThat(outcomes).containsOnlyOnce(Outcome.SAVED).hasSize(THREADS);
        Beneficiary stored = store().beneficiaries().find(v1.id()).orElseThrow();
        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored.history()).hasSize(2);
    }

    @Test
    @Timeout(WAIT_SECONDS * 2)
    void ofConcurrentAdmissionsOfOnePersonExactlyOneOpenStayResults() throws Exception {
        BeneficiaryId person = storedBeneficiary().id();
        List<ShelterId> shelters = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            shelters.add(storedShelter().id());
        }

        List<Outcome> outcomes = race(i -> () -> {
            store().stays().save(stay(person, shelters.get(i), DAY0.plusDays(i)));
            return Outcome.SAVED;
        });

        assertThat(outcomes).containsOnlyOnce(Outcome.SAVED);
        assertThat(store().stays().forBeneficiary(person)).hasSize(1);
        assertThat(store().stays().findOpen(person)).isPresent();
    }

    @Test
    @Timeout(WAIT_SECONDS * 2)
    void ofConcurrentApprovedPaymentsOfOneAwardExactlyOneIsStored() throws Exception {
        Award award = storedAward();

        List<Outcome> outcomes = race(i -> () -> {
            store().payments().save(Payment.approve(award, DAY0.plusDays(i)));
            return Outcome.SAVED;
        });

        assertThat(outcomes).containsOnlyOnce(Outcome.SAVED).hasSize(THREADS);
        assertThat(store().payments().forAward(award.id())).hasSize(1);
        assertThat(store().payments().forScheme(award.scheme())).hasSize(1);
    }

    @Test
    @Timeout(WAIT_SECONDS * 2)
    void ofConcurrentRegistrationsWithOneNikExactlyOneIsStored() throws Exception {
        List<Outcome> outcomes = race(i -> () -> {
            store().beneficiaries().save(beneficiary(nik(42)));
            return Outcome.SAVED;
        });

        assertThat(outcomes).containsOnlyOnce(Outcome.SAVED);
        assertThat(store().beneficiaries().count()).isEqualTo(1);
    }

    @Test
    @Timeout(WAIT_SECONDS * 2)
    void ofConcurrentGrantsOfOneOfficerForOneCaseExactlyOneIsStored() throws Exception {
        BeneficiaryId person = storedBeneficiary().id();

        List<Outcome> outcomes = race(i -> () -> {
            store().accessGrants().add(grant("officer-1", person, T0.plusSeconds(i), Duration.ofHours(1)));
            return Outcome.SAVED;
        });

        assertThat(outcomes).containsOnlyOnce(Outcome.SAVED).hasSize(THREADS);
        assertThat(store().accessGrants().forBeneficiary(person)).hasSize(1);
    }

    @Test
    @Timeout(WAIT_SECONDS * 2)
    void concurrentAppendsAreAllKept() throws Exception {
        String record = BeneficiaryId.next().toString();

        race(i -> () -> {
            for (int n = 0; n < 10; n++) {
                store().auditTrail().append(audit(T0.plusSeconds(i * 10L + n), "officer-" + i, "beneficiary", record));
            }
            return Outcome.SAVED;
        });

        assertThat(store().auditTrail().count()).isEqualTo(THREADS * 10L);
        assertThat(store().auditTrail().forRecord("beneficiary", record)).hasSize(THREADS * 10);
    }

    /**
     * Runs one task per thread, all released at once, and reports how each ended; a conflict is an expected
     * outcome, anything else thrown fails the test.
     */
    private static List<Outcome> race(IntFunction<Callable<Outcome>> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch ready = new CountDownLatch(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                Callable<Outcome> work = task.apply(i);
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    start.await();
                    try {
                        return work.call();
                    } catch (ConflictException conflict) {
                        return Outcome.CONFLICT;
                    }
                }));
            }
            assertThat(ready.await(WAIT_SECONDS, TimeUnit.SECONDS))
                    .as("threads started")
                    .isTrue();
            start.countDown();
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> future : futures) {
                try {
                    outcomes.add(future.get(WAIT_SECONDS, TimeUnit.SECONDS));
                } catch (ExecutionException failed) {
                    throw new AssertionError(
                            "a racing thread failed with something other than a conflict", failed.getCause());
                }
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
            if (!pool.awaitTermination(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new AssertionError("racing threads did not stop");
            }
        }
    }
}
