package id.pulih.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import id.pulih.audit.AccessOutcome;
import id.pulih.beneficiary.CaseOutcome;
import id.pulih.beneficiary.CaseStatus;
import id.pulih.beneficiary.ConsentPurpose;
import id.pulih.beneficiary.DocumentStatus;
import id.pulih.beneficiary.ExploitationType;
import id.pulih.beneficiary.LabourSector;
import id.pulih.beneficiary.MeansOfControl;
import id.pulih.beneficiary.Need;
import id.pulih.beneficiary.PovertyCategory;
import id.pulih.beneficiary.RecruiterRelation;
import id.pulih.beneficiary.ReturnMode;
import id.pulih.beneficiary.Vulnerability;
import id.pulih.grant.PaymentStatus;
import id.pulih.grant.ProposalStatus;
import id.pulih.grant.RejectionReason;
import id.pulih.privacy.Identifiers;
import id.pulih.reintegration.AtensiComponent;
import id.pulih.reintegration.FollowUpStatus;
import id.pulih.reintegration.PlanStatus;
import id.pulih.reintegration.ReferralStatus;
import id.pulih.reintegration.RiskDimension;
import id.pulih.reintegration.RiskLevel;
import id.pulih.reintegration.ServiceStatus;
import id.pulih.reintegration.ServiceType;
import id.pulih.repatriation.RepatriationState;
import id.pulih.repatriation.TransportMode;
import id.pulih.shared.RiskFactor;
import id.pulih.shared.Sex;
import id.pulih.shelter.DischargeReason;
import id.pulih.shelter.ServiceKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The published schema: itself valid draft 2020-12, its code lists the names of Pulih's enums (so a new code cannot be
 * written before the schema allows it), and strict: a document with a field too many, one missing, a code unknown or
 * an amount written as text is refused, anywhere in the document.
 */
class SubjectRecordSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Map<String, Class<? extends Enum<?>>> CODES = Map.ofEntries(
            Map.entry("Sex", Sex.class),
            Map.entry("DocumentStatus", DocumentStatus.class),
            Map.entry("ReturnMode", ReturnMode.class),
            Map.entry("ExploitationType", ExploitationType.class),
            Map.entry("MeansOfControl", MeansOfControl.class),
            Map.entry("LabourSector", LabourSector.class),
            Map.entry("RecruiterRelation", RecruiterRelation.class),
            Map.entry("CaseStatus", CaseStatus.class),
            Map.entry("CaseOutcome", CaseOutcome.class),
            Map.entry("PovertyCategory", PovertyCategory.class),
            Map.entry("Vulnerability", Vulnerability.class),
            Map.entry("RiskFactor", RiskFactor.class),
            Map.entry("Need", Need.class),
            Map.entry("ConsentPurpose", ConsentPurpose.class),
            Map.entry("DischargeReason", DischargeReason.class),
            Map.entry("ServiceKind", ServiceKind.class),
            Map.entry("TransportMode", TransportMode.class),
            Map.entry("RepatriationState", RepatriationState.class),
            Map.entry("PaymentStatus", PaymentStatus.class),
            Map.entry("RejectionReason", RejectionReason.class),
            Map.entry("ProposalStatus", ProposalStatus.class),
            Map.entry("PlanStatus", PlanStatus.class),
            Map.entry("ServiceType", ServiceType.class),
            Map.entry("AtensiComponent", AtensiComponent.class),
            Map.entry("ServiceStatus", ServiceStatus.class),
            Map.entry("ReferralStatus", ReferralStatus.class),
            Map.entry("FollowUpStatus", FollowUpStatus.class),
            Map.entry("RiskLevel", RiskLevel.class),
            Map.entry("RiskDimension", RiskDimension.class),
            Map.entry("AccessOutcome", AccessOutcome.class),
            Map.entry("Identifiers", Identifiers.class));

    private static String schemaText() throws IOException {
        try (InputStream in = SubjectRecordJson.schema()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String golden() throws IOException {
        try (InputStream in = SubjectRecordSchemaTest.class.getResourceAsStream("golden/siti-aminah-whole.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theSchemaIsValidDraft202012AndNamesItsId() throws IOException {
        Schema meta = Schemas.REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertThat(meta.validate(schemaText(), InputFormat.JSON)).isEmpty();
        JsonNode schema = JSON.readTree(schemaText());
        assertThat(schema.get("$id").asText()).isEqualTo(SubjectRecordJson.SCHEMA_ID);
        assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }

    @Test
    void everyCodeListOfTheSchemaIsTheNamesOfItsEnum() throws IOException {
        JsonNode defs = JSON.readTree(schemaText()).get("$defs");
        List<String> lists = new ArrayList<>();
        defs.fieldNames().forEachRemaining(name -> {
            if (defs.get(name).has("enum")) {
                lists.add(name);
            }
        });
        assertThat(lists).containsExactlyInAnyOrderElementsOf(CODES.keySet());
        CODES.forEach((name, type) -> {
            List<String> listed = new ArrayList<>();
            defs.get(name).get("enum").forEach(v -> listed.add(v.asText()));
            assertThat(listed)
                    .as(name)
                    .containsExactlyElementsOf(Arrays.stream(type.getEnumConstants())
                            .map(Enum::name)
                            .toList());
        });
    }

    @Test
    void everyObjectOfTheSchemaIsClosedAndRequiresEveryField() throws IOException {
        List<String> open = new ArrayList<>();
        walk(JSON.readTree(schemaText()), "#", open);
        assertThat(open)
                .as("objects not closed or not requiring every property")
                .isEmpty();
    }

    private static void walk(JsonNode node, String at, List<String> open) {
        if (node.isObject() && "object".equals(node.path("type").asText())) {
            List<String> properties = new ArrayList<>();
            node.get("properties").fieldNames().forEachRemaining(properties::add);
            List<String> required = new ArrayList<>();
            node.path("required").forEach(r -> required.add(r.asText()));
            if (!node.path("additionalProperties").isBoolean()
                    || node.get("additionalProperties").asBoolean()
                    || !required.equals(properties)) {
                open.add(at);
            }
        }
        for (Map.Entry<String, JsonNode> f : node.properties()) {
            walk(f.getValue(), at + "/" + f.getKey(), open);
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), at + "/" + i, open);
            }
        }
    }

    @Test
    void theGoldenDocumentIsValidAndEachBreachOfTheSchemaIsRefused() throws IOException {
        String valid = golden();
        Schemas.assertValid(valid);

        assertRefused(valid, doc -> doc.put("extra", 1));
        assertRefused(valid, doc -> ((ObjectNode) doc.at("/case/person")).put("religion", "x"));
        assertRefused(valid, doc -> ((ObjectNode) doc.at("/payments/0")).put("fee", 0));
        assertRefused(valid, doc -> ((ObjectNode) doc.at("/plans/0/services/0/referrals/0")).put("note", ""));
        assertRefused(valid, doc -> doc.remove("accessLog"));
        assertRefused(valid, doc -> ((ObjectNode) doc.at("/case/person")).remove("nik"));
        assertRefused(valid, doc -> ((ObjectNode) doc.at("/followUps/0")).remove("riskScore"));
        assertRefused(valid, doc -> doc.put("identifiers", "PARTLY"));
        assertRefused(valid, doc -> ((ObjectNode) doc.at("/case")).put("status", "OPEN"));
        assertRefused(valid, doc -> ((ObjectNode) doc.at("/awards/0")).put("amount", "Rp 960.000"));
        assertRefused(valid, doc -> ((ObjectNode) doc.at("/awards/0")).put("amount", -1));
        assertRefused(valid, doc -> ((ObjectNode) doc.at("/stays/0")).put("admittedOn", "01/02/2020"));
        assertRefused(valid, doc -> ((ObjectNode) doc.at("/case/person")).put("origin", "Lombok"));
        assertRefused(valid, doc -> ((ArrayNode) doc.at("/case/profile/control")).add("DEBT_BONDAGE"));
        assertRefused(valid, doc -> doc.put("schema", "https://example.org/other"));
    }

    private static void assertRefused(String valid, java.util.function.Consumer<ObjectNode> breach) throws IOException {
        ObjectNode doc = (ObjectNode) JSON.readTree(valid);
        breach.accept(doc);
        String broken = JSON.writeValueAsString(doc);
        assertThat(Schemas.errors(broken)).as("errors of " + broken).isNotEmpty();
    }
}
