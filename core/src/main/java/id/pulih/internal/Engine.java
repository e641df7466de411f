package id.pulih.internal;

import id.pulih.Desk;
import id.pulih.access.AccessDeniedException;
import id.pulih.access.AccessError;
import id.pulih.access.Actor;
import id.pulih.access.CaseScope;
import id.pulih.access.Jurisdiction;
import id.pulih.audit.AccessLogEntry;
import id.pulih.audit.AccessOutcome;
import id.pulih.audit.AuditEntry;
import id.pulih.beneficiary.Beneficiary;
import id.pulih.beneficiary.DuplicateFlagging;
import id.pulih.beneficiary.DuplicateScoring;
import id.pulih.beneficiary.MatchBlock;
import id.pulih.beneficiary.MatchProfile;
import id.pulih.beneficiary.PotentialDuplicate;
import id.pulih.internal.util.Checks;
import id.pulih.internal.util.Forms;
import id.pulih.internal.util.Uuid7;
import id.pulih.reintegration.ReintegrationPlan;
import id.pulih.repatriation.Repatriation;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.DomainEvent;
import id.pulih.shared.DomainEventListener;
import id.pulih.shared.NotAfterToday;
import id.pulih.shared.NotFoundException;
import id.pulih.shared.OrganisationId;
import id.pulih.shared.RecordType;
import id.pulih.shared.RegionCode;
import id.pulih.shared.ShelterId;
import id.pulih.shared.TextLimit;
import id.pulih.shelter.Shelter;
import id.pulih.shelter.Stay;
import id.pulih.store.Store;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs every service call the same way: one transaction; access checked against the actor's jurisdiction (refusals
 * recorded in the access log even though the call rolls back); exactly one audit entry per successful command;
 * domain events delivered after commit.
 *
 * <p>Internal: {@link id.pulih.Pulih} wires it; nothing outside core may use it.
 */
public final class Engine {
    private static final Logger LOG = LoggerFactory.getLogger(Engine.class);

    final Store store;
    final Clock clock;
    final Forms forms;
    final DuplicateScoring scoring;
    /** How long a referral opens a case after it was sent, unless it ends first. */
    final Period referralPeriod;

    private final List<DomainEventListener> listeners = new CopyOnWriteArrayList<>();

    /**
     * Creates the engine.
     *
     * @param store the store
     * @param clock the clock
     * @param forms the form validator
     * @param scoring the duplicate scoring and its threshold
     */
    public Engine(Store store, Clock clock, Forms forms, DuplicateScoring scoring) {
        this(store, clock, forms, scoring, DEFAULT_REFERRAL_PERIOD);
    }

    /**
     * Creates the engine with a referral period.
     *
     * @param store the store
     * @param clock the clock
     * @param forms the form validator
     * @param scoring the duplicate scoring and its threshold
     * @param referralPeriod how long a referral opens a case after it was sent, at least a day
     * @throws id.pulih.shared.InvalidValueException {@code referral.period} for a period of no day or less
     */
    public Engine(Store store, Clock clock, Forms forms, DuplicateScoring scoring, Period referralPeriod) {
        this.store = store;
        this.clock = clock;
        this.forms = forms;
        this.scoring = scoring;
        this.referralPeriod = checkedReferralPeriod(referralPeriod);
    }

    /** The referral period unless the builder sets another: 180 days. */
    public static final Period DEFAULT_REFERRAL_PERIOD = Period.ofDays(180);

    /**
     * Checks a referral period: positive in every part it has, and at least a day.
     *
     * @param period the period
     * @return it
     * @throws id.pulih.shared.InvalidValueException {@code referral.period} otherwise
     */
    public static Period checkedReferralPeriod(Period period) {
        Checks.required(period, "referralPeriod");
        if (period.isNegative() || period.isZero()) {
            throw id.pulih.reintegration.ReintegrationError.REFERRAL_PERIOD.invalid();
        }
        return period;
    }

    /**
     * Registers a listener for domain events, delivered after each commit.
     *
     * @param listener the listener
     */
    public void subscribe(DomainEventListener listener) {
        listeners.add(listener);
    }

    /**
     * The services as the given actor sees them.
     *
     * @param actor the actor
     * @return the desk
     */
    public Desk desk(Actor actor) {
        return new EngineDesk(this, actor);
    }

