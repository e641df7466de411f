package id.pulih.internal;

import id.pulih.BulkRegistration;
import id.pulih.Cases;
import id.pulih.Corrected;
import id.pulih.NikAttachment;
import id.pulih.Registration;
import id.pulih.access.Actor;
import id.pulih.beneficiary.AssessmentForm;
import id.pulih.beneficiary.BeneficiariesMerged;
import id.pulih.beneficiary.Beneficiary;
import id.pulih.beneficiary.BeneficiaryError;
import id.pulih.beneficiary.BeneficiaryRegistered;
import id.pulih.beneficiary.CaseField;
import id.pulih.beneficiary.CaseOutcome;
import id.pulih.beneficiary.CaseStatus;
import id.pulih.beneficiary.CaseStatusChanged;
import id.pulih.beneficiary.ClosureRequest;
import id.pulih.beneficiary.ConsentForm;
import id.pulih.beneficiary.Correction;
import id.pulih.beneficiary.CorrectionForm;
import id.pulih.beneficiary.DuplicateStatus;
import id.pulih.beneficiary.IntakeForm;
import id.pulih.beneficiary.MatchProfile;
import id.pulih.beneficiary.NikAgreement;
import id.pulih.beneficiary.NikAttachmentForm;
import id.pulih.beneficiary.OneCasePerNik;
import id.pulih.beneficiary.OnePendingClosure;
import id.pulih.beneficiary.Person;
import id.pulih.beneficiary.PotentialDuplicate;
import id.pulih.grant.Award;
import id.pulih.grant.OneAward;
import id.pulih.grant.Payment;
import id.pulih.grant.PaymentStatus;
import id.pulih.guidance.OneEnrolment;
import id.pulih.internal.util.Checks;
import id.pulih.reintegration.FollowUp;
import id.pulih.reintegration.FollowUpStatus;
import id.pulih.reintegration.OneActivePlan;
import id.pulih.reintegration.PlannedService;
import id.pulih.reintegration.ReintegrationPlan;
import id.pulih.repatriation.OneActiveReturn;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.ConflictException;
import id.pulih.shared.DuplicateId;
import id.pulih.shared.FormViolation;
import id.pulih.shared.InvalidFormException;
import id.pulih.shared.Nik;
import id.pulih.shared.NotFoundException;
import id.pulih.shared.RecordType;
import id.pulih.shared.TextLimit;
import id.pulih.shelter.OneOpenStay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The {@link Cases} service. */
final class CaseService implements Cases {
    private final Engine engine;
    private final Actor actor;

    CaseService(Engine engine, Actor actor) {
        this.engine = engine;
        this.actor = actor;
    }

    @Override
    public Registration register(IntakeForm form) {
        engine.forms.validate(form);
        Person person = form.toPerson();
        return engine.command(actor, "case.register", work -> {
            Beneficiary created = Beneficiary.register(
                    person,
                    form.toReturnInfo(),
                    form.toProfile(),
                    form.consents().stream().map(c -> c.toConsent(actor.id())).toList(),
                    actor.jurisdiction(),
                    work.now,
                    actor.id());
            requireNikFree(work, created);
            // the new record first: a potential duplicate refers to both records, and databases check that
            Beneficiary saved = engine.store.beneficiaries().save(created);
            List<PotentialDuplicate> flagged = work.flagDuplicates(saved);
            work.audit(
                    RecordType.BENEFICIARY,
                    saved.id(),
                    0,
                    saved.version(),
                    "registered, origin " + saved.origin()
                            + (flagged.isEmpty() ? "" : ", " + flagged.size() + " potential duplicate(s)"));
            work.emit(new BeneficiaryRegistered(saved.id(), work.now, actor.id()));
            // a flagged pair names the earlier case: shown only when the actor covers it, otherwise only counted
            List<PotentialDuplicate> shown = work.readable(flagged, PotentialDuplicate::existing);
            return new Registration(saved, shown, flagged.size() - shown.size());
        });
    }

