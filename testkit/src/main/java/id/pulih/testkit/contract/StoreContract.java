package id.pulih.testkit.contract;

import id.pulih.store.Store;
import org.junit.jupiter.api.Nested;

/**
 * Every contract suite of the {@link Store} port in one class: extend it with a store factory and JUnit 5 runs
 * each suite as a {@link Nested} group, each test against a fresh, empty store.
 *
 * <pre>{@code
 * class InMemoryStoreContractTest extends StoreContract {
 *     @Override
 *     protected Store newStore() {
 *         return new InMemoryStore();          // a fresh, empty store per test
 *     }
 * }
 *
 * class PostgresStoreContractIT extends StoreContract {
 *     @Override
 *     protected Store newStore() {
 *         return JdbcStore.create(freshSchema());
 *     }
 *
 *     @Override
 *     protected void release(Store store) {
 *         dropSchema(store);                    // optional: undo what newStore() set up
 *     }
 * }
 * }</pre>
 *
 * <p>The groups, each also usable alone by extending its class:
 *
 * <ul>
 *   <li>{@link BeneficiariesContract}, {@link PotentialDuplicatesContract}, {@link ClosureRequestsContract},
 *       {@link SheltersContract},
 *       {@link StaysContract}, {@link RepatriationsContract}: optimistic locking ({@code record.stale}), the
 *       uniqueness rules, the queries and their order, and a round trip of every field;
 *   <li>{@link MatchCandidatesContract}: the indexed look-ups of duplicate scoring and of a household;
 *   <li>{@link ProgrammesContract}, {@link EnrolmentsContract}, {@link GrantSchemesContract}, {@link AwardsContract},
 *       {@link PaymentsContract}, {@link PaymentBatchesContract}, {@link ProposalsContract},
 *       {@link ReintegrationPlansContract}, {@link FollowUpsContract}: the same for guidance, grants and
 *       reintegration;
 *   <li>{@link ReportQueriesContract}: every report's rows over a known dataset, for each kind of scope;
 *   <li>{@link AccessGrantsContract}, {@link AuditTrailContract}, {@link AccessLogContract}: the append-only ports;
 *   <li>{@link TextLimitsContract}: every free-text and code field kept at its declared limit and refused one
 *       character beyond it, before any store sees it;
 *   <li>{@link TransactionsContract}: all or nothing, across ports;
 *   <li>{@link ConcurrencyContract}: racing saves;
 *   <li>{@link FutureDatesContract}: no state change dated after today, through the services and the bulk paths;
 *   <li>{@link GrantsToOpenCasesContract}: no award to a closed case or a merged registration, no re-issue or payment
 *       to a closed case (an award follows its registration into the survivor);
 *   <li>{@link MergeContract}: a merge of two registrations keeps the rules of one person, through the services;
 *   <li>{@link CorrectionContract}: corrections, attached NIKs, the bank account on file and the audited field
 *       changes read back as written, through the services;
 *   <li>{@link CaseSequencesContract}: random case histories through the services, one audit entry per command, one
 *       bed and one return under way per person;
 *   <li>{@link PrivacyContract}: data-subject requests, restriction, risk reviews, erasure, breaches and retention,
 *       through the services;
 *   <li>{@link SubjectRecordContract}: one person's whole record, every kind of record in it, identifiers whole or
 *       masked by the actor, through the services;
 *   <li>{@link AccessMatrixContract}: every service method by every kind of actor, on a case it covers and one it
 *       does not, against an independent oracle.
 * </ul>
 *
 * <p>What the suites take as given: "oldest first" means by the record's own time (registration, admission, plan
 * date, grant instant, entry instant; a programme's first day, the date of an enrolment, an award or a proposal, a
 * payment's approval, a batch's creation, a plan's creation, a follow-up's due date), "in batch order" the order
 * of the batch's list of payments, and, for potential duplicates, which have none, the order flagged; instants
 * are kept to the microsecond; text of any script is kept as it was. What the suites grant a store: every record a
 * test saves refers only to records stored before it (a stay to its beneficiary and shelter, a payment to its award
 * and batch, ...), so a store may enforce foreign keys; only access log entries may name a beneficiary never stored.
 */
