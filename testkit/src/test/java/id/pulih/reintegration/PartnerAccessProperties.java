package id.pulih.reintegration;

import static id.pulih.testkit.PulihGen.personNames;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;

import id.pulih.Desk;
import id.pulih.Pulih;
import id.pulih.Reintegration;
import id.pulih.access.AccessDeniedException;
import id.pulih.access.Actor;
import id.pulih.access.Jurisdiction;
import id.pulih.access.Role;
import id.pulih.beneficiary.ConsentForm;
import id.pulih.beneficiary.ConsentPurpose;
import id.pulih.beneficiary.DocumentStatus;
import id.pulih.beneficiary.IntakeForm;
import id.pulih.beneficiary.ReturnMode;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.OrganisationId;
import id.pulih.shared.PersonName;
import id.pulih.shared.Rupiah;
import id.pulih.shared.Sex;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PartnerAccessProperties {
    private static final LocalDate TODAY = LocalDate.of(2020, 6, 1);
    private static final OrganisationId A = OrganisationId.of("LKS-PANCA-KARSA");
    private static final OrganisationId B = OrganisationId.of("LKS-RUMAH-PEREMPUAN");
    private static final Actor HQ = actor("hq-01", Jurisdiction.national());
    private static final Actor PARTNER_A = actor("lks-a-01", Jurisdiction.partner(A));
    private static final Actor PARTNER_B = actor("lks-b-01", Jurisdiction.partner(B));

    /** What happens to the one service of a case's plan. */
    enum Fate {
        NOT_REFERRED(null),
        PENDING_AT_A(A),
        ACCEPTED_BY_A(A),
        REJECTED_BY_A(null),
        PENDING_AT_B(B),
        REJECTED_BY_A_THEN_SENT_TO_B(B),
        ACCEPTED_BY_B(B);

        final OrganisationId seenBy;

        Fate(OrganisationId seenBy) {
            this.seenBy = seenBy;
        }
    }

    private static Actor actor(String id, Jurisdiction jurisdiction) {
        return Actor.of(id, PersonName.of("Rina"), Role.CASE_WORKER, jurisdiction);
    }

    @Test
    void aPartnerNeverSeesAnUnreferredCase() {
        qt().forAll(lists().of(arbitrary().enumValues(Fate.class)).ofSizeBetween(1, 5), personNames())
                .checkAssert((fates, name) -> {
                    MovableClock clock = new MovableClock();
                    Pulih pulih = Pulih.builder().clock(clock).build();
                    List<BeneficiaryId> cases = fates.stream()
                            .map(fate -> caseWith(pulih, name, fate))
                            .toList();
                    clock.advance(Duration.ofDays(40)); // every case's one follow-up is now overdue

                    for (Actor partner : List.of(PARTNER_A, PARTNER_B)) {
                        OrganisationId org = ((Jurisdiction.Partner) partner.jurisdiction()).organisation();
                        Desk desk = pulih.as(partner);
                        Set<BeneficiaryId> visible = new HashSet<>();
                        for (int i = 0; i < cases.size(); i++) {
                            BeneficiaryId id = cases.get(i);
                            if (org.equals(fates.get(i).seenBy)) {
                                visible.add(id);
                                assertThat(desk.cases().get(id).id()).isEqualTo(id);
                            } else {
                                assertThatThrownBy(() -> desk.cases().get(id))
                                        .isInstanceOf(AccessDeniedException.class);
                                assertThatThrownBy(() -> desk.reintegration().plan(id))
                                        .isInstanceOf(AccessDeniedException.class);
                            }
                        }
                        assertThat(desk.reintegration().followUpsDue())
                                .extracting(d -> d.followUp().beneficiary())
                                .containsExactlyInAnyOrderElementsOf(visible);
                    }
                });
    }

    private static BeneficiaryId caseWith(Pulih pulih, PersonName name, Fate fate) {
        Desk hq = pulih.as(HQ);
        BeneficiaryId id = hq.cases()
                .register(new IntakeForm(
                        name.value(),
                        Sex.FEMALE,
                        LocalDate.of(1990, 7, 5),
                        null,
                        null,
                        null,
                        DocumentStatus.LOST,
                        "52.02.01",
                        null,
                        "MY",
                        LocalDate.of(2020, 3, 1),
                        "Tanjung Pinang",
                        ReturnMode.DEPORTED,
                        Set.of(),
                        Set.of(),
                        null,
                        null,
                        List.of(ConsentForm.given(ConsentPurpose.DISCLOSURE_TO_PARTNERS, TODAY))))
                .beneficiary()
                .id();
        hq.cases().startReintegration(id);
        ReintegrationPlan plan = hq.reintegration().createPlan(new PlanForm(id, List.of("a food stall"), List.of(1)));
        PlannedService s = hq.reintegration()
                .addService(
                        plan.id(),
                        new PlannedServiceForm(
                                ServiceType.VOCATIONAL_TRAINING,
                                null,
                                null,
                                OrganisationId.of("DINSOS-5202"),
                                TODAY.plusMonths(1),
                                Rupiah.of(500_000)));
        play(pulih, s, fate);
        return id;
    }

    private static void play(Pulih pulih, PlannedService s, Fate fate) {
        Reintegration hq = pulih.as(HQ).reintegration();
        switch (fate) {
            case NOT_REFERRED -> {}
            case PENDING_AT_A -> hq.refer(s.id(), A);
            case ACCEPTED_BY_A -> {
                hq.refer(s.id(), A);
                pulih.as(PARTNER_A).reintegration().acceptReferral(s.id());
            }
            case REJECTED_BY_A -> {
                hq.refer(s.id(), A);
                pulih.as(PARTNER_A).reintegration().rejectReferral(s.id(), "no trainer nearby");
            }
            case PENDING_AT_B -> hq.refer(s.id(), B);
            case REJECTED_BY_A_THEN_SENT_TO_B -> {
                hq.refer(s.id(), A);
                pulih.as(PARTNER_A).reintegration().rejectReferral(s.id(), "no trainer nearby");
                hq.refer(s.id(), B);
            }
            case ACCEPTED_BY_B -> {
                hq.refer(s.id(), B);
                pulih.as(PARTNER_B).reintegration().acceptReferral(s.id());
            }
        }
    }

    /** A clock the property moves past the follow-ups' due dates. */
    private static final class MovableClock extends Clock {
        private Instant now = TODAY.atStartOfDay().toInstant(ZoneOffset.UTC);

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
