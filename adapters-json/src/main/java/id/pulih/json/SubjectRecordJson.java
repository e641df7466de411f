package id.pulih.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.pulih.audit.AccessLogEntry;
import id.pulih.beneficiary.Assessment;
import id.pulih.beneficiary.Consent;
import id.pulih.beneficiary.Correction;
import id.pulih.beneficiary.StatusChange;
import id.pulih.privacy.SubjectRecord;
import id.pulih.reintegration.RiskContribution;
import id.pulih.reintegration.RiskScore;
import id.pulih.shared.FieldChange;
import id.pulih.shared.PrivateFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Writes one person's whole record ({@link SubjectRecord}, from {@code Privacy.export}) as one JSON document, for
 * access and portability under UU PDP No. 27/2022 (arts. 7 and 13). The document follows the JSON Schema (draft
 * 2020-12) shipped in this jar at {@value #SCHEMA_RESOURCE} ({@link #schema()}), whose {@code $id} the document names
 * in its {@code schema} field: every field is always present ({@code null} when a record has no value), dates are
 * ISO-8601 ({@code 2020-03-23}), instants ISO-8601 in UTC, amounts integers of whole rupiah, codes the names of
 * Pulih's enums ({@code IN_REINTEGRATION}), sets sorted by name. Identifiers are as the record holds them: whole or
 * masked, as its {@code identifiers} field says.
 *
 * <pre>{@code
 * SubjectRecord record = pulih.as(officer).privacy().export(caseId);
 * SubjectRecordJson.write(record, Path.of("rekam-diri.json"));   // readable by its owner only
 * }</pre>
 */
public final class SubjectRecordJson {
    /** Where the schema lies in this jar, as a class-path resource. */
    public static final String SCHEMA_RESOURCE = "id/pulih/json/subject-record.schema.json";

    /** The schema's {@code $id}, which every document names in its {@code schema} field. */
    public static final String SCHEMA_ID = "https://pulih.id/schemas/subject-record-1.schema.json";

    private static final ObjectMapper MAPPER = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    private static final ObjectWriter PRETTY =
            MAPPER.writer(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));

    private SubjectRecordJson() {}

    /**
     * The document as text: indented by two spaces, lines ending in {@code \n}, ending with a line break.
     *
     * @param record the record; not null
     * @return the JSON document
     */
    public static String toJson(SubjectRecord record) {
        try {
            return PRETTY.writeValueAsString(tree(record)) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the document to a writer, which stays open.
     *
     * @param record the record; not null
     * @param out where to write; not null
     * @throws UncheckedIOException when the writer fails
     */
    public static void write(SubjectRecord record, Writer out) {
        Objects.requireNonNull(out, "out");
        try {
            out.write(toJson(record));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the document to a file in UTF-8, created readable by its owner only ({@link PrivateFiles}): it holds a
     * person's whole record.
     *
     * @param record the record; not null
     * @param file the file, replaced if it exists
     * @throws UncheckedIOException when the file cannot be written
     */
    public static void write(SubjectRecord record, Path file) {
        Objects.requireNonNull(record, "record");
        try (Writer out = PrivateFiles.newWriter(file)) {
            write(record, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The published JSON Schema of the document, from this jar.
     *
     * @return a new stream of the schema, in UTF-8; the caller closes it
     * @throws IllegalStateException when the jar lacks it
     */
    public static InputStream schema() {
        InputStream in = SubjectRecordJson.class.getClassLoader().getResourceAsStream(SCHEMA_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("the jar holds no " + SCHEMA_RESOURCE);
        }
        return in;
    }

    static ObjectNode tree(SubjectRecord r) {
        Objects.requireNonNull(r, "record");
        ObjectNode doc = MAPPER.createObjectNode();
        doc.put("schema", SCHEMA_ID);
        doc.put("beneficiary", r.beneficiary().value().toString());
        doc.put("exportedAt", instant(r.exportedAt()));
        doc.put("exportedBy", r.exportedBy());
        doc.put("identifiers", r.identifiers().name());
        doc.set("case", caseFile(r.caseFile()));
        list(doc, "corrections", r.corrections(), SubjectRecordJson::correction);
        list(doc, "assessments", r.assessments(), SubjectRecordJson::assessment);
        list(doc, "consents", r.consents(), SubjectRecordJson::consent);
        list(doc, "stays", r.stays(), SubjectRecordJson::stay);
        list(doc, "returns", r.returns(), SubjectRecordJson::ofReturn);
        list(doc, "enrolments", r.enrolments(), SubjectRecordJson::enrolment);
        list(doc, "awards", r.awards(), SubjectRecordJson::award);
        list(doc, "payments", r.payments(), SubjectRecordJson::payment);
        list(doc, "proposals", r.proposals(), SubjectRecordJson::proposal);
        list(doc, "plans", r.plans(), SubjectRecordJson::plan);
        list(doc, "followUps", r.followUps(), SubjectRecordJson::followUp);
        list(doc, "accessLog", r.accessLog(), SubjectRecordJson::read);
        return doc;
    }

    private static ObjectNode caseFile(SubjectRecord.CaseFile c) {
        ObjectNode n = MAPPER.createObjectNode();
        SubjectRecord.Identity p = c.person();
        ObjectNode person = n.putObject("person");
        person.put("name", p.name());
        person.put("sex", p.sex().name());
        person.put("birthDate", date(p.birthDate()));
        person.put("birthDateEstimated", p.birthDateEstimated());
        person.put("nik", p.nik().orElse(null));
        person.put("familyCardNumber", p.familyCardNumber().orElse(null));
        person.put("documentStatus", p.documentStatus().name());
        person.put("origin", p.origin().value());
        person.put("phone", p.phone().orElse(null));
        person.set(
                "bankAccount", p.bankAccount().map(SubjectRecordJson::account).orElse(null));
        ObjectNode ret = n.putObject("returnInfo");
        ret.put("country", c.returnInfo().country());
        ret.put("date", date(c.returnInfo().date()));
        ret.put("entryPoint", c.returnInfo().entryPoint());
        ret.put("mode", c.returnInfo().mode().name());
        ObjectNode profile = n.putObject("profile");
        codes(profile, "exploitation", c.profile().exploitation());
        codes(profile, "control", c.profile().control());
        profile.put("sector", c.profile().sector().name());
        profile.put("recruiter", c.profile().recruiter().name());
        n.put("status", c.status().name());
        n.put("outcome", c.outcome().map(Enum::name).orElse(null));
        n.put("registeredAt", instant(c.registeredAt()));
        n.put("registeredBy", c.registeredBy());
        ArrayNode merged = n.putArray("mergedFrom");
        c.mergedFrom().forEach(id -> merged.add(id.value().toString()));
        list(n, "statusHistory", c.statusHistory(), SubjectRecordJson::statusChange);
        return n;
    }

    private static ObjectNode account(SubjectRecord.Account a) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("bank", a.bank());
        n.put("bankName", a.bankName());
        n.put("number", a.number());
        n.put("holder", a.holder());
        return n;
    }

    private static void statusChange(StatusChange s, ObjectNode n) {
        n.put("from", s.from() == null ? null : s.from().name());
        n.put("to", s.to().name());
        n.put("at", instant(s.at()));
        n.put("actorId", s.actorId());
        n.put("reason", s.reason());
    }

    private static void correction(Correction c, ObjectNode n) {
        n.put("at", instant(c.at()));
        n.put("actorId", c.actorId());
        n.put("reason", c.reason());
        list(n, "changes", c.changes(), (FieldChange f, ObjectNode m) -> {
            m.put("field", f.field());
            m.put("before", f.before());
            m.put("after", f.after());
        });
    }

    private static void assessment(Assessment a, ObjectNode n) {
        n.put("date", date(a.date()));
        n.put("poverty", a.poverty().name());
        codes(n, "vulnerabilities", a.vulnerabilities());
        codes(n, "risks", a.risks());
        codes(n, "needs", a.needs());
        n.put("assessedBy", a.assessedBy());
    }

    private static void consent(Consent c, ObjectNode n) {
        n.put("purpose", c.purpose().name());
        n.put("given", c.given());
        n.put("date", date(c.date()));
        n.put("expiresOn", c.expiry().map(SubjectRecordJson::date).orElse(null));
        n.put("recordedBy", c.recordedBy());
    }

    private static void stay(SubjectRecord.ShelterStay s, ObjectNode n) {
        n.put("id", s.id().value().toString());
        n.put("shelter", s.shelter().value().toString());
        n.put("shelterName", s.shelterName());
        n.put("admittedOn", date(s.admittedOn()));
        n.put("childProtection", s.childProtection());
        n.put("dischargedOn", optionalDate(s.dischargedOn()));
        n.put("dischargeReason", s.dischargeReason().map(Enum::name).orElse(null));
        n.put("transferredTo", s.transferredTo().map(t -> t.value().toString()).orElse(null));
        n.put("dischargeNote", s.dischargeNote());
        list(n, "services", s.services(), (d, m) -> {
            m.put("kind", d.kind().name());
            m.put("date", date(d.date()));
            m.put("deliveredBy", d.deliveredBy());
            m.put("detail", d.detail());
        });
    }

    private static void ofReturn(SubjectRecord.Return r, ObjectNode n) {
        n.put("id", r.id().value().toString());
        n.put("stay", r.stay().value().toString());
        n.put("fromShelter", r.fromShelter().value().toString());
        n.put("destination", r.destination().value());
        n.put("destinationReason", r.destinationReason());
        n.put("transport", r.transport().name());
        n.put("escort", r.escort());
        n.put("receivingOffice", r.receivingOffice());
        n.put("plannedOn", date(r.plannedOn()));
        n.put("state", r.state().name());
        n.put("departedOn", optionalDate(r.departedOn()));
        n.put("handedOverOn", optionalDate(r.handedOverOn()));
        n.put("receivedBy", r.receivedBy());
        n.put("cancelReason", r.cancelReason());
    }

    private static void enrolment(SubjectRecord.ProgrammeEnrolment e, ObjectNode n) {
        n.put("id", e.id().value().toString());
        n.put("programme", e.programme().value().toString());
        n.put("programmeTitle", e.programmeTitle());
        n.put("enrolledOn", date(e.enrolledOn()));
        n.put("overrideReason", e.overrideReason());
        list(n, "attendance", e.attendance(), (a, m) -> {
            m.put("topic", a.topic().code());
            m.put("date", date(a.date()));
            m.put("recordedBy", a.recordedBy());
        });
    }

    private static void award(SubjectRecord.GrantAward a, ObjectNode n) {
        n.put("id", a.id().value().toString());
        n.put("scheme", a.scheme().value().toString());
        n.put("amount", a.amount().amount());
        n.set("account", account(a.account()));
        n.put("awardedOn", date(a.awardedOn()));
    }

    private static void payment(SubjectRecord.GrantPayment p, ObjectNode n) {
        n.put("id", p.id().value().toString());
        n.put("award", p.award().value().toString());
        n.put("amount", p.amount().amount());
        n.set("account", account(p.account()));
        n.put("status", p.status().name());
        n.put("approvedOn", date(p.approvedOn()));
        n.put("batch", p.batch().map(b -> b.value().toString()).orElse(null));
        n.put("bankReference", p.bankReference().orElse(null));
        n.put("rejectionReason", p.rejectionReason().map(Enum::name).orElse(null));
        n.put("settledOn", optionalDate(p.settledOn()));
    }

    private static void proposal(SubjectRecord.FurtherProposal p, ObjectNode n) {
        n.put("id", p.id().value().toString());
        n.put("award", p.award().value().toString());
        n.put("submittedOn", date(p.submittedOn()));
        n.put("summary", p.summary());
        n.put("requested", p.requested().amount());
        n.put("status", p.status().name());
        n.put("decidedBy", p.decidedBy().orElse(null));
        n.put("decidedOn", optionalDate(p.decidedOn()));
        n.put("reason", p.reason());
    }

    private static void plan(SubjectRecord.Plan p, ObjectNode n) {
        n.put("id", p.id().value().toString());
        ArrayNode goals = n.putArray("goals");
        p.goals().forEach(goals::add);
        n.put("status", p.status().name());
        n.put("createdOn", date(p.createdOn()));
        n.put("createdBy", p.createdBy());
        n.put("closedOn", optionalDate(p.closedOn()));
        n.put("closeReason", p.closeReason());
        list(n, "services", p.services(), SubjectRecordJson::service);
    }

    private static void service(SubjectRecord.Service s, ObjectNode n) {
        n.put("id", s.id().value().toString());
        n.put("type", s.type().name());
        n.put("component", s.component().name());
        n.put("detail", s.detail());
        n.put("provider", s.provider().code());
        n.put("dueOn", date(s.dueOn()));
        n.put("cost", s.cost().amount());
        n.put("status", s.status().name());
        n.put("deliveredOn", optionalDate(s.deliveredOn()));
        n.put("cancelReason", s.cancelReason());
        list(n, "referrals", s.referrals(), SubjectRecordJson::referral);
    }

    private static void referral(SubjectRecord.Referral r, ObjectNode n) {
        n.put("to", r.to().code());
        n.put("referredOn", date(r.referredOn()));
        n.put("referredBy", r.referredBy());
        n.put("overrideReason", r.overrideReason());
        n.put("status", r.status().name());
        n.put("answeredOn", optionalDate(r.answeredOn()));
        n.put("answeredBy", r.answeredBy());
        n.put("reason", r.reason());
        n.put("endedOn", optionalDate(r.endedOn()));
        n.put("endReason", r.endReason());
    }

    private static void followUp(SubjectRecord.Visit v, ObjectNode n) {
        n.put("id", v.id().value().toString());
        n.put("plan", v.plan().value().toString());
        n.put("monthsAfter", v.monthsAfter());
        n.put("dueOn", date(v.dueOn()));
        n.put("status", v.status().name());
        n.put("noContact", v.noContact());
        n.put("visitedOn", optionalDate(v.visitedOn()));
        n.put("visitedBy", v.visitedBy());
        codes(n, "observed", v.observed());
        n.put("notes", v.notes());
        n.set("riskScore", v.riskScore().map(SubjectRecordJson::riskScore).orElse(null));
    }

    private static ObjectNode riskScore(RiskScore s) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("economic", s.economic());
        n.put("social", s.social());
        n.put("psychosocial", s.psychosocial());
        n.put("total", s.total());
        n.put("level", s.level().name());
        list(n, "contributions", s.contributions(), (RiskContribution c, ObjectNode m) -> {
            m.put("factor", c.factor().name());
            m.put("dimension", c.dimension().name());
            m.put("points", c.points());
        });
        return n;
    }

    private static void read(AccessLogEntry e, ObjectNode n) {
        n.put("id", e.id().toString());
        n.put("at", instant(e.at()));
        n.put("actorId", e.actorId());
        n.put("beneficiary", e.beneficiary().value().toString());
        n.put("action", e.action());
        n.put("outcome", e.outcome().name());
        n.put("purpose", e.purpose().orElse(null));
    }

    private static <T> void list(ObjectNode parent, String field, List<T> items, BiConsumer<T, ObjectNode> fill) {
        ArrayNode array = parent.putArray(field);
        for (T item : items) {
            fill.accept(item, array.addObject());
        }
    }

    /** A set of codes, sorted by name so that the document is the same however the set iterates. */
    private static void codes(ObjectNode parent, String field, Collection<? extends Enum<?>> codes) {
        ArrayNode array = parent.putArray(field);
        codes.stream().map(Enum::name).sorted().forEach(array::add);
    }

    private static String date(LocalDate date) {
        return date.toString();
    }

    private static String optionalDate(Optional<LocalDate> date) {
        return date.map(LocalDate::toString).orElse(null);
    }

    private static String instant(Instant instant) {
        return instant.toString();
    }
}
