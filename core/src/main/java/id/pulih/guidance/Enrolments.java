package id.pulih.guidance;

import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.EnrolmentId;
import id.pulih.shared.ProgrammeId;
import java.util.List;
import java.util.Optional;

/** Enrolments in programmes. A port: the in-memory and JDBC stores implement it. */
public interface Enrolments {
    /**
     * Finds one.
     *
     * @param id the id
     * @return it, or empty
     */
    Optional<Enrolment> find(EnrolmentId id);

    /**
     * The enrolment of a beneficiary in a programme (there is at most one).
     *
     * @param programme the programme
     * @param beneficiary the beneficiary
     * @return it, or empty
     */
    Optional<Enrolment> find(ProgrammeId programme, BeneficiaryId beneficiary);

    /**
     * The enrolments of a programme, in enrolment order.
     *
     * @param programme the programme
     * @return the enrolments
     */
    List<Enrolment> forProgramme(ProgrammeId programme);

    /**
     * The enrolments of a beneficiary.
     *
     * @param beneficiary the beneficiary
     * @return the enrolments
     */
    List<Enrolment> forBeneficiary(BeneficiaryId beneficiary);

    /**
     * Inserts (version 0) or updates (the version read).
     *
     * @param enrolment the enrolment
     * @return it as stored, at its new version
     * @throws id.pulih.shared.ConflictException {@code enrolment.exists} for a second enrolment of the same person in
     *     the same programme
     */
    Enrolment save(Enrolment enrolment);
}