    /** The fields whose correction may make or unmake a duplicate, so that the check of intake runs again. */
    private static final List<CaseField> IDENTIFYING =
            List.of(CaseField.NAME, CaseField.BIRTH, CaseField.ORIGIN, CaseField.FAMILY_CARD);

    @Override
    public Corrected correct(BeneficiaryId id, CorrectionForm form) {
        Checks.required(id, "beneficiaryId");
        engine.forms.validate(form);
        return engine.command(actor, "case.correct", work -> {
            Beneficiary b = openToChange(work, id, form.expectedVersion());
            Person person = form.correct(b.person());
            // the corrected record must still agree with its NIK, as an intake form must
            person.nik().ifPresent(nik -> {
                List<FormViolation> disagreeing = NikAgreement.check(
                        nik,
                        person.sex(),
                        person.birth().estimated() ? null : person.birth().date(),
                        null);
                if (!disagreeing.isEmpty()) {
                    throw new InvalidFormException(CorrectionForm.class.getSimpleName(), disagreeing);
                }
            });
            Beneficiary saved = engine.store
                    .beneficiaries()
                    .save(b.correct(person, form.correct(b.profile()), form.reason(), work.now, actor.id()));
            Correction correction = saved.corrections().get(saved.corrections().size() - 1);
            List<PotentialDuplicate> flagged =
                    IDENTIFYING.stream().anyMatch(f -> f.differs(b, saved)) ? work.flagDuplicates(saved) : List.of();
            work.audit(
                    RecordType.BENEFICIARY,
                    saved.id(),
                    b.version(),
                    saved.version(),
                    "corrected " + String.join(", ", correction.fields())
                            + (flagged.isEmpty() ? "" : ", " + flagged.size() + " potential duplicate(s)") + ": "
                            + correction.reason(),
                    correction.changes());
            List<PotentialDuplicate> shown = work.readable(flagged, d -> d.existing());
            return new Corrected(saved, shown, flagged.size() - shown.size());
        });
    }

    @Override
    public NikAttachment attachNik(BeneficiaryId id, NikAttachmentForm form) {
        Checks.required(id, "beneficiaryId");
        engine.forms.validate(form);
        Nik nik = Nik.of(form.nik());
        return engine.command(actor, "case.attach-nik", work -> {
            Beneficiary b = openToChange(work, id, form.expectedVersion());
            if (b.nik().isPresent()) {
                throw BeneficiaryError.NIK_ON_FILE.violation();
            }
            List<FormViolation> disagreeing = NikAgreement.check(nik, b);
            if (!disagreeing.isEmpty() && !form.mismatchExplained()) {
                List<FormViolation> all = new ArrayList<>(disagreeing);
                id.pulih.shared.InvalidValueException unexplained = BeneficiaryError.NIK_MISMATCH_EXPLAINED.invalid();
                all.add(new FormViolation(unexplained.field(), unexplained.code(), unexplained.detail()));
                throw new InvalidFormException(NikAttachmentForm.class.getSimpleName(), all);
            }
            Optional<Beneficiary> holder =
                    engine.store.beneficiaries().findByNik(nik).map(other -> work.resolve(other.id()));
            if (holder.isPresent() && !holder.get().id().equals(b.id())) {
                return refuseAsDuplicate(work, b, holder.get());
            }
            Beneficiary saved =
                    engine.store.beneficiaries().save(b.attachNik(nik, form.reason(), work.now, actor.id()));
            Correction correction = saved.corrections().get(saved.corrections().size() - 1);
            work.audit(
                    RecordType.BENEFICIARY,
                    saved.id(),
                    b.version(),
                    saved.version(),
                    "NIK attached"
                            + (disagreeing.isEmpty()
                                    ? ""
                                    : ", disagreeing with the record ("
                                            + String.join(
                                                    ", ",
                                                    disagreeing.stream()
                                                            .map(FormViolation::code)
                                                            .toList())
                                            + ")")
                            + ": " + correction.reason(),
                    correction.changes());
            return new NikAttachment(
                    NikAttachment.Outcome.ATTACHED, saved, Optional.empty(), Optional.empty(), Optional.empty());
        });
    }