    /**
     * The store.
     *
     * @return the store
     */
    public Store store() {
        return store;
    }

    /**
     * The clock.
     *
     * @return the clock
     */
    public Clock clock() {
        return clock;
    }

    /** Today: the clock's date in Asia/Jakarta ({@link NotAfterToday#today}), whatever zone the clock carries. */
    LocalDate today() {
        return NotAfterToday.today(clock);
    }

    /** A change: must record exactly one audit entry. */
    <T> T command(Actor actor, String action, Function<Work, T> body) {
        if (!actor.role().canChange()) {
            throw new AccessDeniedException(
                    AccessError.ROLE, actor.id(), action, "-", "the role " + actor.role() + " does not change records");
        }
        return run(actor, action, body, true);
    }

    /** A read: records access-log entries for every case it opens, no audit entry. */
    <T> T query(Actor actor, String action, Function<Work, T> body) {
        return run(actor, action, body, false);
    }

    private <T> T run(Actor actor, String action, Function<Work, T> body, boolean change) {
        Work work = new Work(actor, action, clock.instant().truncatedTo(ChronoUnit.MICROS));
        try {
            T result = store.inTransaction(() -> {
                work.reset();
                T value = body.apply(work);
                if (work.broken != null) {
                    throw work.broken;
                }
                if (change && work.entry == null && !work.unchanged) {
                    throw new IllegalStateException("command " + action + " recorded no audit entry");
                }
                if (work.entry != null) {
                    store.auditTrail().append(work.entry);
                }
                return value;
            });
            publish(work.events);
            for (Iterable<? extends DomainEvent> events : work.later) {
                publish(events);
            }
            return result;
        } catch (RuntimeException failed) {
            // the transaction rolled back; the refusals it logged happened all the same, and an officer may hold a
            // reference to one (a row registered elsewhere), so they are written again, on their own
            if (work.refusalsToKeep()) {
                try {
                    store.inTransaction(work::keepRefusals);
                } catch (RuntimeException alsoFailed) {
                    // never hide why the call failed behind why its refusals could not be written
                    failed.addSuppressed(alsoFailed);
                }
            }
            throw failed;
        }
    }

    private void publish(Iterable<? extends DomainEvent> events) {
        for (DomainEvent event : events) {
            for (DomainEventListener listener : listeners) {
                try {
                    listener.on(event);
                } catch (RuntimeException e) {
                    LOG.warn("event listener failed on {}", event.getClass().getSimpleName(), e);
                }
            }
        }
    }

    /** The state of one service call. */
    final class Work {
        final Actor actor;
        final String action;
        final Instant now;
        List<DomainEvent> events = new ArrayList<>();
        /** Events of a bulk command, made only when published so that a million of them need not be held. */
        List<Iterable<? extends DomainEvent>> later = new ArrayList<>();

        AuditEntry entry;
        boolean unchanged;
        BeneficiaryId denied;
        /** The id of the access-log entry {@link #logDenied} writes, when a refusal already gave it as a reference. */
        private java.util.UUID deniedEntry;
        /** While a row of a bulk command is checked: the access-log entries it would write, kept if it passes. */
        private List<AccessLogEntry> rowReads;
        /** A write of a bulk command's row that failed: the whole command then rolls back. */
        RuntimeException broken;
        /** The purpose the actor stated for this call's reads ({@link #disclosing}), written with each of them. */
        private String purpose;
        /** The DENIED entries written within the transaction: kept when it rolls back ({@link #keepRefusals}). */
        private List<AccessLogEntry> refusals = new ArrayList<>();
        /** Whether this call may reach a restricted or erased case: the privacy service's and oversight's calls. */
        private boolean throughRestriction;

        Work(Actor actor, String action, Instant now) {
            this.actor = actor;
            this.action = action;
            this.now = now;
        }

        void reset() {
            events = new ArrayList<>();
            later = new ArrayList<>();
            entry = null;
            unchanged = false;
            denied = null;
            deniedEntry = null;
            rowReads = null;
            broken = null;
            purpose = null;
            refusals = new ArrayList<>();
            throughRestriction = false;
        }

        /** Whether a rolled-back call leaves refusals to record: one pending, or ones its transaction wrote. */
        boolean refusalsToKeep() {
            return denied != null || !refusals.isEmpty();
        }

