package id.pulih.store.memory;

import id.pulih.access.AccessGrants;
import id.pulih.audit.AccessLog;
import id.pulih.audit.AuditTrail;
import id.pulih.beneficiary.Beneficiaries;
import id.pulih.beneficiary.Beneficiary;
import id.pulih.beneficiary.PotentialDuplicate;
import id.pulih.beneficiary.PotentialDuplicates;
import id.pulih.grant.Award;
import id.pulih.grant.Awards;
import id.pulih.grant.GrantScheme;
import id.pulih.grant.GrantSchemes;
import id.pulih.grant.Payment;
import id.pulih.grant.PaymentBatch;
import id.pulih.grant.PaymentBatches;
import id.pulih.grant.Payments;
import id.pulih.grant.Proposal;
import id.pulih.grant.Proposals;
import id.pulih.guidance.Enrolment;
import id.pulih.guidance.Enrolments;
import id.pulih.guidance.Programme;
import id.pulih.guidance.Programmes;
import id.pulih.reintegration.FollowUp;
import id.pulih.reintegration.FollowUps;
import id.pulih.reintegration.ReintegrationPlan;
import id.pulih.reintegration.ReintegrationPlans;
import id.pulih.repatriation.Repatriation;
import id.pulih.repatriation.Repatriations;
import id.pulih.report.ReportQueries;
import id.pulih.shared.AwardId;
import id.pulih.shared.BatchId;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.DuplicateId;
import id.pulih.shared.EnrolmentId;
import id.pulih.shared.FollowUpId;
import id.pulih.shared.PaymentId;
import id.pulih.shared.PlanId;
import id.pulih.shared.ProgrammeId;
import id.pulih.shared.ProposalId;
import id.pulih.shared.RecordType;
import id.pulih.shared.RepatriationId;
import id.pulih.shared.SchemeId;
import id.pulih.shared.ShelterId;
import id.pulih.shared.StayId;
import id.pulih.shelter.Shelter;
import id.pulih.shelter.Shelters;
import id.pulih.shelter.Stay;
import id.pulih.shelter.Stays;
import id.pulih.store.Store;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A thread-safe store in memory: the default for tests, demos and embedding without a database.
 *
 * <p>Transactions are serialised by one lock and undone, on failure, from an undo log, so a failed operation leaves
 * the store exactly as it was. The same uniqueness rules as the database stores apply, and lists come "oldest
 * first" by each record's own time (registration, admission, plan date, grant or entry instant), as a database
 * store orders them; records with the same time keep the order they were saved in.
 *
 * <pre>{@code
 * Pulih pulih = Pulih.builder().store(new InMemoryStore()).build();   // what Pulih.inMemory() does
 * }</pre>
 */
public final class InMemoryStore implements Store {
    private final ReentrantLock lock = new ReentrantLock();
    private final Deque<Runnable> undo = new ArrayDeque<>();
    private int depth;

    final MemoryTable<BeneficiaryId, Beneficiary> beneficiaryRows =
            new MemoryTable<>(this, RecordType.BENEFICIARY, Beneficiary::id);
    final MemoryTable<DuplicateId, PotentialDuplicate> duplicateRows =
            new MemoryTable<>(this, RecordType.POTENTIAL_DUPLICATE, PotentialDuplicate::id);
    final MemoryTable<ShelterId, Shelter> shelterRows = new MemoryTable<>(this, RecordType.SHELTER, Shelter::id);
    final MemoryTable<StayId, Stay> stayRows = new MemoryTable<>(this, RecordType.STAY, Stay::id);
    final MemoryTable<RepatriationId, Repatriation> repatriationRows =
            new MemoryTable<>(this, RecordType.REPATRIATION, Repatriation::id);
    final MemoryTable<ProgrammeId, Programme> programmeRows =
            new MemoryTable<>(this, RecordType.PROGRAMME, Programme::id);
    final MemoryTable<EnrolmentId, Enrolment> enrolmentRows =
            new MemoryTable<>(this, RecordType.ENROLMENT, Enrolment::id);
    final MemoryTable<SchemeId, GrantScheme> schemeRows =
            new MemoryTable<>(this, RecordType.GRANT_SCHEME, GrantScheme::id);
    final MemoryTable<AwardId, Award> awardRows = new MemoryTable<>(this, RecordType.AWARD, Award::id);
    final MemoryTable<PaymentId, Payment> paymentRows = new MemoryTable<>(this, RecordType.PAYMENT, Payment::id);
    final MemoryTable<BatchId, PaymentBatch> batchRows =
            new MemoryTable<>(this, RecordType.PAYMENT_BATCH, PaymentBatch::id);
    final MemoryTable<ProposalId, Proposal> proposalRows = new MemoryTable<>(this, RecordType.PROPOSAL, Proposal::id);
    final MemoryTable<id.pulih.shared.ClosureRequestId, id.pulih.beneficiary.ClosureRequest> closureRows =
            new MemoryTable<>(this, RecordType.CLOSURE_REQUEST, id.pulih.beneficiary.ClosureRequest::id);
    final MemoryTable<PlanId, ReintegrationPlan> planRows =
            new MemoryTable<>(this, RecordType.REINTEGRATION_PLAN, ReintegrationPlan::id);
    final MemoryTable<FollowUpId, FollowUp> followUpRows = new MemoryTable<>(this, RecordType.FOLLOW_UP, FollowUp::id);

