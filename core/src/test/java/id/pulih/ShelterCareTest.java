package id.pulih;

import static id.pulih.Fixtures.HQ;
import static id.pulih.Fixtures.intake;
import static id.pulih.Fixtures.shelterForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pulih.access.AccessDeniedException;
import id.pulih.access.Jurisdiction;
import id.pulih.access.Role;
import id.pulih.beneficiary.CaseStatus;
import id.pulih.repatriation.ReturnPlanForm;
import id.pulih.repatriation.TransportMode;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.ConflictException;
import id.pulih.shared.IllegalTransitionException;
import id.pulih.shared.InvalidFormException;
import id.pulih.shared.InvalidValueException;
import id.pulih.shared.RuleViolationException;
import id.pulih.shelter.DischargeReason;
import id.pulih.shelter.ServiceForm;
import id.pulih.shelter.ServiceKind;
import id.pulih.shelter.Shelter;
import id.pulih.shelter.Stay;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ShelterCareTest {
    private static final LocalDate MARCH_2 = LocalDate.of(2020, 3, 2);

    private final Fixtures f = new Fixtures();
    private final Desk hq = f.pulih.as(HQ);
    private final ShelterCare care = hq.shelters();
    private final Shelter tanjungPinang = care.open(shelterForm("RPTC-TPI", "21.72", 2));
    private final Shelter bambuApus = care.open(shelterForm("RPTC-BAMBU-APUS", "31.75", 5));

    private BeneficiaryId registered() {
        return hq.cases().register(intake().build()).beneficiary().id();
    }

    @Test
    void admissionOpensAStayTakesABedAndShelterstheCase() {
        BeneficiaryId id = registered();

        Stay stay = care.admit(id, tanjungPinang.id(), MARCH_2);

        assertThat(stay.isOpen()).isTrue();
        assertThat(stay.childProtection()).isFalse();
        assertThat(care.get(tanjungPinang.id()).occupied()).isEqualTo(1);
        assertThat(hq.cases().get(id).status()).isEqualTo(CaseStatus.SHELTERED);
        assertThat(care.openStay(id)).contains(stay);
    }

    @Test
    void flagsAChildForChildProtection() {
        BeneficiaryId child = hq.cases()
                .register(intake().birthDate(LocalDate.of(2004, 8, 17)).build())
                .beneficiary()
                .id();

        assertThat(care.admit(child, tanjungPinang.id(), MARCH_2).childProtection())
                .isTrue();
    }

    @Test
    void refusesASecondOpenStay() {
        BeneficiaryId id = registered();
        care.admit(id, tanjungPinang.id(), MARCH_2);

        assertThatThrownBy(() -> care.admit(id, bambuApus.id(), MARCH_2))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.code()).isEqualTo("stay.open-exists"));
        assertThat(care.get(bambuApus.id()).occupied()).isZero();
    }

    @Test
    void refusesAnAdmissionAboveCapacityAndLeavesEverythingAsItWas() {
        care.admit(registered(), tanjungPinang.id(), MARCH_2);
        care.admit(registered(), tanjungPinang.id(), MARCH_2);
        BeneficiaryId third = registered();
        long auditBefore = f.pulih.store().auditTrail().count();

        assertThatThrownBy(() -> care.admit(third, tanjungPinang.id(), MARCH_2))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("shelter.full"));
        assertThat(hq.cases().get(third).status()).isEqualTo(CaseStatus.REGISTERED);
        assertThat(care.openStay(third)).isEmpty();
        assertThat(f.pulih.store().auditTrail().count()).isEqualTo(auditBefore);
    }

    @Test
    void transferMovesTheBedAndKeepsOneOpenStay() {
        BeneficiaryId id = registered();
        Stay first = care.admit(id, tanjungPinang.id(), MARCH_2);

        Stay second = care.transfer(first.id(), bambuApus.id(), LocalDate.of(2020, 3, 10));

        assertThat(care.stay(first.id()).dischargeReason()).contains(DischargeReason.TRANSFERRED);
        assertThat(care.stay(first.id()).transferredTo()).contains(bambuApus.id());
        assertThat(second.isOpen()).isTrue();
        assertThat(care.get(tanjungPinang.id()).occupied()).isZero();
        assertThat(care.get(bambuApus.id()).occupied()).isEqualTo(1);
        assertThat(care.stays(id)).hasSize(2);
    }

    @Test
    void dischargeFreesTheBedAndRefusesLaterServices() {
        BeneficiaryId id = registered();
        Stay stay = care.admit(id, tanjungPinang.id(), MARCH_2);
        care.recordService(stay.id(), new ServiceForm(ServiceKind.SPORTS_THERAPY, MARCH_2, "futsal"));

        Stay closed = care.discharge(stay.id(), DischargeReason.REFERRED_TO_HOSPITAL, LocalDate.of(2020, 3, 9), "");

        assertThat(closed.services()).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(ServiceKind.SPORTS_THERAPY);
            assertThat(s.detail()).isEqualTo("futsal");
            assertThat(s.deliveredBy()).isEqualTo(HQ.id());
        });
        assertThat(closed.lengthInDays(Fixtures.TODAY)).isEqualTo(7);
        assertThat(care.get(tanjungPinang.id()).occupied()).isZero();
        assertThatThrownBy(() -> care.recordService(
                        stay.id(), new ServiceForm(ServiceKind.MEALS, LocalDate.of(2020, 3, 10), null)))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("stay.closed"));
        assertThatThrownBy(() -> care.discharge(stay.id(), DischargeReason.TRANSFERRED, Fixtures.TODAY, ""))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void occupancyOnADateCountsStaysOpenThatDay() {
        Stay a = care.admit(registered(), bambuApus.id(), LocalDate.of(2020, 3, 1));
        care.admit(registered(), bambuApus.id(), LocalDate.of(2020, 3, 5));
        care.discharge(a.id(), DischargeReason.LEFT_WITHOUT_NOTICE, LocalDate.of(2020, 3, 7), "");

        assertThat(care.occupancyOn(bambuApus.id(), LocalDate.of(2020, 2, 28))).isZero();
        assertThat(care.occupancyOn(bambuApus.id(), LocalDate.of(2020, 3, 5))).isEqualTo(2);
        assertThat(care.occupancyOn(bambuApus.id(), LocalDate.of(2020, 3, 7))).isEqualTo(1);
        assertThat(care.get(bambuApus.id()).occupied()).isEqualTo(1);
    }

    @Test
    void refusesAFutureAdmissionDate() {
        BeneficiaryId id = registered();

        assertThatThrownBy(() -> care.admit(id, tanjungPinang.id(), Fixtures.TODAY.plusDays(1)))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("date.future"));
    }

    @Test
    void refusesAdmissionOfARepatriatedCase() {
        BeneficiaryId id = registered();
        hq.cases().startReintegration(id);

        assertThatThrownBy(() -> care.admit(id, tanjungPinang.id(), MARCH_2))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("IN_REINTEGRATION")
                .hasMessageContaining("SHELTERED");
    }

    @Test
    void aShelterOfficerRunsOnlyItsOwnShelter() {
        BeneficiaryId id = registered();
        Desk tpiOfficer =
                f.pulih.as(Fixtures.actor("tpi-01", Role.CASE_WORKER, Jurisdiction.shelter(tanjungPinang.id())));

        assertThatThrownBy(() -> tpiOfficer.shelters().admit(id, bambuApus.id(), MARCH_2))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tpiOfficer.shelters().open(shelterForm("NEW-ONE", "21.72", 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void refusesABadShelterFormAndADuplicateCode() {
        assertThatThrownBy(() -> care.open(shelterForm("bad code", "99.99", 0)))
                .isInstanceOfSatisfying(
                        InvalidFormException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.field())
                                .containsExactlyInAnyOrder("capacity", "code", "region"));
        assertThatThrownBy(() -> care.open(shelterForm("RPTC-TPI", "21.72", 10)))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.code()).isEqualTo("shelter.code-taken"));
    }

    @Test
    void capacityNeverGoesBelowOccupancy() {
        care.admit(registered(), tanjungPinang.id(), MARCH_2);
        care.admit(registered(), tanjungPinang.id(), MARCH_2);

        assertThatThrownBy(() -> care.changeCapacity(tanjungPinang.id(), 1))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("shelter.capacity-below-occupancy"));
        assertThat(care.changeCapacity(tanjungPinang.id(), 3).free()).isEqualTo(1);
    }

    @Test
    void aNewStayCannotStartBeforeThePreviousOneEnded() {
        BeneficiaryId id = registered();
        Stay first = care.admit(id, tanjungPinang.id(), MARCH_2);
        care.discharge(first.id(), DischargeReason.REFERRED_TO_HOSPITAL, LocalDate.of(2020, 3, 9), "");

        assertThatThrownBy(() -> care.admit(id, tanjungPinang.id(), LocalDate.of(2020, 3, 5)))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("stay.date-overlap"));
        assertThat(care.admit(id, tanjungPinang.id(), LocalDate.of(2020, 3, 9)).isOpen())
                .isTrue();
    }

    @Test
    void aReturnHomeIsRecordedByItsHandoverNotByADischarge() {
        BeneficiaryId id = registered();
        Stay stay = care.admit(id, tanjungPinang.id(), MARCH_2);

        assertThatThrownBy(() -> care.discharge(stay.id(), DischargeReason.REPATRIATED, MARCH_2, ""))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("stay.discharge-repatriated"));
    }

    @Test
    void aStayWithAReturnUnderWayIsNeitherDischargedNorTransferred() {
        BeneficiaryId id = registered();
        Stay stay = care.admit(id, tanjungPinang.id(), MARCH_2);
        hq.returns()
                .plan(new ReturnPlanForm(
                        id,
                        null,
                        null,
                        TransportMode.SHIP,
                        "escort-01",
                        "Dinas Sosial Kabupaten Lombok Tengah",
                        LocalDate.of(2020, 3, 20)));

        assertThatThrownBy(() -> care.transfer(stay.id(), bambuApus.id(), LocalDate.of(2020, 3, 10)))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("repatriation.under-way"));
        assertThatThrownBy(() -> care.discharge(stay.id(), DischargeReason.OTHER, LocalDate.of(2020, 3, 10), ""))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aShelterOfficerRecordsServicesOnlyInItsOwnShelter() {
        BeneficiaryId id = registered();
        Stay stay = care.admit(id, bambuApus.id(), MARCH_2);
        Desk tpiOfficer =
                f.pulih.as(Fixtures.actor("tpi-01", Role.CASE_WORKER, Jurisdiction.shelter(tanjungPinang.id())));
        f.pulih
                .as(Fixtures.HQ_SUPERVISOR)
                .oversight()
                .breakGlass(id, "transfer paperwork, urgent", Duration.ofHours(1));

        assertThatThrownBy(() -> tpiOfficer
                        .shelters()
                        .recordService(stay.id(), new ServiceForm(ServiceKind.MEALS, MARCH_2, null)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