        /** After a rollback: writes again the DENIED entries the transaction wrote, then the pending refusal. */
        void keepRefusals() {
            List<AccessLogEntry> lost = refusals;
            refusals = new ArrayList<>();
            lost.forEach(store.accessLog()::append);
            if (denied != null) {
                logDenied();
            }
        }

        /**
         * Lets this call reach a case whose processing is restricted or whose person was erased: for the privacy
         * service (which decides the person's requests about the case) and oversight (which reads the trails).
         * Every other call is refused by {@link #requireProcessable}.
         */
        void throughRestriction() {
            throughRestriction = true;
        }

        /**
         * The one check of restriction and erasure, made wherever a call opens a case ({@link #open},
         * {@link #openByNik}): a case whose processing is restricted (UU PDP art. 11) is refused with
         * {@code case.restricted}, one whose person was erased with {@code case.erased}, unless the call goes
         * {@link #throughRestriction}.
         */
        private void requireProcessable(Beneficiary b) {
            Optional<id.pulih.shared.RuleViolationException> refused = unprocessable(b);
            if (refused.isPresent()) {
                throw refused.get();
            }
        }

        /**
         * The refusal {@link #requireProcessable} would throw, if any: for a command over many cases (a payment
         * batch) that leaves such a case out instead of failing.
         */
        Optional<id.pulih.shared.RuleViolationException> unprocessable(Beneficiary b) {
            if (throughRestriction) {
                return Optional.empty();
            }
            Optional<id.pulih.privacy.Erasure> erased =
                    store.privacy().erasures().find(b.id());
            if (erased.isPresent()) {
                return Optional.of(id.pulih.privacy.PrivacyError.CASE_ERASED.violation(
                        LocalDate.ofInstant(erased.get().erasedAt(), NotAfterToday.ZONE)));
            }
            Optional<id.pulih.privacy.Restriction> restricted =
                    store.privacy().restrictions().find(b.id());
            if (restricted.isPresent()) {
                return Optional.of(id.pulih.privacy.PrivacyError.CASE_RESTRICTED.violation(
                        LocalDate.ofInstant(restricted.get().since(), NotAfterToday.ZONE)));
            }
            return Optional.empty();
        }

        /** Records the refusal of {@link #denied} in the access log, and clears it. */
        void logDenied() {
            java.util.UUID id = deniedEntry != null ? deniedEntry : Uuid7.next(clock);
            AccessLogEntry entry = new AccessLogEntry(id, now, actor.id(), denied, action, AccessOutcome.DENIED);
            store.accessLog().append(entry);
            refusals.add(entry);
            LOG.info("access denied: actor {} action {} case {}", actor.id(), action, denied);
            denied = null;
            deniedEntry = null;
        }

        /**
         * Checks one row of a bulk command, which a refusal (a {@link id.pulih.shared.PulihException}) refuses alone:
         * {@code check} reads and decides but must not write, so a refused row leaves nothing of itself but, when
         * access was denied, the access-log entry of the refusal; the reads of a row that passes are logged then.
         */
        <P> P checkRow(java.util.function.Supplier<P> check) {
            if (broken != null) {
                throw new IllegalStateException("a row of " + action + " failed while writing", broken);
            }
            List<AccessLogEntry> reads = new ArrayList<>();
            rowReads = reads;
            P plan;
            try {
                plan = check.get();
            } catch (AccessDeniedException e) {
                if (denied != null) {
                    logDenied();
                }
                throw e;
            } finally {
                rowReads = null;
            }
            reads.forEach(store.accessLog()::append);
            return plan;
        }

        /**
         * Writes one row of a bulk command once {@link #checkRow} passed it: if the write fails, the command rolls
         * back as a whole when its body returns, and no further row is taken.
         */
        <T> T writeRow(java.util.function.Supplier<T> write) {
            try {
                return write.get();
            } catch (RuntimeException e) {
                broken = e;
                throw e;
            }
        }

        /** Marks a command that, by its rules, changed nothing (an idempotent repeat): it leaves no audit entry. */
        void unchanged() {
            unchanged = true;
        }

        String actorId() {
            return actor.id();
        }

        LocalDate today() {
            return Engine.this.today();
        }

