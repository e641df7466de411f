package id.pulih.internal;

import id.pulih.BulkBankResults;
import id.pulih.Grants;
import id.pulih.access.Actor;
import id.pulih.beneficiary.Beneficiary;
import id.pulih.beneficiary.CaseStatus;
import id.pulih.grant.AccountForm;
import id.pulih.grant.Award;
import id.pulih.grant.AwardableCase;
import id.pulih.grant.BankResult;
import id.pulih.grant.GrantError;
import id.pulih.grant.GrantScheme;
import id.pulih.grant.OneAward;
import id.pulih.grant.Payment;
import id.pulih.grant.PaymentBatch;
import id.pulih.grant.PaymentStatus;
import id.pulih.grant.Proposal;
import id.pulih.grant.ProposalForm;
import id.pulih.grant.Reconciliation;
import id.pulih.grant.ResultOutcome;
import id.pulih.grant.SchemeForm;
import id.pulih.guidance.OneEnrolment;
import id.pulih.guidance.Programme;
import id.pulih.internal.util.Checks;
import id.pulih.internal.util.Uuid7;
import id.pulih.shared.AwardId;
import id.pulih.shared.BankAccount;
import id.pulih.shared.BankCode;
import id.pulih.shared.BatchId;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.NotFoundException;
import id.pulih.shared.ProposalId;
import id.pulih.shared.PulihException;
import id.pulih.shared.RecordType;
import id.pulih.shared.RuleViolationException;
import id.pulih.shared.Rupiah;
import id.pulih.shared.SchemeId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/** The {@link Grants} service. */
final class GrantService implements Grants {
    private final Engine engine;
    private final Actor actor;

    GrantService(Engine engine, Actor actor) {
        this.engine = engine;
        this.actor = actor;
    }

    @Override
    public GrantScheme createScheme(SchemeForm form) {
        engine.forms.validate(form);
        return engine.command(actor, "scheme.create", work -> {
            programme(work, form.programme());
            GrantScheme saved = engine.store
                    .grantSchemes()
                    .save(new GrantScheme(
                            SchemeId.next(),
                            form.programme(),
                            form.amountPerPerson(),
                            form.budget(),
                            form.fundingSource(),
                            Rupiah.ZERO,
                            0));
            work.audit(
                    RecordType.GRANT_SCHEME,
                    saved.id(),
                    0,
                    saved.version(),
                    saved.amountPerPerson() + " per person, budget " + saved.budget());
            return saved;
        });
    }

    @Override
    public GrantScheme scheme(SchemeId id) {
        Checks.required(id, "schemeId");
        return engine.query(actor, "scheme.read", work -> scheme(work, id));
    }

    @Override
    public Award award(SchemeId schemeId, BeneficiaryId beneficiaryId, AccountForm accountForm) {
        Checks.required(schemeId, "schemeId");
        Checks.required(beneficiaryId, "beneficiaryId");
        engine.forms.validate(accountForm);
        BankAccount account = accountForm.toAccount();
        return engine.command(actor, "grant.award", work -> award(work, schemeId, beneficiaryId, b -> account));
    }

    @Override
    public Award awardToAccountOnFile(SchemeId schemeId, BeneficiaryId beneficiaryId) {
        Checks.required(schemeId, "schemeId");
        Checks.required(beneficiaryId, "beneficiaryId");
        return engine.command(
                actor,
                "grant.award",
                work -> award(
                        work,
                        schemeId,
                        beneficiaryId,
                        b -> b.person().bankAccount().orElseThrow(() -> GrantError.AWARD_NO_ACCOUNT.violation())));
    }