    /**
     * The NIK is another case's: it stays there, and a potential duplicate of the two cases is opened (or the open
     * one kept) for a supervisor, the one change of this command. The other case is named only to an actor who
     * covers it (and the read logged); anyone else gets the reference of a refusal written to the access log now,
     * since this command commits.
     */
    private NikAttachment refuseAsDuplicate(Engine.Work work, Beneficiary b, Beneficiary other) {
        Optional<PotentialDuplicate> open = engine.store.potentialDuplicates().involving(b.id()).stream()
                .filter(d -> d.status() == DuplicateStatus.OPEN && d.involves(other.id()))
                .findFirst();
        PotentialDuplicate duplicate;
        if (open.isPresent()) {
            duplicate = open.get();
            work.audit(
                    RecordType.POTENTIAL_DUPLICATE,
                    duplicate.id(),
                    duplicate.version(),
                    duplicate.version(),
                    "NIK not attached: it is registered in the other case of this open duplicate");
        } else {
            duplicate = engine.store
                    .potentialDuplicates()
                    .save(PotentialDuplicate.flag(
                            b.id(), other.id(), engine.scoring.score(MatchProfile.of(b), MatchProfile.of(other))));
            work.audit(
                    RecordType.POTENTIAL_DUPLICATE,
                    duplicate.id(),
                    0,
                    duplicate.version(),
                    "opened: the NIK attached to one case is registered in the other; NIK not attached");
        }
        boolean covered = !work.readable(List.of(other), Beneficiary::id).isEmpty();
        return new NikAttachment(
                NikAttachment.Outcome.REFUSED_DUPLICATE,
                b,
                Optional.of(duplicate.id()),
                covered ? Optional.of(other.id()) : Optional.empty(),
                covered ? Optional.empty() : Optional.of(work.referElsewhere(other)));
    }

    /**
     * Opens a case to change its record: the registration itself (a merged one is refused, its survivor is to be
     * changed), at the version the officer read.
     */
    private Beneficiary openToChange(Engine.Work work, BeneficiaryId id, long expectedVersion) {
        Beneficiary b = work.open(id);
        if (!b.id().equals(id)) {
            throw BeneficiaryError.CASE_MERGED.violation(b.id());
        }
        if (b.version() != expectedVersion) {
            throw ConflictException.stale(RecordType.BENEFICIARY, b.id(), expectedVersion, b.version());
        }
        return b;
    }

    /**
     * One case per NIK, as the actor may learn it: a conflict naming the existing case when the actor covers that
     * case, {@code case.elsewhere} with a reference (and no id) when it does not.
     */
    private void requireNikFree(Engine.Work work, Beneficiary created) {
        Optional<Beneficiary> clash = OneCasePerNik.clash(engine.store.beneficiaries(), created);
        if (clash.isPresent()) {
            Beneficiary existing = work.resolve(clash.get().id());
            if (work.coverage(existing).isEmpty()) {
                throw work.elsewhere(existing);
            }
            throw OneCasePerNik.violation(existing.id().toString());
        }
    }

    @Override
    public <R> R registerAll(Function<BulkRegistration, R> body) {
        Checks.required(body, "body");
        return engine.command(actor, "case.import", work -> {
            BulkIntake batch = new BulkIntake(engine, work);
            R result = body.apply(batch);
            batch.finish();
            return result;
        });
    }

    @Override
    public Beneficiary get(BeneficiaryId id) {
        Checks.required(id, "beneficiaryId");
        return engine.query(actor, "case.read", work -> work.open(id));
    }

    @Override
    public Beneficiary disclose(BeneficiaryId id, String purpose) {
        Checks.required(id, "beneficiaryId");
        return engine.query(actor, "case.disclose", work -> {
            work.disclosing(purpose);
            return work.open(id);
        });
    }

