package id.pulih.testkit.contract;

import static id.pulih.testkit.contract.ContractRecords.DAY0;
import static id.pulih.testkit.contract.ContractRecords.LOMBOK_TENGAH;
import static id.pulih.testkit.contract.ContractRecords.ORGANISER;
import static id.pulih.testkit.contract.ContractRecords.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.pulih.access.AccessGrant;
import id.pulih.access.AccessGrantId;
import id.pulih.audit.AuditEntry;
import id.pulih.beneficiary.Beneficiary;
import id.pulih.beneficiary.CaseOutcome;
import id.pulih.beneficiary.CaseStatus;
import id.pulih.beneficiary.DuplicateStatus;
import id.pulih.beneficiary.PotentialDuplicate;
import id.pulih.beneficiary.ReturnInfo;
import id.pulih.beneficiary.ReturnMode;
import id.pulih.grant.Award;
import id.pulih.grant.BankResult;
import id.pulih.grant.GrantScheme;
import id.pulih.grant.Payment;
import id.pulih.grant.PaymentBatch;
import id.pulih.grant.Proposal;
import id.pulih.guidance.Enrolment;
import id.pulih.guidance.Programme;
import id.pulih.guidance.Topic;
import id.pulih.reintegration.FollowUp;
import id.pulih.reintegration.PlannedService;
import id.pulih.reintegration.Referral;
import id.pulih.reintegration.ReintegrationPlan;
import id.pulih.reintegration.RetraffickingRiskPolicy;
import id.pulih.reintegration.ServiceType;
import id.pulih.repatriation.Repatriation;
import id.pulih.repatriation.TransportMode;
import id.pulih.shared.BatchId;
import id.pulih.shared.DuplicateId;
import id.pulih.shared.InvalidValueException;
import id.pulih.shared.OrganisationId;
import id.pulih.shared.ProgrammeId;
import id.pulih.shared.Rupiah;
import id.pulih.shared.SchemeId;
import id.pulih.shared.TextLimit;
import id.pulih.shelter.DischargeReason;
import id.pulih.shelter.ServiceDelivery;
import id.pulih.shelter.ServiceKind;
import id.pulih.shelter.Shelter;
import id.pulih.shelter.ShelterType;
import id.pulih.shelter.Stay;
import id.pulih.store.Store;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every free-text and code field a store keeps, at its declared {@link TextLimit}: a text exactly as long as the
 * limit is stored and read back whole by every store, and one character more is refused by the aggregate as
 * {@code text.length} (naming the field, the maximum and the length, never the text) before any store sees it,
 * so that no store fails it later with a {@code store.failure}. The collections kept as comma text (a programme's
 * partners and topics) are checked at their caps the same way, refused as {@code <field>.size}.
 *
 * <p>Each field is a dynamic test of its own, run against a fresh store.
 */
public abstract class TextLimitsContract extends PortContract {
    /** For subclasses. */
    protected TextLimitsContract() {}

    /** Saves a record holding a text in one field and reads back what the store kept of it. */
    @FunctionalInterface
    private interface Keep {
        String keep(TextLimitsContract self, Store store, String text);
    }

    private record Field(String name, String reported, TextLimit limit, Keep keep) {}

