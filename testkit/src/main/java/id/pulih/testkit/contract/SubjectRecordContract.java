package id.pulih.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pulih.Desk;
import id.pulih.Privacy;
import id.pulih.access.AccessDeniedException;
import id.pulih.access.Actor;
import id.pulih.access.Jurisdiction;
import id.pulih.access.Role;
import id.pulih.audit.AccessLogEntry;
import id.pulih.audit.AccessOutcome;
import id.pulih.beneficiary.AssessmentForm;
import id.pulih.beneficiary.Beneficiary;
import id.pulih.beneficiary.ConsentForm;
import id.pulih.beneficiary.ConsentPurpose;
import id.pulih.beneficiary.CorrectionFormBuilder;
import id.pulih.beneficiary.PovertyCategory;
import id.pulih.grant.Payment;
import id.pulih.grant.PaymentStatus;
import id.pulih.privacy.Identifiers;
import id.pulih.privacy.SubjectRecord;
import id.pulih.reintegration.FollowUp;
import id.pulih.reintegration.FollowUpStatus;
import id.pulih.reintegration.ReintegrationPlan;
import id.pulih.reintegration.VisitForm;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.PersonName;
import id.pulih.shared.RegionCode;
import id.pulih.shared.RiskFactor;
import id.pulih.shelter.ServiceForm;
import id.pulih.shelter.ServiceKind;
import id.pulih.store.Store;
import id.pulih.testkit.contract.MatrixWorld.Grant;
import id.pulih.testkit.contract.MatrixWorld.Side;
import id.pulih.testkit.contract.MatrixWorld.Stage;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One person's whole record ({@code Privacy.export}) on the store under test: a person given every kind of record
 * through the services (correction, assessments, consents, a stay with a service delivered, a return, an enrolment
 * with attendance, an award paid, a proposal, a plan with services and a referral, follow-ups, one visited with its
 * risk score) exports every one of them, as the store holds them; identifiers whole for a supervisor, masked for a
 * case worker; the export is a read (one access-log entry, no audit entry); a partner and an officer outside the
 * jurisdiction are refused.
 */
public abstract class SubjectRecordContract extends PortContract {
    /** For subclasses. */
    protected SubjectRecordContract() {}

    private static final LocalDate TODAY = MatrixWorld.TODAY;

    private static final Actor CASE_WORKER = Actor.of(
            "sr-caseworker",
            PersonName.of("Baiq Nurul"),
            Role.CASE_WORKER,
            Jurisdiction.regency(RegionCode.of("52.02")));

    /** The main case of side A, with every kind of record the services make. */
    private static BeneficiaryId everything(MatrixWorld world) {
        MatrixWorld.Main main = world.main(Side.A);
        BeneficiaryId id = main.id();
        Desk hq = world.hq;
        Grant grant = world.grant(Side.A, Stage.PROPOSED);
        hq.cases()
                .assess(
                        id,
                        new AssessmentForm(
                                TODAY,
                                PovertyCategory.MISKIN_EKSTREM,
                                Set.of(),
                                Set.of(RiskFactor.DEBT_TRAP, RiskFactor.SHAME_AT_RETURN),
                                Set.of()));
        hq.cases().recordConsent(id, ConsentForm.given(ConsentPurpose.FOLLOW_UP_CONTACT, TODAY));
        Beneficiary b = world.pulih.store().beneficiaries().find(id).orElseThrow();
        hq.cases()
                .correct(
                        id,
                        new CorrectionFormBuilder()
                                .phone("0812 3456 7890")
                                .reason("she gave a new phone number")
                                .expectedVersion(b.version())
                                .build());
        FollowUp first = hq.reintegration().followUps(id).get(0);
        hq.reintegration()
                .recordVisit(first.id(), new VisitForm(TODAY, Set.of(RiskFactor.DEBT_TRAP), "she runs a stall"));
        assertThat(grant.proposal()).as("the grant went as far as a proposal").isNotNull();
        return id;
    }

