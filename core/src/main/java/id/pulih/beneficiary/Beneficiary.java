package id.pulih.beneficiary;

import id.pulih.access.Jurisdiction;
import id.pulih.internal.util.Checks;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.FamilyCardNumber;
import id.pulih.shared.Nik;
import id.pulih.shared.PersonName;
import id.pulih.shared.PhoneNumber;
import id.pulih.shared.RegionCode;
import id.pulih.shared.RuleViolationException;
import id.pulih.shared.Sex;
import id.pulih.shared.Versioned;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A beneficiary (penerima manfaat): one person, one case, from intake to closing.
 *
 * <p>A beneficiary is registered at intake, with or without a NIK (many return without documents); is assessed, and
 * keeps every assessment; records consents per purpose; and moves through the {@link CaseStatus} machine, every move
 * kept in its history. A probable duplicate can be merged into another beneficiary: the merged one then only points
 * to the survivor, which keeps both histories.
 *
 * <p>Instances are immutable: each rule-enforcing method returns the changed beneficiary, which a service saves.
 * {@link #toString()} never shows the NIK, family card number or phone number.
 */
public final class Beneficiary implements Versioned<Beneficiary> {
    /** Age under which a person is a child, for child-protection handling. */
    public static final int CHILD_AGE = 18;

    private final BeneficiaryId id;
    private final PersonName name;
    private final Sex sex;
    private final BirthDate birth;
    private final Nik nik;
    private final FamilyCardNumber familyCard;
    private final DocumentStatus documentStatus;
    private final RegionCode origin;
    private final PhoneNumber phone;
    private final ReturnInfo returnInfo;
    private final TraffickingProfile profile;
    private final List<Consent> consents;
    private final List<Assessment> assessments;
    private final CaseStatus status;
    private final CaseOutcome outcome;
    private final List<StatusChange> history;
    private final Jurisdiction registeredBy;
    private final BeneficiaryId mergedInto;
    private final Set<BeneficiaryId> mergedFrom;
    private final Instant registeredAt;
    private final long version;

    /**
     * Rebuilds a beneficiary from storage, checking its invariants. Use {@link #register} for a new one.
     *
     * @param id the identifier
     * @param name the name
     * @param sex the sex
     * @param birth the birth date, exact or estimated
     * @param nik the NIK, or null when not known
     * @param familyCard the family card number, or null
     * @param documentStatus whether documents are held
     * @param origin the region of origin (regency or finer)
     * @param phone the phone, or null
     * @param returnInfo the return
     * @param profile the trafficking profile
     * @param consents consent history, oldest first
     * @param assessments assessments, oldest first
     * @param status the current status
     * @param outcome the outcome, when closed (kept after reopening until closed again), else null
     * @param history status changes, oldest first, at least the registration
     * @param registeredBy the jurisdiction of the unit that registered the case
     * @param mergedInto the survivor this beneficiary was merged into, or null
     * @param mergedFrom beneficiaries merged into this one
     * @param registeredAt when registered
     * @param version the stored version
     */
    public Beneficiary(
            BeneficiaryId id,
            PersonName name,
            Sex sex,
            BirthDate birth,
            Nik nik,
            FamilyCardNumber familyCard,
            DocumentStatus documentStatus,
            RegionCode origin,
            PhoneNumber phone,
            ReturnInfo returnInfo,
            TraffickingProfile profile,
            List<Consent> consents,
            List<Assessment> assessments,
            CaseStatus status,
            CaseOutcome outcome,
            List<StatusChange> history,
            Jurisdiction registeredBy,
            BeneficiaryId mergedInto,
            Set<BeneficiaryId> mergedFrom,
            Instant registeredAt,
            long version) {
        this.id = Checks.required(id, "beneficiaryId");
        this.name = Checks.required(name, "name");
        this.sex = Checks.required(sex, "sex");
        this.birth = Checks.required(birth, "birthDate");
        this.nik = nik;
        this.familyCard = familyCard;
        this.documentStatus = Checks.required(documentStatus, "documentStatus");
        this.origin = Checks.required(origin, "origin");
        this.phone = phone;
        this.returnInfo = Checks.required(returnInfo, "returnInfo");
        this.profile = Checks.required(profile, "profile");
        this.consents = List.copyOf(Checks.required(consents, "consents"));
        this.assessments = byDate(Checks.required(assessments, "assessments"));
        this.status = Checks.required(status, "status");
        if (status == CaseStatus.CLOSED && outcome == null) {
            throw BeneficiaryError.CASE_OUTCOME.violation("a closed case needs an outcome");
        }
        this.outcome = outcome;
        this.history = List.copyOf(Checks.required(history, "history"));
        this.registeredBy = Checks.required(registeredBy, "registeredBy");
        this.mergedInto = mergedInto;
        this.mergedFrom = Set.copyOf(Checks.required(mergedFrom, "mergedFrom"));
        this.registeredAt = Checks.required(registeredAt, "registeredAt");
        this.version = version;
    }

    /**
     * Registers a new beneficiary at intake, in status {@link CaseStatus#REGISTERED}.
     *
     * @param person who, where from, and with which documents
     * @param returnInfo how the person came home
     * @param profile the trafficking profile
     * @param consents consents given at intake
     * @param registeredBy the jurisdiction of the registering unit
     * @param at when
     * @param actorId who registers
     * @return the new beneficiary, at version 0
     */
    public static Beneficiary register(
            Person person,
            ReturnInfo returnInfo,
            TraffickingProfile profile,
            List<Consent> consents,
            Jurisdiction registeredBy,
            Instant at,
            String actorId) {
        return register(person, returnInfo, profile, consents, List.of(), registeredBy, at, actorId);
    }

    /**
     * Registers a new beneficiary with the assessments made at intake (a provincial list that gives the poverty
     * category, for example); the same as registering and then {@linkplain #assess assessing}, in one step.
     *
     * <pre>{@code
     * Beneficiary b = Beneficiary.register(person, returnInfo, TraffickingProfile.unknown(), List.of(),
     *         List.of(new Assessment(today, PovertyCategory.MISKIN, Set.of(), Set.of(), Set.of(), officer)),
     *         Jurisdiction.province(RegionCode.of("52")), now, officer);
     * }</pre>
     *
     * @param person who, where from, and with which documents
     * @param returnInfo how the person came home
     * @param profile the trafficking profile
     * @param consents consents given at intake
     * @param assessments assessments made at intake, in any order
     * @param registeredBy the jurisdiction of the registering unit
     * @param at when
     * @param actorId who registers
     * @return the new beneficiary, at version 0
     */
    public static Beneficiary register(
            Person person,
            ReturnInfo returnInfo,
            TraffickingProfile profile,
            List<Consent> consents,
            List<Assessment> assessments,
            Jurisdiction registeredBy,
            Instant at,
            String actorId) {
        Checks.required(person, "person");
        return new Beneficiary(
                BeneficiaryId.next(),
                person.name(),
                person.sex(),
                person.birth(),
                person.nik().orElse(null),
                person.familyCard().orElse(null),
                person.documentStatus(),
                person.origin(),
                person.phone().orElse(null),
                returnInfo,
                profile,
                consents,
                assessments,
                CaseStatus.REGISTERED,
                null,
                List.of(new StatusChange(null, CaseStatus.REGISTERED, at, actorId, "intake")),
                registeredBy,
                null,
                Set.of(),
                at,
                0);
    }

    /**
     * Adds an assessment to the history.
     *
     * @param assessment the assessment
     * @return the changed beneficiary
     * @throws RuleViolationException {@code case.closed} on a closed case
     */
    public Beneficiary assess(Assessment assessment) {
        Checks.required(assessment, "assessment");
        requireActive();
        if (status == CaseStatus.CLOSED) {
            throw BeneficiaryError.CASE_CLOSED.violation("before assessing again");
        }
        List<Assessment> more = new ArrayList<>(assessments);
        more.add(assessment);
        return copy().assessments(more).build();
    }

    /**
     * Records a consent given or withdrawn; also on a closed case, since a person may always withdraw consent.
     *
     * @param consent the consent record
     * @return the changed beneficiary
     */
    public Beneficiary recordConsent(Consent consent) {
        Checks.required(consent, "consent");
        requireActive();
        List<Consent> more = new ArrayList<>(consents);
        more.add(consent);
        return copy().consents(more).build();
    }

    /**
     * Moves the case to another status, refusing an illegal move. Closing goes through {@link #close}.
     *
     * @param target the new status
     * @param at when
     * @param actorId who
     * @param reason why, may be empty
     * @return the changed beneficiary
     * @throws id.pulih.shared.IllegalTransitionException when the move is not allowed
     */
    public Beneficiary moveTo(CaseStatus target, Instant at, String actorId, String reason) {
        Checks.required(target, "status");
        requireActive();
        if (target == CaseStatus.CLOSED) {
            throw BeneficiaryError.CASE_OUTCOME.violation("closing a case needs an outcome: use close");
        }
        status.requireMoveTo(target);
        return withStatus(target, null, at, actorId, reason);
    }

    /**
     * Closes the case with an outcome.
     *
     * @param closing the outcome
     * @param at when
     * @param actorId who (a supervisor, checked by the service)
     * @param note a note, may be empty
     * @return the closed case
     */
    public Beneficiary close(CaseOutcome closing, Instant at, String actorId, String note) {
        Checks.required(closing, "outcome");
        requireActive();
        status.requireMoveTo(CaseStatus.CLOSED);
        return withStatus(CaseStatus.CLOSED, closing, at, actorId, closing.name() + (note == null ? "" : " " + note));
    }

    /**
     * Reopens a closed case, back to the status it had before closing.
     *
     * @param reason why (required)
     * @param at when
     * @param actorId who
     * @return the reopened case
     */
    public Beneficiary reopen(String reason, Instant at, String actorId) {
        String why = Checks.requiredText(reason, "reason");
        requireActive();
        if (status != CaseStatus.CLOSED) {
            throw BeneficiaryError.CASE_NOT_CLOSED.violation(status);
        }
        CaseStatus before = history.get(history.size() - 1).from();
        return withStatus(before == null ? CaseStatus.REGISTERED : before, outcome, at, actorId, "reopened: " + why);
    }

    /**
     * Takes over the histories of a duplicate merged into this one: its assessments and consents join these.
     *
     * @param duplicate the beneficiary being merged into this one
     * @return the survivor
     */
    public Beneficiary absorb(Beneficiary duplicate) {
        Checks.required(duplicate, "duplicate");
        requireActive();
        if (duplicate.id.equals(id)) {
            throw BeneficiaryError.DUPLICATE_SELF.violation("a beneficiary cannot be merged into itself");
        }
        List<Assessment> allAssessments = new ArrayList<>(assessments);
        allAssessments.addAll(duplicate.assessments);
        List<Consent> allConsents = new ArrayList<>(consents);
        allConsents.addAll(duplicate.consents);
        allConsents.sort(Comparator.comparing(Consent::date));
        Set<BeneficiaryId> merged = new HashSet<>(mergedFrom);
        merged.add(duplicate.id);
        merged.addAll(duplicate.mergedFrom);
        Builder b = copy().assessments(allAssessments).consents(allConsents);
        b.mergedFrom = merged;
        if (nik == null && duplicate.nik != null) {
            b.nik = duplicate.nik;
        }
        if (familyCard == null && duplicate.familyCard != null) {
            b.familyCard = duplicate.familyCard;
        }
        if (phone == null && duplicate.phone != null) {
            b.phone = duplicate.phone;
        }
        return b.build();
    }

    /**
     * Marks this beneficiary as merged into a survivor; it then only points there.
     *
     * @param survivor the survivor
     * @return the merged beneficiary
     */
    public Beneficiary mergeInto(BeneficiaryId survivor) {
        Checks.required(survivor, "survivor");
        requireActive();
        Builder b = copy();
        b.mergedInto = survivor;
        b.nik = null;
        return b.build();
    }

    private void requireActive() {
        if (mergedInto != null) {
            throw BeneficiaryError.CASE_MERGED.violation(mergedInto);
        }
    }

    private Beneficiary withStatus(
            CaseStatus target, CaseOutcome newOutcome, Instant at, String actorId, String reason) {
        List<StatusChange> more = new ArrayList<>(history);
        more.add(new StatusChange(status, target, at, actorId, reason));
        Builder b = copy();
        b.status = target;
        b.outcome = newOutcome;
        b.history = more;
        return b.build();
    }

    /**
     * Whether consent for a purpose is in force on a date: the latest record for the purpose, dated on or before
     * that day, is a consent given and not expired.
     *
     * @param purpose the purpose
     * @param on the date
     * @return true when consent is on file
     */
    public boolean hasConsent(ConsentPurpose purpose, LocalDate on) {
        Consent latest = null;
        for (Consent c : consents) {
            if (c.purpose() == purpose && !c.date().isAfter(on)) {
                latest = c;
            }
        }
        return latest != null && latest.grantsOn(on);
    }

    /**
     * The key that makes two registrations probable duplicates: the normalised name, the birth date and the origin
     * regency.
     *
     * @return the key
     */
    public DuplicateKey duplicateKey() {
        return DuplicateKey.of(name, birth.date(), origin);
    }

    /**
     * Whether the person is a child on a date.
     *
     * @param on the date
     * @return true under 18
     */
    public boolean isChildOn(LocalDate on) {
        return birth.ageOn(on) < CHILD_AGE;
    }

    /**
     * The latest assessment.
     *
     * @return it, or empty when never assessed
     */
    public Optional<Assessment> latestAssessment() {
        return assessments.isEmpty() ? Optional.empty() : Optional.of(assessments.get(assessments.size() - 1));
    }

    /**
     * The identifier.
     *
     * @return the id
     */
    public BeneficiaryId id() {
        return id;
    }

    /**
     * The name.
     *
     * @return the name
     */
    public PersonName name() {
        return name;
    }

    /**
     * The sex.
     *
     * @return the sex
     */
    public Sex sex() {
        return sex;
    }

    /**
     * The birth date, exact or estimated.
     *
     * @return the birth date
     */
    public BirthDate birth() {
        return birth;
    }

    /**
     * The NIK.
     *
     * @return the NIK, or empty when not known
     */
    public Optional<Nik> nik() {
        return Optional.ofNullable(nik);
    }

    /**
     * The family card number.
     *
     * @return it, or empty
     */
    public Optional<FamilyCardNumber> familyCard() {
        return Optional.ofNullable(familyCard);
    }

    /**
     * Whether documents are held, lost or never had.
     *
     * @return the document status
     */
    public DocumentStatus documentStatus() {
        return documentStatus;
    }

    /**
     * The region of origin.
     *
     * @return the region code (regency or finer)
     */
    public RegionCode origin() {
        return origin;
    }

    /**
     * The origin regency.
     *
     * @return the regency containing the origin
     */
    public RegionCode originRegency() {
        return origin.regency().orElse(origin);
    }

    /**
     * The phone number.
     *
     * @return it, or empty
     */
    public Optional<PhoneNumber> phone() {
        return Optional.ofNullable(phone);
    }

    /**
     * The return.
     *
     * @return how and when the person came home
     */
    public ReturnInfo returnInfo() {
        return returnInfo;
    }

    /**
     * The trafficking profile.
     *
     * @return the profile
     */
    public TraffickingProfile profile() {
        return profile;
    }

    /**
     * The consent history, oldest first.
     *
     * @return the consents
     */
    public List<Consent> consents() {
        return consents;
    }

    /**
     * The assessments, oldest first.
     *
     * @return the assessments
     */
    public List<Assessment> assessments() {
        return assessments;
    }

    /**
     * The current status.
     *
     * @return the status
     */
    public CaseStatus status() {
        return status;
    }

    /**
     * The outcome of the last closing.
     *
     * @return the outcome, or empty when never closed
     */
    public Optional<CaseOutcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    /**
     * Every status change, oldest first, starting with the registration.
     *
     * @return the history
     */
    public List<StatusChange> history() {
        return history;
    }

    /**
     * The jurisdiction of the unit that registered the case (it keeps sight of the case).
     *
     * @return the jurisdiction
     */
    public Jurisdiction registeredBy() {
        return registeredBy;
    }

    /**
     * The survivor this record was merged into.
     *
     * @return the survivor's id, or empty for an active record
     */
    public Optional<BeneficiaryId> mergedInto() {
        return Optional.ofNullable(mergedInto);
    }

    /**
     * The records merged into this one.
     *
     * @return their ids
     */
    public Set<BeneficiaryId> mergedFrom() {
        return mergedFrom;
    }

    /**
     * When the case was registered.
     *
     * @return the instant
     */
    public Instant registeredAt() {
        return registeredAt;
    }

    @Override
    public long version() {
        return version;
    }

    @Override
    public Beneficiary withVersion(long newVersion) {
        Builder b = copy();
        b.version = newVersion;
        return b.build();
    }

    private Builder copy() {
        return new Builder(this);
    }

    /** A private copy-and-change helper; every change still goes through the checking constructor. */
    private static final class Builder {
        private final Beneficiary from;
        private Nik nik;
        private FamilyCardNumber familyCard;
        private PhoneNumber phone;
        private List<Consent> consents;
        private List<Assessment> assessments;
        private CaseStatus status;
        private CaseOutcome outcome;
        private List<StatusChange> history;
        private BeneficiaryId mergedInto;
        private Set<BeneficiaryId> mergedFrom;
        private long version;

        Builder(Beneficiary from) {
            this.from = from;
            this.nik = from.nik;
            this.familyCard = from.familyCard;
            this.phone = from.phone;
            this.consents = from.consents;
            this.assessments = from.assessments;
            this.status = from.status;
            this.outcome = from.outcome;
            this.history = from.history;
            this.mergedInto = from.mergedInto;
            this.mergedFrom = from.mergedFrom;
            this.version = from.version;
        }

        Builder consents(List<Consent> value) {
            this.consents = value;
            return this;
        }

        Builder assessments(List<Assessment> value) {
            this.assessments = value;
            return this;
        }

        Beneficiary build() {
            return new Beneficiary(
                    from.id,
                    from.name,
                    from.sex,
                    from.birth,
                    nik,
                    familyCard,
                    from.documentStatus,
                    from.origin,
                    phone,
                    from.returnInfo,
                    from.profile,
                    consents,
                    assessments,
                    status,
                    outcome,
                    history,
                    from.registeredBy,
                    mergedInto,
                    mergedFrom,
                    from.registeredAt,
                    version);
        }
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Beneficiary other)) {
            return false;
        }
        return id.equals(other.id)
                && version == other.version
                && name.equals(other.name)
                && sex == other.sex
                && birth.equals(other.birth)
                && Objects.equals(nik, other.nik)
                && Objects.equals(familyCard, other.familyCard)
                && documentStatus == other.documentStatus
                && origin.equals(other.origin)
                && Objects.equals(phone, other.phone)
                && returnInfo.equals(other.returnInfo)
                && profile.equals(other.profile)
                && consents.equals(other.consents)
                && assessments.equals(other.assessments)
                && status == other.status
                && outcome == other.outcome
                && history.equals(other.history)
                && registeredBy.equals(other.registeredBy)
                && Objects.equals(mergedInto, other.mergedInto)
                && mergedFrom.equals(other.mergedFrom)
                && registeredAt.equals(other.registeredAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version);
    }

    /** Shows the id, status and origin; never the NIK, family card number, phone or name. */
    @Override
    public String toString() {
        return "Beneficiary[" + id + ", " + status + ", origin " + origin + ", nik "
                + (nik == null ? "none" : nik.toString()) + ", v" + version + "]";
    }

    /** The assessments oldest first; copied only when they are not in that order already. */
    private static List<Assessment> byDate(List<Assessment> assessments) {
        for (int i = 1; i < assessments.size(); i++) {
            if (assessments.get(i).date().isBefore(assessments.get(i - 1).date())) {
                List<Assessment> sorted = new ArrayList<>(assessments);
                sorted.sort(Comparator.comparing(Assessment::date));
                return List.copyOf(sorted);
            }
        }
        return List.copyOf(assessments);
    }

    static String normalise(PersonName name) {
        String value = name.value();
        boolean ascii = true;
        for (int i = 0; i < value.length() && ascii; i++) {
            ascii = value.charAt(i) < 0x80;
        }
        String decomposed = ascii ? value : Normalizer.normalize(value, Normalizer.Form.NFKD);
        StringBuilder key = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.isLetter(c)) {
                key.append(Character.toLowerCase(c));
            }
        }
        return key.toString();
    }
}