    private static final List<Field> FIELDS = List.of(
            new Field("beneficiary.entryPoint", "entryPoint", TextLimit.NAME, (c, s, text) -> {
                Beneficiary b = ContractRecords.beneficiary();
                Beneficiary withEntry = Beneficiary.register(
                        b.person(),
                        new ReturnInfo("MY", DAY0, text, ReturnMode.DEPORTED),
                        b.profile(),
                        List.of(),
                        id.pulih.access.Jurisdiction.national(),
                        T0,
                        "officer-1");
                s.beneficiaries().save(withEntry);
                return s.beneficiaries()
                        .find(withEntry.id())
                        .orElseThrow()
                        .returnInfo()
                        .entryPoint();
            }),
            new Field("beneficiary status change reason", "reason", TextLimit.REASON, (c, s, text) -> {
                Beneficiary b = s.beneficiaries().save(ContractRecords.beneficiary());
                s.beneficiaries().save(b.moveTo(CaseStatus.SHELTERED, T0.plusSeconds(1), "officer-1", text));
                return last(s.beneficiaries().find(b.id()).orElseThrow());
            }),
            new Field("beneficiary closing note", "note", TextLimit.NOTE, (c, s, text) -> {
                Beneficiary b = s.beneficiaries().save(ContractRecords.beneficiary());
                s.beneficiaries().save(b.close(CaseOutcome.LOST_CONTACT, T0.plusSeconds(1), "supervisor-1", text));
                return last(s.beneficiaries().find(b.id()).orElseThrow()).substring("LOST_CONTACT ".length());
            }),
            new Field("beneficiary reopening reason", "reason", TextLimit.REASON, (c, s, text) -> {
                Beneficiary b = s.beneficiaries().save(ContractRecords.beneficiary());
                Beneficiary closed = s.beneficiaries()
                        .save(b.close(CaseOutcome.LOST_CONTACT, T0.plusSeconds(1), "supervisor-1", ""));
                s.beneficiaries().save(closed.reopen(text, T0.plusSeconds(2), "supervisor-1"));
                return last(s.beneficiaries().find(b.id()).orElseThrow()).substring("reopened: ".length());
            }),
            new Field("potential duplicate note", "note", TextLimit.NOTE, (c, s, text) -> {
                Beneficiary one = s.beneficiaries().save(ContractRecords.beneficiary());
                Beneficiary two = s.beneficiaries().save(ContractRecords.beneficiary());
                PotentialDuplicate d = s.potentialDuplicates()
                        .save(PotentialDuplicate.flag(
                                two.id(), one.id(), id.pulih.beneficiary.DuplicateScore.identical()));
                s.potentialDuplicates().save(d.resolve(DuplicateStatus.INVALID, "supervisor-1", T0, text));
                DuplicateId id = d.id();
                return s.potentialDuplicates().find(id).orElseThrow().note();
            }),
            new Field("shelter.code", "code", TextLimit.CODE, (c, s, text) -> {
                Shelter saved = s.shelters()
                        .save(Shelter.open(text, "Rumah Aman", ShelterType.RPTC, ContractRecords.JAKARTA_TIMUR, 4));
                return s.shelters().find(saved.id()).orElseThrow().code();
            }),
            new Field("shelter.name", "name", TextLimit.NAME, (c, s, text) -> {
                Shelter saved = s.shelters()
                        .save(Shelter.open("RPTC-1", text, ShelterType.RPTC, ContractRecords.JAKARTA_TIMUR, 4));
                return s.shelters().find(saved.id()).orElseThrow().name();
            }),
            new Field("stay service detail", "detail", TextLimit.DETAIL, (c, s, text) -> {
                Stay stay = c.stayIn(s);
                s.stays().save(stay.record(new ServiceDelivery(ServiceKind.values()[0], DAY0, "officer-1", text)));
                return s.stays().find(stay.id()).orElseThrow().services().get(0).detail();
            }),
            new Field("stay discharge note", "note", TextLimit.NOTE, (c, s, text) -> {
                Stay stay = c.stayIn(s);
                s.stays().save(stay.discharge(DAY0.plusDays(1), DischargeReason.REPATRIATED, text));
                return s.stays().find(stay.id()).orElseThrow().dischargeNote();
            }),
            new Field("repatriation.destinationReason", "destinationReason", TextLimit.REASON, (c, s, text) -> {
                Repatriation r = s.repatriations().save(c.returnFrom(s, text, "escort-01", "Dinas Sosial"));
                return s.repatriations().find(r.id()).orElseThrow().destinationReason();
            }),
            new Field("repatriation.escort", "escort", TextLimit.NAME, (c, s, text) -> {
                Repatriation r = s.repatriations().save(c.returnFrom(s, "home", text, "Dinas Sosial"));
                return s.repatriations().find(r.id()).orElseThrow().escort();
            }),
            new Field("repatriation.receivingOffice", "receivingOffice", TextLimit.NAME, (c, s, text) -> {
                Repatriation r = s.repatriations().save(c.returnFrom(s, "home", "escort-01", text));
                return s.repatriations().find(r.id()).orElseThrow().receivingOffice();
            }),
            new Field("repatriation.receivedBy", "receivedBy", TextLimit.NAME, (c, s, text) -> {
                Repatriation r = s.repatriations().save(c.returnFrom(s, "home", "escort-01", "Dinas Sosial"));
                Repatriation gone = s.repatriations().save(r.depart(DAY0.plusDays(1)));
                s.repatriations().save(gone.handOver(DAY0.plusDays(2), text));
                return s.repatriations().find(r.id()).orElseThrow().receivedBy();
            }),
            new Field("repatriation cancel reason", "reason", TextLimit.REASON, (c, s, text) -> {
                Repatriation r = s.repatriations().save(c.returnFrom(s, "home", "escort-01", "Dinas Sosial"));
                s.repatriations().save(r.cancel(text));
                return s.repatriations().find(r.id()).orElseThrow().cancelReason();
            }),
            new Field("access grant reason", "reason", TextLimit.REASON, (c, s, text) -> {
                Beneficiary b = s.beneficiaries().save(ContractRecords.beneficiary());
                s.accessGrants()
                        .add(new AccessGrant(
                                AccessGrantId.next(), "officer-1", b.id(), text, T0, T0.plus(Duration.ofHours(1))));
                return s.accessGrants().forBeneficiary(b.id()).get(0).reason();
            }),
            new Field("audit entry summary", "summary", TextLimit.SUMMARY, (c, s, text) -> {
                s.auditTrail()
                        .append(new AuditEntry(
                                UUID.randomUUID(), T0, "officer-1", "update", "beneficiary", "b-1", 1, 2, text));
                return s.auditTrail().forRecord("beneficiary", "b-1").get(0).summary();
            }),
            new Field("programme.title", "title", TextLimit.TITLE, (c, s, text) -> {
                Programme p = s.programmes().save(ContractRecords.programme(text, LOMBOK_TENGAH, DAY0));
                return s.programmes().find(p.id()).orElseThrow().title();
            }),
            new Field("programme.venue", "venue", TextLimit.TITLE, (c, s, text) -> {
                Programme p = ContractRecords.programme("Pelatihan", LOMBOK_TENGAH, DAY0);
                Programme saved = s.programmes().save(c.programmeWith(p, text, p.partners(), p.topics()));
                return s.programmes().find(saved.id()).orElseThrow().venue();
            }),
            new Field("enrolment.overrideReason", "overrideReason", TextLimit.REASON, (c, s, text) -> {
                Beneficiary b = s.beneficiaries().save(ContractRecords.beneficiary());
                Programme p = s.programmes().save(ContractRecords.programme("Pelatihan", LOMBOK_TENGAH, DAY0));
                Enrolment e = s.enrolments().save(Enrolment.enrol(p.id(), b.id(), DAY0, text));
                return s.enrolments().find(e.id()).orElseThrow().overrideReason();
            }),
            new Field("grant scheme.fundingSource", "fundingSource", TextLimit.NAME, (c, s, text) -> {
                Programme p = s.programmes().save(ContractRecords.programme("Pelatihan", LOMBOK_TENGAH, DAY0));
                GrantScheme g = s.grantSchemes()
                        .save(new GrantScheme(
                                SchemeId.next(),
                                p.id(),
                                Rupiah.of(960_000),
                                Rupiah.of(9_600_000),
                                text,
                                Rupiah.ZERO,
                                0));
                return s.grantSchemes().find(g.id()).orElseThrow().fundingSource();
            }),
            new Field("payment bank reference", "bankReference", TextLimit.REFERENCE, (c, s, text) -> {
                Award award = c.awardIn(s);
                Payment approved = s.payments().save(Payment.approve(award, DAY0));
                PaymentBatch batch = s.paymentBatches()
                        .save(new PaymentBatch(
                                BatchId.next(),
                                award.scheme(),
                                approved.account().bank(),
                                List.of(approved.id()),
                                DAY0,
                                null,
                                0));
                Payment sent = s.payments().save(approved.batch(batch.id()).send());
                s.payments()
                        .save(sent.applyResult(BankResult.paid(sent.id(), text, DAY0.plusDays(1)))
                                .payment());
                return s.payments()
                        .find(sent.id())
                        .orElseThrow()
                        .bankReference()
                        .orElseThrow();
            }),
            new Field("proposal.summary", "summary", TextLimit.SUMMARY, (c, s, text) -> {
                Award award = c.awardIn(s);
                Proposal p = s.proposals()
                        .save(Proposal.submit(award.id(), award.beneficiary(), DAY0, text, Rupiah.of(500_000)));
                return s.proposals().find(p.id()).orElseThrow().summary();
            }),
            new Field("proposal decision reason", "reason", TextLimit.REASON, (c, s, text) -> {
                Award award = c.awardIn(s);
                Proposal p = s.proposals()
                        .save(Proposal.submit(award.id(), award.beneficiary(), DAY0, "warung", Rupiah.of(500_000)));
                s.proposals().save(p.decide(false, "supervisor-1", DAY0.plusDays(1), text));
                return s.proposals().find(p.id()).orElseThrow().reason();
            }),
            new Field("plan goal", "goal", TextLimit.DETAIL, (c, s, text) -> {
                Beneficiary b = s.beneficiaries().save(ContractRecords.beneficiary());
                ReintegrationPlan plan =
                        s.reintegrationPlans().save(ReintegrationPlan.create(b.id(), List.of(text), DAY0, "officer-1"));
                return s.reintegrationPlans()
                        .find(plan.id())
                        .orElseThrow()
                        .goals()
                        .get(0);
            }),
            new Field("plan closing reason", "reason", TextLimit.REASON, (c, s, text) -> {
                ReintegrationPlan plan = c.planIn(s);
                s.reintegrationPlans().save(plan.close(DAY0.plusDays(1), text));
                return s.reintegrationPlans().find(plan.id()).orElseThrow().closeReason();
            }),
            new Field("planned service detail", "detail", TextLimit.DETAIL, (c, s, text) -> {
                ReintegrationPlan plan = c.planIn(s);
                PlannedService service = PlannedService.plan(
                        ServiceType.values()[0], null, text, ORGANISER, DAY0.plusDays(30), Rupiah.of(1));
                s.reintegrationPlans().save(plan.addService(service));
                return service(s, plan).detail();
            }),
            new Field("planned service cancel reason", "reason", TextLimit.REASON, (c, s, text) -> {
                ReintegrationPlan plan = c.planWithService(s);
                PlannedService service = plan.services().get(0);
                s.reintegrationPlans().save(plan.cancelService(service.id(), text));
                return service(s, plan).cancelReason();
            }),
            new Field("referral.endReason", "endReason", TextLimit.SUMMARY, (c, s, text) -> {
                ReintegrationPlan plan = c.planWithService(s);
                PlannedService service = plan.services().get(0);
                s.reintegrationPlans()
                        .save(plan.refer(
                                        service.id(), Referral.send(ContractRecords.PANCA_KARSA, DAY0, "officer-1", ""))
                                .withdrawReferral(service.id(), DAY0.plusDays(1), text));
                return service(s, plan).latestReferral().endReason();
            }),
            new Field("referral.overrideReason", "overrideReason", TextLimit.REASON, (c, s, text) -> {
                ReintegrationPlan plan = c.planWithService(s);
                PlannedService service = plan.services().get(0);
                s.reintegrationPlans()
                        .save(plan.refer(
                                service.id(), Referral.send(ContractRecords.PANCA_KARSA, DAY0, "officer-1", text)));
                return service(s, plan).latestReferral().overrideReason();
            }),
            new Field("referral rejection reason", "reason", TextLimit.REASON, (c, s, text) -> {
                ReintegrationPlan plan = c.planWithService(s);
                PlannedService service = plan.services().get(0);
                ReintegrationPlan referred = s.reintegrationPlans()
                        .save(plan.refer(
                                service.id(), Referral.send(ContractRecords.PANCA_KARSA, DAY0, "officer-1", "")));
                s.reintegrationPlans().save(referred.rejectReferral(service.id(), DAY0.plusDays(1), "lks-1", text));
                return service(s, plan).latestReferral().reason();
            }),
            new Field("follow-up notes", "notes", TextLimit.NOTE, (c, s, text) -> {
                ReintegrationPlan plan = c.planIn(s);
                FollowUp due = s.followUps().save(FollowUp.schedule(plan.beneficiary(), plan.id(), DAY0, 1));
                s.followUps()
                        .save(due.recordVisit(
                                DAY0.plusDays(30), Set.of(), text, "officer-1", new RetraffickingRiskPolicy()));
                return s.followUps().find(due.id()).orElseThrow().notes();
            }));