    /** The one award rule, whichever account it goes to: {@code accountOf} picks it once the case is open. */
    private Award award(
            Engine.Work work,
            SchemeId schemeId,
            BeneficiaryId beneficiaryId,
            java.util.function.Function<Beneficiary, BankAccount> accountOf) {
        {
            GrantScheme scheme = scheme(work, schemeId);
            Programme programme =
                    engine.store.programmes().find(scheme.programme()).orElseThrow();
            Beneficiary b = work.open(beneficiaryId);
            requireAwardable(beneficiaryId, b);
            BankAccount account = accountOf.apply(b);
            // the programme completed under any registration of the case; the award goes to the case as it is now
            OneEnrolment.enrolmentOf(engine.store.enrolments(), programme.id(), work.caseIds(b))
                    .filter(e -> e.completed(programme))
                    .orElseThrow(() -> GrantError.AWARD_NOT_COMPLETED.violation());
            requireOwnAccount(b, account);
            Award award =
                    new Award(AwardId.next(), schemeId, b.id(), scheme.amountPerPerson(), account, work.today(), 0);
            // asked before the scheme's budget is committed; the store checks it again on save
            OneAward.check(engine.store.awards(), award, work.caseIds(b));
            engine.store.grantSchemes().save(scheme.commitOne());
            Award saved = engine.store.awards().save(award);
            work.audit(RecordType.AWARD, saved.id(), 0, saved.version(), "awarded " + saved.amount());
            return saved;
        }
    }

    /** The one rule of who a new award goes to ({@link AwardableCase}). */
    private static void requireAwardable(BeneficiaryId registration, Beneficiary survivor) {
        AwardableCase.check(registration, survivor.id(), survivor.status() == CaseStatus.CLOSED);
    }

    /** Paying an award already made: it follows its registration into the survivor; only a closed case refuses. */
    private static void requirePayable(Beneficiary survivor) {
        AwardableCase.checkPayable(survivor.id(), survivor.status() == CaseStatus.CLOSED);
    }

    /** Why a batch leaves a payment out: its case is restricted or erased, or closed. */
    private static Optional<RuleViolationException> notPayable(Engine.Work work, BeneficiaryId registration) {
        Beneficiary survivor = work.resolve(registration);
        return work.unprocessable(survivor)
                .or(() -> AwardableCase.payableRefusal(survivor.id(), survivor.status() == CaseStatus.CLOSED));
    }

    private static void requireOwnAccount(Beneficiary b, BankAccount account) {
        if (!account.isHeldBy(b.name())) {
            throw GrantError.AWARD_ACCOUNT_NAME.violation();
        }
    }

    @Override
    public Payment disburse(AwardId awardId) {
        Checks.required(awardId, "awardId");
        return engine.command(actor, "grant.disburse", work -> {
            Award award = award(work, awardId);
            requirePayable(work.open(award.beneficiary()));
            Payment saved = engine.store.payments().save(Payment.approve(award, work.today()));
            work.audit(RecordType.PAYMENT, saved.id(), 0, saved.version(), "approved " + saved.amount());
            return saved;
        });
    }

    @Override
    public List<PaymentBatch> prepareBatches(SchemeId schemeId, int maxSize) {
        Checks.required(schemeId, "schemeId");
        if (maxSize < 1 || maxSize > PaymentBatch.MAX_SIZE) {
            throw GrantError.BATCH_SIZE.invalidAt("maxSize", PaymentBatch.MAX_SIZE);
        }
        return engine.command(actor, "grant.batch", work -> {
            scheme(work, schemeId);
            List<Payment> waiting = new ArrayList<>();
            for (Payment p : engine.store.payments().forScheme(schemeId)) {
                if (p.status() == PaymentStatus.APPROVED && p.batchId().isEmpty()) {
                    waiting.add(p);
                }
            }
            Map<BankCode, List<Payment>> byBank = new LinkedHashMap<>();
            // a case closed, restricted or erased since its payment was approved: the payment waits, unbatched, and
            // is counted
            Map<String, Integer> leftOut = new TreeMap<>();
            for (Payment p : work.readable(waiting, Payment::beneficiary)) {
                Optional<RuleViolationException> refused = notPayable(work, p.beneficiary());
                if (refused.isPresent()) {
                    leftOut.merge(refused.get().code(), 1, Integer::sum);
                    continue;
                }
                byBank.computeIfAbsent(p.account().bank(), k -> new ArrayList<>())
                        .add(p);
            }
            List<PaymentBatch> batches = new ArrayList<>();
            for (Map.Entry<BankCode, List<Payment>> bank : byBank.entrySet()) {
                List<Payment> all = bank.getValue();
                for (int from = 0; from < all.size(); from += maxSize) {
                    List<Payment> chunk = all.subList(from, Math.min(all.size(), from + maxSize));
                    BatchId id = BatchId.next();
                    // the batch first, so that a store with foreign keys accepts the payments pointing to it
                    batches.add(engine.store
                            .paymentBatches()
                            .save(new PaymentBatch(
                                    id,
                                    schemeId,
                                    bank.getKey(),
                                    chunk.stream().map(Payment::id).toList(),
                                    work.today(),
                                    null,
                                    0)));
                    for (Payment p : chunk) {
                        engine.store.payments().save(p.batch(id));
                    }
                }
            }
            if (batches.isEmpty()) {
                work.unchanged();
            } else {
                work.audit(
                        RecordType.GRANT_SCHEME,
                        schemeId,
                        0,
                        0,
                        batches.size() + " batch(es) prepared"
                                + (leftOut.isEmpty() ? "" : ", payments left out: " + leftOut));
            }
            return batches;
        });
    }

