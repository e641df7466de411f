package id.pulih.privacy;

import id.pulih.audit.AccessLogEntry;
import id.pulih.beneficiary.Assessment;
import id.pulih.beneficiary.CaseOutcome;
import id.pulih.beneficiary.CaseStatus;
import id.pulih.beneficiary.Consent;
import id.pulih.beneficiary.Correction;
import id.pulih.beneficiary.DocumentStatus;
import id.pulih.beneficiary.ReturnInfo;
import id.pulih.beneficiary.StatusChange;
import id.pulih.beneficiary.TraffickingProfile;
import id.pulih.grant.PaymentStatus;
import id.pulih.grant.ProposalStatus;
import id.pulih.grant.RejectionReason;
import id.pulih.guidance.Attendance;
import id.pulih.internal.util.Checks;
import id.pulih.reintegration.AtensiComponent;
import id.pulih.reintegration.FollowUpStatus;
import id.pulih.reintegration.PlanStatus;
import id.pulih.reintegration.ReferralStatus;
import id.pulih.reintegration.RiskScore;
import id.pulih.reintegration.ServiceStatus;
import id.pulih.reintegration.ServiceType;
import id.pulih.repatriation.RepatriationState;
import id.pulih.repatriation.TransportMode;
import id.pulih.shared.AwardId;
import id.pulih.shared.BatchId;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.EnrolmentId;
import id.pulih.shared.FollowUpId;
import id.pulih.shared.OrganisationId;
import id.pulih.shared.PaymentId;
import id.pulih.shared.PlanId;
import id.pulih.shared.ProgrammeId;
import id.pulih.shared.ProposalId;
import id.pulih.shared.RegionCode;
import id.pulih.shared.RepatriationId;
import id.pulih.shared.Rupiah;
import id.pulih.shared.SchemeId;
import id.pulih.shared.ServiceId;
import id.pulih.shared.Sex;
import id.pulih.shared.ShelterId;
import id.pulih.shared.StayId;
import id.pulih.shelter.DischargeReason;
import id.pulih.shelter.ServiceDelivery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One person's whole record, as the person may ask for it under UU PDP No. 27/2022 (access and a copy, art. 7;
 * portability, art. 13): the case (who the person is, the return, the trafficking profile, the status and every move
 * of it), the corrections, assessments and consents, the shelter stays, the returns home, the programme enrolments,
 * the stimulus awards and payments and the proposals for further help, the reintegration plans with their services
 * and referrals, the follow-up visits with their risk scores, and who read the case when (the access log). Records of
 * registrations merged into the case are part of it.
 *
 * <p>A value made by {@code Privacy.export}: the identifiers in it (NIK, No. KK, phone, bank account numbers) are
 * shown whole or masked, as {@link #identifiers()} says and {@link Identifiers#forActor} decided for the officer who
 * exported it. The field changes of corrections are always masked, as the case's history keeps them. Free text is as
 * the officers wrote it; text a record does not have is empty, never null. Every list is in the order of its
 * records' own time (oldest first). The JSON adapter writes it as one document with a published schema.
 *
 * <pre>{@code
 * SubjectRecord record = pulih.as(officer).privacy().export(caseId);
 * record.caseFile().person().nik();   // Optional["************0001"] for a case worker
 * record.payments().size();
 * }</pre>
 *
 * @param beneficiary the case exported (the survivor, when the id asked for was merged into it)
 * @param exportedAt when the export was made
 * @param exportedBy the id of the officer who made it
 * @param identifiers whether identifiers are whole or masked
 * @param caseFile the case itself
 * @param corrections the corrections of the record and of the registrations merged into it, oldest first
 * @param assessments the assessments, oldest first
 * @param consents the consent records, oldest first
 * @param stays the shelter stays, oldest admission first
 * @param returns the returns home, oldest plan first
 * @param enrolments the programme enrolments, oldest first
 * @param awards the stimulus awards, oldest first
 * @param payments the payments of those awards, oldest approval first
 * @param proposals the proposals for further help, oldest first
 * @param plans the reintegration plans, oldest first, each with its services and their referrals
 * @param followUps the follow-up visits, earliest due first, each with its risk score once visited
 * @param accessLog who read or tried to reach the case, oldest first, this export's own read included
 */
public record SubjectRecord(
        BeneficiaryId beneficiary,
        Instant exportedAt,
        String exportedBy,
        Identifiers identifiers,
        CaseFile caseFile,
        List<Correction> corrections,
        List<Assessment> assessments,
        List<Consent> consents,
        List<ShelterStay> stays,
        List<Return> returns,
        List<ProgrammeEnrolment> enrolments,
        List<GrantAward> awards,
        List<GrantPayment> payments,
        List<FurtherProposal> proposals,
        List<Plan> plans,
        List<Visit> followUps,
        List<AccessLogEntry> accessLog) {
    /**
     * Checks every part and copies the lists.
     *
     * @param beneficiary the case
     * @param exportedAt when
     * @param exportedBy who
     * @param identifiers whole or masked
     * @param caseFile the case
     * @param corrections corrections
     * @param assessments assessments
     * @param consents consents
     * @param stays stays
     * @param returns returns
     * @param enrolments enrolments
     * @param awards awards
     * @param payments payments
     * @param proposals proposals
     * @param plans plans
     * @param followUps follow-ups
     * @param accessLog the access log
     */
    public SubjectRecord {
        Checks.required(beneficiary, "beneficiary");
        Checks.required(exportedAt, "exportedAt");
        Checks.requiredText(exportedBy, "exportedBy");
        Checks.required(identifiers, "identifiers");
        Checks.required(caseFile, "caseFile");
        corrections = List.copyOf(Checks.required(corrections, "corrections"));
        assessments = List.copyOf(Checks.required(assessments, "assessments"));
        consents = List.copyOf(Checks.required(consents, "consents"));
        stays = List.copyOf(Checks.required(stays, "stays"));
        returns = List.copyOf(Checks.required(returns, "returns"));
        enrolments = List.copyOf(Checks.required(enrolments, "enrolments"));
        awards = List.copyOf(Checks.required(awards, "awards"));
        payments = List.copyOf(Checks.required(payments, "payments"));
        proposals = List.copyOf(Checks.required(proposals, "proposals"));
        plans = List.copyOf(Checks.required(plans, "plans"));
        followUps = List.copyOf(Checks.required(followUps, "followUps"));
        accessLog = List.copyOf(Checks.required(accessLog, "accessLog"));
    }

    /**
     * The services of every plan, plan by plan.
     *
     * @return the services
     */
    public List<Service> services() {
        return plans.stream().flatMap(p -> p.services().stream()).toList();
    }

    /**
     * The referrals of every service of every plan.
     *
     * @return the referrals
     */
    public List<Referral> referrals() {
        return services().stream().flatMap(s -> s.referrals().stream()).toList();
    }

    /**
     * Shows the case, how identifiers are shown and how many records of each kind it holds; no identifier or name.
     *
     * @return a summary safe for logs
     */
    @Override
    public String toString() {
        return "SubjectRecord[" + beneficiary + ", " + identifiers + ", corrections=" + corrections.size()
                + ", assessments=" + assessments.size() + ", consents=" + consents.size() + ", stays=" + stays.size()
                + ", returns=" + returns.size() + ", enrolments=" + enrolments.size() + ", awards=" + awards.size()
                + ", payments=" + payments.size() + ", proposals=" + proposals.size() + ", plans=" + plans.size()
                + ", followUps=" + followUps.size() + ", accessLog=" + accessLog.size() + "]";
    }

    /**
     * The case: who the person is, the return, the profile, the status and its history.
     *
     * @param person who the person is
     * @param returnInfo the return to Indonesia recorded at intake
     * @param profile the trafficking profile
     * @param status the current status
     * @param outcome the outcome of the last closing, if closed
     * @param registeredAt when the case was registered
     * @param registeredBy the unit that registered it, such as {@code REGENCY 52.02}
     * @param mergedFrom the registrations of the same person merged into this case, in id order
     * @param statusHistory every status change, oldest first, starting with the registration
     */
    public record CaseFile(
            Identity person,
            ReturnInfo returnInfo,
            TraffickingProfile profile,
            CaseStatus status,
            Optional<CaseOutcome> outcome,
            Instant registeredAt,
            String registeredBy,
            List<BeneficiaryId> mergedFrom,
            List<StatusChange> statusHistory) {
        /**
         * Checks every part and copies the lists.
         *
         * @param person the person
         * @param returnInfo the return
         * @param profile the profile
         * @param status the status
         * @param outcome the outcome
         * @param registeredAt when registered
         * @param registeredBy the registering unit
         * @param mergedFrom merged registrations
         * @param statusHistory the status changes
         */
        public CaseFile {
            Checks.required(person, "person");
            Checks.required(returnInfo, "returnInfo");
            Checks.required(profile, "profile");
            Checks.required(status, "status");
            Checks.required(outcome, "outcome");
            Checks.required(registeredAt, "registeredAt");
            Checks.requiredText(registeredBy, "registeredBy");
            mergedFrom = List.copyOf(Checks.required(mergedFrom, "mergedFrom"));
            statusHistory = List.copyOf(Checks.required(statusHistory, "statusHistory"));
        }
    }

    /**
     * Who the person is, identifiers shown as {@link SubjectRecord#identifiers()} says.
     *
     * @param name the name
     * @param sex the sex
     * @param birthDate the birth date; 1 January of the year when only the year is estimated
     * @param birthDateEstimated whether only the birth year is known
     * @param nik the NIK, if known
     * @param familyCardNumber the No. KK, if known
     * @param documentStatus whether identity documents are held
     * @param origin the region of origin
     * @param phone the phone number in its national form, if any
     * @param bankAccount the bank account on file, if any
     */
    public record Identity(
            String name,
            Sex sex,
            LocalDate birthDate,
            boolean birthDateEstimated,
            Optional<String> nik,
            Optional<String> familyCardNumber,
            DocumentStatus documentStatus,
            RegionCode origin,
            Optional<String> phone,
            Optional<Account> bankAccount) {
        /**
         * Checks every part.
         *
         * @param name the name
         * @param sex the sex
         * @param birthDate the birth date
         * @param birthDateEstimated whether estimated
         * @param nik the NIK
         * @param familyCardNumber the No. KK
         * @param documentStatus the documents
         * @param origin the origin
         * @param phone the phone
         * @param bankAccount the account on file
         */
        public Identity {
            Checks.requiredText(name, "name");
            Checks.required(sex, "sex");
            Checks.required(birthDate, "birthDate");
            Checks.required(nik, "nik");
            Checks.required(familyCardNumber, "familyCardNumber");
            Checks.required(documentStatus, "documentStatus");
            Checks.required(origin, "origin");
            Checks.required(phone, "phone");
            Checks.required(bankAccount, "bankAccount");
        }

        /** Shows the sex and origin only: a person's record is never logged. */
        @Override
        public String toString() {
            return "Identity[" + sex + ", " + origin + "]";
        }
    }

    /**
     * A bank account, its number shown as {@link SubjectRecord#identifiers()} says.
     *
     * @param bank the bank's code, such as {@code 002} for BRI
     * @param bankName the bank's name
     * @param number the account number, whole or masked
     * @param holder the name of the holder
     */
    public record Account(String bank, String bankName, String number, String holder) {
        /**
         * Checks every part.
         *
         * @param bank the code
         * @param bankName the name
         * @param number the number
         * @param holder the holder
         */
        public Account {
            Checks.requiredText(bank, "bank");
            Checks.requiredText(bankName, "bankName");
            Checks.requiredText(number, "number");
            Checks.requiredText(holder, "holder");
        }

        /** Shows the bank only. */
        @Override
        public String toString() {
            return "Account[" + bank + "]";
        }
    }

    /**
     * A stay in a shelter.
     *
     * @param id the stay
     * @param shelter the shelter
     * @param shelterName the shelter's name
     * @param admittedOn the admission
     * @param childProtection whether the person was a child at admission
     * @param dischargedOn the discharge, while open empty
     * @param dischargeReason why it ended, while open empty
     * @param transferredTo the next shelter when transferred
     * @param dischargeNote the note on the discharge, empty if none
     * @param services the services delivered, in order
     */
    public record ShelterStay(
            StayId id,
            ShelterId shelter,
            String shelterName,
            LocalDate admittedOn,
            boolean childProtection,
            Optional<LocalDate> dischargedOn,
            Optional<DischargeReason> dischargeReason,
            Optional<ShelterId> transferredTo,
            String dischargeNote,
            List<ServiceDelivery> services) {
        /**
         * Checks every part and copies the list.
         *
         * @param id the stay
         * @param shelter the shelter
         * @param shelterName its name
         * @param admittedOn admitted
         * @param childProtection child protection
         * @param dischargedOn discharged
         * @param dischargeReason why
         * @param transferredTo transferred to
         * @param dischargeNote the note
         * @param services services delivered
         */
        public ShelterStay {
            Checks.required(id, "id");
            Checks.required(shelter, "shelter");
            Checks.requiredText(shelterName, "shelterName");
            Checks.required(admittedOn, "admittedOn");
            Checks.required(dischargedOn, "dischargedOn");
            Checks.required(dischargeReason, "dischargeReason");
            Checks.required(transferredTo, "transferredTo");
            Checks.required(dischargeNote, "dischargeNote");
            services = List.copyOf(Checks.required(services, "services"));
        }
    }

    /**
     * A return home from a shelter.
     *
     * @param id the return
     * @param stay the stay it ends
     * @param fromShelter the shelter left
     * @param destination where to
     * @param destinationReason why a destination other than the origin, empty otherwise
     * @param transport how
     * @param escort who escorts
     * @param receivingOffice the office that receives the person
     * @param plannedOn when it was planned for
     * @param state where it stands
     * @param departedOn the departure
     * @param handedOverOn the hand-over at home
     * @param receivedBy who received the person, empty until handed over
     * @param cancelReason why it was cancelled, empty otherwise
     */
    public record Return(
            RepatriationId id,
            StayId stay,
            ShelterId fromShelter,
            RegionCode destination,
            String destinationReason,
            TransportMode transport,
            String escort,
            String receivingOffice,
            LocalDate plannedOn,
            RepatriationState state,
            Optional<LocalDate> departedOn,
            Optional<LocalDate> handedOverOn,
            String receivedBy,
            String cancelReason) {
        /**
         * Checks every part.
         *
         * @param id the return
         * @param stay the stay
         * @param fromShelter the shelter
         * @param destination the destination
         * @param destinationReason the reason
         * @param transport the transport
         * @param escort the escort
         * @param receivingOffice the office
         * @param plannedOn planned on
         * @param state the state
         * @param departedOn departed
         * @param handedOverOn handed over
         * @param receivedBy received by
         * @param cancelReason cancel reason
         */
        public Return {
            Checks.required(id, "id");
            Checks.required(stay, "stay");
            Checks.required(fromShelter, "fromShelter");
            Checks.required(destination, "destination");
            Checks.required(destinationReason, "destinationReason");
            Checks.required(transport, "transport");
            Checks.required(escort, "escort");
            Checks.required(receivingOffice, "receivingOffice");
            Checks.required(plannedOn, "plannedOn");
            Checks.required(state, "state");
            Checks.required(departedOn, "departedOn");
            Checks.required(handedOverOn, "handedOverOn");
            Checks.required(receivedBy, "receivedBy");
            Checks.required(cancelReason, "cancelReason");
        }
    }

    /**
     * An enrolment in a social guidance programme.
     *
     * @param id the enrolment
     * @param programme the programme
     * @param programmeTitle its title
     * @param enrolledOn when
     * @param overrideReason why a person from outside the programme's region was enrolled, empty otherwise
     * @param attendance the topics attended, in order
     */
    public record ProgrammeEnrolment(
            EnrolmentId id,
            ProgrammeId programme,
            String programmeTitle,
            LocalDate enrolledOn,
            String overrideReason,
            List<Attendance> attendance) {
        /**
         * Checks every part and copies the list.
         *
         * @param id the enrolment
         * @param programme the programme
         * @param programmeTitle its title
         * @param enrolledOn when
         * @param overrideReason the override reason
         * @param attendance attendance
         */
        public ProgrammeEnrolment {
            Checks.required(id, "id");
            Checks.required(programme, "programme");
            Checks.requiredText(programmeTitle, "programmeTitle");
            Checks.required(enrolledOn, "enrolledOn");
            Checks.required(overrideReason, "overrideReason");
            attendance = List.copyOf(Checks.required(attendance, "attendance"));
        }
    }

    /**
     * A business stimulus award.
     *
     * @param id the award
     * @param scheme the scheme
     * @param amount how much
     * @param account the account it is paid into
     * @param awardedOn when
     */
    public record GrantAward(AwardId id, SchemeId scheme, Rupiah amount, Account account, LocalDate awardedOn) {
        /**
         * Checks every part.
         *
         * @param id the award
         * @param scheme the scheme
         * @param amount the amount
         * @param account the account
         * @param awardedOn when
         */
        public GrantAward {
            Checks.required(id, "id");
            Checks.required(scheme, "scheme");
            Checks.required(amount, "amount");
            Checks.required(account, "account");
            Checks.required(awardedOn, "awardedOn");
        }
    }

    /**
     * A payment of an award.
     *
     * @param id the payment
     * @param award the award paid
     * @param amount how much
     * @param account the account paid into
     * @param status where it stands
     * @param approvedOn when it was approved
     * @param batch the batch it was sent in
     * @param bankReference the bank's reference, once answered
     * @param rejectionReason why the bank rejected it
     * @param settledOn when the bank paid or rejected it
     */
    public record GrantPayment(
            PaymentId id,
            AwardId award,
            Rupiah amount,
            Account account,
            PaymentStatus status,
            LocalDate approvedOn,
            Optional<BatchId> batch,
            Optional<String> bankReference,
            Optional<RejectionReason> rejectionReason,
            Optional<LocalDate> settledOn) {
        /**
         * Checks every part.
         *
         * @param id the payment
         * @param award the award
         * @param amount the amount
         * @param account the account
         * @param status the status
         * @param approvedOn approved
         * @param batch the batch
         * @param bankReference the reference
         * @param rejectionReason the rejection
         * @param settledOn settled
         */
        public GrantPayment {
            Checks.required(id, "id");
            Checks.required(award, "award");
            Checks.required(amount, "amount");
            Checks.required(account, "account");
            Checks.required(status, "status");
            Checks.required(approvedOn, "approvedOn");
            Checks.required(batch, "batch");
            Checks.required(bankReference, "bankReference");
            Checks.required(rejectionReason, "rejectionReason");
            Checks.required(settledOn, "settledOn");
        }
    }

    /**
     * A proposal for further help, after an award.
     *
     * @param id the proposal
     * @param award the award it follows
     * @param submittedOn when
     * @param summary what is asked for
     * @param requested how much
     * @param status where it stands
     * @param decidedBy who decided
     * @param decidedOn when
     * @param reason the reason of the decision, empty until decided
     */
    public record FurtherProposal(
            ProposalId id,
            AwardId award,
            LocalDate submittedOn,
            String summary,
            Rupiah requested,
            ProposalStatus status,
            Optional<String> decidedBy,
            Optional<LocalDate> decidedOn,
            String reason) {
        /**
         * Checks every part.
         *
         * @param id the proposal
         * @param award the award
         * @param submittedOn submitted
         * @param summary the summary
         * @param requested the amount
         * @param status the status
         * @param decidedBy decided by
         * @param decidedOn decided on
         * @param reason the reason
         */
        public FurtherProposal {
            Checks.required(id, "id");
            Checks.required(award, "award");
            Checks.required(submittedOn, "submittedOn");
            Checks.required(summary, "summary");
            Checks.required(requested, "requested");
            Checks.required(status, "status");
            Checks.required(decidedBy, "decidedBy");
            Checks.required(decidedOn, "decidedOn");
            Checks.required(reason, "reason");
        }
    }

    /**
     * A reintegration plan.
     *
     * @param id the plan
     * @param goals its goals
     * @param status where it stands
     * @param createdOn when
     * @param createdBy who made it
     * @param closedOn when it was closed
     * @param closeReason why, empty while active
     * @param services its services, in the order planned
     */
    public record Plan(
            PlanId id,
            List<String> goals,
            PlanStatus status,
            LocalDate createdOn,
            String createdBy,
            Optional<LocalDate> closedOn,
            String closeReason,
            List<Service> services) {
        /**
         * Checks every part and copies the lists.
         *
         * @param id the plan
         * @param goals goals
         * @param status the status
         * @param createdOn created
         * @param createdBy by
         * @param closedOn closed
         * @param closeReason why
         * @param services services
         */
        public Plan {
            Checks.required(id, "id");
            goals = List.copyOf(Checks.required(goals, "goals"));
            Checks.required(status, "status");
            Checks.required(createdOn, "createdOn");
            Checks.required(createdBy, "createdBy");
            Checks.required(closedOn, "closedOn");
            Checks.required(closeReason, "closeReason");
            services = List.copyOf(Checks.required(services, "services"));
        }
    }

    /**
     * A service of a plan.
     *
     * @param id the service
     * @param type what it is
     * @param component the ATENSI component it belongs to
     * @param detail a detail, empty if none
     * @param provider who provides it
     * @param dueOn when it is due
     * @param cost what it costs
     * @param status where it stands
     * @param deliveredOn when it was delivered
     * @param cancelReason why it was cancelled, empty otherwise
     * @param referrals its referrals to partners, oldest first
     */
    public record Service(
            ServiceId id,
            ServiceType type,
            AtensiComponent component,
            String detail,
            OrganisationId provider,
            LocalDate dueOn,
            Rupiah cost,
            ServiceStatus status,
            Optional<LocalDate> deliveredOn,
            String cancelReason,
            List<Referral> referrals) {
        /**
         * Checks every part and copies the list.
         *
         * @param id the service
         * @param type the type
         * @param component the component
         * @param detail the detail
         * @param provider the provider
         * @param dueOn due
         * @param cost the cost
         * @param status the status
         * @param deliveredOn delivered
         * @param cancelReason why cancelled
         * @param referrals referrals
         */
        public Service {
            Checks.required(id, "id");
            Checks.required(type, "type");
            Checks.required(component, "component");
            Checks.required(detail, "detail");
            Checks.required(provider, "provider");
            Checks.required(dueOn, "dueOn");
            Checks.required(cost, "cost");
            Checks.required(status, "status");
            Checks.required(deliveredOn, "deliveredOn");
            Checks.required(cancelReason, "cancelReason");
            referrals = List.copyOf(Checks.required(referrals, "referrals"));
        }
    }

    /**
     * A referral of a service to a partner organisation.
     *
     * @param to the partner
     * @param referredOn when
     * @param referredBy who referred
     * @param overrideReason why the case was disclosed without consent, empty otherwise
     * @param status where it stands
     * @param answeredOn when the partner answered
     * @param answeredBy who answered, empty until answered
     * @param reason the reason of a rejection, empty otherwise
     * @param endedOn when it ended (completed, withdrawn or expired)
     * @param endReason why it ended, empty while open
     */
    public record Referral(
            OrganisationId to,
            LocalDate referredOn,
            String referredBy,
            String overrideReason,
            ReferralStatus status,
            Optional<LocalDate> answeredOn,
            String answeredBy,
            String reason,
            Optional<LocalDate> endedOn,
            String endReason) {
        /**
         * Checks every part.
         *
         * @param to the partner
         * @param referredOn referred
         * @param referredBy by
         * @param overrideReason the override
         * @param status the status
         * @param answeredOn answered
         * @param answeredBy by
         * @param reason the reason
         * @param endedOn ended
         * @param endReason why
         */
        public Referral {
            Checks.required(to, "to");
            Checks.required(referredOn, "referredOn");
            Checks.required(referredBy, "referredBy");
            Checks.required(overrideReason, "overrideReason");
            Checks.required(status, "status");
            Checks.required(answeredOn, "answeredOn");
            Checks.required(answeredBy, "answeredBy");
            Checks.required(reason, "reason");
            Checks.required(endedOn, "endedOn");
            Checks.required(endReason, "endReason");
        }
    }

    /**
     * A follow-up visit of a plan, with the risk score computed from what the visit observed.
     *
     * @param id the follow-up
     * @param plan its plan
     * @param monthsAfter how many months after the hand-over home it is due
     * @param dueOn when it is due
     * @param status where it stands
     * @param noContact whether it is marked not to contact (consent withdrawn)
     * @param visitedOn when the visit took place
     * @param visitedBy who visited, empty until visited
     * @param observed the risk factors observed
     * @param notes the notes of the visit, empty if none
     * @param riskScore the re-trafficking risk score, once visited
     */
    public record Visit(
            FollowUpId id,
            PlanId plan,
            int monthsAfter,
            LocalDate dueOn,
            FollowUpStatus status,
            boolean noContact,
            Optional<LocalDate> visitedOn,
            String visitedBy,
            Set<id.pulih.shared.RiskFactor> observed,
            String notes,
            Optional<RiskScore> riskScore) {
        /**
         * Checks every part and copies the set.
         *
         * @param id the follow-up
         * @param plan the plan
         * @param monthsAfter months after
         * @param dueOn due
         * @param status the status
         * @param noContact not to contact
         * @param visitedOn visited
         * @param visitedBy by
         * @param observed observed
         * @param notes notes
         * @param riskScore the score
         */
        public Visit {
            Checks.required(id, "id");
            Checks.required(plan, "plan");
            Checks.required(dueOn, "dueOn");
            Checks.required(status, "status");
            Checks.required(visitedOn, "visitedOn");
            Checks.required(visitedBy, "visitedBy");
            observed = Set.copyOf(Checks.required(observed, "observed"));
            Checks.required(notes, "notes");
            Checks.required(riskScore, "riskScore");
        }
    }
}
