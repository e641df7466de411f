package id.pulih.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import id.pulih.audit.AccessOutcome;
import id.pulih.beneficiary.AssessmentForm;
import id.pulih.beneficiary.CaseOutcome;
import id.pulih.beneficiary.CaseStatus;
import id.pulih.beneficiary.ConsentForm;
import id.pulih.beneficiary.ConsentPurpose;
import id.pulih.beneficiary.CorrectionForm;
import id.pulih.beneficiary.DocumentStatus;
import id.pulih.beneficiary.DuplicateStatus;
import id.pulih.beneficiary.ExploitationType;
import id.pulih.beneficiary.IntakeForm;
import id.pulih.beneficiary.LabourSector;
import id.pulih.beneficiary.MeansOfControl;
import id.pulih.beneficiary.Need;
import id.pulih.beneficiary.PovertyCategory;
import id.pulih.beneficiary.RecruiterRelation;
import id.pulih.beneficiary.ReturnMode;
import id.pulih.beneficiary.Vulnerability;
import id.pulih.grant.AccountForm;
import id.pulih.grant.PaymentStatus;
import id.pulih.grant.ProposalForm;
import id.pulih.grant.ProposalStatus;
import id.pulih.grant.RejectionReason;
import id.pulih.grant.SchemeForm;
import id.pulih.guidance.Programme;
import id.pulih.guidance.ProgrammeForm;
import id.pulih.reintegration.AtensiComponent;
import id.pulih.reintegration.FollowUpStatus;
import id.pulih.reintegration.PlanForm;
import id.pulih.reintegration.PlanStatus;
import id.pulih.reintegration.PlannedServiceForm;
import id.pulih.reintegration.ReferralStatus;
import id.pulih.reintegration.RiskDimension;
import id.pulih.reintegration.RiskLevel;
import id.pulih.reintegration.ServiceStatus;
import id.pulih.reintegration.ServiceType;
import id.pulih.reintegration.VisitForm;
import id.pulih.repatriation.RepatriationState;
import id.pulih.repatriation.ReturnPlanForm;
import id.pulih.repatriation.TransportMode;
import id.pulih.shared.LimitedText;
import id.pulih.shared.PersonName;
import id.pulih.shared.RiskFactor;
import id.pulih.shared.TextLimit;
import id.pulih.shelter.DischargeReason;
import id.pulih.shelter.ServiceForm;
import id.pulih.shelter.ServiceKind;
import id.pulih.shelter.ShelterForm;
import id.pulih.shelter.ShelterType;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.RecordComponent;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Walks every text column of the schema, as the database reports it, and every text field of every form, and fails
 * on any mismatch: a sealed column (encryption at rest, {@link SealedColumns}) is at least as long as the ciphertext
 * of the longest value its declaration allows; any other column of free text or a code is exactly as long as its
 * declared {@link TextLimit} (read from
 * the form field's {@link LimitedText}, or declared here for the text a service method takes as a parameter); a
 * column of identifiers, enum names or comma lists holds the longest value its type allows; no column is left
 * unmapped, and no limited form field lacks its column. A new column or a new form field fails here until it is
 * declared.
 */
class ColumnLimitsIT {
    /** The forms whose text fields are stored; every public form of the API. */
    private static final List<Class<? extends Record>> FORMS = List.of(
            IntakeForm.class,
            CorrectionForm.class,
            AssessmentForm.class,
            ConsentForm.class,
            ShelterForm.class,
            ServiceForm.class,
            ReturnPlanForm.class,
            ProgrammeForm.class,
            SchemeForm.class,
            ProposalForm.class,
            AccountForm.class,
            PlanForm.class,
            PlannedServiceForm.class,
            VisitForm.class);

    /** Form text fields checked by a value's factory (their own length rule) rather than by a TextLimit. */
    private static final Set<String> VALUE_FIELDS = Set.of("IntakeForm.returnCountry");

    private static final int ACTOR = 64;
    private static final int REGION = 13;
    private static final int ORGANISATION = TextLimit.CODE.max();

    /** How long a column must be, and why. */
    private sealed interface Declared permits Form, Text, AtLeast, Sealed {}

    /**
     * A sealed column (encryption at rest): at least as long as the ciphertext of the longest value its declaration
     * allows ({@link id.pulih.jdbc.crypto.Envelope#sealedLength}); the plain length is then the domain's to check.
     */
    private record Sealed(Declared plain) implements Declared {}

    /** Exactly the limit of a form's field. */
    private record Form(Class<? extends Record> form, String component) implements Declared {}

    /** Exactly a limit, for text given as a service method's parameter or composed by an aggregate. */
    private record Text(TextLimit limit) implements Declared {}

    /** At least as long as the longest value its type allows. */
    private record AtLeast(int length, String what) implements Declared {}

    private static Map<String, Declared> declared() {
        Map<String, Declared> d = new LinkedHashMap<>();
        plainDeclarations(d);
        Map<String, Declared> sealed = new LinkedHashMap<>();
        for (Map.Entry<String, Declared> e : d.entrySet()) {
            String[] column = e.getKey().split("\\.");
            sealed.put(
                    e.getKey(), SealedColumns.sealed(column[0], column[1]) ? new Sealed(e.getValue()) : e.getValue());
        }
        for (SealedColumns.Table t : SealedColumns.TABLES) {
            for (String column : t.columns()) {
                assertThat(sealed).as("sealed columns are declared").containsKey(t.name() + "." + column);
            }
        }
        return sealed;
    }

    private static void plainDeclarations(Map<String, Declared> d) {
        // beneficiary
        d.put("beneficiary.name", atLeast(PersonName.MAX_LENGTH, "a person's name"));
        d.put("beneficiary.nik_index", atLeast(22, "a NIK's blind index, or the NIK"));
        d.put("beneficiary.family_card_index", atLeast(22, "a family card's blind index, or the number"));
        d.put(
                "beneficiary.duplicate_index",
                atLeast(2 * PersonName.MAX_LENGTH + 17, "a duplicate key's blind index, or its text"));
        d.put("beneficiary.birth_date", atLeast(10, "an ISO date"));
        d.put("beneficiary_key.wrapped", atLeast(88, "a wrapped data key"));
        d.put("store_key_check.canary", atLeast(88, "the canary"));
        d.put("store_key_check.fingerprint", atLeast(22, "the PRF's fingerprint"));
        d.put("beneficiary.sex", atLeast(1, "L or P"));
        d.put("beneficiary.nik", atLeast(16, "a NIK"));
        d.put("beneficiary.family_card", atLeast(16, "a family card number"));
        d.put("beneficiary.document_status", enumOf(DocumentStatus.class));
        d.put("beneficiary.origin", atLeast(REGION, "a region code"));
        d.put("beneficiary.origin_province", atLeast(2, "a province code"));
        d.put("beneficiary.origin_regency", atLeast(5, "a regency code"));
        d.put("beneficiary.phone", atLeast(16, "a phone number in E.164"));
        d.put("beneficiary.return_country", atLeast(2, "an ISO country code"));
        d.put("beneficiary.entry_point", new Form(IntakeForm.class, "entryPoint"));
        d.put("beneficiary.return_mode", enumOf(ReturnMode.class));
        d.put("beneficiary.exploitation", setOf(ExploitationType.class));
        d.put("beneficiary.control", setOf(MeansOfControl.class));
        d.put("beneficiary.sector", enumOf(LabourSector.class));
        d.put("beneficiary.recruiter", enumOf(RecruiterRelation.class));
        d.put("beneficiary.status", enumOf(CaseStatus.class));
        d.put("beneficiary.outcome", enumOf(CaseOutcome.class));
        d.put("beneficiary.registered_by_kind", atLeast("PROVINCE".length(), "a jurisdiction's kind"));
        d.put("beneficiary.registered_by_ref", atLeast(ACTOR, "a jurisdiction's reference"));
        d.put("beneficiary.bank_code", atLeast(3, "a bank code"));
        d.put("beneficiary.account_number", atLeast(20, "an account number"));
        d.put("beneficiary.account_holder", atLeast(PersonName.MAX_LENGTH, "a person's name"));
        d.put("beneficiary_correction.actor_id", actor());
        d.put("beneficiary_correction.reason", new Form(CorrectionForm.class, "reason"));
        d.put("beneficiary_correction.field", new Text(TextLimit.CODE));
        d.put("beneficiary_correction.before_value", new Text(TextLimit.NOTE));
        d.put("beneficiary_correction.after_value", new Text(TextLimit.NOTE));
        d.put("audit_change.field", new Text(TextLimit.CODE));
        d.put("audit_change.before_value", new Text(TextLimit.NOTE));
        d.put("audit_change.after_value", new Text(TextLimit.NOTE));
        d.put("closure_request.outcome", enumOf(CaseOutcome.class));
        d.put("closure_request.note", new Text(TextLimit.REASON));
        d.put("closure_request.requested_by", actor());
        d.put("closure_request.status", enumOf(id.pulih.beneficiary.ClosureStatus.class));
        d.put("closure_request.decided_by", actor());
        d.put("closure_request.return_reason", new Text(TextLimit.REASON));
        d.put("beneficiary_consent.purpose", enumOf(ConsentPurpose.class));
        d.put("beneficiary_consent.recorded_by", actor());
        d.put("beneficiary_assessment.poverty", enumOf(PovertyCategory.class));
        d.put("beneficiary_assessment.vulnerabilities", setOf(Vulnerability.class));
        d.put("beneficiary_assessment.risks", setOf(RiskFactor.class));
        d.put("beneficiary_assessment.needs", setOf(Need.class));
        d.put("beneficiary_assessment.assessed_by", actor());
        d.put("beneficiary_status_change.from_status", enumOf(CaseStatus.class));
        d.put("beneficiary_status_change.to_status", enumOf(CaseStatus.class));
        d.put("beneficiary_status_change.actor_id", actor());
        // the officer's REASON or NOTE after the outcome or "reopened: "
        d.put("beneficiary_status_change.reason", new Text(TextLimit.SUMMARY));
        d.put("potential_duplicate.status", enumOf(DuplicateStatus.class));
        d.put("potential_duplicate.resolved_by", actor());
        d.put("potential_duplicate.note", new Text(TextLimit.NOTE));
        // shelters and stays
        d.put("shelter.code", new Form(ShelterForm.class, "code"));
        d.put("shelter.name", new Form(ShelterForm.class, "name"));
        d.put("shelter.type", enumOf(ShelterType.class));
        d.put("shelter.region", atLeast(REGION, "a region code"));
        d.put("stay.discharge_reason", enumOf(DischargeReason.class));
        d.put("stay.discharge_note", new Text(TextLimit.NOTE));
        d.put("stay_service.kind", enumOf(ServiceKind.class));
        d.put("stay_service.delivered_by", actor());
        d.put("stay_service.detail", new Form(ServiceForm.class, "detail"));
        // returns
        d.put("repatriation.destination", atLeast(REGION, "a region code"));
        d.put("repatriation.destination_reason", new Form(ReturnPlanForm.class, "destinationReason"));
        d.put("repatriation.transport", enumOf(TransportMode.class));
        d.put("repatriation.escort", new Form(ReturnPlanForm.class, "escort"));
        d.put("repatriation.receiving_office", new Form(ReturnPlanForm.class, "receivingOffice"));
        d.put("repatriation.state", enumOf(RepatriationState.class));
        d.put("repatriation.received_by", new Text(TextLimit.NAME));
        d.put("repatriation.cancel_reason", new Text(TextLimit.REASON));
        // access and audit
        d.put("access_grant.actor_id", actor());
        d.put("access_grant.renewed_by", actor());
        d.put("access_grant.reason", new Text(TextLimit.REASON));
        d.put("audit_entry.actor_id", actor());
        d.put("audit_entry.action", atLeast(32, "an action name"));
        d.put("audit_entry.record_type", atLeast(20, "a record type's label"));
        d.put("audit_entry.record_id", atLeast(36, "a record's identifier"));
        d.put("audit_entry.summary", new Text(TextLimit.SUMMARY));
        d.put("access_log.actor_id", actor());
        d.put("access_log.action", atLeast(32, "an action name"));
        d.put("access_log.outcome", enumOf(AccessOutcome.class));
        d.put("access_log.purpose", new Text(TextLimit.REASON));
        // guidance
        d.put("programme.title", new Form(ProgrammeForm.class, "title"));
        d.put("programme.organiser", atLeast(ORGANISATION, "an organisation's code"));
        d.put("programme.partners", atLeast(Programme.MAX_PARTNERS * (ORGANISATION + 1) - 1, "the partners"));
        d.put("programme.venue", new Form(ProgrammeForm.class, "venue"));
        d.put("programme.region", atLeast(REGION, "a region code"));
        d.put("programme.topics", atLeast(Programme.MAX_TOPICS * 61 - 1, "the topics"));
        d.put("programme.required", atLeast(Programme.MAX_TOPICS * 61 - 1, "the required topics"));
        d.put("enrolment.override_reason", new Text(TextLimit.REASON));
        d.put("enrolment_attendance.topic", atLeast(60, "a topic's code"));
        d.put("enrolment_attendance.recorded_by", actor());
        // grants
        d.put("grant_scheme.funding_source", new Form(SchemeForm.class, "fundingSource"));
        for (String table : List.of("award", "payment")) {
            d.put(table + ".bank_code", atLeast(3, "a bank code"));
            d.put(table + ".account_number", atLeast(20, "an account number"));
            d.put(table + ".account_holder", atLeast(PersonName.MAX_LENGTH, "a person's name"));
        }
        d.put("payment.status", enumOf(PaymentStatus.class));
        d.put("payment.bank_reference", new Text(TextLimit.REFERENCE));
        d.put("payment.rejection", enumOf(RejectionReason.class));
        d.put("payment_batch.bank_code", atLeast(3, "a bank code"));
        d.put("proposal.summary", new Form(ProposalForm.class, "summary"));
        d.put("proposal.status", enumOf(ProposalStatus.class));
        d.put("proposal.decided_by", actor());
        d.put("proposal.reason", new Text(TextLimit.REASON));
        // reintegration
        d.put("reintegration_plan.status", enumOf(PlanStatus.class));
        d.put("reintegration_plan.created_by", actor());
        d.put("reintegration_plan.close_reason", new Text(TextLimit.REASON));
        d.put("plan_goal.goal", new Form(PlanForm.class, "goals"));
        d.put("plan_service.service_type", enumOf(ServiceType.class));
        d.put("plan_service.component", enumOf(AtensiComponent.class));
        d.put("plan_service.detail", new Form(PlannedServiceForm.class, "detail"));
        d.put("plan_service.provider", atLeast(ORGANISATION, "an organisation's code"));
        d.put("plan_service.status", enumOf(ServiceStatus.class));
        d.put("plan_service.cancel_reason", new Text(TextLimit.REASON));
        d.put("service_referral.partner", atLeast(ORGANISATION, "an organisation's code"));
        d.put("service_referral.referred_by", actor());
        d.put("service_referral.override_reason", new Text(TextLimit.REASON));
        d.put("service_referral.status", enumOf(ReferralStatus.class));
        d.put("service_referral.answered_by", actor());
        d.put("service_referral.reason", new Text(TextLimit.REASON));
        d.put("service_referral.end_reason", new Text(TextLimit.SUMMARY));
        d.put("follow_up.status", enumOf(FollowUpStatus.class));
        d.put("follow_up.observed", setOf(RiskFactor.class));
        d.put("follow_up.risk_level", enumOf(RiskLevel.class));
        d.put("follow_up.notes", new Form(VisitForm.class, "notes"));
        d.put("follow_up.visited_by", actor());
        d.put("follow_up_contribution.factor", enumOf(RiskFactor.class));
        d.put("follow_up_contribution.dimension", enumOf(RiskDimension.class));
        // the privacy service's tables (versions 12 and 13)
        d.put("subject_request.kind", enumOf(id.pulih.privacy.RequestKind.class));
        d.put("subject_request.details", new Text(TextLimit.NOTE));
        d.put("subject_request.received_by", actor());
        d.put("subject_request.decision", enumOf(id.pulih.privacy.Decision.class));
        d.put("subject_request.exemption", enumOf(id.pulih.privacy.Exemption.class));
        d.put("subject_request.reason", new Text(TextLimit.REASON));
        d.put("subject_request.decided_by", actor());
        d.put("processing_restriction.restricted_by", actor());
        d.put("processing_restriction.reason", new Text(TextLimit.REASON));
        d.put("erasure.erased_by", actor());
        d.put("erasure.reason", new Text(TextLimit.REASON));
        d.put("risk_review.objected_by", actor());
        d.put("risk_review.objection", new Text(TextLimit.REASON));
        d.put("risk_review.decision", enumOf(id.pulih.privacy.ReviewDecision.class));
        d.put("risk_review.reviewed_by", actor());
        d.put("risk_review.reason", new Text(TextLimit.REASON));
        d.put("breach.categories", setOf(id.pulih.privacy.DataCategory.class));
        d.put("breach.cause", new Text(TextLimit.NOTE));
        d.put("breach.remedy", new Text(TextLimit.NOTE));
        d.put("breach.recorded_by", actor());
        d.put("breach_notification.party", enumOf(id.pulih.privacy.NotifiedParty.class));
        d.put("breach_notification.recorded_by", actor());
        d.put("breach_notification.means", new Text(TextLimit.DETAIL));
    }

    @Test
    void everyTextColumnOfH2MatchesItsDeclaredLimit() throws SQLException {
        DataSource h2 = Databases.h2();
        JdbcStore.open(h2);
        assertColumnsMatch(h2);
    }

    @Test
    void everyTextColumnOfPostgresMatchesItsDeclaredLimit() throws SQLException {
        DataSource pg = Databases.freshPostgres();
        JdbcStore.open(pg);
        assertColumnsMatch(pg);
    }

    @Test
    void everyTextFieldOfEveryFormIsLimitedAndStored() {
        Set<String> mapped = new HashSet<>();
        for (Declared declared : declared().values()) {
            Declared d = declared instanceof Sealed sealed ? sealed.plain() : declared;
            if (d instanceof Form f) {
                mapped.add(f.form().getSimpleName() + "." + f.component());
            }
        }
        List<String> problems = new ArrayList<>();
        for (Class<? extends Record> form : FORMS) {
            for (RecordComponent c : form.getRecordComponents()) {
                String name = form.getSimpleName() + "." + c.getName();
                if (!holdsText(c.getAnnotatedType())) {
                    continue;
                }
                Optional<TextLimit> limit = limitOf(c);
                if (limit.isPresent() && !mapped.contains(name)) {
                    problems.add(name + " is limited to " + limit.get() + " but mapped to no column");
                }
                if (limit.isEmpty() && !checkedByValue(c) && !VALUE_FIELDS.contains(name)) {
                    problems.add(name + " is text with no declared limit (add @LimitedText)");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static void assertColumnsMatch(DataSource db) throws SQLException {
        Map<String, Declared> declared = declared();
        Map<String, Integer> columns = textColumns(db);
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Integer> column : columns.entrySet()) {
            Declared d = declared.get(column.getKey());
            int size = column.getValue();
            if (d == null) {
                problems.add(column.getKey() + " (" + size + ") is not declared here");
            } else if (d instanceof Form f) {
                int max = formLimit(f).max();
                if (size != max) {
                    problems.add(column.getKey() + " is " + size + " but "
                            + f.form().getSimpleName() + "." + f.component() + " allows " + max);
                }
            } else if (d instanceof Text t) {
                if (size != t.limit().max()) {
                    problems.add(column.getKey() + " is " + size + " but its limit " + t.limit() + " is "
                            + t.limit().max());
                }
            } else if (d instanceof Sealed sealed) {
                int longest = plainLength(sealed.plain());
                int needed = id.pulih.jdbc.crypto.Envelope.sealedLength(longest);
                if (size < needed) {
                    problems.add(column.getKey() + " is " + size + " but the ciphertext of " + longest
                            + " characters may be " + needed);
                }
            } else if (d instanceof AtLeast a && size < a.length()) {
                problems.add(column.getKey() + " is " + size + " but " + a.what() + " may be " + a.length());
            }
        }
        for (String expected : declared.keySet()) {
            if (!columns.containsKey(expected)) {
                problems.add(expected + " is declared here but not in the schema");
            }
        }
        assertThat(problems).isEmpty();
    }

    /** The longest plain value a declaration allows. */
    private static int plainLength(Declared d) {
        if (d instanceof Form f) {
            return formLimit(f).max();
        }
        if (d instanceof Text t) {
            return t.limit().max();
        }
        return ((AtLeast) d).length();
    }

    /** Every CHAR and VARCHAR column of Pulih's tables (not Flyway's history) by table.column, with its length. */
    private static Map<String, Integer> textColumns(DataSource db) throws SQLException {
        Map<String, Integer> columns = new TreeMap<>();
        try (Connection c = db.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            String schema = c.getSchema();
            try (ResultSet rs = meta.getColumns(c.getCatalog(), schema, "%", "%")) {
                while (rs.next()) {
                    String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    int type = rs.getInt("DATA_TYPE");
                    if (table.equals(Migrations.HISTORY_TABLE)
                            || (type != java.sql.Types.VARCHAR && type != java.sql.Types.CHAR)) {
                        continue;
                    }
                    String column = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                    columns.put(table + "." + column, rs.getInt("COLUMN_SIZE"));
                }
            }
        }
        assertThat(columns).as("text columns found").containsKey("beneficiary.entry_point");
        return columns;
    }

    private static TextLimit formLimit(Form f) {
        for (RecordComponent c : f.form().getRecordComponents()) {
            if (c.getName().equals(f.component())) {
                return limitOf(c)
                        .orElseThrow(() -> new AssertionError(
                                f.form().getSimpleName() + "." + f.component() + " has no @LimitedText"));
            }
        }
        throw new AssertionError(f.form().getSimpleName() + " has no field " + f.component());
    }

    /** The limit on a text field, or on the elements of a list of text. */
    private static Optional<TextLimit> limitOf(RecordComponent c) {
        LimitedText direct = c.getAnnotation(LimitedText.class);
        if (direct != null) {
            return Optional.of(direct.value());
        }
        if (c.getAnnotatedType() instanceof AnnotatedParameterizedType list) {
            for (AnnotatedType element : list.getAnnotatedActualTypeArguments()) {
                LimitedText limited = element.getAnnotation(LimitedText.class);
                if (limited != null) {
                    return Optional.of(limited.value());
                }
            }
        }
        return Optional.empty();
    }

    private static boolean holdsText(AnnotatedType type) {
        if (type.getType() == String.class) {
            return true;
        }
        if (type instanceof AnnotatedParameterizedType p) {
            for (AnnotatedType element : p.getAnnotatedActualTypeArguments()) {
                if (element.getType() == String.class) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A field checked by a value's own factory through its {@code @Valid...} constraint (a name, a NIK, ...). */
    private static boolean checkedByValue(RecordComponent c) {
        for (Annotation a : c.getAnnotations()) {
            String type = a.annotationType().getName();
            if (type.startsWith("id.pulih.shared.Valid")) {
                return true;
            }
        }
        return false;
    }

    private static Declared actor() {
        return atLeast(ACTOR, "an actor's id");
    }

    private static Declared atLeast(int length, String what) {
        return new AtLeast(length, what);
    }

    private static <E extends Enum<E>> Declared enumOf(Class<E> type) {
        int longest = 0;
        for (E e : type.getEnumConstants()) {
            longest = Math.max(longest, e.name().length());
        }
        return atLeast(longest, "the longest " + type.getSimpleName());
    }

    private static <E extends Enum<E>> Declared setOf(Class<E> type) {
        int all = -1;
        for (E e : type.getEnumConstants()) {
            all += e.name().length() + 1;
        }
        return atLeast(all, "every " + type.getSimpleName() + " at once");
    }
}