    @Override
    public List<Beneficiary> list(Optional<BeneficiaryId> after, int limit) {
        Checks.required(after, "after");
        if (limit < 1 || limit > 10_000) {
            throw id.pulih.shared.SharedError.PAGE_LIMIT.invalid(10000);
        }
        return engine.query(actor, "case.list", work -> {
            List<Beneficiary> visible = new ArrayList<>();
            Optional<BeneficiaryId> cursor = after;
            while (visible.size() < limit) {
                List<Beneficiary> page = engine.store.beneficiaries().page(cursor, limit);
                if (page.isEmpty()) {
                    break;
                }
                List<Beneficiary> current =
                        page.stream().filter(b -> b.mergedInto().isEmpty()).toList();
                visible.addAll(work.readable(current, Beneficiary::id, limit - visible.size()));
                cursor = Optional.of(page.get(page.size() - 1).id());
            }
            return visible;
        });
    }

    /**
     * {@inheritDoc}
     *
     * <p>A NIK registered outside the jurisdiction throws {@code case.elsewhere} rather than answering empty: see
     * {@link Cases#findByNik} for why.
     */
    @Override
    public Optional<Beneficiary> findByNik(Nik nik) {
        Checks.required(nik, "nik");
        return engine.query(actor, "case.read", work -> work.openByNik(nik));
    }

    @Override
    public Beneficiary assess(BeneficiaryId id, AssessmentForm form) {
        Checks.required(id, "beneficiaryId");
        engine.forms.validate(form);
        return change(id, "case.assess", b -> b.assess(form.toAssessment(actor.id())), "assessed");
    }

    @Override
    public Beneficiary recordConsent(BeneficiaryId id, ConsentForm form) {
        Checks.required(id, "beneficiaryId");
        engine.forms.validate(form);
        return engine.command(actor, "case.consent", work -> {
            Beneficiary b = work.open(id);
            Beneficiary saved = engine.store.beneficiaries().save(b.recordConsent(form.toConsent(actor.id())));
            List<String> effects = form.given() ? consentGiven(work, saved, form) : consentWithdrawn(work, saved, form);
            work.audit(
                    RecordType.BENEFICIARY,
                    saved.id(),
                    b.version(),
                    saved.version(),
                    "consent " + (form.given() ? "given" : "withdrawn") + " for " + form.purpose()
                            + (effects.isEmpty() ? "" : "; " + String.join("; ", effects)));
            return saved;
        });
    }

    /**
     * What a withdrawal ends, in the same transaction (UU PDP art. 9: processing for the purpose stops): consent to
     * disclosure ends the open referrals of the case's active plans (WITHDRAWN); consent to follow-up contact marks its
     * SCHEDULED visits not to contact, which leaves them off the due list; consent to programme participation needs no
     * write here, since enrolments and attendance ask for it ({@code programme.consent-withdrawn}).
     */
    private List<String> consentWithdrawn(Engine.Work work, Beneficiary b, ConsentForm form) {
        List<String> effects = new ArrayList<>();
        switch (form.purpose()) {
            case DISCLOSURE_TO_PARTNERS -> {
                for (ReintegrationPlan plan :
                        work.caseRecords(b, engine.store.reintegrationPlans()::forBeneficiary, (x, y) -> 0)) {
                    ReintegrationPlan ended =
                            plan.withdrawReferrals(work.today(), "consent to disclosure withdrawn on " + form.date());
                    if (ended != plan) {
                        ReintegrationPlan saved = ReintegrationService.save(engine, work, plan, ended);
                        effects.addAll(saved.referralsEndedSince(plan));
                    }
                }
            }
            case FOLLOW_UP_CONTACT -> {
                int marked = markFollowUps(work, b, true);
                if (marked > 0) {
                    effects.add(marked + " scheduled follow-up(s) marked not to contact");
                }
            }
            case PROGRAMME_PARTICIPATION -> effects.add("new enrolments and attendance refused");
            case CASE_MANAGEMENT -> {
                // the case itself: closing it is a decision of its own (requestClosure, close)
            }
        }
        return effects;
    }

    /** Consent to follow-up contact given again: the visits marked not to contact are due again. */
    private List<String> consentGiven(Engine.Work work, Beneficiary b, ConsentForm form) {
        if (form.purpose() != id.pulih.beneficiary.ConsentPurpose.FOLLOW_UP_CONTACT
                || !b.hasConsent(form.purpose(), work.today())) {
            return List.of();
        }
        int unmarked = markFollowUps(work, b, false);
        return unmarked == 0 ? List.of() : List.of(unmarked + " scheduled follow-up(s) may be contacted again");
    }

