package id.pulih.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.pulih.access.Jurisdiction;
import id.pulih.beneficiary.Beneficiary;
import id.pulih.beneficiary.BirthDate;
import id.pulih.beneficiary.DocumentStatus;
import id.pulih.beneficiary.Person;
import id.pulih.beneficiary.ReturnInfo;
import id.pulih.beneficiary.ReturnMode;
import id.pulih.beneficiary.TraffickingProfile;
import id.pulih.grant.Award;
import id.pulih.grant.BankResult;
import id.pulih.grant.GrantScheme;
import id.pulih.grant.Payment;
import id.pulih.grant.PaymentBatch;
import id.pulih.grant.PaymentStatus;
import id.pulih.grant.Proposal;
import id.pulih.grant.ProposalStatus;
import id.pulih.grant.RejectionReason;
import id.pulih.guidance.Enrolment;
import id.pulih.guidance.Programme;
import id.pulih.guidance.Topic;
import id.pulih.shared.AwardId;
import id.pulih.shared.BankAccount;
import id.pulih.shared.BankCode;
import id.pulih.shared.BatchId;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.ConflictException;
import id.pulih.shared.OrganisationId;
import id.pulih.shared.PaymentId;
import id.pulih.shared.PersonName;
import id.pulih.shared.ProgrammeId;
import id.pulih.shared.ProposalId;
import id.pulih.shared.RegionCode;
import id.pulih.shared.Rupiah;
import id.pulih.shared.SchemeId;
import id.pulih.shared.Sex;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The guidance and grant ports of {@link JdbcStore} on H2: every field round-trips, versions bump, stale saves and
 * second records are refused with their codes, and queries come back in the order the ports document.
 */
class GuidanceAndGrantsJdbcTest {
    private static final LocalDate DAY0 = LocalDate.of(2019, 10, 29);
    private static final RegionCode LOMBOK_TENGAH = RegionCode.of("52.02");
    private static final BankAccount SITI_AT_BRI =
            BankAccount.of(BankCode.BRI, "0123-01-000456-50-1", name("Siti Aminah"));
    private static final BankAccount SITI_AT_NTB =
            BankAccount.of(BankCode.NTB_SYARIAH, "7001234567", name("Siti Aminah"));

    private JdbcStore store;
    private BeneficiaryId siti;
    private BeneficiaryId nur;

    @BeforeEach
    void openFreshDatabase() {
        store = JdbcStore.h2InMemory("pulih-" + UUID.randomUUID());
        siti = store.beneficiaries().save(beneficiary("Siti Aminah")).id();
        nur = store.beneficiaries().save(beneficiary("Nur’aini Wati-Sari")).id();
    }

    // ---- programmes

