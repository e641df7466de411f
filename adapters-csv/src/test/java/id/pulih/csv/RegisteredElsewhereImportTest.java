package id.pulih.csv;

import static org.assertj.core.api.Assertions.assertThat;

import id.pulih.Pulih;
import id.pulih.access.Actor;
import id.pulih.access.Jurisdiction;
import id.pulih.access.Role;
import id.pulih.audit.AccessOutcome;
import id.pulih.beneficiary.Beneficiary;
import id.pulih.shared.Nik;
import id.pulih.shared.PersonName;
import id.pulih.shared.RegionCode;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A regency's import of a NIK registered in a case it does not cover (issue 13, path 2): the row is counted as
 * registered elsewhere, never as a duplicate, and listed in the error file with a reference and no case id.
 */
class RegisteredElsewhereImportTest {
    private static final String HEADER = "nik,name,sex,birth_date,region_code,return_country,return_date\n";
    private static final String FROM_PRAYA = "5202014507900001";
    private static final String FROM_KUPANG = "5301054507900001";
    private static final String PRAYA_ROW = FROM_PRAYA + ",Siti Aminah,P,05/07/1990,52.02.01,MY,01/03/2020\n";
    private static final String KUPANG_FILE = HEADER
            + PRAYA_ROW
            + "5301059999900001,Maria Ndun,P,05/07/1990,53.01.05,MY,01/03/2020\n"
            + FROM_KUPANG + ",Yuliana Tefa,P,05/07/1990,53.01.05,MY,01/03/2020\n";
    private static final Actor LOMBOK_TENGAH = Actor.of(
            "dinsos-5202", PersonName.of("Baiq Nurul"), Role.CASE_WORKER, Jurisdiction.regency(RegionCode.of("52.02")));

    private final Pulih pulih = Officers.pulih();
    private final BeneficiaryImport imports = BeneficiaryImport.of(pulih);
    private final Beneficiary fromPraya;

    RegisteredElsewhereImportTest() {
        importAs(Officers.HQ, HEADER + PRAYA_ROW);
        fromPraya = pulih.store().beneficiaries().findByNik(Nik.of(FROM_PRAYA)).orElseThrow();
    }

    private ImportReport importAs(Actor actor, String text) {
        return imports.importFrom(
                actor, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), ImportOptions.defaults());
    }

    @Test
    void aRowRegisteredInACaseTheOfficerDoesNotCoverIsCountedApartNeverAsADuplicate() {
        ImportReport report = importAs(Officers.KUPANG, KUPANG_FILE);

        assertThat(report.registeredElsewhere()).isEqualTo(1);
        assertThat(report.duplicates()).isZero();
        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.rejected()).isEqualTo(1);
        assertThat(report.summary()).isEqualTo("read 3, imported 1, rejected 1, duplicates 0, registered elsewhere 1");
        assertThat(pulih.store().beneficiaries().count()).isEqualTo(2);
        assertThat(pulih.store().auditTrail().byActor(Officers.KUPANG.id()))
                .singleElement()
                .satisfies(e -> assertThat(e.summary()).contains("registered elsewhere 1"));
    }

    @Test
    void theRowIsInTheErrorsAndTheErrorFileWithAReferenceAndNoCaseId() {
        ImportReport report = importAs(Officers.KUPANG, KUPANG_FILE);

        assertThat(report.errors()).hasSize(2);
        RowError elsewhere = report.errors().get(0);
        assertThat(elsewhere.line()).isEqualTo(2);
        assertThat(elsewhere.column()).isEqualTo("nik");
        assertThat(elsewhere.code()).isEqualTo("case.elsewhere");
        assertThat(elsewhere.message()).doesNotContain(fromPraya.id().toString());
        assertThat(report.errors().get(1).line()).isEqualTo(3);

        StringWriter file = new StringWriter();
        report.writeErrors(file);
        String[] lines = file.toString().split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[1]).startsWith(FROM_PRAYA + ",Siti Aminah").contains("case.elsewhere");
        assertThat(lines[2]).startsWith("5301059999900001");
        assertThat(file.toString()).doesNotContain(fromPraya.id().toString());

        String reference = elsewhere.message().replaceAll(".*reference ", "");
        var refusal = pulih.store().accessLog().find(UUID.fromString(reference)).orElseThrow();
        assertThat(refusal.outcome()).isEqualTo(AccessOutcome.DENIED);
        assertThat(refusal.actorId()).isEqualTo(Officers.KUPANG.id());
        assertThat(pulih.as(Officers.HQ).oversight().resolveReference(reference))
                .isEqualTo(fromPraya.id());
    }

    @Test
    void importingAgainTheRowIsStillElsewhereWhileTheOfficersOwnRowsAreDuplicates() {
        importAs(Officers.KUPANG, KUPANG_FILE);
        ImportReport again = importAs(Officers.KUPANG, KUPANG_FILE);

        assertThat(again.summary()).isEqualTo("read 3, imported 0, rejected 1, duplicates 1, registered elsewhere 1");
    }

    @Test
    void anOfficerWhoCoversTheCaseSeesADuplicate() {
        ImportReport report = importAs(LOMBOK_TENGAH, HEADER + PRAYA_ROW);

        assertThat(report.summary()).isEqualTo("read 1, imported 0, rejected 0, duplicates 1");
        assertThat(report.errors()).isEmpty();
    }

    @Test
    void rowsElsewhereAreFoundInEveryChunk() {
        StringBuilder file = new StringBuilder(HEADER);
        for (int i = 0; i < 5; i++) {
            file.append(PRAYA_ROW);
        }
        ImportReport report = imports.importFrom(
                Officers.KUPANG,
                new ByteArrayInputStream(file.toString().getBytes(StandardCharsets.UTF_8)),
                ImportOptions.defaults().withChunkSize(1));

        assertThat(report.registeredElsewhere()).isEqualTo(5);
        assertThat(report.errors()).extracting(RowError::line).containsExactly(2L, 3L, 4L, 5L, 6L);
    }
}