    private int markFollowUps(Engine.Work work, Beneficiary b, boolean noContact) {
        int changed = 0;
        for (FollowUp f : work.caseRecords(b, engine.store.followUps()::forBeneficiary, (x, y) -> 0)) {
            if (f.status() == FollowUpStatus.SCHEDULED && f.noContact() != noContact) {
                engine.store.followUps().save(f.withNoContact(noContact));
                changed++;
            }
        }
        return changed;
    }

    @Override
    public Beneficiary startReintegration(BeneficiaryId id) {
        Checks.required(id, "beneficiaryId");
        return engine.command(actor, "case.reintegrate", work -> {
            Beneficiary b = work.open(id);
            return move(work, b, b.moveTo(CaseStatus.IN_REINTEGRATION, work.now, actor.id(), ""));
        });
    }

    @Override
    public Beneficiary close(BeneficiaryId id, CaseOutcome outcome, String note) {
        Checks.required(id, "beneficiaryId");
        Checks.required(outcome, "outcome");
        return engine.command(actor, "case.close", work -> {
            work.requireSupervisor();
            Beneficiary b = work.open(id);
            requireGovernmentUnit(work, b);
            // a pending request is decided, not overtaken: approve or return it
            Optional<ClosureRequest> pending = work.caseRecord(b, engine.store.closureRequests()::findPending);
            if (pending.isPresent()) {
                throw OnePendingClosure.violation(pending.get().id().toString());
            }
            return closeCase(work, b, outcome, note, "closed by a supervisor");
        });
    }

    @Override
    public ClosureRequest requestClosure(BeneficiaryId id, CaseOutcome outcome, String note) {
        Checks.required(id, "beneficiaryId");
        Checks.required(outcome, "outcome");
        String text = Checks.optionalText(note, "note", TextLimit.REASON);
        return engine.command(actor, "case.request-closure", work -> {
            Beneficiary b = work.open(id);
            requireGovernmentUnit(work, b);
            b.status().requireMoveTo(CaseStatus.CLOSED);
            requireClosable(work, b);
            ClosureRequest request = ClosureRequest.request(b.id(), outcome, text, actor.id(), work.now);
            OnePendingClosure.check(engine.store.closureRequests(), request, work.caseIds(b));
            ClosureRequest saved = engine.store.closureRequests().save(request);
            work.audit(
                    RecordType.CLOSURE_REQUEST,
                    saved.id(),
                    0,
                    saved.version(),
                    "closure of case " + b.id() + " requested, outcome " + outcome);
            return saved;
        });
    }

    @Override
    public Beneficiary approveClosure(BeneficiaryId id) {
        Checks.required(id, "beneficiaryId");
        return engine.command(actor, "case.approve-closure", work -> {
            work.requireSupervisor();
            Beneficiary b = work.open(id);
            requireGovernmentUnit(work, b);
            ClosureRequest request = pendingClosure(work, b);
            ClosureRequest approved = request.approve(actor.id(), work.now);
            Beneficiary closed = closeCase(
                    work,
                    b,
                    request.outcome(),
                    request.note(),
                    "closure requested by " + request.requestedBy() + " approved");
            engine.store.closureRequests().save(approved);
            return closed;
        });
    }

    @Override
    public ClosureRequest returnClosure(BeneficiaryId id, String reason) {
        Checks.required(id, "beneficiaryId");
        String why = Checks.requiredText(reason, "reason", TextLimit.REASON);
        return engine.command(actor, "case.return-closure", work -> {
            work.requireSupervisor();
            Beneficiary b = work.open(id);
            requireGovernmentUnit(work, b);
            ClosureRequest request = pendingClosure(work, b);
            ClosureRequest saved = engine.store.closureRequests().save(request.returnWith(actor.id(), work.now, why));
            work.audit(
                    RecordType.CLOSURE_REQUEST,
                    saved.id(),
                    request.version(),
                    saved.version(),
                    "closure requested by " + request.requestedBy() + " returned: " + why);
            return saved;
        });
    }

