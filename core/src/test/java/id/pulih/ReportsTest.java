package id.pulih;

import static id.pulih.Fixtures.HQ;
import static id.pulih.Fixtures.HQ_SUPERVISOR;
import static id.pulih.Fixtures.KUPANG;
import static id.pulih.Fixtures.NTB;
import static id.pulih.Fixtures.intake;
import static id.pulih.Fixtures.shelterForm;
import static org.assertj.core.api.Assertions.assertThat;

import id.pulih.beneficiary.CaseOutcome;
import id.pulih.beneficiary.CaseStatus;
import id.pulih.grant.BankResult;
import id.pulih.grant.GrantScheme;
import id.pulih.grant.PaymentBatch;
import id.pulih.grant.RejectionReason;
import id.pulih.guidance.Programme;
import id.pulih.repatriation.ReturnPlanForm;
import id.pulih.repatriation.TransportMode;
import id.pulih.report.GrantRow;
import id.pulih.report.OutcomeRow;
import id.pulih.report.RegionRow;
import id.pulih.report.ShelterRow;
import id.pulih.report.YearRow;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.RegionCode;
import id.pulih.shared.RegionLevel;
import id.pulih.shared.Rupiah;
import id.pulih.shelter.Shelter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportsTest {
    private final Fixtures f = new Fixtures();
    private final Desk hq = f.pulih.as(HQ);

    private BeneficiaryId register(String name, String origin, LocalDate returned) {
        return hq.cases()
                .register(intake().name(name)
                        .originRegion(origin)
                        .returnDate(returned)
                        .build())
                .beneficiary()
                .id();
    }

    @Test
    void countsBeneficiariesByOriginWithOfficialNamesWithinTheJurisdiction() {
        register("Ani", "52.02.01", LocalDate.of(2019, 3, 1));
        register("Budi", "52.02.01", LocalDate.of(2020, 3, 1));
        register("Citra", "52.01.01", LocalDate.of(2020, 3, 1));
        register("Maria", "53.01.08", LocalDate.of(2020, 3, 1));

        assertThat(hq.reports().beneficiariesByOrigin(RegionLevel.PROVINCE))
                .containsExactly(
                        new RegionRow(RegionCode.of("52"), "Nusa Tenggara Barat", 3),
                        new RegionRow(RegionCode.of("53"), "Nusa Tenggara Timur", 1));
        assertThat(f.pulih.as(NTB).reports().beneficiariesByOrigin(RegionLevel.REGENCY))
                .extracting(RegionRow::code, RegionRow::count)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(RegionCode.of("52.02"), 2L),
                        org.assertj.core.groups.Tuple.tuple(RegionCode.of("52.01"), 1L));
        assertThat(f.pulih.as(KUPANG).reports().beneficiariesByOrigin(RegionLevel.REGENCY))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.name()).isEqualTo("Kabupaten Kupang");
                    assertThat(r.count()).isEqualTo(1);
                });
        assertThat(hq.reports().beneficiariesByReturnYear())
                .containsExactly(new YearRow(2019, 1), new YearRow(2020, 3));
    }

    @Test
    void shelterReportShowsWhoReturnedHomeAndWhoIsStillIn() {
        Shelter tpi = hq.shelters().open(shelterForm("RPTC-TPI", "21.72", 10));
        BeneficiaryId home = register("Ani", "52.02.01", LocalDate.of(2020, 3, 1));
        BeneficiaryId still = register("Budi", "52.02.01", LocalDate.of(2020, 3, 1));
        hq.shelters().admit(home, tpi.id(), LocalDate.of(2020, 3, 2));
        hq.shelters().admit(still, tpi.id(), LocalDate.of(2020, 3, 2));
        var r = hq.returns()
                .plan(new ReturnPlanForm(
                        home,
                        null,
                        null,
                        TransportMode.SHIP,
                        "escort-01",
                        "Dinas Sosial Lombok Tengah",
                        LocalDate.of(2020, 3, 20)));
        hq.returns().depart(r.id(), LocalDate.of(2020, 3, 20));
        hq.returns().handOver(r.id(), LocalDate.of(2020, 3, 23), "Lalu Ahmad");

        ShelterRow row = hq.reports().shelters().get(0);

        assertThat(row.code()).isEqualTo("RPTC-TPI");
        assertThat(row.admitted()).isEqualTo(2);
        assertThat(row.returnedHome()).isEqualTo(1);
        assertThat(row.stillIn()).isEqualTo(1);
        assertThat(f.pulih.as(KUPANG).reports().shelters()).isEmpty();
    }

    @Test
    void programmeAndGrantReportsCountAttendanceAndPayments() {
        SeedProgrammes seed = new SeedProgrammes(hq);
        Programme praya =
                seed.programme("Aula SMKN 1 Praya", "52.02", LocalDate.of(2019, 10, 31), 5, SeedProgrammes.PANCA_KARSA);
        GrantScheme scheme = seed.scheme(praya, "Rp 960.000", "Rp 4.800.000");
        var awards = seed.awardAll(scheme, seed.participants(praya, "52.02.01", 3));
        awards.forEach(a -> hq.grants().disburse(a.id()));
        PaymentBatch batch = hq.grants().prepareBatches(scheme.id(), 10).get(0);
        hq.grants().sendBatch(batch.id(), LocalDate.of(2019, 11, 4));
        hq.grants().applyBankResult(BankResult.paid(batch.payments().get(0), "R1", LocalDate.of(2019, 11, 5)));
        hq.grants().applyBankResult(BankResult.paid(batch.payments().get(1), "R2", LocalDate.of(2019, 11, 5)));
        hq.grants()
                .applyBankResult(BankResult.rejected(
                        batch.payments().get(2), "R3", RejectionReason.ACCOUNT_CLOSED, LocalDate.of(2019, 11, 5)));

        assertThat(hq.reports().programmes()).singleElement().satisfies(p -> {
            assertThat(p.enrolled()).isEqualTo(3);
            assertThat(p.completed()).isEqualTo(3);
            assertThat(p.regionName()).isEqualTo("Kabupaten Lombok Tengah");
        });
        GrantRow grants = hq.reports().grants().get(0);
        assertThat(grants.awards()).isEqualTo(3);
        assertThat(grants.awarded()).isEqualTo(Rupiah.parse("Rp 2.880.000"));
        assertThat(grants.paid()).isEqualTo(2);
        assertThat(grants.paidTotal()).isEqualTo(Rupiah.parse("Rp 1.920.000"));
        assertThat(grants.rejected()).isEqualTo(1);
        assertThat(f.pulih.as(KUPANG).reports().grants()).isEmpty();
    }

    @Test
    void outcomesCountOpenCasesByStatusAndClosedOnesByOutcome() {
        BeneficiaryId a = register("Ani", "52.02.01", LocalDate.of(2020, 3, 1));
        register("Budi", "52.02.01", LocalDate.of(2020, 3, 1));
        f.pulih.as(HQ_SUPERVISOR).cases().close(a, CaseOutcome.LOST_CONTACT, "");

        List<OutcomeRow> rows = hq.reports().outcomes();

        assertThat(rows)
                .containsExactly(
                        new OutcomeRow(CaseStatus.REGISTERED, null, 1),
                        new OutcomeRow(CaseStatus.CLOSED, CaseOutcome.LOST_CONTACT, 1));
        assertThat(hq.reports().overdueFollowUps()).isZero();
    }
}