public abstract class StoreContract {
    /** For subclasses. */
    protected StoreContract() {}

    /**
     * A new, empty store, called before every test and once per generated example in the round-trip tests.
     *
     * @return the store under test, holding no records
     */
    protected abstract Store newStore();

    /**
     * Releases a store made by {@link #newStore()}; does nothing unless overridden.
     *
     * @param store the store to release
     */
    protected void release(Store store) {}

    /** {@link BeneficiariesContract} against this store. */
    @Nested
    public class Beneficiaries extends BeneficiariesContract {
        /** Made by JUnit. */
        public Beneficiaries() {}

        @Override
        protected Store newStore() {
            return StoreContract.this.newStore();
        }

        @Override
        protected void release(Store store) {
            StoreContract.this.release(store);
        }
    }

    /** {@link PotentialDuplicatesContract} against this store. */
    @Nested
    public class PotentialDuplicates extends PotentialDuplicatesContract {
        /** Made by JUnit. */
        public PotentialDuplicates() {}

        @Override
        protected Store newStore() {
            return StoreContract.this.newStore();
        }

        @Override
        protected void release(Store store) {
            StoreContract.this.release(store);
        }
    }

    /** {@link MatchCandidatesContract} against this store. */
    @Nested
    public class MatchCandidates extends MatchCandidatesContract {
        /** Made by JUnit. */
        public MatchCandidates() {}

        @Override
        protected Store newStore() {
            return StoreContract.this.newStore();
        }

        @Override
        protected void release(Store store) {
            StoreContract.this.release(store);
        }
    }

    /** {@link ClosureRequestsContract} against this store. */
    @Nested
    public class ClosureRequests extends ClosureRequestsContract {
        /** Made by JUnit. */
        public ClosureRequests() {}

        @Override
        protected Store newStore() {
            return StoreContract.this.newStore();
        }

        @Override
        protected void release(Store store) {
            StoreContract.this.release(store);
        }
    }

    /** {@link SheltersContract} against this store. */
    @Nested
    public class Shelters extends SheltersContract {
        /** Made by JUnit. */
        public Shelters() {}

        @Override
        protected Store newStore() {
            return StoreContract.this.newStore();
        }

        @Override
        protected void release(Store store) {
            StoreContract.this.release(store);
        }
    }

    /** {@link StaysContract} against this store. */
    @Nested
    public class Stays extends StaysContract {
        /** Made by JUnit. */
        public Stays() {}

        @Override
        protected Store newStore() {
            return StoreContract.this.newStore();
        }

        @Override
        protected void release(Store store) {
            StoreContract.this.release(store);
        }
    }

    /** {@link RepatriationsContract} against this store. */
    @Nested
    public class Repatriations extends RepatriationsContract {
        /** Made by JUnit. */
        public Repatriations() {}

        @Override
        protected Store newStore() {
            return StoreContract.this.newStore();
        }

        @Override
        protected void release(Store store) {
            StoreContract.this.release(store);
        }
    }

    /** {@link ProgrammesContract} against this store. */
    @Nested
    public class Programmes extends ProgrammesContract {
        /** Made by JUnit. */
        public Programmes() {}

        @Override
        protected Store newStore() {
            return StoreContract.this.newStore();
        }

        @Override
        protected void release(Store store) {
            StoreContract.this.release(store);
        }
    }

    /** {@link EnrolmentsContract} against this store. */
    @Nested
    public class Enrolments extends EnrolmentsContract {
        /** Made by JUnit. */
        public Enrolments() {}

        @Override
        protected Store newStore() {
            return StoreContract.this.newStore();
        }

        @Override
        protected void release(Store store) {
            StoreContract.this.release(store);
        }
    }

    /** {@link GrantSchemesContract} against this store. */
    @Nested
    public class GrantSchemes extends GrantSchemesContract {
        /** Made by JUnit. */
        public GrantSchemes() {}

