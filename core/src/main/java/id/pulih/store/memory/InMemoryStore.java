package id.pulih.store.memory;

import id.pulih.access.AccessGrant;
import id.pulih.access.AccessGrants;
import id.pulih.audit.AccessLog;
import id.pulih.audit.AccessLogEntry;
import id.pulih.audit.AuditEntry;
import id.pulih.audit.AuditTrail;
import id.pulih.beneficiary.Beneficiaries;
import id.pulih.beneficiary.Beneficiary;
import id.pulih.beneficiary.BeneficiaryError;
import id.pulih.beneficiary.DuplicateKey;
import id.pulih.beneficiary.DuplicateStatus;
import id.pulih.beneficiary.PotentialDuplicate;
import id.pulih.beneficiary.PotentialDuplicates;
import id.pulih.grant.Award;
import id.pulih.grant.Awards;
import id.pulih.grant.GrantError;
import id.pulih.grant.GrantScheme;
import id.pulih.grant.GrantSchemes;
import id.pulih.grant.Payment;
import id.pulih.grant.PaymentBatch;
import id.pulih.grant.PaymentBatches;
import id.pulih.grant.PaymentStatus;
import id.pulih.grant.Payments;
import id.pulih.grant.Proposal;
import id.pulih.grant.Proposals;
import id.pulih.guidance.Enrolment;
import id.pulih.guidance.Enrolments;
import id.pulih.guidance.GuidanceError;
import id.pulih.guidance.Programme;
import id.pulih.guidance.Programmes;
import id.pulih.reintegration.FollowUp;
import id.pulih.reintegration.FollowUpStatus;
import id.pulih.reintegration.FollowUps;
import id.pulih.reintegration.ReintegrationError;
import id.pulih.reintegration.ReintegrationPlan;
import id.pulih.reintegration.ReintegrationPlans;
import id.pulih.repatriation.Repatriation;
import id.pulih.repatriation.RepatriationError;
import id.pulih.repatriation.Repatriations;
import id.pulih.report.ReportQueries;
import id.pulih.shared.AwardId;
import id.pulih.shared.BatchId;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.DuplicateId;
import id.pulih.shared.EnrolmentId;
import id.pulih.shared.FollowUpId;
import id.pulih.shared.Nik;
import id.pulih.shared.PaymentId;
import id.pulih.shared.PlanId;
import id.pulih.shared.ProgrammeId;
import id.pulih.shared.ProposalId;
import id.pulih.shared.RecordType;
import id.pulih.shared.RepatriationId;
import id.pulih.shared.SchemeId;
import id.pulih.shared.ServiceId;
import id.pulih.shared.ShelterId;
import id.pulih.shared.StayId;
import id.pulih.shelter.Shelter;
import id.pulih.shelter.ShelterError;
import id.pulih.shelter.Shelters;
import id.pulih.shelter.Stay;
import id.pulih.shelter.Stays;
import id.pulih.store.Store;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
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
    final MemoryTable<PlanId, ReintegrationPlan> planRows =
            new MemoryTable<>(this, RecordType.REINTEGRATION_PLAN, ReintegrationPlan::id);
    final MemoryTable<FollowUpId, FollowUp> followUpRows = new MemoryTable<>(this, RecordType.FOLLOW_UP, FollowUp::id);
    private final List<AccessGrant> grants = new ArrayList<>();
    private final List<AuditEntry> audit = new ArrayList<>();
    private final List<AccessLogEntry> accessEntries = new ArrayList<>();

    private final Beneficiaries beneficiaries = new BeneficiaryPort();
    private final PotentialDuplicates duplicates = new DuplicatePort();
    private final Shelters shelters = new ShelterPort();
    private final Stays stays = new StayPort();
    private final Repatriations repatriations = new RepatriationPort();
    private final Programmes programmes = new ProgrammePort();
    private final Enrolments enrolments = new EnrolmentPort();
    private final GrantSchemes grantSchemes = new SchemePort();
    private final Awards awards = new AwardPort();
    private final Payments payments = new PaymentPort();
    private final PaymentBatches paymentBatches = new BatchPort();
    private final Proposals proposals = new ProposalPort();
    private final ReintegrationPlans reintegrationPlans = new PlanPort();
    private final FollowUps followUps = new FollowUpPort();
    private final ReportQueries reports = new InMemoryReports(this);
    private final AccessGrants accessGrants = new GrantPort();
    private final AuditTrail auditTrail = new AuditPort();
    private final AccessLog accessLog = new AccessLogPort();

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

    private <T> void append(List<T> list, T entry) {
        list.add(entry);
        onUndo(() -> list.remove(list.size() - 1));
    }

    private final class BeneficiaryPort implements Beneficiaries {
        @Override
        public Optional<Beneficiary> find(BeneficiaryId id) {
            return locked(() -> beneficiaryRows.find(id));
        }

        @Override
        public Optional<Beneficiary> findByNik(Nik nik) {
            return locked(() -> beneficiaryRows
                    .where(b -> b.nik().filter(nik::equals).isPresent())
                    .stream()
                    .findFirst());
        }

        @Override
        public List<Beneficiary> findByDuplicateKey(DuplicateKey key) {
            return locked(() -> {
                List<Beneficiary> found = beneficiaryRows.where(
                        b -> b.mergedInto().isEmpty() && b.duplicateKey().equals(key));
                found.sort(Comparator.comparing(Beneficiary::registeredAt));
                return found;
            });
        }

        @Override
        public Beneficiary save(Beneficiary beneficiary) {
            return inTransaction(() -> {
                beneficiary
                        .nik()
                        .ifPresent(nik -> findByNik(nik)
                                .filter(other -> !other.id().equals(beneficiary.id()))
                                .ifPresent(other -> {
                                    throw BeneficiaryError.NIK_REGISTERED.conflict(RecordType.BENEFICIARY, other.id());
                                }));
                return beneficiaryRows.save(beneficiary);
            });
        }

        @Override
        public long count() {
            return locked(beneficiaryRows::count);
        }

        @Override
        public List<Beneficiary> page(Optional<BeneficiaryId> after, int limit) {
            return locked(() ->
                    beneficiaryRows
                            .where(b -> after.map(a -> b.id().value().compareTo(a.value()) > 0)
                                    .orElse(true))
                            .stream()
                            .sorted(Comparator.comparing(b -> b.id().value()))
                            .limit(Math.max(0, limit))
                            .toList());
        }

        @Override
        public long insertAll(java.util.Collection<Beneficiary> batch) {
            return inTransaction(() -> Beneficiaries.super.insertAll(batch));
        }
    }

    private final class DuplicatePort implements PotentialDuplicates {
        @Override
        public Optional<PotentialDuplicate> find(DuplicateId id) {
            return locked(() -> duplicateRows.find(id));
        }

        @Override
        public List<PotentialDuplicate> open() {
            return locked(() -> duplicateRows.where(d -> d.status() == DuplicateStatus.OPEN));
        }

        @Override
        public List<PotentialDuplicate> involving(BeneficiaryId beneficiary) {
            return locked(() -> duplicateRows.where(d -> d.involves(beneficiary)));
        }

        @Override
        public PotentialDuplicate save(PotentialDuplicate duplicate) {
            return inTransaction(() -> duplicateRows.save(duplicate));
        }
    }

    private final class ShelterPort implements Shelters {
        @Override
        public Optional<Shelter> find(ShelterId id) {
            return locked(() -> shelterRows.find(id));
        }

        @Override
        public Optional<Shelter> findByCode(String code) {
            return locked(
                    () -> shelterRows.where(s -> s.code().equals(code)).stream().findFirst());
        }

        @Override
        public List<Shelter> all() {
            return locked(() -> {
                List<Shelter> all = shelterRows.where(s -> true);
                all.sort(Comparator.comparing(Shelter::code));
                return all;
            });
        }

        @Override
        public Shelter save(Shelter shelter) {
            return inTransaction(() -> {
                findByCode(shelter.code())
                        .filter(other -> !other.id().equals(shelter.id()))
                        .ifPresent(other -> {
                            throw ShelterError.CODE_TAKEN.conflict(RecordType.SHELTER, other.id());
                        });
                return shelterRows.save(shelter);
            });
        }
    }

    private final class StayPort implements Stays {
        @Override
        public Optional<Stay> find(StayId id) {
            return locked(() -> stayRows.find(id));
        }

        @Override
        public Optional<Stay> findOpen(BeneficiaryId beneficiary) {
            return locked(() -> stayRows
                    .where(s -> s.isOpen() && s.beneficiary().equals(beneficiary))
                    .stream()
                    .findFirst());
        }

        @Override
        public List<Stay> forBeneficiary(BeneficiaryId beneficiary) {
            return locked(() -> {
                List<Stay> found = stayRows.where(s -> s.beneficiary().equals(beneficiary));
                found.sort(Comparator.comparing(Stay::admittedOn));
                return found;
            });
        }

        @Override
        public int occupancyOn(ShelterId shelter, LocalDate date) {
            return locked(() -> stayRows.where(s -> s.shelter().equals(shelter) && s.occupiesOn(date))
                    .size());
        }

        @Override
        public Stay save(Stay stay) {
            return inTransaction(() -> {
                if (stay.isOpen()) {
                    findOpen(stay.beneficiary())
                            .filter(other -> !other.id().equals(stay.id()))
                            .ifPresent(other -> {
                                throw ShelterError.STAY_OPEN_EXISTS.conflict(RecordType.STAY, other.id());
                            });
                }
                return stayRows.save(stay);
            });
        }
    }

    private final class RepatriationPort implements Repatriations {
        @Override
        public Optional<Repatriation> find(RepatriationId id) {
            return locked(() -> repatriationRows.find(id));
        }

        @Override
        public Optional<Repatriation> findActive(BeneficiaryId beneficiary) {
            return locked(() ->
                    repatriationRows
                            .where(r -> r.state().active() && r.beneficiary().equals(beneficiary))
                            .stream()
                            .findFirst());
        }

        @Override
        public List<Repatriation> forBeneficiary(BeneficiaryId beneficiary) {
            return locked(() -> {
                List<Repatriation> found =
                        repatriationRows.where(r -> r.beneficiary().equals(beneficiary));
                found.sort(Comparator.comparing(Repatriation::plannedOn));
                return found;
            });
        }

        @Override
        public Repatriation save(Repatriation repatriation) {
            return inTransaction(() -> {
                if (repatriation.state().active()) {
                    findActive(repatriation.beneficiary())
                            .filter(other -> !other.id().equals(repatriation.id()))
                            .ifPresent(other -> {
                                throw RepatriationError.ACTIVE_EXISTS.conflict(RecordType.REPATRIATION, other.id());
                            });
                }
                return repatriationRows.save(repatriation);
            });
        }
    }

    private final class PlanPort implements ReintegrationPlans {
        @Override
        public Optional<ReintegrationPlan> find(PlanId id) {
            return locked(() -> planRows.find(id));
        }

        @Override
        public Optional<ReintegrationPlan> findActive(BeneficiaryId beneficiary) {
            return locked(() -> planRows
                    .where(p -> p.isActive() && p.beneficiary().equals(beneficiary))
                    .stream()
                    .findFirst());
        }

        @Override
        public Optional<ReintegrationPlan> findByService(ServiceId service) {
            return locked(() ->
                    planRows.where(p -> p.service(service).isPresent()).stream().findFirst());
        }

        @Override
        public List<ReintegrationPlan> forBeneficiary(BeneficiaryId beneficiary) {
            return locked(() -> {
                List<ReintegrationPlan> found =
                        planRows.where(p -> p.beneficiary().equals(beneficiary));
                found.sort(Comparator.comparing(ReintegrationPlan::createdOn));
                return found;
            });
        }

        @Override
        public ReintegrationPlan save(ReintegrationPlan plan) {
            return inTransaction(() -> {
                if (plan.isActive()) {
                    findActive(plan.beneficiary())
                            .filter(other -> !other.id().equals(plan.id()))
                            .ifPresent(other -> {
                                throw ReintegrationError.PLAN_ACTIVE_EXISTS.conflict(
                                        RecordType.REINTEGRATION_PLAN, other.id());
                            });
                }
                return planRows.save(plan);
            });
        }
    }

    private final class FollowUpPort implements FollowUps {
        @Override
        public Optional<FollowUp> find(FollowUpId id) {
            return locked(() -> followUpRows.find(id));
        }

        @Override
        public List<FollowUp> forBeneficiary(BeneficiaryId beneficiary) {
            return locked(() -> {
                List<FollowUp> found = followUpRows.where(f -> f.beneficiary().equals(beneficiary));
                found.sort(Comparator.comparing(FollowUp::dueOn));
                return found;
            });
        }

        @Override
        public List<FollowUp> scheduledUntil(LocalDate until) {
            return locked(() -> {
                List<FollowUp> found = followUpRows.where(f ->
                        f.status() == FollowUpStatus.SCHEDULED && !f.dueOn().isAfter(until));
                found.sort(Comparator.comparing(FollowUp::dueOn));
                return found;
            });
        }

        @Override
        public FollowUp save(FollowUp followUp) {
            return inTransaction(() -> followUpRows.save(followUp));
        }
    }

    private final class GrantPort implements AccessGrants {
        @Override
        public void add(AccessGrant grant) {
            inTransaction(() -> append(grants, grant));
        }

        @Override
        public Optional<AccessGrant> activeFor(String actorId, BeneficiaryId beneficiary, Instant now) {
            return locked(() -> grants.stream()
                    .filter(g -> g.actorId().equals(actorId) && g.beneficiary().equals(beneficiary) && g.activeAt(now))
                    .findFirst());
        }

        @Override
        public List<AccessGrant> forBeneficiary(BeneficiaryId beneficiary) {
            return locked(() -> grants.stream()
                    .filter(g -> g.beneficiary().equals(beneficiary))
                    .sorted(Comparator.comparing(AccessGrant::grantedAt))
                    .toList());
        }
    }

    private final class AuditPort implements AuditTrail {
        @Override
        public void append(AuditEntry entry) {
            inTransaction(() -> InMemoryStore.this.append(audit, entry));
        }

        @Override
        public List<AuditEntry> forRecord(String recordType, String recordId) {
            return locked(() -> audit.stream()
                    .filter(e ->
                            e.recordType().equals(recordType) && e.recordId().equals(recordId))
                    .sorted(Comparator.comparing(AuditEntry::at))
                    .toList());
        }

        @Override
        public List<AuditEntry> byActor(String actorId) {
            return locked(() -> audit.stream()
                    .filter(e -> e.actorId().equals(actorId))
                    .sorted(Comparator.comparing(AuditEntry::at))
                    .toList());
        }

        @Override
        public long count() {
            return locked(() -> (long) audit.size());
        }
    }

    private final class AccessLogPort implements AccessLog {
        @Override
        public void append(AccessLogEntry entry) {
            inTransaction(() -> InMemoryStore.this.append(accessEntries, entry));
        }

        @Override
        public List<AccessLogEntry> forBeneficiary(BeneficiaryId beneficiary) {
            return locked(() -> accessEntries.stream()
                    .filter(e -> e.beneficiary().equals(beneficiary))
                    .sorted(Comparator.comparing(AccessLogEntry::at))
                    .toList());
        }

        @Override
        public List<AccessLogEntry> byActor(String actorId) {
            return locked(() -> accessEntries.stream()
                    .filter(e -> e.actorId().equals(actorId))
                    .sorted(Comparator.comparing(AccessLogEntry::at))
                    .toList());
        }
    }

    private final class ProgrammePort implements Programmes {
        @Override
        public Optional<Programme> find(ProgrammeId id) {
            return locked(() -> programmeRows.find(id));
        }

        @Override
        public List<Programme> all() {
            return locked(() -> {
                List<Programme> all = programmeRows.where(p -> true);
                all.sort(Comparator.comparing(Programme::startsOn));
                return all;
            });
        }

        @Override
        public Programme save(Programme programme) {
            return inTransaction(() -> programmeRows.save(programme));
        }
    }

    private final class EnrolmentPort implements Enrolments {
        @Override
        public Optional<Enrolment> find(EnrolmentId id) {
            return locked(() -> enrolmentRows.find(id));
        }

        @Override
        public Optional<Enrolment> find(ProgrammeId programme, BeneficiaryId beneficiary) {
            return locked(() ->
                    enrolmentRows
                            .where(e -> e.programme().equals(programme)
                                    && e.beneficiary().equals(beneficiary))
                            .stream()
                            .findFirst());
        }

        @Override
        public List<Enrolment> forProgramme(ProgrammeId programme) {
            return locked(() -> {
                List<Enrolment> found = enrolmentRows.where(e -> e.programme().equals(programme));
                found.sort(Comparator.comparing(Enrolment::enrolledOn));
                return found;
            });
        }

        @Override
        public List<Enrolment> forBeneficiary(BeneficiaryId beneficiary) {
            return locked(() -> enrolmentRows.where(e -> e.beneficiary().equals(beneficiary)));
        }

        @Override
        public Enrolment save(Enrolment enrolment) {
            return inTransaction(() -> {
                find(enrolment.programme(), enrolment.beneficiary())
                        .filter(other -> !other.id().equals(enrolment.id()))
                        .ifPresent(other -> {
                            throw GuidanceError.ENROLMENT_EXISTS.conflict(RecordType.ENROLMENT, other.id());
                        });
                return enrolmentRows.save(enrolment);
            });
        }
    }

    private final class SchemePort implements GrantSchemes {
        @Override
        public Optional<GrantScheme> find(SchemeId id) {
            return locked(() -> schemeRows.find(id));
        }

        @Override
        public List<GrantScheme> forProgramme(ProgrammeId programme) {
            return locked(() -> schemeRows.where(g -> g.programme().equals(programme)));
        }

        @Override
        public GrantScheme save(GrantScheme scheme) {
            return inTransaction(() -> schemeRows.save(scheme));
        }
    }

    private final class AwardPort implements Awards {
        @Override
        public Optional<Award> find(AwardId id) {
            return locked(() -> awardRows.find(id));
        }

        @Override
        public Optional<Award> find(SchemeId scheme, BeneficiaryId beneficiary) {
            return locked(() ->
                    awardRows
                            .where(a ->
                                    a.scheme().equals(scheme) && a.beneficiary().equals(beneficiary))
                            .stream()
                            .findFirst());
        }

        @Override
        public List<Award> forScheme(SchemeId scheme) {
            return locked(() -> {
                List<Award> found = awardRows.where(a -> a.scheme().equals(scheme));
                found.sort(Comparator.comparing(Award::awardedOn));
                return found;
            });
        }

        @Override
        public List<Award> forBeneficiary(BeneficiaryId beneficiary) {
            return locked(() -> awardRows.where(a -> a.beneficiary().equals(beneficiary)));
        }

        @Override
        public Award save(Award award) {
            return inTransaction(() -> {
                find(award.scheme(), award.beneficiary())
                        .filter(other -> !other.id().equals(award.id()))
                        .ifPresent(other -> {
                            throw GrantError.AWARD_EXISTS.conflict(RecordType.AWARD, other.id());
                        });
                return awardRows.save(award);
            });
        }
    }

    private final class PaymentPort implements Payments {
        @Override
        public Optional<Payment> find(PaymentId id) {
            return locked(() -> paymentRows.find(id));
        }

        @Override
        public List<Payment> forAward(AwardId award) {
            return locked(() -> {
                List<Payment> found = paymentRows.where(p -> p.award().equals(award));
                found.sort(Comparator.comparing(Payment::approvedOn));
                return found;
            });
        }

        @Override
        public List<Payment> forScheme(SchemeId scheme) {
            return locked(() -> {
                List<Payment> found = paymentRows.where(p -> p.scheme().equals(scheme));
                found.sort(Comparator.comparing(Payment::approvedOn));
                return found;
            });
        }

        @Override
        public List<Payment> forBatch(BatchId batch) {
            return locked(() -> {
                List<Payment> found =
                        paymentRows.where(p -> p.batchId().filter(batch::equals).isPresent());
                // batch order is the order of the batch's file; payments are batched before their batch is saved
                batchRows
                        .find(batch)
                        .ifPresent(b -> found.sort(Comparator.comparingInt(p -> {
                            int at = b.payments().indexOf(p.id());
                            return at < 0 ? Integer.MAX_VALUE : at;
                        })));
                return found;
            });
        }

        @Override
        public Payment save(Payment payment) {
            return inTransaction(() -> {
                if (payment.status() != PaymentStatus.REJECTED) {
                    forAward(payment.award()).stream()
                            .filter(other ->
                                    !other.id().equals(payment.id()) && other.status() != PaymentStatus.REJECTED)
                            .findFirst()
                            .ifPresent(other -> {
                                throw GrantError.PAYMENT_ACTIVE_EXISTS.conflict(RecordType.PAYMENT, other.id());
                            });
                }
                return paymentRows.save(payment);
            });
        }
    }

    private final class BatchPort implements PaymentBatches {
        @Override
        public Optional<PaymentBatch> find(BatchId id) {
            return locked(() -> batchRows.find(id));
        }

        @Override
        public List<PaymentBatch> forScheme(SchemeId scheme) {
            return locked(() -> {
                List<PaymentBatch> found = batchRows.where(b -> b.scheme().equals(scheme));
                found.sort(Comparator.comparing(PaymentBatch::createdOn));
                return found;
            });
        }

        @Override
        public PaymentBatch save(PaymentBatch batch) {
            return inTransaction(() -> batchRows.save(batch));
        }
    }

    private final class ProposalPort implements Proposals {
        @Override
        public Optional<Proposal> find(ProposalId id) {
            return locked(() -> proposalRows.find(id));
        }

        @Override
        public List<Proposal> forBeneficiary(BeneficiaryId beneficiary) {
            return locked(() -> {
                List<Proposal> found = proposalRows.where(p -> p.beneficiary().equals(beneficiary));
                found.sort(Comparator.comparing(Proposal::submittedOn));
                return found;
            });
        }

        @Override
        public Proposal save(Proposal proposal) {
            return inTransaction(() -> proposalRows.save(proposal));
        }
    }
}
