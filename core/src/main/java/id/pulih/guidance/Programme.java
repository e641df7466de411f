package id.pulih.guidance;

import id.pulih.internal.util.Checks;
import id.pulih.shared.OrganisationId;
import id.pulih.shared.ProgrammeId;
import id.pulih.shared.RegionCode;
import id.pulih.shared.RuleViolationException;
import id.pulih.shared.Versioned;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A social guidance programme event (bimbingan sosial) in an area of origin, run by a Kemensos directorate or UPT with
 * partner organisations (an LKS, the provincial and regency Dinas Sosial): for example the event of 31 October 2019 at
 * Aula SMKN 1 Praya, Lombok Tengah, with LKS Perkumpulan Panca Karsa, for 340 participants.
 *
 * <p>A programme refuses an enrolment above its capacity ({@link #enrolOne()}); a participant completes it by
 * attending every required topic.
 *
 * @param id the identifier
 * @param title the title
 * @param organiser the organising directorate or UPT
 * @param partners partner organisations
 * @param venue the venue, for example {@code Aula SMKN 1 Praya}
 * @param region the regency (or finer) where it takes place; participants come from there
 * @param startsOn the first day
 * @param endsOn the last day, not before the first
 * @param capacity the number of places, at least 1
 * @param enrolled the number of enrolments, 0 to capacity
 * @param topics the modules taught
 * @param required the modules a participant must attend to complete, a subset of the topics
 * @param version the stored version
 */
public record Programme(
        ProgrammeId id,
        String title,
        OrganisationId organiser,
        Set<OrganisationId> partners,
        String venue,
        RegionCode region,
        LocalDate startsOn,
        LocalDate endsOn,
        int capacity,
        int enrolled,
        List<Topic> topics,
        Set<Topic> required,
        long version)
        implements Versioned<Programme> {

    /**
     * Checks the invariants.
     *
     * @param id the id
     * @param title the title
     * @param organiser the organiser
     * @param partners the partners
     * @param venue the venue
     * @param region the region
     * @param startsOn the first day
     * @param endsOn the last day
     * @param capacity the capacity
     * @param enrolled the enrolments
     * @param topics the topics
     * @param required the required topics
     * @param version the version
     */
    public Programme {
        Checks.required(id, "programmeId");
        title = Checks.requiredText(title, "title");
        Checks.required(organiser, "organiser");
        partners = Set.copyOf(Checks.required(partners, "partners"));
        venue = Checks.requiredText(venue, "venue");
        Checks.required(region, "region");
        Checks.required(startsOn, "startsOn");
        Checks.required(endsOn, "endsOn");
        if (endsOn.isBefore(startsOn)) {
            throw GuidanceError.DATES.invalid();
        }
        if (capacity < 1) {
            throw GuidanceError.CAPACITY.invalid();
        }
        if (enrolled < 0 || enrolled > capacity) {
            throw GuidanceError.ENROLLED.invalid();
        }
        topics = List.copyOf(Checks.required(topics, "topics"));
        if (topics.isEmpty()) {
            throw GuidanceError.TOPICS.invalid();
        }
        required = Set.copyOf(Checks.required(required, "required"));
        if (!topics.containsAll(required)) {
            throw GuidanceError.REQUIRED_TOPICS.invalid();
        }
    }

    /**
     * Takes one place.
     *
     * @return the programme with one more enrolment
     * @throws RuleViolationException {@code programme.full} when every place is taken
     */
    public Programme enrolOne() {
        if (enrolled >= capacity) {
            throw GuidanceError.FULL.violation(enrolled, capacity);
        }
        return new Programme(
                id,
                title,
                organiser,
                partners,
                venue,
                region,
                startsOn,
                endsOn,
                capacity,
                enrolled + 1,
                topics,
                required,
                version);
    }

    /**
     * Whether a date falls within the programme.
     *
     * @param date the date
     * @return true from the first to the last day
     */
    public boolean runsOn(LocalDate date) {
        return !date.isBefore(startsOn) && !date.isAfter(endsOn);
    }

    @Override
    public Programme withVersion(long newVersion) {
        return new Programme(
                id,
                title,
                organiser,
                partners,
                venue,
                region,
                startsOn,
                endsOn,
                capacity,
                enrolled,
                topics,
                required,
                newVersion);
    }
}