        @Override
        protected Store newStore() {
            return StoreContract.this.newStore();
        }

        @Override
        protected void release(Store store) {
            StoreContract.this.release(store);
        }
    }

    /** {@link AwardsContract} against this store. */
    @Nested
    public class Awards extends AwardsContract {
        /** Made by JUnit. */
        public Awards() {}

        @Override
        protected Store newStore() {
            return StoreContract.this.newStore();
        }

        @Override
        protected void release(Store store) {
            StoreContract.this.release(store);
        }
    }

    /** {@link PaymentsContract} against this store. */
    @Nested
    public class Payments extends PaymentsContract {
        /** Made by JUnit. */
        public Payments() {}

        @Override
        protected Store newStore() {
            return StoreContract.this.newStore();
        }

        @Override
        protected void release(Store store) {
            StoreContract.this.release(store);
        }
    }

    /** {@link PaymentBatchesContract} against this store. */
    @Nested
    public class PaymentBatches extends PaymentBatchesContract {
        /** Made by JUnit. */
        public PaymentBatches() {}

        @Override
        protected Store newStore() {
            return StoreContract.this.newStore();
        }

        @Override
        protected void release(Store store) {
            StoreContract.this.release(store);
        }
    }

    /** {@link ProposalsContract} against this store. */
    @Nested
    public class Proposals extends ProposalsContract {
        /** Made by JUnit. */
        public Proposals() {}

        @Override
        protected Store newStore() {
            return StoreContract.this.newStore();
        }

        @Override
        protected void release(Store store) {
            StoreContract.this.release(store);
        }
    }

    /** {@link ReintegrationPlansContract} against this store. */
    @Nested
    public class ReintegrationPlans extends ReintegrationPlansContract {
        /** Made by JUnit. */
        public ReintegrationPlans() {}

        @Override
        protected Store newStore() {
            return StoreContract.this.newStore();
        }

        @Override
        protected void release(Store store) {
            StoreContract.this.release(store);
        }
    }

    /** {@link FollowUpsContract} against this store. */
    @Nested
    public class FollowUps extends FollowUpsContract {
        /** Made by JUnit. */
        public FollowUps() {}

        @Override
        protected Store newStore() {
            return StoreContract.this.newStore();
        }

        @Override
        protected void release(Store store) {
            StoreContract.this.release(store);
        }
    }

    /** {@link ReportQueriesContract} against this store. */
    @Nested
    public class Reports extends ReportQueriesContract {
        /** Made by JUnit. */
        public Reports() {}

        @Override
        protected Store newStore() {
            return StoreContract.this.newStore();
        }

        @Override
        protected void release(Store store) {
            StoreContract.this.release(store);
        }
    }

    /** {@link AccessGrantsContract} against this store. */
    @Nested
    public class AccessGrants extends AccessGrantsContract {
        /** Made by JUnit. */
        public AccessGrants() {}

        @Override
        protected Store newStore() {
            return StoreContract.this.newStore();
        }

        @Override
        protected void release(Store store) {
            StoreContract.this.release(store);
        }
    }

    /** {@link AuditTrailContract} against this store. */
    @Nested
    public class AuditTrail extends AuditTrailContract {
        /** Made by JUnit. */
        public AuditTrail() {}

        @Override
        protected Store newStore() {
            return StoreContract.this.newStore();
        }

        @Override
        protected void release(Store store) {
            StoreContract.this.release(store);
        }
    }

    /** {@link AccessLogContract} against this store. */
    @Nested
    public class AccessLog extends AccessLogContract {
        /** Made by JUnit. */
        public AccessLog() {}

        @Override
        protected Store newStore() {
            return StoreContract.this.newStore();
        }

        @Override
        protected void release(Store store) {
            StoreContract.this.release(store);
        }
    }

    /** {@link TransactionsContract} against this store. */
    @Nested
    public class Transactions extends TransactionsContract {
        /** Made by JUnit. */
        public Transactions() {}

