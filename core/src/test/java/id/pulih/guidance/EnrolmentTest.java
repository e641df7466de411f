package id.pulih.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.OrganisationId;
import id.pulih.shared.ProgrammeId;
import id.pulih.shared.RegionCode;
import id.pulih.shared.RuleViolationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EnrolmentTest {
    private static final LocalDate DAY = LocalDate.of(2019, 10, 31);

    private static Programme programme(int capacity) {
        return new Programme(
                ProgrammeId.next(),
                "Bimbingan sosial Lombok Tengah",
                OrganisationId.of("DIT-RSKKTPO"),
                Set.of(OrganisationId.of("LKS-PANCA-KARSA")),
                "Aula SMKN 1 Praya",
                RegionCode.of("52.02"),
                DAY,
                DAY.plusDays(1),
                capacity,
                0,
                List.of(Topic.CAKE_MAKING, Topic.MARKETING_STRATEGY),
                Set.of(Topic.CAKE_MAKING),
                7);
    }

    @Test
    void enrollingKeepsTheProgrammeAndStopsAtCapacity() {
        Programme programme = programme(1);

        Programme full = programme.enrolOne();

        assertThat(full.enrolled()).isEqualTo(1);
        assertThat(full.id()).isEqualTo(programme.id());
        assertThat(full.title()).isEqualTo(programme.title());
        assertThat(full.organiser()).isEqualTo(programme.organiser());
        assertThat(full.partners()).isEqualTo(programme.partners());
        assertThat(full.venue()).isEqualTo(programme.venue());
        assertThat(full.region()).isEqualTo(programme.region());
        assertThat(full.startsOn()).isEqualTo(programme.startsOn());
        assertThat(full.endsOn()).isEqualTo(programme.endsOn());
        assertThat(full.capacity()).isEqualTo(programme.capacity());
        assertThat(full.topics()).isEqualTo(programme.topics());
        assertThat(full.required()).isEqualTo(programme.required());
        assertThat(full.version()).isEqualTo(7);
        assertThat(full.withVersion(8).withVersion(7)).isEqualTo(full).hasSameHashCodeAs(full);
        assertThatThrownBy(full::enrolOne)
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.code()).isEqualTo(GuidanceError.FULL.code()));
    }

    @Test
    void attendingKeepsTheEnrolmentAndRecordsATopicOnceADay() {
        Programme programme = programme(10);
        Enrolment enrolment =
                Enrolment.enrol(programme.id(), BeneficiaryId.next(), DAY, " ").withVersion(3);

        Enrolment attended = enrolment.attend(programme, Topic.CAKE_MAKING, DAY, "officer-1");
        Enrolment twice = attended.attend(programme, Topic.CAKE_MAKING, DAY, "officer-1");

        assertThat(enrolment.overrideReason()).isEmpty();
        assertThat(enrolment.completed(programme)).isFalse();
        assertThat(attended.id()).isEqualTo(enrolment.id());
        assertThat(attended.programme()).isEqualTo(enrolment.programme());
        assertThat(attended.beneficiary()).isEqualTo(enrolment.beneficiary());
        assertThat(attended.enrolledOn()).isEqualTo(enrolment.enrolledOn());
        assertThat(attended.version()).isEqualTo(3);
        assertThat(attended.attendance()).containsExactly(new Attendance(Topic.CAKE_MAKING, DAY, "officer-1"));
        assertThat(attended.completed(programme)).isTrue();
        assertThat(twice).isSameAs(attended);
        assertThat(attended).isNotEqualTo(enrolment);
        assertThat(attended.withVersion(4).version()).isEqualTo(4);
        assertThat(attended.withVersion(4).withVersion(3)).isEqualTo(attended).hasSameHashCodeAs(attended);
    }
}