    /**
     * Each field keeps a text exactly as long as its limit, and refuses one character more as {@code text.length}
     * before a store sees it.
     *
     * @return one test per field
     */
    @TestFactory
    Stream<DynamicTest> everyTextFieldKeepsItsLimitAndRefusesOneMore() {
        return FIELDS.stream()
                .map(field -> DynamicTest.dynamicTest(field.name() + " (" + field.limit() + ")", () -> {
                    String atLimit = text(field.limit().max());
                    assertThat(inFreshStore(field, atLimit)).as(field.name()).isEqualTo(atLimit);

                    String tooLong = text(field.limit().max() + 1);
                    Throwable refused = catchThrowable(() -> inFreshStore(field, tooLong));
                    assertThat(refused).as(field.name()).isInstanceOfSatisfying(InvalidValueException.class, e -> {
                        assertThat(e.code()).isEqualTo("text.length");
                        assertThat(e.field()).isEqualTo(field.reported());
                        assertThat(e.arguments())
                                .containsEntry("max", field.limit().max())
                                .containsEntry("length", field.limit().max() + 1);
                        assertThat(e.getMessage()).doesNotContain(tooLong.substring(0, 20));
                    });
                }));
    }

    /** A programme keeps as many partners and topics as its caps allow, each of the longest code, and no more. */
    @TestFactory
    Stream<DynamicTest> aProgrammeKeepsItsCapsOfPartnersAndTopics() {
        return Stream.of(
                DynamicTest.dynamicTest("partners (" + Programme.MAX_PARTNERS + ")", () -> {
                    Set<OrganisationId> most = partners(Programme.MAX_PARTNERS);
                    Programme p = ContractRecords.programme("Pelatihan", LOMBOK_TENGAH, DAY0);
                    Store s = newStore();
                    try {
                        Programme saved = s.programmes().save(programmeWith(p, p.venue(), most, p.topics()));
                        assertThat(s.programmes().find(saved.id()).orElseThrow().partners())
                                .isEqualTo(most);
                    } finally {
                        release(s);
                    }
                    assertSize(
                            () -> programmeWith(p, p.venue(), partners(Programme.MAX_PARTNERS + 1), p.topics()),
                            "partners.size");
                }),
                DynamicTest.dynamicTest("topics (" + Programme.MAX_TOPICS + ")", () -> {
                    List<Topic> most = topics(Programme.MAX_TOPICS);
                    Programme p = ContractRecords.programme("Pelatihan", LOMBOK_TENGAH, DAY0);
                    Store s = newStore();
                    try {
                        Programme saved = s.programmes().save(programmeWith(p, p.venue(), p.partners(), most));
                        assertThat(s.programmes().find(saved.id()).orElseThrow().topics())
                                .isEqualTo(most);
                    } finally {
                        release(s);
                    }
                    assertSize(
                            () -> programmeWith(p, p.venue(), p.partners(), topics(Programme.MAX_TOPICS + 1)),
                            "topics.size");
                }));
    }

