package id.pulih.testkit.contract;

import static id.pulih.testkit.contract.ContractRecords.BOGOR;
import static id.pulih.testkit.contract.ContractRecords.assertSameRecord;
import static id.pulih.testkit.contract.ContractRecords.conflict;
import static id.pulih.testkit.contract.ContractRecords.programme;
import static org.assertj.core.api.Assertions.assertThat;

import id.pulih.guidance.Attendance;
import id.pulih.guidance.Enrolment;
import id.pulih.guidance.Enrolments;
import id.pulih.guidance.GuidanceError;
import id.pulih.guidance.Programme;
import id.pulih.guidance.Topic;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.ConflictException;
import id.pulih.shared.EnrolmentId;
import id.pulih.shared.ProgrammeId;
import id.pulih.shared.RecordError;
import id.pulih.shared.RecordType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Enrolments}: optimistic locking, one enrolment per person and programme
 * ({@code enrolment.exists}), the queries by programme (in enrolment order, by enrolment date) and by person, and a
 * round trip with attendance.
 */
public abstract class EnrolmentsContract extends PortContract {
    private static final LocalDate OCT_31 = LocalDate.of(2019, 10, 31);

    private Programme programme;
    private BeneficiaryId person;

    /** For subclasses. */
    protected EnrolmentsContract() {}

    @BeforeEach
    final void storeProgrammeAndPerson() {
        programme = storedProgramme();
        person = storedBeneficiary().id();
    }

    private Enrolments enrolments() {
        return store().enrolments();
    }

    private Enrolment enrol(ProgrammeId in, BeneficiaryId who, LocalDate on) {
        return Enrolment.enrol(in, who, on, "");
    }

    @Test
    void saveThenFindReturnsTheStoredVersion() {
        Enrolment fresh = enrol(programme.id(), person, OCT_31.minusDays(7));

        Enrolment saved = enrolments().save(fresh);

        assertThat(saved).isEqualTo(fresh.withVersion(1));
        assertThat(enrolments().find(fresh.id())).contains(saved);
        assertThat(enrolments().find(programme.id(), person)).contains(saved);
    }

    @Test
    void updateAtTheReadVersionBumpsTheVersion() {
        Enrolment v1 = enrolments().save(enrol(programme.id(), person, OCT_31));

        Enrolment v2 = enrolments().save(v1.attend(programme, Topic.PRODUCT_INTRODUCTION, OCT_31, "officer-1"));

        assertThat(v2.version()).isEqualTo(2);
        assertThat(enrolments().find(v1.id())).contains(v2);
    }

    @Test
    void staleUpdateFailsWithConflictAndWritesNothing() {
        Enrolment v1 = enrolments().save(enrol(programme.id(), person, OCT_31));
        Enrolment v2 = enrolments().save(v1.attend(programme, Topic.PRODUCT_INTRODUCTION, OCT_31, "officer-1"));

        ConflictException stale = conflict(
                RecordError.STALE,
                RecordType.ENROLMENT,
                () -> enrolments().save(v1.attend(programme, Topic.MARKETING_STRATEGY, OCT_31, "officer-2")));

        assertThat(stale.recordId()).isEqualTo(v1.id().toString());
        assertThat(enrolments().find(v1.id())).contains(v2);
    }

    @Test
    void savingANeverStoredRecordAtAVersionAboveZeroIsStale() {
        Enrolment neverStored = enrol(programme.id(), person, OCT_31).withVersion(1);

        conflict(RecordError.STALE, RecordType.ENROLMENT, () -> enrolments().save(neverStored));

        assertThat(enrolments().find(neverStored.id())).isEmpty();
        assertThat(enrolments().find(programme.id(), person)).isEmpty();
        assertThat(enrolments().forProgramme(programme.id())).isEmpty();
    }

    @Test
    void findOfAnUnknownIdProgrammeOrPersonIsEmptyNeverNull() {
        enrolments().save(enrol(programme.id(), person, OCT_31));

        assertThat(enrolments().find(EnrolmentId.next())).isNotNull().isEmpty();
        assertThat(enrolments().find(programme.id(), BeneficiaryId.next()))
                .isNotNull()
                .isEmpty();
        assertThat(enrolments().find(ProgrammeId.next(), person)).isNotNull().isEmpty();
        assertThat(enrolments().forProgramme(ProgrammeId.next())).isNotNull().isEmpty();
        assertThat(enrolments().forBeneficiary(BeneficiaryId.next()))
                .isNotNull()
                .isEmpty();
    }