    @Override
    public PaymentBatch sendBatch(BatchId batchId, LocalDate on) {
        Checks.required(batchId, "batchId");
        Checks.required(on, "sentOn");
        return engine.command(actor, "grant.send", work -> {
            work.requireNotFuture("sentOn", on);
            PaymentBatch batch = batch(work, batchId);
            List<Payment> payments = engine.store.payments().forBatch(batchId);
            payments.stream()
                    .map(Payment::beneficiary)
                    .distinct()
                    .forEach(registration -> requirePayable(work.open(registration)));
            PaymentBatch sent = engine.store.paymentBatches().save(batch.send(on));
            for (Payment p : payments) {
                engine.store.payments().save(p.send());
            }
            work.audit(
                    RecordType.PAYMENT_BATCH,
                    sent.id(),
                    batch.version(),
                    sent.version(),
                    "sent to " + sent.bank().displayName());
            return sent;
        });
    }

    @Override
    public ResultOutcome applyBankResult(BankResult result) {
        Checks.required(result, "result");
        return engine.command(actor, "grant.bank-result", work -> {
            Optional<BankAnswer> answer = bankAnswer(work, result);
            ResultOutcome outcome = BankAnswer.outcome(answer);
            if (outcome != ResultOutcome.APPLIED) {
                work.unchanged();
                return outcome;
            }
            Payment saved = engine.store.payments().save(answer.get().after());
            work.audit(
                    RecordType.PAYMENT,
                    saved.id(),
                    answer.get().before().version(),
                    saved.version(),
                    "bank: " + saved.status());
            return ResultOutcome.APPLIED;
        });
    }

    /**
     * A bank answer for a known payment, checked by every rule and not yet written.
     *
     * @param before the payment as stored
     * @param applied what the answer does to it
     */
    private record BankAnswer(Payment before, Payment.Applied applied) {
        Payment after() {
            return applied.payment();
        }

        /** The outcome of an answer; none is an unknown payment. */
        static ResultOutcome outcome(Optional<BankAnswer> answer) {
            return answer.map(a -> a.applied().outcome()).orElse(ResultOutcome.UNKNOWN_PAYMENT);
        }
    }

    /** The rules of a bank answer, single or in a file: reads and decides, writes nothing; empty when unknown. */
    private Optional<BankAnswer> bankAnswer(Engine.Work work, BankResult result) {
        return engine.store.payments().find(result.payment()).map(payment -> {
            scheme(work, payment.scheme());
            work.open(payment.beneficiary());
            work.requireNotFuture("date", result.date());
            return new BankAnswer(payment, payment.applyResult(result));
        });
    }

    @Override
    public <R> R applyBankResults(Function<BulkBankResults, R> body) {
        Checks.required(body, "body");
        return engine.command(actor, "grant.bank-results", work -> {
            BankResultFile file = new BankResultFile(work);
            R result = body.apply(file);
            file.finish();
            return result;
        });
    }