    @Override
    public Optional<ClosureRequest> pendingClosure(BeneficiaryId id) {
        Checks.required(id, "beneficiaryId");
        return engine.query(actor, "case.read", work -> {
            Beneficiary b = work.open(id);
            return work.caseRecord(b, engine.store.closureRequests()::findPending);
        });
    }

    private ClosureRequest pendingClosure(Engine.Work work, Beneficiary b) {
        return work.caseRecord(b, engine.store.closureRequests()::findPending)
                .orElseThrow(BeneficiaryError.CLOSURE_NONE::violation);
    }

    /** Closing and deciding on closure are the government units' work; a partner only sees a referred case. */
    private void requireGovernmentUnit(Engine.Work work, Beneficiary b) {
        if (actor.jurisdiction() instanceof id.pulih.access.Jurisdiction.Partner p) {
            throw new id.pulih.access.AccessDeniedException(
                    id.pulih.access.AccessError.PARTNER, actor.id(), work.action, b.id().toString(), p.organisation());
        }
    }

    /**
     * What keeps a case open, checked before anything is written, each with its own code: a return under way (which
     * keeps its stay open, so it comes first), an open shelter stay, a stimulus payment APPROVED or SENT to the bank.
     * Every registration merged into the case counts.
     */
    private void requireClosable(Engine.Work work, Beneficiary b) {
        if (work.caseRecord(b, engine.store.repatriations()::findActive).isPresent()) {
            throw BeneficiaryError.CASE_RETURN_UNDER_WAY.violation();
        }
        if (work.caseRecord(b, engine.store.stays()::findOpen).isPresent()) {
            throw BeneficiaryError.CASE_OPEN_STAY.violation();
        }
        for (Award award : work.caseRecords(b, engine.store.awards()::forBeneficiary, (x, y) -> 0)) {
            for (Payment payment : engine.store.payments().forAward(award.id())) {
                if (payment.status() == PaymentStatus.APPROVED || payment.status() == PaymentStatus.SENT) {
                    throw BeneficiaryError.CASE_PAYMENT_IN_FLIGHT.violation(payment.status());
                }
            }
        }
    }

    /**
     * Closes a case in the running command, the one way a case closes (directly or on approval): refused by {@link
     * #requireClosable} and the status machine before anything is written; then its active plans close (their
     * SCHEDULED follow-ups cancelled, their open referrals WITHDRAWN), any other SCHEDULED follow-up of the case is
     * cancelled, and the one audit entry lists all of it.
     */
    private Beneficiary closeCase(Engine.Work work, Beneficiary b, CaseOutcome outcome, String note, String how) {
        requireClosable(work, b);
        Beneficiary closed = b.close(outcome, work.now, actor.id(), note);
        List<String> effects = new ArrayList<>();
        for (ReintegrationPlan plan :
                work.caseRecords(b, engine.store.reintegrationPlans()::forBeneficiary, (x, y) -> 0)) {
            if (plan.isActive()) {
                effects.add(ReintegrationService.closePlan(engine, work, plan, CASE_CLOSED + outcome)
                        .summary());
            }
        }
        int cancelled = 0;
        for (FollowUp f : work.caseRecords(b, engine.store.followUps()::forBeneficiary, (x, y) -> 0)) {
            if (f.status() == FollowUpStatus.SCHEDULED) {
                engine.store.followUps().save(f.cancel());
                cancelled++;
            }
        }
        if (cancelled > 0) {
            effects.add(cancelled + " other follow-up(s) cancelled");
        }
        Beneficiary saved = engine.store.beneficiaries().save(closed);
        work.audit(
                RecordType.BENEFICIARY,
                saved.id(),
                b.version(),
                saved.version(),
                b.status() + " -> " + saved.status() + " (" + outcome + "), " + how
                        + (effects.isEmpty() ? "" : "; " + String.join("; ", effects)));
        work.emit(new CaseStatusChanged(saved.id(), b.status(), saved.status(), work.now, actor.id()));
        return saved;
    }

