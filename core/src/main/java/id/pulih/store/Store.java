package id.pulih.store;

import id.pulih.access.AccessGrants;
import id.pulih.audit.AccessLog;
import id.pulih.audit.AuditTrail;
import id.pulih.beneficiary.Beneficiaries;
import id.pulih.beneficiary.PotentialDuplicates;
import id.pulih.grant.Awards;
import id.pulih.grant.GrantSchemes;
import id.pulih.grant.PaymentBatches;
import id.pulih.grant.Payments;
import id.pulih.grant.Proposals;
import id.pulih.guidance.Enrolments;
import id.pulih.guidance.Programmes;
import id.pulih.reintegration.FollowUps;
import id.pulih.reintegration.ReintegrationPlans;
import id.pulih.repatriation.Repatriations;
import id.pulih.report.ReportQueries;
import id.pulih.shelter.Shelters;
import id.pulih.shelter.Stays;
import id.pulih.store.memory.InMemoryStore;
import java.util.function.Supplier;

/**
 * Where Pulih keeps its records: one repository port per aggregate, and transactions around them. Implemented by
 * {@link InMemoryStore} (tests, demos) and by the JDBC adapter (H2, PostgreSQL).
 *
 * <p>Repository calls made inside {@link #inTransaction} on the same thread take part in that transaction; a nested
 * call joins the outer one. When the work throws, everything it changed is undone and the exception propagates.
 * Outside a transaction each repository call stands alone.
 *
 * <p>Every {@code save} applies optimistic locking: a record read at version {@code n} saves as {@code n + 1}, and
 * fails with a {@link id.pulih.shared.ConflictException} ({@code record.stale}) if someone saved it meanwhile. A
 * store also enforces the uniqueness rules named on each port (one beneficiary per NIK, one open stay per person,
 * ...), as a second line behind the services.
 */
public interface Store {
    /**
     * Beneficiaries.
     *
     * @return the port
     */
    Beneficiaries beneficiaries();

    /**
     * Potential duplicate registrations.
     *
     * @return the port
     */
    PotentialDuplicates potentialDuplicates();

    /**
     * Shelters.
     *
     * @return the port
     */
    Shelters shelters();

    /**
     * Shelter stays.
     *
     * @return the port
     */
    Stays stays();

    /**
     * Returns to the area of origin.
     *
     * @return the port
     */
    Repatriations repatriations();

    /**
     * Social guidance programmes.
     *
     * @return the port
     */
    Programmes programmes();

    /**
     * Enrolments in programmes.
     *
     * @return the port
     */
    Enrolments enrolments();

    /**
     * Grant schemes.
     *
     * @return the port
     */
    GrantSchemes grantSchemes();

    /**
     * Awards.
     *
     * @return the port
     */
    Awards awards();

    /**
     * Requests to close cases.
     *
     * @return the port
     */
    id.pulih.beneficiary.ClosureRequests closureRequests();

    /**
     * Payments.
     *
     * @return the port
     */
    Payments payments();

    /**
     * Payment batches.
     *
     * @return the port
     */
    PaymentBatches paymentBatches();

    /**
     * Proposals for further assistance.
     *
     * @return the port
     */
    Proposals proposals();

    /**
     * Reintegration plans.
     *
     * @return the port
     */
    ReintegrationPlans reintegrationPlans();

    /**
     * Follow-up visits of reintegration plans.
     *
     * @return the port
     */
    FollowUps followUps();

    /**
     * The counting behind the reports, done where the data is.
     *
     * @return the port
     */
    ReportQueries reports();

    /**
     * Break-the-glass grants.
     *
     * @return the port
     */
    AccessGrants accessGrants();

    /**
     * The audit trail of changes.
     *
     * @return the port
     */
    AuditTrail auditTrail();

    /**
     * The log of reads and refused attempts.
     *
     * @return the port
     */
    AccessLog accessLog();

    /**
     * The records of the privacy work: data-subject requests, restrictions, erasures, risk reviews, breaches.
     *
     * @return the ports
     */
    id.pulih.privacy.PrivacyRecords privacy();

    /**
     * Runs work in one transaction: all of its changes are kept, or none.
     *
     * @param work the work
     * @param <T> its result type
     * @return the work's result
     */
    <T> T inTransaction(Supplier<T> work);

    /**
     * Runs work without a result in one transaction.
     *
     * @param work the work
     */
    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