        /**
         * Refuses a date after today, as {@link NotAfterToday} does ({@code date.future}, naming the field, the date and
         * today in Asia/Jakarta): events are recorded once they happened. Every service and bulk path checks the dates
         * an officer enters for what happened through here.
         *
         * @param field the field the date was entered in, such as {@code departedOn}
         * @param date the date entered
         * @return the date
         */
        LocalDate requireNotFuture(String field, LocalDate date) {
            return NotAfterToday.check(field, date, today());
        }

        void emit(DomainEvent event) {
            events.add(event);
        }

        /** Adds events to publish after commit, in order after those {@linkplain #emit emitted}. */
        void emitLater(Iterable<? extends DomainEvent> events) {
            later.add(events);
        }

        /** Whether anyone listens to events: a bulk command then keeps no record of what to publish. */
        boolean listened() {
            return !listeners.isEmpty();
        }

        /** The date of {@link #now} in Asia/Jakarta, the zone of Pulih's "today" ({@link NotAfterToday#ZONE}). */
        LocalDate dateOfNow() {
            return LocalDate.ofInstant(now, NotAfterToday.ZONE);
        }

        void audit(RecordType recordType, Object recordId, long before, long after, String summary) {
            audit(recordType, recordId, before, after, summary, List.of());
        }

        /** The audit entry of a change described field by field (a correction), the changes masked. */
        void audit(
                RecordType recordType,
                Object recordId,
                long before,
                long after,
                String summary,
                List<id.pulih.shared.FieldChange> changes) {
            if (entry != null) {
                throw new IllegalStateException("command " + action + " recorded two audit entries");
            }
            entry = new AuditEntry(
                    Uuid7.next(clock),
                    now,
                    actor.id(),
                    action,
                    recordType.label(),
                    recordId.toString(),
                    before,
                    after,
                    clipped(summary),
                    changes);
        }

        /**
         * An audit summary fits its column: the summaries Pulih writes quote an officer's reason at most once, so
         * a reason within its limit always fits, and anything longer is cut rather than costing the command.
         */
        private static String clipped(String summary) {
            int max = TextLimit.SUMMARY.max();
            String text = summary.strip();
            return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
        }

        /**
         * Flags the potential duplicates of a case just saved: a new registration, or a case whose person (name, birth
         * date, origin, family card) was corrected. The one entry point of duplicate scoring for a single record:
         * {@code Cases.register} calls it after saving the new record, and a correction calls it after saving the
         * corrected one, within its command. The candidates come from the store's index ({@link MatchBlock}); a pair
         * already recorded between the two (open or resolved, in either order) is not flagged again, nor is a
         * registration of the same case. Each pair flagged is saved; the caller shows those whose other case the
         * actor covers ({@code readable(flagged, PotentialDuplicate::existing)}) and counts the others.
         *
         * @param saved the case as saved (the survivor, when merged records were absorbed)
         * @return the pairs flagged now, the case as {@code registered}, oldest candidate first
         */
        List<PotentialDuplicate> flagDuplicates(Beneficiary saved) {
            MatchProfile profile = MatchProfile.of(saved);
            List<MatchProfile> candidates = store.beneficiaries().findMatchCandidates(MatchBlock.of(profile));
            if (candidates.isEmpty()) {
                return List.of();
            }
            List<PotentialDuplicate> known = store.potentialDuplicates().involving(saved.id());
            List<BeneficiaryId> own = caseIds(saved);
            List<PotentialDuplicate> flagged = new ArrayList<>();
            for (MatchProfile earlier : candidates) {
                if (own.contains(earlier.id()) || known.stream().anyMatch(d -> d.pairs(saved.id(), earlier.id()))) {
                    continue;
                }
                DuplicateFlagging.between(profile, earlier, scoring)
                        .ifPresent(d -> flagged.add(store.potentialDuplicates().save(d)));
            }
            return flagged;
        }

        /** Loads a case, following merges to the survivor, and checks the actor may reach it. */
        Beneficiary open(BeneficiaryId id) {
            Beneficiary b = resolve(id);
            requireAccess(b);
            return b;
        }

