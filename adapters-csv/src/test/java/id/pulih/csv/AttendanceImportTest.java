package id.pulih.csv;

import static org.assertj.core.api.Assertions.assertThat;

import id.pulih.Desk;
import id.pulih.Pulih;
import id.pulih.guidance.Programme;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.NotAfterToday;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttendanceImportTest {
    private final Pulih pulih = Officers.pulih();
    private final Desk hq = pulih.as(Officers.HQ);

    @Test
    void recordsAttendanceByNikOrCaseIdAndReportsTheLinesToFix() {
        Programme praya = Seed.programme(hq);
        BeneficiaryId siti = hq.cases()
                .register(Seed.intake("Siti Aminah").nik("5202014507900001").build())
                .beneficiary()
                .id();
        hq.guidance().enrol(praya.id(), siti, Seed.DAY, null);
        BeneficiaryId baiq = Seed.participants(hq, praya, 1, false).get(0);
        String file = "NIK;id;Topik;Tanggal\r\n"
                + "5202014507900001;;Entrepreneurship practice;31/10/2019\r\n"
                + "5202014507900001;;MARKETING-STRATEGY;31-10-2019\r\n"
                + ";" + baiq + ";MARKETING_STRATEGY;2019-10-31\r\n"
                + "5202014507900001;;MARKETING_STRATEGY;31/10/2019\r\n"
                + "5202011208880002;;MARKETING_STRATEGY;31/10/2019\r\n"
                + ";" + baiq + ";?;31/10/2019\r\n";

        ImportReport report = AttendanceImport.of(pulih)
                .apply(
                        Officers.HQ,
                        praya.id(),
                        new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)),
                        ImportOptions.defaults());

        assertThat(report.summary()).isEqualTo("read 6, imported 4, rejected 2, duplicates 0");
        assertThat(report.errors())
                .extracting(RowError::line, RowError::column, RowError::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(6L, "NIK", "beneficiary.unknown"),
                        org.assertj.core.groups.Tuple.tuple(7L, "Topik", "topic.format"));
        assertThat(hq.guidance().completed(praya.id(), siti)).isTrue();
        assertThat(hq.guidance().completed(praya.id(), baiq)).isFalse();
        StringWriter errors = new StringWriter();
        report.writeErrors(errors);
        List<String> lines = errors.toString().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("NIK;id;Topik;Tanggal;error_column;error_code;error_message");
    }

    @Test
    void aLineForSomeoneNotEnrolledIsReportedAndTheOthersAreKeptUnderOneAuditEntry() {
        Programme praya = Seed.programme(hq);
        BeneficiaryId baiq = Seed.participants(hq, praya, 1, false).get(0);
        BeneficiaryId outsider = hq.cases()
                .register(Seed.intake("Siti Aminah").nik("5202014507900001").build())
                .beneficiary()
                .id();
        long trail = pulih.store().auditTrail().count();
        String file = "id;Topik;Tanggal\r\n"
                + outsider + ";MARKETING_STRATEGY;31/10/2019\r\n"
                + baiq + ";MARKETING_STRATEGY;31/10/2019\r\n";

        ImportReport report = AttendanceImport.of(pulih)
                .apply(
                        Officers.HQ,
                        praya.id(),
                        new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)),
                        ImportOptions.defaults());

        assertThat(report.errors())
                .extracting(RowError::line, RowError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "attendance.not-enrolled"));
        assertThat(report.summary()).isEqualTo("read 2, imported 1, rejected 1, duplicates 0");
        assertThat(pulih.store().enrolments().find(praya.id(), outsider)).isEmpty();
        assertThat(pulih.store().auditTrail().count()).isEqualTo(trail + 1);
    }

    @Test
    void aLineDatedAfterTodayIsRefusedAsDateFutureAtItsDateCell() {
        Programme praya = Seed.programme(hq);
        List<BeneficiaryId> people = Seed.participants(hq, praya, 2, false);
        String tomorrow = LocalDate.ofInstant(Officers.NOW, NotAfterToday.ZONE)
                .plusDays(1)
                .toString();
        String file = "id;Topik;Tanggal\r\n"
                + people.get(0) + ";MARKETING_STRATEGY;" + tomorrow + "\r\n"
                + people.get(1) + ";MARKETING_STRATEGY;31/10/2019\r\n";

        ImportReport report = AttendanceImport.of(pulih)
                .apply(
                        Officers.HQ,
                        praya.id(),
                        new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)),
                        ImportOptions.defaults());

        assertThat(report.summary()).isEqualTo("read 2, imported 1, rejected 1, duplicates 0");
        assertThat(report.errors())
                .extracting(RowError::line, RowError::column, RowError::field, RowError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "Tanggal", "date", "date.future"));
        assertThat(report.errors().get(0).message()).contains(tomorrow, "Asia/Jakarta");
        assertThat(pulih.store()
                        .enrolments()
                        .find(praya.id(), people.get(0))
                        .orElseThrow()
                        .attendance())
                .isEmpty();
    }

    @Test
    void anAttendanceFileEndingInCtrlZAndWithANulInOneLineKeepsEveryOtherLine() {
        Programme praya = Seed.programme(hq);
        List<BeneficiaryId> people = Seed.participants(hq, praya, 3, false);
        String file = "id;Topik;Tanggal\r\n"
                + people.get(0) + ";MARKETING_STRATEGY;31/10/2019\r\n"
                + people.get(1) + ";MARKETING_STRATEGY\u0000;31/10/2019\r\n"
                + people.get(2) + ";MARKETING_STRATEGY;31/10/2019\r\n"
                + "\u001A";

        ImportReport report = AttendanceImport.of(pulih)
                .apply(
                        Officers.HQ,
                        praya.id(),
                        new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)),
                        ImportOptions.defaults());

        assertThat(report.summary()).isEqualTo("read 3, imported 2, rejected 1, duplicates 0");
        assertThat(report.errors())
                .extracting(RowError::line, RowError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "csv.binary"));
    }

    @Test
    void anAuditorIsRefusedWithTheEnginesRoleCode() {
        Programme praya = Seed.programme(hq);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AttendanceImport.of(pulih)
                        .apply(
                                Officers.AUDITOR,
                                praya.id(),
                                new ByteArrayInputStream(new byte[0]),
                                ImportOptions.defaults()))
                .isInstanceOfSatisfying(
                        id.pulih.access.AccessDeniedException.class,
                        e -> assertThat(e.code()).isEqualTo("access.role"));
    }
}