    /** The {@link BulkBankResults} of one {@code grant.bank-results} command. */
    private final class BankResultFile implements BulkBankResults {
        private final Engine.Work work;
        private final Map<ResultOutcome, Long> counts = new EnumMap<>(ResultOutcome.class);
        private long refused;

        BankResultFile(Engine.Work work) {
            this.work = work;
        }

        @Override
        public ResultOutcome apply(BankResult result) {
            Checks.required(result, "result");
            Optional<BankAnswer> answer;
            try {
                answer = work.checkRow(() -> bankAnswer(work, result));
            } catch (PulihException e) {
                refused++;
                throw e;
            }
            ResultOutcome outcome = BankAnswer.outcome(answer);
            if (outcome == ResultOutcome.APPLIED) {
                work.writeRow(() -> engine.store.payments().save(answer.get().after()));
            }
            counts.merge(outcome, 1L, Long::sum);
            return outcome;
        }

        @Override
        public long count(ResultOutcome outcome) {
            Checks.required(outcome, "outcome");
            return counts.getOrDefault(outcome, 0L);
        }

        @Override
        public long refused() {
            return refused;
        }

        /** Records the file's one audit entry, or none when no answer changed anything. */
        void finish() {
            if (count(ResultOutcome.APPLIED) == 0) {
                work.unchanged();
                return;
            }
            StringBuilder summary = new StringBuilder("bank results:");
            for (ResultOutcome outcome : ResultOutcome.values()) {
                summary.append(' ')
                        .append(outcome.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                        .append(' ')
                        .append(count(outcome))
                        .append(',');
            }
            summary.append(" refused ").append(refused);
            work.audit(RecordType.BANK_RESULT_IMPORT, Uuid7.next(engine.clock), 0, 0, summary.toString());
        }
    }

    @Override
    public Payment reissue(AwardId awardId, AccountForm corrected) {
        Checks.required(awardId, "awardId");
        engine.forms.validate(corrected);
        BankAccount account = corrected.toAccount();
        return engine.command(actor, "grant.reissue", work -> {
            Award award = award(work, awardId);
            List<Payment> history = engine.store.payments().forAward(awardId);
            if (history.isEmpty() || history.get(history.size() - 1).status() != PaymentStatus.REJECTED) {
                throw GrantError.PAYMENT_NOT_REJECTED.violation();
            }
            Beneficiary b = work.open(award.beneficiary());
            requirePayable(b);
            requireOwnAccount(b, account);
            Award changed = engine.store.awards().save(award.withAccount(account));
            Payment saved = engine.store.payments().save(Payment.approve(changed, work.today()));
            work.audit(RecordType.PAYMENT, saved.id(), 0, saved.version(), "re-issued after rejection");
            return saved;
        });
    }

    @Override
    public List<Payment> payments(AwardId awardId) {
        Checks.required(awardId, "awardId");
        return engine.query(actor, "grant.read", work -> {
            work.open(award(work, awardId).beneficiary());
            return engine.store.payments().forAward(awardId);
        });
    }

    @Override
    public List<Award> awards(SchemeId schemeId) {
        Checks.required(schemeId, "schemeId");
        return engine.query(actor, "grant.read", work -> {
            scheme(work, schemeId);
            return work.readable(engine.store.awards().forScheme(schemeId), Award::beneficiary);
        });
    }

    @Override
    public List<PaymentBatch> batches(SchemeId schemeId) {
        Checks.required(schemeId, "schemeId");
        return engine.query(actor, "grant.read", work -> {
            scheme(work, schemeId);
            List<PaymentBatch> visible = new ArrayList<>();
            for (PaymentBatch batch : engine.store.paymentBatches().forScheme(schemeId)) {
                List<Beneficiary> cases = engine.store.payments().forBatch(batch.id()).stream()
                        .map(Payment::beneficiary)
                        .distinct()
                        .map(work::resolve)
                        .toList();
                if (work.readAll(cases)) {
                    visible.add(batch);
                }
            }
            return visible;
        });
    }