        /**
         * Finds the case registered with a NIK and opens it (its survivor, when merged) when the actor covers it. When
         * it does not, the actor learns only that the person is registered elsewhere: {@link #elsewhere}, never the
         * case's id.
         */
        Optional<Beneficiary> openByNik(id.pulih.shared.Nik nik) {
            Optional<Beneficiary> found = store.beneficiaries().findByNik(nik).map(b -> resolve(b.id()));
            if (found.isEmpty()) {
                return found;
            }
            Beneficiary b = found.get();
            Optional<AccessOutcome> covered = coverage(b);
            if (covered.isEmpty()) {
                throw elsewhere(b);
            }
            requireProcessable(b);
            logRead(b.id(), covered.get());
            return found;
        }

        /**
         * The refusal {@code case.elsewhere} of a NIK (or an identity) registered in a case the actor does not cover:
         * it names no case, only a reference, the id of the access-log entry of the refusal, which
         * {@link #logDenied} writes (after the rollback, for a call that fails; at once, in {@link #referElsewhere})
         * and a national officer can resolve.
         */
        AccessDeniedException elsewhere(Beneficiary b) {
            denied = b.id();
            deniedEntry = Uuid7.next(clock);
            return new AccessDeniedException(AccessError.ELSEWHERE, actor.id(), action, "-", deniedEntry.toString());
        }

        /**
         * For a bulk command that goes on after a row registered elsewhere: records the refusal of {@code b} in the
         * access log now, within the command, and gives its reference.
         */
        String referElsewhere(Beneficiary b) {
            AccessDeniedException refused = elsewhere(b);
            logDenied();
            return refused.reference().orElseThrow();
        }

        Beneficiary resolve(BeneficiaryId id) {
            Beneficiary b =
                    store.beneficiaries().find(id).orElseThrow(() -> new NotFoundException(RecordType.BENEFICIARY, id));
            int hops = 0;
            while (b.mergedInto().isPresent() && hops++ < 100) {
                BeneficiaryId next = b.mergedInto().get();
                b = store.beneficiaries()
                        .find(next)
                        .orElseThrow(() -> new NotFoundException(RecordType.BENEFICIARY, next));
            }
            return b;
        }

        void requireAccess(Beneficiary b) {
            Optional<AccessOutcome> covered = coverage(b);
            if (covered.isPresent()) {
                requireProcessable(b);
                logRead(b.id(), covered.get());
                return;
            }
            throw refuse(
                    b,
                    actor.mayBreakGlass()
                            ? " (a break-the-glass grant can open it in an emergency)"
                            : actor.jurisdiction().kind() == Jurisdiction.Kind.PARTNER
                                    ? " (a partner sees a case only while a referral to it is open)"
                                    : "");
        }

        /** The refusal of a case outside the jurisdiction, recorded as denied in its access log on the way out. */
        private AccessDeniedException refuse(Beneficiary b, String hint) {
            denied = b.id();
            return new AccessDeniedException(
                    AccessError.DENIED,
                    actor.id(),
                    action,
                    b.id().toString(),
                    "case",
                    describe(actor.jurisdiction()),
                    hint);
        }

        /**
         * How the actor covers a case: {@link AccessOutcome#ALLOWED} within its jurisdiction (which takes in a
         * partner's open referrals), {@link AccessOutcome#BREAK_GLASS} by an active grant; empty when it does not.
         */
        Optional<AccessOutcome> coverage(Beneficiary b) {
            if (byJurisdiction(b)) {
                return Optional.of(AccessOutcome.ALLOWED);
            }
            if (store.accessGrants().activeFor(actor.id(), b.id(), now).isPresent()) {
                return Optional.of(AccessOutcome.BREAK_GLASS);
            }
            return Optional.empty();
        }

        /** Whether the actor's jurisdiction covers a case (a partner's open referrals included), grants aside. */
        boolean byJurisdiction(Beneficiary b) {
            // covering is monotonic in the scope: the case's own origin and registering unit decide most cases
            // without reading its stays, returns and plans
            Set<RegionCode> regions = new HashSet<>();
            Set<ShelterId> shelters = new HashSet<>();
            Set<OrganisationId> partners = new HashSet<>();
            addUnit(b.registeredBy(), regions, shelters, partners);
            return actor.jurisdiction().covers(new CaseScope(b.id(), b.origin(), regions, shelters, partners))
                    || actor.jurisdiction().covers(scopeOf(b));
        }