    @Test
    void rejectsASecondEnrolmentOfThePersonInTheProgramme() {
        Enrolment first = enrolments().save(enrol(programme.id(), person, OCT_31));
        Enrolment second = Enrolment.enrol(programme.id(), person, OCT_31.plusDays(1), "enrolled again by mistake");

        ConflictException exists = conflict(
                GuidanceError.ENROLMENT_EXISTS,
                RecordType.ENROLMENT,
                () -> enrolments().save(second));

        assertThat(exists.recordId())
                .as("names the existing enrolment")
                .isEqualTo(first.id().toString());
        assertThat(enrolments().find(second.id())).isEmpty();
        assertThat(enrolments().forProgramme(programme.id())).containsExactly(first);
    }

    @Test
    void updatingAnEnrolmentIsNotAConflictWithItself() {
        Enrolment v1 = enrolments().save(enrol(programme.id(), person, OCT_31));

        Enrolment v2 = enrolments().save(v1.attend(programme, Topic.PRODUCT_INTRODUCTION, OCT_31, "officer-1"));

        assertThat(enrolments().find(programme.id(), person)).contains(v2);
    }

    @Test
    void thePersonMayBeEnrolledInOtherProgrammesAndOthersInThisOne() {
        Programme other = storedProgramme();
        BeneficiaryId someoneElse = storedBeneficiary().id();
        Enrolment here = enrolments().save(enrol(programme.id(), person, OCT_31));
        Enrolment there = enrolments().save(enrol(other.id(), person, OCT_31));
        Enrolment theirs = enrolments().save(enrol(programme.id(), someoneElse, OCT_31.plusDays(1)));

        assertThat(enrolments().forBeneficiary(person)).containsExactlyInAnyOrder(here, there);
        assertThat(enrolments().forBeneficiary(someoneElse)).containsExactly(theirs);
        assertThat(enrolments().find(other.id(), person)).contains(there);
        assertThat(enrolments().find(other.id(), someoneElse)).isEmpty();
    }

    @Test
    void forProgrammeListsTheEnrolmentsInEnrolmentOrder() {
        // saved latest enrolment first, so a store that returns insertion order fails
        Enrolment late = enrolments().save(enrol(programme.id(), person, OCT_31));
        Enrolment early =
                enrolments().save(enrol(programme.id(), storedBeneficiary().id(), OCT_31.minusDays(20)));
        Enrolment middle =
                enrolments().save(enrol(programme.id(), storedBeneficiary().id(), OCT_31.minusDays(10)));
        enrolments().save(enrol(storedProgramme().id(), person, OCT_31.minusDays(15)));

        assertThat(enrolments().forProgramme(programme.id())).containsExactly(early, middle, late);
    }

    @Test
    void anEnrolmentWithAttendanceAndAnOverrideAndOneWithoutRoundTrip() {
        Programme bogor = store().programmes().save(programme("Bimbingan Sosial Bogor", BOGOR, OCT_31));
        Enrolment full = Enrolment.enrol(
                        bogor.id(), person, OCT_31.minusDays(3), "pindah ke Bogor setelah pulang, disetujui kepala UPT")
                .attend(bogor, Topic.ENTREPRENEURSHIP_PRACTICE, OCT_31, "officer-1")
                .attend(bogor, Topic.PRODUCT_INTRODUCTION, OCT_31.plusDays(1), "officer-2")
                .attend(bogor, Topic.ENTREPRENEURSHIP_PRACTICE, OCT_31.plusDays(2), "officer-1");
        Enrolment bare = enrol(programme.id(), person, OCT_31);
        assertThat(full.attendance())
                .containsExactly(
                        new Attendance(Topic.ENTREPRENEURSHIP_PRACTICE, OCT_31, "officer-1"),
                        new Attendance(Topic.PRODUCT_INTRODUCTION, OCT_31.plusDays(1), "officer-2"),
                        new Attendance(Topic.ENTREPRENEURSHIP_PRACTICE, OCT_31.plusDays(2), "officer-1"));

        enrolments().save(full);
        enrolments().save(bare);

        assertSameRecord(enrolments().find(full.id()).orElseThrow(), full.withVersion(1));
        assertSameRecord(enrolments().find(bare.id()).orElseThrow(), bare.withVersion(1));
        assertThat(enrolments().find(full.id()).orElseThrow().attendance())
                .as("attendance in the order recorded")
                .isEqualTo(List.copyOf(full.attendance()));
    }
}