        @Override
        protected Store newStore() {
            return StoreContract.this.newStore();
        }

        @Override
        protected void release(Store store) {
            StoreContract.this.release(store);
        }
    }

    /** {@link ConcurrencyContract} against this store. */
    @Nested
    public class Concurrency extends ConcurrencyContract {
        /** Made by JUnit. */
        public Concurrency() {}

        @Override
        protected Store newStore() {
            return StoreContract.this.newStore();
        }

        @Override
        protected void release(Store store) {
            StoreContract.this.release(store);
        }
    }

    /** {@link AccessMatrixContract} against this store: every service method by every kind of actor. */
    @Nested
    public class AccessMatrix extends AccessMatrixContract {
        /** Made by JUnit. */
        public AccessMatrix() {}

        @Override
        protected Store newStore() {
            return StoreContract.this.newStore();
        }

        @Override
        protected void release(Store store) {
            StoreContract.this.release(store);
        }
    }

    /** {@link TextLimitsContract} against this store. */
    @Nested
    public class TextLimits extends TextLimitsContract {
        /** Made by JUnit. */
        public TextLimits() {}

        @Override
        protected Store newStore() {
            return StoreContract.this.newStore();
        }

        @Override
        protected void release(Store store) {
            StoreContract.this.release(store);
        }
    }

    /** {@link MergeContract} against this store: a merge keeps the rules of one person. */
    @Nested
    public class Merges extends MergeContract {
        /** Made by JUnit. */
        public Merges() {}

        @Override
        protected Store newStore() {
            return StoreContract.this.newStore();
        }

        @Override
        protected void release(Store store) {
            StoreContract.this.release(store);
        }
    }

    /** {@link CorrectionContract} against this store: corrections, attached NIKs and the account on file. */
    @Nested
    public class Corrections extends CorrectionContract {
        /** Made by JUnit. */
        public Corrections() {}

        @Override
        protected Store newStore() {
            return StoreContract.this.newStore();
        }

        @Override
        protected void release(Store store) {
            StoreContract.this.release(store);
        }
    }

    /** {@link CaseSequencesContract} against this store: random case histories keep the rules of one person. */
    @Nested
    public class CaseSequences extends CaseSequencesContract {
        /** Made by JUnit. */
        public CaseSequences() {}

        @Override
        protected Store newStore() {
            return StoreContract.this.newStore();
        }

        @Override
        protected void release(Store store) {
            StoreContract.this.release(store);
        }
    }

    /** {@link FutureDatesContract} against this store: no state change dated after today. */
    @Nested
    public class FutureDates extends FutureDatesContract {
        /** Made by JUnit. */
        public FutureDates() {}

        @Override
        protected Store newStore() {
            return StoreContract.this.newStore();
        }

        @Override
        protected void release(Store store) {
            StoreContract.this.release(store);
        }
    }

    /** {@link GrantsToOpenCasesContract} against this store: no award to a closed or merged case, no payment to a closed one. */
    @Nested
    public class GrantsToOpenCases extends GrantsToOpenCasesContract {
        /** Made by JUnit. */
        public GrantsToOpenCases() {}

        @Override
        protected Store newStore() {
            return StoreContract.this.newStore();
        }

        @Override
        protected void release(Store store) {
            StoreContract.this.release(store);
        }
    }

    /** {@link PrivacyContract} against this store. */
    @Nested
    public class Privacy extends PrivacyContract {
        /** Made by JUnit. */
        public Privacy() {}

        @Override
        protected Store newStore() {
            return StoreContract.this.newStore();
        }

        @Override
        protected void release(Store store) {
            StoreContract.this.release(store);
        }
    }

    /** {@link SubjectRecordContract} against this store: one person's whole record. */
    @Nested
    public class SubjectRecords extends SubjectRecordContract {
        /** Made by JUnit. */
        public SubjectRecords() {}

        @Override
        protected Store newStore() {
            return StoreContract.this.newStore();
        }

        @Override
        protected void release(Store store) {
            StoreContract.this.release(store);
        }
    }
}