        /**
         * Checks the actor covers a case by its jurisdiction, not only by a break-the-glass grant (for decisions about
         * grants themselves), and logs the read; refuses with {@code access.denied} otherwise.
         */
        void requireJurisdiction(Beneficiary b) {
            if (byJurisdiction(b)) {
                logRead(b.id(), AccessOutcome.ALLOWED);
                return;
            }
            throw refuse(b, " (a break-the-glass grant does not count for this)");
        }

        /**
         * The rows of a list read whose case the actor covers, as {@link #requireAccess} decides, in their order; the
         * others are left out without a refusal. Each case returned (the survivor, when merged) gets one access-log
         * entry, however many of its rows the list holds. Every list read of records of cases goes through here.
         *
         * @param rows the records as the store lists them
         * @param caseOf the registration a record belongs to
         */
        <T> List<T> readable(List<T> rows, Function<? super T, BeneficiaryId> caseOf) {
            return readable(rows, caseOf, Integer.MAX_VALUE);
        }

        /**
         * As {@link #readable(List, Function)}, keeping at most {@code max} rows: the rows after those are neither
         * decided nor logged, since they are not returned.
         */
        <T> List<T> readable(List<T> rows, Function<? super T, BeneficiaryId> caseOf, int max) {
            Map<BeneficiaryId, Optional<BeneficiaryId>> decided = new HashMap<>();
            Map<BeneficiaryId, AccessOutcome> returned = new LinkedHashMap<>();
            List<T> kept = new ArrayList<>();
            for (T row : rows) {
                if (kept.size() >= max) {
                    break;
                }
                Optional<BeneficiaryId> survivor = decided.computeIfAbsent(caseOf.apply(row), id -> {
                    Beneficiary b = resolve(id);
                    return coverage(b).map(outcome -> {
                        returned.putIfAbsent(b.id(), outcome);
                        return b.id();
                    });
                });
                if (survivor.isPresent()) {
                    kept.add(row);
                }
            }
            returned.forEach(this::logRead);
            return kept;
        }

        private void logRead(BeneficiaryId id, AccessOutcome outcome) {
            logRead(new AccessLogEntry(Uuid7.next(clock), now, actor.id(), id, action, outcome, purpose));
        }

        /**
         * Makes this call a disclosure of identifiers: only an actor who may read them whole
         * ({@link Actor#mayDiscloseIdentifiers()}) passes, and every case read from here on is in the access log with the
         * purpose stated. Refuses with {@code access.identified} before anything is read.
         *
         * @param stated the purpose, as the officer gave it; not blank, at most {@link TextLimit#REASON} characters
         */
        void disclosing(String stated) {
            String checked = Checks.requiredText(stated, "purpose", TextLimit.REASON);
            if (!actor.mayDiscloseIdentifiers()) {
                throw new AccessDeniedException(
                        AccessError.IDENTIFIED,
                        actor.id(),
                        action,
                        "-",
                        actor.role() + " of " + describe(actor.jurisdiction()));
            }
            purpose = checked;
        }

        /**
         * For a list that leaves out what the actor may not see: when the actor covers every one of {@code cases} (as
         * {@link #requireAccess} decides), logs the read of each and returns true; otherwise reads and logs nothing
         * (a filtered row is no refusal).
         *
         * @param cases the cases a listed row shows
         */
        boolean readAll(List<Beneficiary> cases) {
            List<AccessOutcome> outcomes = new ArrayList<>();
            for (Beneficiary b : cases) {
                Optional<AccessOutcome> covered = coverage(b);
                if (covered.isEmpty()) {
                    return false;
                }
                outcomes.add(covered.get());
            }
            for (int i = 0; i < cases.size(); i++) {
                logRead(cases.get(i).id(), outcomes.get(i));
            }
            return true;
        }

        private void logRead(AccessLogEntry read) {
            if (rowReads != null) {
                rowReads.add(read);
            } else {
                store.accessLog().append(read);
            }
        }

        void requireShelter(Shelter shelter) {
            if (!actor.jurisdiction().coversShelter(shelter.id(), shelter.region())) {
                throw new AccessDeniedException(
                        AccessError.DENIED,
                        actor.id(),
                        action,
                        shelter.id().toString(),
                        "shelter " + shelter.code(),
                        describe(actor.jurisdiction()),
                        "");
            }
        }