    /** How a plan closed with its case begins its reason: reopening finds those plans by it. */
    static final String CASE_CLOSED = "case closed with outcome ";

    @Override
    public Beneficiary reopen(BeneficiaryId id, String reason) {
        Checks.required(id, "beneficiaryId");
        return engine.command(actor, "case.reopen", work -> {
            work.requireSupervisor();
            Beneficiary b = work.open(id);
            requireGovernmentUnit(work, b);
            Beneficiary reopened = b.reopen(reason, work.now, actor.id());
            Beneficiary saved = engine.store.beneficiaries().save(reopened);
            work.audit(
                    RecordType.BENEFICIARY,
                    saved.id(),
                    b.version(),
                    saved.version(),
                    b.status() + " -> " + saved.status() + toPlanAgain(work, b));
            work.emit(new CaseStatusChanged(saved.id(), b.status(), saved.status(), work.now, actor.id()));
            return saved;
        });
    }

    /**
     * What the closing ended and reopening does not restore, for the reopening's audit entry: each plan closed with
     * the case, its follow-ups cancelled and its referrals ended; {@code "; nothing to plan again"} when none.
     */
    private String toPlanAgain(Engine.Work work, Beneficiary b) {
        List<String> ended = new ArrayList<>();
        java.time.ZoneId zone = engine.clock().getZone();
        Optional<java.time.LocalDate> lastClosed = b.history().stream()
                .filter(c -> c.to() == CaseStatus.CLOSED)
                .reduce((x, y) -> y)
                .map(c -> java.time.LocalDate.ofInstant(c.at(), zone));
        for (ReintegrationPlan plan :
                work.caseRecords(b, engine.store.reintegrationPlans()::forBeneficiary, (x, y) -> 0)) {
            if (plan.isActive()
                    || !plan.closeReason().startsWith(CASE_CLOSED)
                    || !plan.closedOn().equals(lastClosed)) {
                continue;
            }
            long followUps = engine.store.followUps().forBeneficiary(plan.beneficiary()).stream()
                    .filter(f -> f.plan().equals(plan.id()) && f.status() == FollowUpStatus.CANCELLED)
                    .count();
            StringBuilder text = new StringBuilder("plan closed on ")
                    .append(plan.closedOn().orElseThrow())
                    .append(", ")
                    .append(followUps)
                    .append(" follow-up(s) cancelled");
            for (PlannedService s : plan.services()) {
                if (!s.referrals().isEmpty()
                        && s.latestReferral().endReason().startsWith("plan closed: " + CASE_CLOSED)) {
                    text.append(", referral to ")
                            .append(s.latestReferral().to())
                            .append(" ended");
                }
            }
            ended.add(text.toString());
        }
        return ended.isEmpty()
                ? "; nothing to plan again"
                : "; not restored, to plan again: " + String.join("; ", ended);
    }

    private Beneficiary move(Engine.Work work, Beneficiary before, Beneficiary after) {
        Beneficiary saved = engine.store.beneficiaries().save(after);
        work.audit(
                RecordType.BENEFICIARY,
                saved.id(),
                before.version(),
                saved.version(),
                before.status() + " -> " + saved.status());
        work.emit(new CaseStatusChanged(saved.id(), before.status(), saved.status(), work.now, actor.id()));
        return saved;
    }

    private Beneficiary change(
            BeneficiaryId id, String action, java.util.function.UnaryOperator<Beneficiary> rule, String summary) {
        return engine.command(actor, action, work -> {
            Beneficiary b = work.open(id);
            Beneficiary saved = engine.store.beneficiaries().save(rule.apply(b));
            work.audit(RecordType.BENEFICIARY, saved.id(), b.version(), saved.version(), summary);
            return saved;
        });
    }

    @Override
    public List<Beneficiary> household(id.pulih.shared.FamilyCardNumber familyCard) {
        Checks.required(familyCard, "familyCardNumber");
        return engine.query(
                actor,
                "case.household",
                work -> work.readable(engine.store.beneficiaries().findByFamilyCard(familyCard), Beneficiary::id));
    }