    private static void assertSize(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String code) {
        assertThat(catchThrowable(call))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    private String inFreshStore(Field field, String text) {
        Store s = newStore();
        try {
            return field.keep().keep(this, s, text);
        } finally {
            release(s);
        }
    }

    /**
     * A text of a length with no white space at either end, mixing letters outside ASCII so that a store counting
     * bytes rather than characters would refuse it.
     */
    static String text(int length) {
        String pattern = "Catatan petugas é ñ — ";
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            text.append(pattern);
        }
        text.setLength(length);
        text.setCharAt(0, 'C');
        text.setCharAt(length - 1, '.');
        return text.toString();
    }

    private static String last(Beneficiary b) {
        return b.history().get(b.history().size() - 1).reason();
    }

    private static PlannedService service(Store s, ReintegrationPlan plan) {
        return s.reintegrationPlans().find(plan.id()).orElseThrow().services().get(0);
    }

    private static Set<OrganisationId> partners(int count) {
        Set<OrganisationId> partners = new LinkedHashSet<>();
        for (int i = 0; i < count; i++) {
            String code = String.format("LKS-%03d-", i);
            partners.add(OrganisationId.of(code + "X".repeat(TextLimit.CODE.max() - code.length())));
        }
        return partners;
    }

    private static List<Topic> topics(int count) {
        List<Topic> topics = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String code = String.format("TOPIC_%03d_", i);
            topics.add(Topic.of(code + "X".repeat(60 - code.length())));
        }
        return topics;
    }

    private Programme programmeWith(Programme p, String venue, Set<OrganisationId> partners, List<Topic> topics) {
        return new Programme(
                ProgrammeId.next(),
                p.title(),
                p.organiser(),
                partners,
                venue,
                p.region(),
                p.startsOn(),
                p.endsOn(),
                p.capacity(),
                0,
                topics,
                Set.of(),
                0);
    }

    private Stay stayIn(Store s) {
        Beneficiary b = s.beneficiaries().save(ContractRecords.beneficiary());
        Shelter shelter = s.shelters()
                .save(ContractRecords.shelter(
                        "RPTC-" + b.id().value().toString().substring(0, 8)));
        return s.stays().save(ContractRecords.stay(b.id(), shelter.id(), DAY0));
    }

    private Repatriation returnFrom(Store s, String reason, String escort, String office) {
        Stay stay = stayIn(s);
        return Repatriation.plan(
                stay.beneficiary(),
                stay.id(),
                stay.shelter(),
                LOMBOK_TENGAH,
                reason,
                TransportMode.BUS,
                escort,
                office,
                DAY0.plusDays(1));
    }

    private Award awardIn(Store s) {
        Beneficiary b = s.beneficiaries().save(ContractRecords.beneficiary());
        Programme p = s.programmes().save(ContractRecords.programme("Pelatihan", LOMBOK_TENGAH, DAY0));
        GrantScheme g = s.grantSchemes().save(ContractRecords.scheme(p.id()));
        return s.awards().save(ContractRecords.award(g, b.id(), DAY0));
    }

    private ReintegrationPlan planIn(Store s) {
        Beneficiary b = s.beneficiaries().save(ContractRecords.beneficiary());
        return s.reintegrationPlans().save(ContractRecords.reintegrationPlan(b.id(), DAY0));
    }

    private ReintegrationPlan planWithService(Store s) {
        ReintegrationPlan plan = planIn(s);
        return s.reintegrationPlans()
                .save(plan.addService(ContractRecords.service(ServiceType.values()[0], 1, DAY0.plusDays(30))));
    }
}
