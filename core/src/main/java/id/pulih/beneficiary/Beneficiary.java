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
import id.pulih.shared.TextLimit;
import id.pulih.shared.Versioned;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
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
 * <p>A beneficiary is composed of values: the {@link Person} (who), the {@link ReturnInfo} and
 * {@link TraffickingProfile} (how they came home, and from what), and the {@link CaseHistory} (what has happened since
 * intake). Its getters read through to them.
 *
 * <p>Instances are immutable: each rule-enforcing method returns the changed beneficiary, which a service saves.
 * {@link #toString()} never shows the NIK, family card number or phone number.
 */
public final class Beneficiary implements Versioned<Beneficiary> {
    /** Age under which a person is a child, for child-protection handling. */
    public static final int CHILD_AGE = 18;

    private final BeneficiaryId id;
    private final Person person;
    private final ReturnInfo returnInfo;
    private final TraffickingProfile profile;
    private final CaseHistory history;
    private final Jurisdiction registeredBy;
    private final Instant registeredAt;
    private final long version;

    private Beneficiary(
            BeneficiaryId id,
            Person person,
            ReturnInfo returnInfo,
            TraffickingProfile profile,
            CaseHistory history,
            Jurisdiction registeredBy,
            Instant registeredAt,
            long version) {
        this.id = Checks.required(id, "beneficiaryId");
        this.person = Checks.required(person, "person");
        this.returnInfo = Checks.required(returnInfo, "returnInfo");
        this.profile = Checks.required(profile, "profile");
        this.history = Checks.required(history, "history");
        this.registeredBy = Checks.required(registeredBy, "registeredBy");
        this.registeredAt = Checks.required(registeredAt, "registeredAt");
        this.version = version;
    }

    /**
     * Rebuilds a beneficiary from storage, checking its invariants. Use {@link #register} for a new one.
     *
     * <pre>{@code
     * Beneficiary b = Beneficiary.rebuild(id, person, returnInfo, profile,
     *         new CaseHistory(status, outcome, statusChanges, assessments, consents, mergedInto, mergedFrom),
     *         registeredBy, registeredAt, version);
     * }</pre>
     *
     * @param id the identifier
     * @param person who, where from, and with which documents
     * @param returnInfo the return
     * @param profile the trafficking profile
     * @param history the status, status changes, assessments, consents and merges
     * @param registeredBy the jurisdiction of the unit that registered the case
     * @param registeredAt when registered
     * @param version the stored version
     * @return the beneficiary
     */
    public static Beneficiary rebuild(
            BeneficiaryId id,
            Person person,
            ReturnInfo returnInfo,
            TraffickingProfile profile,
            CaseHistory history,
            Jurisdiction registeredBy,
            Instant registeredAt,
            long version) {
        return new Beneficiary(id, person, returnInfo, profile, history, registeredBy, registeredAt, version);
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
                person,
                returnInfo,
                profile,
                CaseHistory.opened(consents, assessments, at, actorId),
                registeredBy,
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
        if (history.status() == CaseStatus.CLOSED) {
            throw BeneficiaryError.CASE_CLOSED.violation("before assessing again");
        }
        return with(person, history.withAssessment(assessment));
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
        return with(person, history.withConsent(consent));
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
        String why = Checks.optionalText(reason, "reason", TextLimit.REASON);
        requireActive();
        if (target == CaseStatus.CLOSED) {
            throw BeneficiaryError.CASE_OUTCOME.violation("closing a case needs an outcome: use close");
        }
        history.status().requireMoveTo(target);
        return with(person, history.withStatus(target, Optional.empty(), at, actorId, why));
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
        String given = Checks.optionalText(note, "note", TextLimit.NOTE);
        requireActive();
        history.status().requireMoveTo(CaseStatus.CLOSED);
        return with(
                person,
                history.withStatus(
                        CaseStatus.CLOSED,
                        Optional.of(closing),
                        at,
                        actorId,
                        closing.name() + (note == null ? "" : " " + given)));
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
        String why = Checks.requiredText(reason, "reason", TextLimit.REASON);
        requireActive();
        if (history.status() != CaseStatus.CLOSED) {
            throw BeneficiaryError.CASE_NOT_CLOSED.violation(history.status());
        }
        return with(
                person,
                history.withStatus(history.statusBeforeLastMove(), history.outcome(), at, actorId, "reopened: " + why));
    }

    /**
     * Corrects the record (rectification and completion, UU PDP No. 27/2022 art. 6): who the person is and the
     * trafficking profile become the given ones, and the history keeps a {@link Correction} listing every field that
     * changed, masked. Also on a closed case, since a person may always have the record put right; never on a record
     * merged into another.
     *
     * @param corrected who the person is, corrected; not null
     * @param correctedProfile the trafficking profile, corrected; not null
     * @param reason why; not blank, at most {@link TextLimit#REASON} characters
     * @param at when
     * @param actorId who corrects
     * @return the corrected beneficiary
     * @throws RuleViolationException {@code correction.none} when nothing would change, {@code case.merged} on a
     *     merged record
     */
    public Beneficiary correct(
            Person corrected, TraffickingProfile correctedProfile, String reason, Instant at, String actorId) {
        Checks.required(corrected, "person");
        Checks.required(correctedProfile, "profile");
        requireActive();
        return corrected(
                new Beneficiary(
                        id, corrected, returnInfo, correctedProfile, history, registeredBy, registeredAt, version),
                reason,
                at,
                actorId);
    }

    /**
     * Attaches a NIK to a case registered without one, once the documents are recovered: the documents are then
     * {@linkplain DocumentStatus#HELD held}, and the history keeps the change as a {@link Correction}. Whether the
     * NIK agrees with the record ({@link NikAgreement}) and is no other case's is the service's to check.
     *
     * @param attached the NIK; not null
     * @param reason why, or why the NIK may disagree with the record; not blank
     * @param at when
     * @param actorId who
     * @return the beneficiary with the NIK
     * @throws RuleViolationException {@code nik.on-file} when the case holds a NIK already, {@code case.merged} on
     *     a merged record
     */
    public Beneficiary attachNik(Nik attached, String reason, Instant at, String actorId) {
        Checks.required(attached, "nik");
        requireActive();
        if (person.nik().isPresent()) {
            throw BeneficiaryError.NIK_ON_FILE.violation();
        }
        return corrected(with(person.withNik(attached), history), reason, at, actorId);
    }

    /** The changed record, its history keeping the correction from this one; refused when nothing changed. */
    private Beneficiary corrected(Beneficiary after, String reason, Instant at, String actorId) {
        List<id.pulih.shared.FieldChange> changes = CaseField.changes(this, after);
        if (changes.isEmpty()) {
            throw BeneficiaryError.CORRECTION_NONE.violation();
        }
        Correction correction = new Correction(at, actorId, reason, changes);
        return new Beneficiary(
                id,
                after.person,
                returnInfo,
                after.profile,
                history.withCorrection(correction),
                registeredBy,
                registeredAt,
                version);
    }

    /**
     * The corrections of the record, oldest first.
     *
     * @return the corrections
     */
    public List<Correction> corrections() {
        return history.corrections();
    }

    /**
     * Takes over the histories of a duplicate merged into this one: its assessments and consents join these, and the
     * identifiers this record lacks (NIK, family card, phone) are taken from it.
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
        return with(person.completedFrom(duplicate.person), history.absorbing(duplicate.id, duplicate.history));
    }

    /**
     * Marks this beneficiary as merged into a survivor; it then only points there, and gives up its NIK.
     *
     * @param survivor the survivor
     * @return the merged beneficiary
     */
    public Beneficiary mergeInto(BeneficiaryId survivor) {
        Checks.required(survivor, "survivor");
        requireActive();
        return with(person.withoutNik(), history.mergedInto(survivor));
    }

    private void requireActive() {
        if (history.mergedInto().isPresent()) {
            throw BeneficiaryError.CASE_MERGED.violation(history.mergedInto().get());
        }
    }

    /** The one copy-on-change: what changes is who the person is and what happened; the rest is kept. */
    private Beneficiary with(Person newPerson, CaseHistory newHistory) {
        return new Beneficiary(id, newPerson, returnInfo, profile, newHistory, registeredBy, registeredAt, version);
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
        return history.hasConsent(purpose, on);
    }

    /**
     * Whether consent for a purpose stands withdrawn on a date (the latest record for it is a withdrawal).
     *
     * @param purpose the purpose
     * @param on the date
     * @return the date it was withdrawn, or empty
     */
    public Optional<LocalDate> consentWithdrawnOn(ConsentPurpose purpose, LocalDate on) {
        return history.withdrawnOn(purpose, on);
    }

    /**
     * The key that makes two registrations probable duplicates: the normalised name, the birth date and the origin
     * regency.
     *
     * @return the key
     */
    public DuplicateKey duplicateKey() {
        return DuplicateKey.of(person.name(), person.birth().date(), person.origin());
    }

    /**
     * Whether the person is a child on a date.
     *
     * @param on the date
     * @return true under 18
     */
    public boolean isChildOn(LocalDate on) {
        return person.birth().ageOn(on) < CHILD_AGE;
    }

    /**
     * The latest assessment.
     *
     * @return it, or empty when never assessed
     */
    public Optional<Assessment> latestAssessment() {
        return history.latestAssessment();
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
     * Who the beneficiary is: name, sex, birth, identifiers, documents, origin and phone.
     *
     * @return the person
     */
    public Person person() {
        return person;
    }

    /**
     * What has happened to the case: status, status changes, assessments, consents and merges.
     *
     * @return the case history
     */
    public CaseHistory caseHistory() {
        return history;
    }

    /**
     * The name.
     *
     * @return the name
     */
    public PersonName name() {
        return person.name();
    }

    /**
     * The sex.
     *
     * @return the sex
     */
    public Sex sex() {
        return person.sex();
    }

    /**
     * The birth date, exact or estimated.
     *
     * @return the birth date
     */
    public BirthDate birth() {
        return person.birth();
    }

    /**
     * The NIK.
     *
     * @return the NIK, or empty when not known
     */
    public Optional<Nik> nik() {
        return person.nik();
    }

    /**
     * The family card number.
     *
     * @return it, or empty
     */
    public Optional<FamilyCardNumber> familyCard() {
        return person.familyCard();
    }

    /**
     * Whether documents are held, lost or never had.
     *
     * @return the document status
     */
    public DocumentStatus documentStatus() {
        return person.documentStatus();
    }

    /**
     * The region of origin.
     *
     * @return the region code (regency or finer)
     */
    public RegionCode origin() {
        return person.origin();
    }

    /**
     * The origin regency.
     *
     * @return the regency containing the origin
     */
    public RegionCode originRegency() {
        return person.origin().regency().orElse(person.origin());
    }

    /**
     * The phone number.
     *
     * @return it, or empty
     */
    public Optional<PhoneNumber> phone() {
        return person.phone();
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
        return history.consents();
    }

    /**
     * The assessments, oldest first.
     *
     * @return the assessments
     */
    public List<Assessment> assessments() {
        return history.assessments();
    }

    /**
     * The current status.
     *
     * @return the status
     */
    public CaseStatus status() {
        return history.status();
    }

    /**
     * The outcome of the last closing.
     *
     * @return the outcome, or empty when never closed
     */
    public Optional<CaseOutcome> outcome() {
        return history.outcome();
    }

    /**
     * Every status change, oldest first, starting with the registration.
     *
     * @return the history
     */
    public List<StatusChange> history() {
        return history.statusChanges();
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
        return history.mergedInto();
    }

    /**
     * The records merged into this one.
     *
     * @return their ids
     */
    public Set<BeneficiaryId> mergedFrom() {
        return history.mergedFrom();
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
        return new Beneficiary(id, person, returnInfo, profile, history, registeredBy, registeredAt, newVersion);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Beneficiary other)) {
            return false;
        }
        return id.equals(other.id)
                && version == other.version
                && person.equals(other.person)
                && returnInfo.equals(other.returnInfo)
                && profile.equals(other.profile)
                && history.equals(other.history)
                && registeredBy.equals(other.registeredBy)
                && registeredAt.equals(other.registeredAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version);
    }

    /** Shows the id, status and origin; never the NIK, family card number, phone or name. */
    @Override
    public String toString() {
        return "Beneficiary[" + id + ", " + history.status() + ", origin " + person.origin() + ", nik "
                + person.nik().map(Object::toString).orElse("none") + ", v" + version + "]";
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
