package id.pulih.guidance;

import id.pulih.internal.util.Checks;
import id.pulih.shared.OrganisationId;
import id.pulih.shared.ProgrammeId;
import id.pulih.shared.RegionCode;
import id.pulih.shared.RuleViolationException;
import id.pulih.shared.TextLimit;
import id.pulih.shared.Versioned;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A social guidance programme event (bimbingan sosial) in an area of origin, run by a Kemensos directorate or UPT with
 * partner organisations (an LKS, the provincial and regency Dinas Sosial): for example the event of 31 October 2019 at
 * Aula SMKN 1 Praya, Lombok Tengah, with LKS Perkumpulan Panca Karsa, for 340 participants.
 *
 * <p>A programme refuses an enrolment above its capacity ({@link #enrolOne()}); a participant completes it by
 * attending every required topic. Instances are immutable: enrolling returns the changed programme.
 */
public final class Programme implements Versioned<Programme> {
    /** The most partner organisations a programme names (each code at most 40 characters, kept as comma text). */
    public static final int MAX_PARTNERS = 40;

    /** The most topics a programme teaches (each code at most 60 characters, kept as comma text). */
    public static final int MAX_TOPICS = 30;

    private final ProgrammeId id;
    private final String title;
    private final OrganisationId organiser;
    private final Set<OrganisationId> partners;
    private final String venue;
    private final RegionCode region;
    private final LocalDate startsOn;
    private final LocalDate endsOn;
    private final int capacity;
    private final int enrolled;
    private final List<Topic> topics;
    private final Set<Topic> required;
    private final long version;

    /**
     * Rebuilds a programme, checking the invariants.
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
    public Programme(
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
            long version) {
        this.id = Checks.required(id, "programmeId");
        this.title = Checks.requiredText(title, "title", TextLimit.TITLE);
        this.organiser = Checks.required(organiser, "organiser");
        this.partners = Set.copyOf(Checks.atMost(partners, "partners", MAX_PARTNERS));
        this.venue = Checks.requiredText(venue, "venue", TextLimit.TITLE);
        this.region = Checks.required(region, "region");
        this.startsOn = Checks.required(startsOn, "startsOn");
        this.endsOn = Checks.required(endsOn, "endsOn");
        if (endsOn.isBefore(startsOn)) {
            throw GuidanceError.DATES.invalid();
        }
        if (capacity < 1) {
            throw GuidanceError.CAPACITY.invalid();
        }
        if (enrolled < 0 || enrolled > capacity) {
            throw GuidanceError.ENROLLED.invalid();
        }
        this.capacity = capacity;
        this.enrolled = enrolled;
        this.topics = List.copyOf(Checks.atMost(topics, "topics", MAX_TOPICS));
        if (this.topics.isEmpty()) {
            throw GuidanceError.TOPICS.invalid();
        }
        this.required = Set.copyOf(Checks.required(required, "required"));
        if (!this.topics.containsAll(this.required)) {
            throw GuidanceError.REQUIRED_TOPICS.invalid();
        }
        this.version = version;
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
        return with(enrolled + 1, version);
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

    /**
     * The identifier.
     *
     * @return the id
     */
    public ProgrammeId id() {
        return id;
    }

    /**
     * The title.
     *
     * @return the title
     */
    public String title() {
        return title;
    }

    /**
     * The organising directorate or UPT.
     *
     * @return the organiser
     */
    public OrganisationId organiser() {
        return organiser;
    }

    /**
     * The partner organisations.
     *
     * @return the partners, unmodifiable
     */
    public Set<OrganisationId> partners() {
        return partners;
    }

    /**
     * The venue.
     *
     * @return for example {@code Aula SMKN 1 Praya}
     */
    public String venue() {
        return venue;
    }

    /**
     * The regency (or finer) where it takes place; participants come from there.
     *
     * @return the region
     */
    public RegionCode region() {
        return region;
    }

    /**
     * The first day.
     *
     * @return the date
     */
    public LocalDate startsOn() {
        return startsOn;
    }

    /**
     * The last day.
     *
     * @return the date, not before the first
     */
    public LocalDate endsOn() {
        return endsOn;
    }

    /**
     * The number of places.
     *
     * @return at least 1
     */
    public int capacity() {
        return capacity;
    }

    /**
     * The number of enrolments.
     *
     * @return 0 to the capacity
     */
    public int enrolled() {
        return enrolled;
    }

    /**
     * The modules taught.
     *
     * @return the topics, unmodifiable
     */
    public List<Topic> topics() {
        return topics;
    }

    /**
     * The modules a participant must attend to complete.
     *
     * @return a subset of the topics, unmodifiable
     */
    public Set<Topic> required() {
        return required;
    }

    @Override
    public long version() {
        return version;
    }

    @Override
    public Programme withVersion(long newVersion) {
        return with(enrolled, newVersion);
    }

    /** The one copy-on-change: only the enrolment count and the version change. */
    private Programme with(int newEnrolled, long newVersion) {
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
                newEnrolled,
                topics,
                required,
                newVersion);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Programme other)) {
            return false;
        }
        return id.equals(other.id)
                && version == other.version
                && title.equals(other.title)
                && organiser.equals(other.organiser)
                && partners.equals(other.partners)
                && venue.equals(other.venue)
                && region.equals(other.region)
                && startsOn.equals(other.startsOn)
                && endsOn.equals(other.endsOn)
                && capacity == other.capacity
                && enrolled == other.enrolled
                && topics.equals(other.topics)
                && required.equals(other.required);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version);
    }

    /** Shows the id, the title, the region, the dates and the places taken. */
    @Override
    public String toString() {
        return "Programme[" + id + ", " + title + ", " + region + ", " + startsOn + " to " + endsOn + ", " + enrolled
                + "/" + capacity + ", v" + version + "]";
    }
}
