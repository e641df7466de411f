package id.pulih.store.memory;

import id.pulih.guidance.Enrolment;
import id.pulih.guidance.Enrolments;
import id.pulih.guidance.OneEnrolment;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.EnrolmentId;
import id.pulih.shared.ProgrammeId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@link Enrolments} in memory: the enrolments, one per programme and person.
 *
 * <p>One port of {@link InMemoryStore}, which wires it and holds its table.
 */
final class MemoryEnrolments implements Enrolments {
    private final InMemoryStore store;

    MemoryEnrolments(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public Optional<Enrolment> find(EnrolmentId id) {
        return store.locked(() -> store.enrolmentRows.find(id));
    }

    @Override
    public Optional<Enrolment> find(ProgrammeId programme, BeneficiaryId beneficiary) {
        return store.locked(() ->
                store
                        .enrolmentRows
                        .where(e -> e.programme().equals(programme)
                                && e.beneficiary().equals(beneficiary))
                        .stream()
                        .findFirst());
    }

    @Override
    public List<Enrolment> forProgramme(ProgrammeId programme) {
        return store.locked(() -> {
            List<Enrolment> found = store.enrolmentRows.where(e -> e.programme().equals(programme));
            found.sort(Comparator.comparing(Enrolment::enrolledOn));
            return found;
        });
    }

    @Override
    public List<Enrolment> forBeneficiary(BeneficiaryId beneficiary) {
        return store.locked(() -> store.enrolmentRows.where(e -> e.beneficiary().equals(beneficiary)));
    }

    @Override
    public Enrolment save(Enrolment enrolment) {
        return store.inTransaction(() -> {
            OneEnrolment.check(this, enrolment);
            return store.enrolmentRows.save(enrolment);
        });
    }
}