    @Override
    public List<PotentialDuplicate> openDuplicates() {
        return engine.query(actor, "duplicate.list", work -> {
            List<PotentialDuplicate> visible = new ArrayList<>();
            for (PotentialDuplicate d : engine.store.potentialDuplicates().open()) {
                // both sides, each followed to its survivor: a pair is two cases, and shows both
                if (work.readAll(List.of(work.resolve(d.registered()), work.resolve(d.existing())))) {
                    visible.add(d);
                }
            }
            return visible;
        });
    }

    @Override
    public PotentialDuplicate dismissDuplicate(DuplicateId id, String note) {
        Checks.required(id, "duplicateId");
        String why = Checks.requiredText(note, "note");
        return engine.command(actor, "duplicate.dismiss", work -> {
            work.requireSupervisor();
            PotentialDuplicate d = findDuplicate(id);
            // resolving a pair decides about both cases: the supervisor must be able to open each
            work.open(d.registered());
            work.open(d.existing());
            PotentialDuplicate saved = engine.store
                    .potentialDuplicates()
                    .save(d.resolve(DuplicateStatus.INVALID, actor.id(), work.now, why));
            work.audit(RecordType.POTENTIAL_DUPLICATE, saved.id(), d.version(), saved.version(), "not a duplicate");
            return saved;
        });
    }

    @Override
    public Beneficiary merge(DuplicateId id, BeneficiaryId survivorId) {
        Checks.required(id, "duplicateId");
        Checks.required(survivorId, "survivor");
        return engine.command(actor, "duplicate.merge", work -> {
            work.requireSupervisor();
            PotentialDuplicate d = findDuplicate(id);
            if (!d.involves(survivorId)) {
                throw BeneficiaryError.DUPLICATE_SURVIVOR.violation();
            }
            BeneficiaryId mergedId = d.registered().equals(survivorId) ? d.existing() : d.registered();
            Beneficiary survivor = work.open(survivorId);
            Beneficiary merged = work.open(mergedId);
            if (survivor.id().equals(merged.id())) {
                throw BeneficiaryError.DUPLICATE_SELF.violation("the two registrations were already merged");
            }
            requireMergeable(work, survivor, merged);
            engine.store.beneficiaries().save(merged.mergeInto(survivor.id()));
            Beneficiary saved = engine.store.beneficiaries().save(survivor.absorb(merged));
            engine.store
                    .potentialDuplicates()
                    .save(d.resolve(DuplicateStatus.MERGED, actor.id(), work.now, "merged into " + saved.id()));
            work.audit(
                    RecordType.BENEFICIARY, saved.id(), survivor.version(), saved.version(), "merged " + merged.id());
            work.emit(new BeneficiariesMerged(saved.id(), merged.id(), work.now, actor.id()));
            return saved;
        });
    }

    /**
     * A merge keeps the rules of one person: refused, naming the rule, when both cases (each with the registrations
     * already merged into it) hold a record the rule allows once; checked before anything is written. A return under
     * way comes first, since it keeps its stay open.
     */
    private void requireMergeable(Engine.Work work, Beneficiary survivor, Beneficiary merged) {
        List<BeneficiaryId> kept = work.caseIds(survivor);
        List<BeneficiaryId> gone = work.caseIds(merged);
        OneActiveReturn.checkMerge(engine.store.repatriations(), kept, gone);
        OneOpenStay.checkMerge(engine.store.stays(), kept, gone);
        OneActivePlan.checkMerge(engine.store.reintegrationPlans(), kept, gone);
        OneAward.checkMerge(engine.store.awards(), kept, gone);
        OneEnrolment.checkMerge(engine.store.enrolments(), kept, gone);
        OnePendingClosure.checkMerge(engine.store.closureRequests(), kept, gone);
    }

    private PotentialDuplicate findDuplicate(DuplicateId id) {
        return engine.store
                .potentialDuplicates()
                .find(id)
                .orElseThrow(() -> new NotFoundException(RecordType.POTENTIAL_DUPLICATE, id));
    }
}