    @Override
    public List<Payment> batchPayments(BatchId batchId) {
        Checks.required(batchId, "batchId");
        return engine.query(actor, "grant.batch-read", work -> {
            PaymentBatch batch = batch(work, batchId);
            Map<id.pulih.shared.PaymentId, Payment> byId = new java.util.HashMap<>();
            List<Payment> payments = engine.store.payments().forBatch(batchId);
            payments.stream().map(Payment::beneficiary).distinct().forEach(work::open);
            for (Payment p : payments) {
                byId.put(p.id(), p);
            }
            List<Payment> ordered = new ArrayList<>();
            for (id.pulih.shared.PaymentId id : batch.payments()) {
                Payment p = byId.get(id);
                if (p == null) {
                    throw new NotFoundException(RecordType.PAYMENT, id);
                }
                ordered.add(p);
            }
            return ordered;
        });
    }

    @Override
    public Reconciliation reconcileBatch(BatchId batchId) {
        Checks.required(batchId, "batchId");
        return engine.query(actor, "grant.read", work -> {
            batch(work, batchId);
            return Reconciliation.of(engine.store.payments().forBatch(batchId));
        });
    }

    @Override
    public Reconciliation reconcileScheme(SchemeId schemeId) {
        Checks.required(schemeId, "schemeId");
        return engine.query(actor, "grant.read", work -> {
            scheme(work, schemeId);
            return Reconciliation.of(engine.store.payments().forScheme(schemeId));
        });
    }

    @Override
    public Proposal submitProposal(ProposalForm form) {
        engine.forms.validate(form);
        return engine.command(actor, "proposal.submit", work -> {
            Award award = award(work, form.award());
            Beneficiary b = work.open(award.beneficiary());
            boolean paid = engine.store.payments().forAward(award.id()).stream()
                    .anyMatch(p -> p.status() == PaymentStatus.PAID);
            if (!paid) {
                throw GrantError.PROPOSAL_NOT_PAID.violation();
            }
            Proposal saved = engine.store
                    .proposals()
                    .save(Proposal.submit(award.id(), b.id(), work.today(), form.summary(), form.requested()));
            work.audit(RecordType.PROPOSAL, saved.id(), 0, saved.version(), "submitted for " + saved.requested());
            return saved;
        });
    }

    @Override
    public Proposal decideProposal(ProposalId proposalId, boolean approve, String reason) {
        Checks.required(proposalId, "proposalId");
        return engine.command(actor, "proposal.decide", work -> {
            work.requireSupervisor();
            Proposal proposal = engine.store
                    .proposals()
                    .find(proposalId)
                    .orElseThrow(() -> new NotFoundException(RecordType.PROPOSAL, proposalId));
            work.open(proposal.beneficiary());
            Proposal saved = engine.store.proposals().save(proposal.decide(approve, actor.id(), work.today(), reason));
            work.audit(
                    RecordType.PROPOSAL,
                    saved.id(),
                    proposal.version(),
                    saved.version(),
                    saved.status().name());
            return saved;
        });
    }

    private GrantScheme scheme(Engine.Work work, SchemeId id) {
        GrantScheme scheme = engine.store
                .grantSchemes()
                .find(id)
                .orElseThrow(() -> new NotFoundException(RecordType.GRANT_SCHEME, id));
        programme(work, scheme.programme());
        return scheme;
    }

    private Programme programme(Engine.Work work, id.pulih.shared.ProgrammeId id) {
        Programme programme =
                engine.store.programmes().find(id).orElseThrow(() -> new NotFoundException(RecordType.PROGRAMME, id));
        work.requireRegion(programme.region(), id.toString());
        return programme;
    }

    private Award award(Engine.Work work, AwardId id) {
        Award award = engine.store.awards().find(id).orElseThrow(() -> new NotFoundException(RecordType.AWARD, id));
        scheme(work, award.scheme());
        return award;
    }

    private PaymentBatch batch(Engine.Work work, BatchId id) {
        PaymentBatch batch = engine.store
                .paymentBatches()
                .find(id)
                .orElseThrow(() -> new NotFoundException(RecordType.PAYMENT_BATCH, id));
        scheme(work, batch.scheme());
        return batch;
    }
}