    @Test
    void aPersonWithEveryKindOfRecordExportsEveryOneAsTheStoreHoldsIt() {
        MatrixWorld world = new MatrixWorld(store());
        BeneficiaryId id = everything(world);

        SubjectRecord record = world.hq.privacy().export(id);
        Store s = store();
        Beneficiary b = s.beneficiaries().find(id).orElseThrow();

        assertThat(record.beneficiary()).isEqualTo(id);
        assertThat(record.exportedBy()).isEqualTo(world.hq.actor().id());
        assertThat(record.caseFile().person().name()).isEqualTo(b.name().value());
        assertThat(record.caseFile().returnInfo()).isEqualTo(b.returnInfo());
        assertThat(record.caseFile().profile()).isEqualTo(b.profile());
        assertThat(record.caseFile().status()).isEqualTo(b.status());
        assertThat(record.caseFile().statusHistory()).isEqualTo(b.history()).hasSizeGreaterThan(2);
        assertThat(record.corrections()).isEqualTo(b.corrections()).hasSize(1);
        assertThat(record.assessments()).isEqualTo(b.assessments()).isNotEmpty();
        assertThat(record.consents()).isEqualTo(b.consents()).hasSize(3);

        assertThat(record.stays())
                .extracting(SubjectRecord.ShelterStay::id)
                .containsExactlyElementsOf(ids(s.stays().forBeneficiary(id).stream(), x -> x.id()))
                .hasSize(1);
        assertThat(record.stays().get(0).dischargedOn()).isPresent();
        assertThat(record.returns())
                .extracting(SubjectRecord.Return::id)
                .containsExactlyElementsOf(ids(s.repatriations().forBeneficiary(id).stream(), x -> x.id()))
                .hasSize(1);
        assertThat(record.enrolments())
                .extracting(SubjectRecord.ProgrammeEnrolment::id)
                .containsExactlyElementsOf(ids(s.enrolments().forBeneficiary(id).stream(), x -> x.id()))
                .hasSize(1);
        assertThat(record.enrolments().get(0).attendance()).hasSize(2);
        assertThat(record.awards())
                .extracting(SubjectRecord.GrantAward::id)
                .containsExactlyElementsOf(ids(s.awards().forBeneficiary(id).stream(), x -> x.id()))
                .hasSize(1);
        List<Payment> payments = s.payments().forAward(record.awards().get(0).id());
        assertThat(record.payments())
                .extracting(SubjectRecord.GrantPayment::id)
                .containsExactlyElementsOf(ids(payments.stream(), Payment::id))
                .hasSize(1);
        assertThat(record.payments().get(0).status()).isEqualTo(PaymentStatus.PAID);
        assertThat(record.payments().get(0).batch()).isEqualTo(payments.get(0).batchId());
        assertThat(record.payments().get(0).bankReference()).isPresent();
        assertThat(record.proposals())
                .extracting(SubjectRecord.FurtherProposal::id)
                .containsExactlyElementsOf(ids(s.proposals().forBeneficiary(id).stream(), x -> x.id()))
                .hasSize(1);
        List<ReintegrationPlan> plans = s.reintegrationPlans().forBeneficiary(id);
        assertThat(record.plans())
                .extracting(SubjectRecord.Plan::id)
                .containsExactlyElementsOf(ids(plans.stream(), ReintegrationPlan::id))
                .hasSize(1);
        assertThat(record.services())
                .extracting(SubjectRecord.Service::id)
                .containsExactlyElementsOf(ids(plans.get(0).services().stream(), x -> x.id()));
        assertThat(record.referrals()).extracting(SubjectRecord.Referral::to).containsExactly(MatrixWorld.PANCA_KARSA);
        List<FollowUp> followUps = s.followUps().forBeneficiary(id);
        assertThat(record.followUps())
                .extracting(SubjectRecord.Visit::id)
                .containsExactlyInAnyOrderElementsOf(ids(followUps.stream(), FollowUp::id))
                .hasSizeGreaterThan(1);
        assertThat(record.followUps())
                .filteredOn(v -> v.status() == FollowUpStatus.VISITED)
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.riskScore()).isPresent();
                    assertThat(v.riskScore().orElseThrow().contributions())
                            .extracting(c -> c.factor())
                            .containsExactly(RiskFactor.DEBT_TRAP);
                    assertThat(v.notes()).isEqualTo("she runs a stall");
                });
        assertThat(record.accessLog())
                .as("who read the case when, this export included")
                .containsExactlyElementsOf(s.accessLog().forBeneficiary(id))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("privacy.export"));
    }

    @Test
    void aSupervisorGetsIdentifiersWholeWithThePurposeLoggedACaseWorkerMasked() {
        MatrixWorld world = new MatrixWorld(store());
        BeneficiaryId id = everything(world);
        String nik = world.main(Side.A).nik();

        SubjectRecord whole = world.hq.privacy().export(id);
        assertThat(whole.identifiers()).isEqualTo(Identifiers.WHOLE);
        assertThat(whole.caseFile().person().nik()).contains(nik);
        assertThat(whole.caseFile().person().phone()).contains("081234567890");
        assertThat(whole.awards().get(0).account().number()).isEqualTo("012300000001");
        assertThat(whole.payments().get(0).account().number()).isEqualTo("012300000001");
        AccessLogEntry read = lastRead(id, world.hq.actor().id());
        assertThat(read.purpose()).contains(Privacy.EXPORT_PURPOSE);

        SubjectRecord masked = world.pulih.as(CASE_WORKER).privacy().export(id);
        assertThat(masked.identifiers()).isEqualTo(Identifiers.MASKED);
        assertThat(masked.caseFile().person().nik()).contains("************0001");
        assertThat(masked.caseFile().person().phone()).contains("********7890");
        assertThat(masked.caseFile().person().bankAccount())
                .hasValueSatisfying(a -> assertThat(a.number()).isEqualTo("********0001"));
        assertThat(masked.awards().get(0).account().number()).isEqualTo("********0001");
        assertThat(masked.payments().get(0).account().number()).isEqualTo("********0001");
        assertThat(lastRead(id, CASE_WORKER.id()).purpose()).isEmpty();
        assertThat(masked.toString()).doesNotContain(nik, "Siti");
    }

    @Test
    void anExportIsAReadOneAccessLogEntryAndNoAuditEntry() {
        MatrixWorld world = new MatrixWorld(store());
        BeneficiaryId id = everything(world);
        long audited = store().auditTrail().count();
        int reads = store().accessLog().forBeneficiary(id).size();

        world.pulih.as(CASE_WORKER).privacy().export(id);

        assertThat(store().auditTrail().count()).isEqualTo(audited);
        assertThat(store().accessLog().forBeneficiary(id)).hasSize(reads + 1);
        assertThat(lastRead(id, CASE_WORKER.id()).action()).isEqualTo("privacy.export");
    }

    @Test
    void aPartnerIsRefusedBeforeAnythingIsReadAndAnOutsiderIsRefusedAndLogged() {
        MatrixWorld world = new MatrixWorld(store());
        BeneficiaryId id = everything(world);
        Actor partner = Actor.of(
                "sr-partner",
                PersonName.of("Panca Karsa"),
                Role.CASE_WORKER,
                Jurisdiction.partner(MatrixWorld.PANCA_KARSA));
        assertThatThrownBy(() -> world.pulih.as(partner).privacy().export(id))
                .isInstanceOfSatisfying(
                        AccessDeniedException.class, e -> assertThat(e.code()).isEqualTo("access.partner-export"));
        assertThat(store().accessLog().byActor(partner.id())).isEmpty();

        Actor kupang = Actor.of(
                "sr-kupang",
                PersonName.of("Yohana Bria"),
                Role.SUPERVISOR,
                Jurisdiction.regency(RegionCode.of("53.01")));
        assertThatThrownBy(() -> world.pulih.as(kupang).privacy().export(id))
                .isInstanceOfSatisfying(
                        AccessDeniedException.class, e -> assertThat(e.code()).isEqualTo("access.denied"));
        assertThat(store().accessLog().byActor(kupang.id()))
                .singleElement()
                .satisfies(e -> assertThat(e.outcome()).isEqualTo(AccessOutcome.DENIED));
    }

    @Test
    void aMergedRegistrationExportsItsSurvivorWithTheRecordsOfBoth() {
        MatrixWorld world = new MatrixWorld(store());
        List<Object> pair = world.pair(Side.A);
        BeneficiaryId first = (BeneficiaryId) pair.get(0);
        BeneficiaryId second = (BeneficiaryId) pair.get(1);
        var stay = world.hq.shelters().admit(second, world.shelter(Side.A).id(), TODAY);
        world.hq.shelters().recordService(stay.id(), new ServiceForm(ServiceKind.MEALS, TODAY, "three meals"));
        world.hq.cases().merge((id.pulih.shared.DuplicateId) pair.get(2), first);

        SubjectRecord record = world.hq.privacy().export(second);

        assertThat(record.beneficiary()).isEqualTo(first);
        assertThat(record.caseFile().mergedFrom()).containsExactly(second);
        assertThat(record.stays()).singleElement().satisfies(st -> {
            assertThat(st.id()).isEqualTo(stay.id());
            assertThat(st.dischargedOn()).isEmpty();
            assertThat(st.services()).extracting(d -> d.kind()).containsExactly(ServiceKind.MEALS);
        });
        assertThat(record.accessLog()).extracting(AccessLogEntry::beneficiary).contains(first, second);
    }

    private AccessLogEntry lastRead(BeneficiaryId id, String actorId) {
        List<AccessLogEntry> reads = store().accessLog().forBeneficiary(id).stream()
                .filter(e -> e.actorId().equals(actorId))
                .toList();
        assertThat(reads).isNotEmpty();
        return reads.get(reads.size() - 1);
    }

    private static <T, I> List<I> ids(Stream<T> records, java.util.function.Function<T, I> id) {
        return records.map(id).toList();
    }
}