    @Test
    void programmeRoundTripsEveryFieldAndBumpsItsVersion() {
        Programme fresh = programme(DAY0);

        Programme v1 = store.programmes().save(fresh);
        assertThat(v1).isEqualTo(fresh.withVersion(1));
        assertThat(store.programmes().find(fresh.id())).contains(v1);

        Programme v2 = store.programmes().save(v1.enrolOne());
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.enrolled()).isEqualTo(1);
        assertThat(store.programmes().find(fresh.id())).contains(v2);
        assertThat(store.programmes().find(ProgrammeId.next())).isEmpty();
    }

    @Test
    void programmeKeepsTheOrderOfItsTopicsAndAnEmptyPartnerSet() {
        Programme kupang = new Programme(
                ProgrammeId.next(),
                "Bimbingan sosial Kupang",
                OrganisationId.of("UPT-KUPANG"),
                Set.of(),
                "Aula Dinas Sosial",
                RegionCode.of("53.71"),
                DAY0,
                DAY0,
                1,
                0,
                List.of(Topic.FOOD_PROCESSING, Topic.CAKE_MAKING, Topic.of("bookkeeping")),
                Set.of(),
                0);

        store.programmes().save(kupang);

        Programme found = store.programmes().find(kupang.id()).orElseThrow();
        assertThat(found).isEqualTo(kupang.withVersion(1));
        assertThat(found.topics()).containsExactly(Topic.FOOD_PROCESSING, Topic.CAKE_MAKING, Topic.of("BOOKKEEPING"));
    }

    @Test
    void staleProgrammeSaveIsRefusedAndWritesNothing() {
        Programme v1 = store.programmes().save(programme(DAY0));
        Programme v2 = store.programmes().save(v1.enrolOne());

        ConflictException stale =
                conflict("record.stale", () -> store.programmes().save(v1.enrolOne()));

        assertThat(stale.recordId()).isEqualTo(v1.id().toString());
        assertThat(store.programmes().find(v1.id())).contains(v2);
        conflict("record.stale", () -> store.programmes().save(programme(DAY0).withVersion(1)));
        conflict("record.stale", () -> store.programmes().save(v1.withVersion(0)));
    }

    @Test
    void allProgrammesComeEarliestFirst() {
        Programme late = store.programmes().save(programme(DAY0.plusDays(30)));
        Programme early = store.programmes().save(programme(DAY0));
        Programme middle = store.programmes().save(programme(DAY0.plusDays(7)));

        assertThat(store.programmes().all()).containsExactly(early, middle, late);
    }

    // ---- enrolments

    @Test
    void enrolmentRoundTripsWithItsAttendanceInTheOrderRecorded() {
        Programme programme = store.programmes().save(programme(DAY0));
        Enrolment fresh = Enrolment.enrol(programme.id(), siti, DAY0.minusDays(3), "  moved from Lombok Timur ");

        Enrolment v1 = store.enrolments().save(fresh);
        assertThat(v1).isEqualTo(fresh.withVersion(1));
        assertThat(store.enrolments().find(fresh.id())).contains(v1);

        Enrolment attended = v1.attend(programme, Topic.MARKETING_STRATEGY, DAY0.plusDays(1), "officer-2")
                .attend(programme, Topic.ENTREPRENEURSHIP_PRACTICE, DAY0, "officer-1")
                .attend(programme, Topic.PRODUCT_INTRODUCTION, DAY0, "officer-1");
        Enrolment v2 = store.enrolments().save(attended);
        assertThat(v2.version()).isEqualTo(2);
        assertThat(store.enrolments().find(fresh.id())).contains(v2);
        assertThat(store.enrolments().find(programme.id(), siti)).contains(v2);
        assertThat(store.enrolments().find(programme.id(), nur)).isEmpty();

        Enrolment more = v2.attend(programme, Topic.BUSINESS_START_UP_STRATEGY, DAY0.plusDays(2), "officer-3");
        Enrolment v3 = store.enrolments().save(more);
        assertThat(store.enrolments().find(fresh.id())).contains(v3);
        assertThat(v3.attendance()).hasSize(4);
        assertThat(v3.completed(programme)).isTrue();
    }

    @Test
    void staleEnrolmentSaveIsRefusedAndKeepsTheStoredAttendance() {
        Programme programme = store.programmes().save(programme(DAY0));
        Enrolment v1 = store.enrolments().save(Enrolment.enrol(programme.id(), siti, DAY0, ""));
        Enrolment v2 = store.enrolments().save(v1.attend(programme, Topic.MARKETING_STRATEGY, DAY0, "officer-1"));

        ConflictException stale = conflict(
                "record.stale",
                () -> store.enrolments().save(v1.attend(programme, Topic.PRODUCT_INTRODUCTION, DAY0, "officer-1")));

        assertThat(stale.recordId()).isEqualTo(v1.id().toString());
        assertThat(store.enrolments().find(v1.id())).contains(v2);
        conflict("record.stale", () -> store.enrolments().save(v1.withVersion(0)));
        assertThat(store.enrolments().find(v1.id())).contains(v2);
    }

    @Test
    void refusesASecondEnrolmentOfAPersonInAProgrammeNamingTheFirst() {
        Programme programme = store.programmes().save(programme(DAY0));
        Programme other = store.programmes().save(programme(DAY0.plusDays(1)));
        Enrolment first = store.enrolments().save(Enrolment.enrol(programme.id(), siti, DAY0, ""));
        Enrolment second = Enrolment.enrol(programme.id(), siti, DAY0.plusDays(1), "");

        ConflictException exists =
                conflict("enrolment.exists", () -> store.enrolments().save(second));

        assertThat(exists.recordId()).isEqualTo(first.id().toString());
        assertThat(store.enrolments().find(second.id())).isEmpty();
        assertThat(store.enrolments().save(first).version())
                .as("its own row is no conflict")
                .isEqualTo(2);
        assertThat(store.enrolments()
                        .save(Enrolment.enrol(other.id(), siti, DAY0, ""))
                        .version())
                .isEqualTo(1);
        assertThat(store.enrolments()
                        .save(Enrolment.enrol(programme.id(), nur, DAY0, ""))
                        .version())
                .isEqualTo(1);
    }

    @Test
    void enrolmentsComeInEnrolmentOrder() {
        Programme programme = store.programmes().save(programme(DAY0));
        Programme other = store.programmes().save(programme(DAY0.plusDays(1)));
        Enrolment nurLater = store.enrolments().save(Enrolment.enrol(programme.id(), nur, DAY0.minusDays(1), ""));
        Enrolment sitiEarlier = store.enrolments().save(Enrolment.enrol(programme.id(), siti, DAY0.minusDays(2), ""));
        Enrolment sitiOther = store.enrolments().save(Enrolment.enrol(other.id(), siti, DAY0.minusDays(2), ""));

        assertThat(store.enrolments().forProgramme(programme.id())).containsExactly(sitiEarlier, nurLater);
        assertThat(store.enrolments().forBeneficiary(siti)).containsExactly(sitiEarlier, sitiOther);
        assertThat(store.enrolments().forBeneficiary(BeneficiaryId.next())).isEmpty();
    }

    // ---- grant schemes

    @Test
    void schemeRoundTripsEveryFieldAndBumpsItsVersion() {
        ProgrammeId programme = store.programmes().save(programme(DAY0)).id();
        GrantScheme fresh = scheme(programme);

        GrantScheme v1 = store.grantSchemes().save(fresh);
        assertThat(v1).isEqualTo(fresh.withVersion(1));
        assertThat(store.grantSchemes().find(fresh.id())).contains(v1);

        GrantScheme v2 = store.grantSchemes().save(v1.commitOne().commitOne());
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.committed()).isEqualTo(Rupiah.of(1_920_000));
        assertThat(store.grantSchemes().find(fresh.id())).contains(v2);
        assertThat(store.grantSchemes().find(SchemeId.next())).isEmpty();
    }

    @Test
    void staleSchemeSaveIsRefusedAndSchemesComeInTheOrderCreated() {
        ProgrammeId programme = store.programmes().save(programme(DAY0)).id();
        ProgrammeId other = store.programmes().save(programme(DAY0)).id();
        GrantScheme first = store.grantSchemes().save(scheme(programme));
        GrantScheme elsewhere = store.grantSchemes().save(scheme(other));
        GrantScheme second = store.grantSchemes().save(scheme(programme));
        GrantScheme committed = store.grantSchemes().save(first.commitOne());

        ConflictException stale =
                conflict("record.stale", () -> store.grantSchemes().save(first.commitOne()));

        assertThat(stale.recordId()).isEqualTo(first.id().toString());
        assertThat(store.grantSchemes().forProgramme(programme)).containsExactly(committed, second);
        assertThat(store.grantSchemes().forProgramme(other)).containsExactly(elsewhere);
    }

    // ---- awards

    @Test
    void awardRoundTripsEveryFieldIncludingTheAccountAndBumpsItsVersion() {
        GrantScheme scheme = savedScheme();
        Award fresh = award(scheme, siti, DAY0);

        Award v1 = store.awards().save(fresh);
        assertThat(v1).isEqualTo(fresh.withVersion(1));
        assertThat(store.awards().find(fresh.id())).contains(v1);
        assertThat(store.awards().find(scheme.id(), siti)).contains(v1);
        assertThat(store.awards().find(scheme.id(), nur)).isEmpty();

        Award v2 = store.awards().save(v1.withAccount(SITI_AT_NTB));
        assertThat(v2.version()).isEqualTo(2);
        Award found = store.awards().find(fresh.id()).orElseThrow();
        assertThat(found).isEqualTo(v2);
        assertThat(found.account().bank()).isEqualTo(BankCode.NTB_SYARIAH);
        assertThat(found.account().number()).isEqualTo("7001234567");
        assertThat(found.account().holder()).isEqualTo(name("Siti Aminah"));
    }

    @Test
    void staleAwardSaveIsRefused() {
        Award v1 = store.awards().save(award(savedScheme(), siti, DAY0));
        Award v2 = store.awards().save(v1.withAccount(SITI_AT_NTB));

        ConflictException stale = conflict("record.stale", () -> store.awards().save(v1.withAccount(SITI_AT_BRI)));

        assertThat(stale.recordId()).isEqualTo(v1.id().toString());
        assertThat(store.awards().find(v1.id())).contains(v2);
    }

    @Test
    void refusesASecondAwardOfAPersonInASchemeNamingTheFirst() {
        GrantScheme scheme = savedScheme();
        Award first = store.awards().save(award(scheme, siti, DAY0));
        Award second = award(scheme, siti, DAY0.plusDays(1));

        ConflictException exists = conflict("award.exists", () -> store.awards().save(second));

        assertThat(exists.recordId()).isEqualTo(first.id().toString());
        assertThat(store.awards().find(second.id())).isEmpty();
        assertThat(store.awards().forScheme(scheme.id())).containsExactly(first);
    }

    @Test
    void awardsComeInAwardOrder() {
        GrantScheme scheme = savedScheme();
        GrantScheme other = savedScheme();
        Award nurLater = store.awards().save(award(scheme, nur, DAY0.plusDays(1)));
        Award sitiEarlier = store.awards().save(award(scheme, siti, DAY0));
        Award sitiOther = store.awards().save(award(other, siti, DAY0.plusDays(2)));

        assertThat(store.awards().forScheme(scheme.id())).containsExactly(sitiEarlier, nurLater);
        assertThat(store.awards().forBeneficiary(siti)).containsExactly(sitiEarlier, sitiOther);
    }

    // ---- payments

    @Test
    void paymentRoundTripsThroughItsWholeLifeWithEveryField() {
        Award award = store.awards().save(award(savedScheme(), siti, DAY0));
        Payment approved = Payment.approve(award, DAY0.plusDays(1));

        Payment v1 = store.payments().save(approved);
        assertThat(v1).isEqualTo(approved.withVersion(1));
        assertThat(store.payments().find(approved.id())).contains(v1);

        BatchId batch = storedBatch(v1);
        Payment v2 = store.payments().save(v1.batch(batch));
        Payment v3 = store.payments().save(v2.send());
        assertThat(store.payments().find(approved.id())).contains(v3);

        Payment rejected = v3.applyResult(BankResult.rejected(
                        approved.id(), "BRI-20191105-0042", RejectionReason.NAME_MISMATCH, DAY0.plusDays(7)))
                .payment();
        Payment v4 = store.payments().save(rejected);
        assertThat(v4.version()).isEqualTo(4);
        Payment found = store.payments().find(approved.id()).orElseThrow();
        assertThat(found).isEqualTo(v4);
        assertThat(found.status()).isEqualTo(PaymentStatus.REJECTED);
        assertThat(found.batchId()).contains(batch);
        assertThat(found.bankReference()).contains("BRI-20191105-0042");
        assertThat(found.rejectionReason()).contains(RejectionReason.NAME_MISMATCH);
        assertThat(found.settledOn()).contains(DAY0.plusDays(7));
        assertThat(found.account()).isEqualTo(SITI_AT_BRI);
    }

    @Test
    void stalePaymentSaveIsRefused() {
        Award award = store.awards().save(award(savedScheme(), siti, DAY0));
        Payment v1 = store.payments().save(Payment.approve(award, DAY0));
        Payment v2 = store.payments().save(v1.batch(storedBatch(v1)));
        BatchId other = storedBatch(v1);

        ConflictException stale =
                conflict("record.stale", () -> store.payments().save(v1.batch(other)));

        assertThat(stale.recordId()).isEqualTo(v1.id().toString());
        assertThat(store.payments().find(v1.id())).contains(v2);
    }

    @Test
    void refusesASecondPaymentOfAnAwardUntilTheFirstIsRejected() {
        Award award = store.awards().save(award(savedScheme(), siti, DAY0));
        Payment first = store.payments().save(Payment.approve(award, DAY0));
        Payment second = Payment.approve(award, DAY0.plusDays(1));

        ConflictException active =
                conflict("payment.active-exists", () -> store.payments().save(second));
        assertThat(active.recordId()).isEqualTo(first.id().toString());
        assertThat(store.payments().find(second.id())).isEmpty();

        Payment sent = store.payments()
                .save(store.payments().save(first.batch(storedBatch(first))).send());
        store.payments()
                .save(sent.applyResult(BankResult.rejected(
                                first.id(), "REF-1", RejectionReason.ACCOUNT_CLOSED, DAY0.plusDays(5)))
                        .payment());
        Award corrected = store.awards().save(award.withAccount(SITI_AT_NTB));
        Payment reissued = store.payments().save(Payment.approve(corrected, DAY0.plusDays(6)));

        assertThat(reissued.account()).isEqualTo(SITI_AT_NTB);
        assertThat(store.payments().forAward(award.id()))
                .extracting(Payment::id)
                .containsExactly(first.id(), reissued.id());
        conflict("payment.active-exists", () -> store.payments().save(Payment.approve(corrected, DAY0.plusDays(7))));
    }

    @Test
    void paymentsComeOldestFirstAndABatchsPaymentsInFileOrder() {
        GrantScheme scheme = savedScheme();
        Award sitiAward = store.awards().save(award(scheme, siti, DAY0));
        Award nurAward = store.awards().save(award(scheme, nur, DAY0));
        Payment nurLater = store.payments().save(Payment.approve(nurAward, DAY0.plusDays(2)));
        Payment sitiEarlier = store.payments().save(Payment.approve(sitiAward, DAY0.plusDays(1)));
        assertThat(store.payments().forScheme(scheme.id())).containsExactly(sitiEarlier, nurLater);
        assertThat(store.payments().forAward(nurAward.id())).containsExactly(nurLater);

        // the batch first: payment.batch_id is a foreign key (V7)
        BatchId batchId = storedBatch(nurLater, sitiEarlier);
        Payment nurBatched = store.payments().save(nurLater.batch(batchId));
        Payment sitiBatched = store.payments().save(sitiEarlier.batch(batchId));

        assertThat(store.payments().forBatch(batchId)).containsExactly(nurBatched, sitiBatched);
        assertThat(store.payments().forBatch(BatchId.next())).isEmpty();
    }

    // ---- payment batches

    @Test
    void batchRoundTripsWithItsPaymentsInFileOrderAndBumpsItsVersion() {
        GrantScheme scheme = savedScheme();
        Payment sitiPayment =
                store.payments().save(Payment.approve(store.awards().save(award(scheme, siti, DAY0)), DAY0));
        Payment nurPayment =
                store.payments().save(Payment.approve(store.awards().save(award(scheme, nur, DAY0)), DAY0));
        PaymentBatch fresh = new PaymentBatch(
                BatchId.next(), scheme.id(), BankCode.BRI, List.of(nurPayment.id(), sitiPayment.id()), DAY0, null, 0);

        PaymentBatch v1 = store.paymentBatches().save(fresh);
        assertThat(v1).isEqualTo(fresh.withVersion(1));
        assertThat(store.paymentBatches().find(fresh.id())).contains(v1);

        PaymentBatch v2 = store.paymentBatches().save(v1.send(DAY0.plusDays(1)));
        assertThat(v2.version()).isEqualTo(2);
        PaymentBatch found = store.paymentBatches().find(fresh.id()).orElseThrow();
        assertThat(found).isEqualTo(v2);
        assertThat(found.sent()).contains(DAY0.plusDays(1));
        assertThat(found.payments()).containsExactly(nurPayment.id(), sitiPayment.id());
        assertThat(store.paymentBatches().find(BatchId.next())).isEmpty();
    }

    @Test
    void staleBatchSaveIsRefusedAndBatchesComeOldestFirst() {
        GrantScheme scheme = savedScheme();
        Payment payment = store.payments().save(Payment.approve(store.awards().save(award(scheme, siti, DAY0)), DAY0));
        List<PaymentId> ids = List.of(payment.id());
        PaymentBatch later = store.paymentBatches()
                .save(new PaymentBatch(BatchId.next(), scheme.id(), BankCode.BNI, ids, DAY0.plusDays(2), null, 0));
        PaymentBatch earlier = store.paymentBatches()
                .save(new PaymentBatch(BatchId.next(), scheme.id(), BankCode.BRI, ids, DAY0.plusDays(1), null, 0));
        PaymentBatch sent = store.paymentBatches().save(earlier.send(DAY0.plusDays(3)));

        ConflictException stale =
                conflict("record.stale", () -> store.paymentBatches().save(earlier.send(DAY0.plusDays(4))));

        assertThat(stale.recordId()).isEqualTo(earlier.id().toString());
        assertThat(store.paymentBatches().forScheme(scheme.id())).containsExactly(sent, later);
        assertThat(store.paymentBatches().forScheme(SchemeId.next())).isEmpty();
    }

    // ---- proposals

    @Test
    void proposalRoundTripsEveryFieldAndBumpsItsVersion() {
        Award award = store.awards().save(award(savedScheme(), siti, DAY0));
        Proposal fresh =
                Proposal.submit(award.id(), siti, DAY0.plusDays(90), "Warung kue: a second oven", Rupiah.of(2_500_000));

        Proposal v1 = store.proposals().save(fresh);
        assertThat(v1).isEqualTo(fresh.withVersion(1));
        assertThat(store.proposals().find(fresh.id())).contains(v1);

        Proposal v2 = store.proposals().save(v1.decide(false, "officer-9", DAY0.plusDays(100), "budget spent"));
        assertThat(v2.version()).isEqualTo(2);
        Proposal found = store.proposals().find(fresh.id()).orElseThrow();
        assertThat(found).isEqualTo(v2);
        assertThat(found.status()).isEqualTo(ProposalStatus.REJECTED);
        assertThat(found.decidedBy()).contains("officer-9");
        assertThat(found.decidedOn()).contains(DAY0.plusDays(100));
        assertThat(found.reason()).isEqualTo("budget spent");
        assertThat(store.proposals().find(ProposalId.next())).isEmpty();
    }

    @Test
    void staleProposalSaveIsRefusedAndProposalsComeOldestFirst() {
        Award award = store.awards().save(award(savedScheme(), siti, DAY0));
        Award nurAward = store.awards().save(award(savedScheme(), nur, DAY0));
        Proposal later = store.proposals()
                .save(Proposal.submit(award.id(), siti, DAY0.plusDays(60), "a cart", Rupiah.of(1_000_000)));
        Proposal earlier = store.proposals()
                .save(Proposal.submit(award.id(), siti, DAY0.plusDays(30), "a stall", Rupiah.of(500_000)));
        store.proposals().save(Proposal.submit(nurAward.id(), nur, DAY0, "stock", Rupiah.of(300_000)));
        Proposal approved = store.proposals().save(earlier.decide(true, "officer-9", DAY0.plusDays(40), null));

        ConflictException stale =
                conflict("record.stale", () -> store.proposals().save(earlier.decide(false, "officer-8", DAY0, "no")));

        assertThat(stale.recordId()).isEqualTo(earlier.id().toString());
        assertThat(store.proposals().forBeneficiary(siti)).containsExactly(approved, later);
        assertThat(approved.reason()).isEmpty();
    }

    // ---- the database's own constraints, the second line behind the checks in the save methods

    @Test
    void theUniqueConstraintsTranslateToTheRuleCodes() throws SQLException {
        Programme programme = store.programmes().save(programme(DAY0));
        Enrolment enrolment = store.enrolments().save(Enrolment.enrol(programme.id(), siti, DAY0, ""));
        GrantScheme scheme = savedScheme();
        Award award = store.awards().save(award(scheme, siti, DAY0));
        Payment approved = store.payments().save(Payment.approve(award, DAY0));
        Payment sent = store.payments()
                .save(store.payments()
                        .save(approved.batch(storedBatch(approved)))
                        .send());
        Payment paid = store.payments()
                .save(sent.applyResult(BankResult.paid(sent.id(), "REF-9", DAY0.plusDays(2)))
                        .payment());

        assertThat(copyRow("enrolment", enrolment.id().value())).isEqualTo("enrolment.exists");
        assertThat(copyRow("award", award.id().value())).isEqualTo("award.exists");
        assertThat(copyRow("payment", paid.id().value())).isEqualTo("payment.active-exists");
    }

    @Test
    void theDatabaseRefusesASchemeCommittedOverItsBudget() throws SQLException {
        GrantScheme scheme = savedScheme();
        try (Connection c = store.dataSource().getConnection();
                PreparedStatement s =
                        c.prepareStatement("UPDATE grant_scheme SET committed = budget + 1 WHERE id = ?")) {
            s.setObject(1, scheme.id().value());
            SQLException refused = catchThrowableOfType(SQLException.class, s::executeUpdate);
            assertThat(Jdbc.translate(refused).code()).isEqualTo("store.constraint");
        }
    }

    /** Inserts a copy of a row under a new id, straight in SQL, and returns the code the refusal translates to. */
    private String copyRow(String table, UUID id) throws SQLException {
        String columns = switch (table) {
            case "enrolment" -> "programme_id, beneficiary_id, enrolled_on, override_reason";
            case "award" -> "scheme_id, beneficiary_id, amount, bank_code, account_number, account_holder, awarded_on";
            case "payment" ->
                "award_id, scheme_id, beneficiary_id, amount, bank_code, account_number,"
                        + " account_holder, status, batch_id, bank_reference, rejection, approved_on, settled_on";
            default -> throw new IllegalArgumentException(table);
        };
        try (Connection c = store.dataSource().getConnection();
                PreparedStatement s = c.prepareStatement("INSERT INTO " + table + " (id, version, " + columns + ")"
                        + " SELECT ?, 1, " + columns + " FROM " + table + " WHERE id = ?")) {
            s.setObject(1, UUID.randomUUID());
            s.setObject(2, id);
            SQLException refused = catchThrowableOfType(SQLException.class, s::executeUpdate);
            assertThat((Throwable) refused)
                    .as("the database refuses a copy of the %s row", table)
                    .isNotNull();
            return Jdbc.translate(refused).code();
        }
    }

    // ---- samples

    private static PersonName name(String text) {
        return PersonName.of(text);
    }

    private static Beneficiary beneficiary(String name) {
        Person person = new Person(
                name(name),
                Sex.FEMALE,
                BirthDate.estimatedYear(1995),
                Optional.empty(),
                Optional.empty(),
                DocumentStatus.LOST,
                LOMBOK_TENGAH,
                Optional.empty());
        return Beneficiary.register(
                person,
                new ReturnInfo("MY", DAY0.minusDays(60), "Pelabuhan Lembar", ReturnMode.DEPORTED),
                TraffickingProfile.unknown(),
                List.of(),
                Jurisdiction.national(),
                Instant.parse("2019-09-01T02:00:00Z"),
                "officer-1");
    }

    private static Programme programme(LocalDate startsOn) {
        return new Programme(
                ProgrammeId.next(),
                "Bimbingan sosial dan bantuan stimulan usaha",
                OrganisationId.of("DIT-RSKBK"),
                Set.of(OrganisationId.of("LKS-PANCA-KARSA"), OrganisationId.of("DINSOS-NTB")),
                "Aula SMKN 1 Praya",
                LOMBOK_TENGAH,
                startsOn,
                startsOn.plusDays(2),
                340,
                0,
                List.of(
                        Topic.MARKETING_STRATEGY,
                        Topic.ENTREPRENEURSHIP_PRACTICE,
                        Topic.PRODUCT_INTRODUCTION,
                        Topic.BUSINESS_START_UP_STRATEGY),
                Set.of(Topic.MARKETING_STRATEGY, Topic.ENTREPRENEURSHIP_PRACTICE),
                0);
    }

    private static GrantScheme scheme(ProgrammeId programme) {
        return new GrantScheme(
                SchemeId.next(),
                programme,
                Rupiah.of(960_000),
                Rupiah.of(326_400_000),
                "APBN Kemensos 2019",
                Rupiah.ZERO,
                0);
    }

    private GrantScheme savedScheme() {
        return store.grantSchemes()
                .save(scheme(store.programmes().save(programme(DAY0)).id()));
    }

    private static Award award(GrantScheme scheme, BeneficiaryId beneficiary, LocalDate on) {
        return new Award(AwardId.next(), scheme.id(), beneficiary, scheme.amountPerPerson(), SITI_AT_BRI, on, 0);
    }

    private static ConflictException conflict(String code, ThrowingCallable save) {
        ConflictException thrown = catchThrowableOfType(ConflictException.class, save);
        assertThat(thrown).as("a ConflictException " + code).isNotNull();
        assertThat(thrown.code()).isEqualTo(code);
        return thrown;
    }

    /** A batch of the payments, in this order, stored before a payment names it (payment.batch_id is a foreign key). */
    private BatchId storedBatch(Payment... payments) {
        BatchId id = BatchId.next();
        store.paymentBatches()
                .save(new PaymentBatch(
                        id,
                        payments[0].scheme(),
                        BankCode.BRI,
                        java.util.Arrays.stream(payments).map(Payment::id).toList(),
                        DAY0.plusDays(3),
                        null,
                        0));
        return id;
    }
}