    private final Beneficiaries beneficiaries = new MemoryBeneficiaries(this);
    private final PotentialDuplicates duplicates = new MemoryPotentialDuplicates(this);
    private final Shelters shelters = new MemoryShelters(this);
    private final Stays stays = new MemoryStays(this);
    private final Repatriations repatriations = new MemoryRepatriations(this);
    private final Programmes programmes = new MemoryProgrammes(this);
    private final Enrolments enrolments = new MemoryEnrolments(this);
    private final GrantSchemes grantSchemes = new MemoryGrantSchemes(this);
    private final Awards awards = new MemoryAwards(this);
    private final Payments payments = new MemoryPayments(this);
    private final PaymentBatches paymentBatches = new MemoryPaymentBatches(this);
    private final Proposals proposals = new MemoryProposals(this);
    private final ReintegrationPlans reintegrationPlans = new MemoryReintegrationPlans(this);
    private final id.pulih.beneficiary.ClosureRequests closureRequests = new MemoryClosureRequests(this);
    private final FollowUps followUps = new MemoryFollowUps(this);
    private final ReportQueries reports = new InMemoryReports(this);
    private final AccessGrants accessGrants = new MemoryAccessGrants(this);
    private final AuditTrail auditTrail = new MemoryAuditTrail(this);
    private final AccessLog accessLog = new MemoryAccessLog(this);
    private final id.pulih.privacy.PrivacyRecords privacy = new MemoryPrivacy(this);

    /** Creates an empty store. */
    public InMemoryStore() {}

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        lock.lock();
        depth++;
        int mark = undo.size();
        try {
            T result = work.get();
            if (depth == 1) {
                undo.clear();
            }
            return result;
        } catch (Throwable failure) {
            // every throwable, not only unchecked ones: Kotlin, Groovy and sneaky throws pass checked exceptions
            // through a Supplier, and the transaction must be undone for them too
            if (depth == 1) {
                while (undo.size() > mark) {
                    undo.pop().run();
                }
            }
            throw failure;
        } finally {
            depth--;
            lock.unlock();
        }
    }

    void onUndo(Runnable step) {
        if (depth > 0) {
            undo.push(step);
        }
    }

    <T> T locked(Supplier<T> read) {
        lock.lock();
        try {
            return read.get();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Beneficiaries beneficiaries() {
        return beneficiaries;
    }

    @Override
    public PotentialDuplicates potentialDuplicates() {
        return duplicates;
    }

    @Override
    public Shelters shelters() {
        return shelters;
    }

    @Override
    public Stays stays() {
        return stays;
    }

    @Override
    public Repatriations repatriations() {
        return repatriations;
    }

    @Override
    public Programmes programmes() {
        return programmes;
    }

    @Override
    public Enrolments enrolments() {
        return enrolments;
    }

    @Override
    public GrantSchemes grantSchemes() {
        return grantSchemes;
    }

    @Override
    public Awards awards() {
        return awards;
    }

    @Override
    public Payments payments() {
        return payments;
    }

    @Override
    public PaymentBatches paymentBatches() {
        return paymentBatches;
    }

    @Override
    public Proposals proposals() {
        return proposals;
    }

    @Override
    public id.pulih.beneficiary.ClosureRequests closureRequests() {
        return closureRequests;
    }

    @Override
    public ReintegrationPlans reintegrationPlans() {
        return reintegrationPlans;
    }

    @Override
    public FollowUps followUps() {
        return followUps;
    }

    @Override
    public ReportQueries reports() {
        return reports;
    }

    @Override
    public AccessGrants accessGrants() {
        return accessGrants;
    }

    @Override
    public AuditTrail auditTrail() {
        return auditTrail;
    }

    @Override
    public AccessLog accessLog() {
        return accessLog;
    }

    /** Appends to an append-only list, undoable with the transaction. */
    <T> void append(List<T> list, T entry) {
        list.add(entry);
        onUndo(() -> list.remove(list.size() - 1));
    }

    /** Rewrites the entries of a list that match, undoable with the transaction (erasure). */
    <T> void rewrite(List<T> list, java.util.function.Predicate<T> which, java.util.function.UnaryOperator<T> change) {
        for (int i = 0; i < list.size(); i++) {
            T before = list.get(i);
            if (which.test(before)) {
                int at = i;
                list.set(i, change.apply(before));
                onUndo(() -> list.set(at, before));
            }
        }
    }

    @Override
    public id.pulih.privacy.PrivacyRecords privacy() {
        return privacy;
    }

    /** The audit trail's port, for erasure. */
    MemoryAuditTrail auditRows() {
        return (MemoryAuditTrail) auditTrail;
    }

    /** The access grants' port, for erasure. */
    MemoryAccessGrants grantRows() {
        return (MemoryAccessGrants) accessGrants;
    }
}