        void requireRegion(RegionCode region, String what) {
            if (!actor.jurisdiction().coversRegion(region)) {
                throw new AccessDeniedException(
                        AccessError.DENIED,
                        actor.id(),
                        action,
                        what,
                        "region " + region,
                        describe(actor.jurisdiction()),
                        "");
            }
        }

        void requireSupervisor() {
            if (actor.role() != id.pulih.access.Role.SUPERVISOR) {
                throw new AccessDeniedException(
                        AccessError.ROLE, actor.id(), action, "-", "only a supervisor may do this");
            }
        }

        /**
         * The ids whose records make up the case of {@code b}: its own first, then those of every registration merged
         * into it, in id order. Every read of "this case's records" goes through here or {@link #caseRecords}.
         */
        List<BeneficiaryId> caseIds(Beneficiary b) {
            List<BeneficiaryId> ids = new ArrayList<>();
            ids.add(b.id());
            b.mergedFrom().stream()
                    .sorted(Comparator.comparing(BeneficiaryId::value))
                    .forEach(ids::add);
            return ids;
        }

        /**
         * The records of a case, its own and those of the registrations merged into it, in one list.
         *
         * @param b the case (the surviving registration)
         * @param reader the port's read for one registration
         * @param order the order of the whole list; a stable sort, so ties keep the port's order
         */
        <T> List<T> caseRecords(Beneficiary b, Function<BeneficiaryId, List<T>> reader, Comparator<? super T> order) {
            List<T> all = new ArrayList<>();
            for (BeneficiaryId id : caseIds(b)) {
                all.addAll(reader.apply(id));
            }
            all.sort(order);
            return all;
        }

        /**
         * The one record of a case that a port finds for a registration (its open stay, its active plan, its
         * enrolment in a programme), looked for under the case's own id first, then under those merged into it.
         *
         * @param b the case (the surviving registration)
         * @param finder the port's look-up for one registration
         */
        <T> Optional<T> caseRecord(Beneficiary b, Function<BeneficiaryId, Optional<T>> finder) {
            for (BeneficiaryId id : caseIds(b)) {
                Optional<T> found = finder.apply(id);
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }

        /**
         * Every unit a case is open to: its origin, the unit that registered it, the shelters it stayed in and their
         * regions, the destinations of its returns, and the partners its active plans refer it to today (a referral
         * PENDING or ACCEPTED, within the referral period, with consent to disclosure holding today or on a
         * supervisor's override). Evaluated against the engine's clock on every call: a referral that expired or
         * lost its consent closes the case to its partner at once, whether or not anything was written.
         */
        CaseScope scopeOf(Beneficiary b) {
            LocalDate today = today();
            boolean disclosure = b.hasConsent(id.pulih.beneficiary.ConsentPurpose.DISCLOSURE_TO_PARTNERS, today);
            Set<RegionCode> regions = new HashSet<>();
            Set<ShelterId> shelters = new HashSet<>();
            Set<OrganisationId> partners = new HashSet<>();
            addUnit(b.registeredBy(), regions, shelters, partners);
            for (BeneficiaryId id : caseIds(b)) {
                for (Stay stay : store.stays().forBeneficiary(id)) {
                    shelters.add(stay.shelter());
                    store.shelters().find(stay.shelter()).ifPresent(s -> regions.add(s.region()));
                }
                for (Repatriation r : store.repatriations().forBeneficiary(id)) {
                    regions.add(r.destination());
                }
                for (ReintegrationPlan plan : store.reintegrationPlans().forBeneficiary(id)) {
                    partners.addAll(plan.partnersSeeing(today, referralPeriod, disclosure));
                }
            }
            return new CaseScope(b.id(), b.origin(), regions, shelters, partners);
        }

        private void addUnit(
                Jurisdiction unit, Set<RegionCode> regions, Set<ShelterId> shelters, Set<OrganisationId> partners) {
            unit.region().ifPresent(regions::add);
            unit.shelterId().ifPresent(shelters::add);
            unit.organisationId().ifPresent(partners::add);
        }
    }

    static String describe(Jurisdiction j) {
        return j.kind() + j.reference().map(r -> " " + r).orElse("");
    }
}
