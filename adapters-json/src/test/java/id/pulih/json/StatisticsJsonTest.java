package id.pulih.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import id.pulih.Pulih;
import id.pulih.access.Actor;
import id.pulih.access.Jurisdiction;
import id.pulih.access.Role;
import id.pulih.beneficiary.DocumentStatus;
import id.pulih.beneficiary.ExploitationType;
import id.pulih.beneficiary.IntakeFormBuilder;
import id.pulih.beneficiary.MeansOfControl;
import id.pulih.beneficiary.ReturnMode;
import id.pulih.report.statistics.StatisticsSummary;
import id.pulih.shared.PersonName;
import id.pulih.shared.Sex;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StatisticsJsonTest {
    private static final Actor HQ =
            Actor.of("hq-01", PersonName.of("Rina Wulandari"), Role.CASE_WORKER, Jurisdiction.national());
    private static final String[] NAMES = {
        "Siti", "Nur", "Dewi", "Wati", "Yuli", "Ani", "Sri", "Ayu", "Lia", "Eka", "Tini", "Rini", "Budi", "Agus"
    };

    private final Pulih pulih = Pulih.builder()
            .clock(Clock.fixed(Instant.parse("2020-06-01T08:00:00Z"), ZoneOffset.UTC))
            .build();

    /** 12 women from Lombok Tengah who share every quasi-identifier, and 2 men from Kupang who are too few. */
    private void population() {
        for (int i = 0; i < 14; i++) {
            boolean man = i >= 12;
            pulih.as(HQ)
                    .cases()
                    .register(new IntakeFormBuilder()
                            .name(NAMES[i] + " Lestari")
                            .sex(man ? Sex.MALE : Sex.FEMALE)
                            .birthDate(LocalDate.of(1991, 1 + i % 2, 1 + i))
                            .documentStatus(DocumentStatus.LOST)
                            .originRegion(man ? "53.01" : "52.02")
                            .returnCountry("MY")
                            .returnDate(LocalDate.of(2020, 3, 1))
                            .returnMode(ReturnMode.DEPORTED)
                            .exploitation(Set.of(ExploitationType.FORCED_LABOUR))
                            .control(Set.of(MeansOfControl.DEBT_BONDAGE))
                            .build());
        }
    }

    @Test
    void writesTheRowsAndTheSummaryAsADocumentOfThePublishedSchema() throws Exception {
        population();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        StatisticsSummary summary = StatisticsJson.write(pulih.as(HQ).reports(), 11, out);

        String json = out.toString(StandardCharsets.UTF_8);
        Schema schema;
        try (InputStream in = StatisticsJson.class.getResourceAsStream(StatisticsJson.SCHEMA)) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(in);
        }
        assertThat(schema.validate(json, InputFormat.JSON)).isEmpty();
        JsonNode doc = new ObjectMapper().readTree(json);
        assertThat(doc.get("rows")).hasSize(12);
        JsonNode row = doc.get("rows").get(0);
        assertThat(row.get("prs_Gender").asText()).isEqualTo("Feminine");
        assertThat(row.get("ageBroad").asText()).isEqualTo("25--29");
        assertThat(row.get("monthOfRegistration").asInt()).isEqualTo(6);
        assertThat(row.get("CountryOfExploitation").asText()).isEqualTo("MYS");
        assertThat(row.get("vic_MethodsOfControl").get(0).asText()).isEqualTo("DebtBondage");
        assertThat(row.get("vic_ForcedLabourIndustry").isNull()).isTrue();
        assertThat(doc.at("/summary/suppressed").asLong()).isEqualTo(2).isEqualTo(summary.suppressed());
        assertThat(doc.at("/summary/byStep/NONE").asLong()).isEqualTo(12);
        assertThat(json).doesNotContain("Lestari", "Siti", "1991");
    }

    @Test
    void theSchemaRefusesARowThatLeaksAName() throws Exception {
        population();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StatisticsJson.write(pulih.as(HQ).reports(), 11, out);
        ObjectMapper mapper = new ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode doc =
                (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(out.toByteArray());
        ((com.fasterxml.jackson.databind.node.ObjectNode) doc.get("rows").get(0)).put("prs_FirstName", "Siti");

        Schema schema;
        try (InputStream in = StatisticsJson.class.getResourceAsStream(StatisticsJson.SCHEMA)) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(in);
        }
        assertThat(schema.validate(mapper.writeValueAsString(doc), InputFormat.JSON))
                .isNotEmpty();
    }
}
