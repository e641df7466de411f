package id.pulih;

import static id.pulih.Fixtures.HQ;
import static id.pulih.Fixtures.intake;
import static id.pulih.Fixtures.shelterForm;

import id.pulih.access.Actor;
import id.pulih.access.Jurisdiction;
import id.pulih.access.Role;
import id.pulih.reintegration.PlannedServiceForm;
import id.pulih.reintegration.ServiceType;
import id.pulih.repatriation.Repatriation;
import id.pulih.repatriation.ReturnPlanForm;
import id.pulih.repatriation.TransportMode;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.OrganisationId;
import id.pulih.shared.Rupiah;
import id.pulih.shelter.Shelter;
import java.time.LocalDate;

/** Cases brought home for the reintegration tests: sheltered at Tanjung Pinang, handed over on 23 March 2020. */
final class ReintegrationSetUp {
    static final LocalDate HANDOVER = LocalDate.of(2020, 3, 23);
    static final OrganisationId PANCA_KARSA = OrganisationId.of("LKS-PANCA-KARSA");
    static final OrganisationId RUMAH_PEREMPUAN = OrganisationId.of("LKS-RUMAH-PEREMPUAN");
    static final OrganisationId DINSOS_5202 = OrganisationId.of("DINSOS-5202");
    static final Actor PANCA_KARSA_OFFICER =
            Fixtures.actor("lks-ppk-01", Role.CASE_WORKER, Jurisdiction.partner(PANCA_KARSA));
    static final Actor RUMAH_PEREMPUAN_OFFICER =
            Fixtures.actor("lks-rp-01", Role.CASE_WORKER, Jurisdiction.partner(RUMAH_PEREMPUAN));

    private final Desk hq;
    private final Shelter shelter;

    ReintegrationSetUp(Fixtures f) {
        this.hq = f.pulih.as(HQ);
        this.shelter = hq.shelters().open(shelterForm("RPTC-TPI", "21.72", 50));
    }

    /** A case from Lombok Tengah, REPATRIATED on {@link #HANDOVER}. */
    BeneficiaryId repatriated(String name) {
        BeneficiaryId id =
                hq.cases().register(intake().name(name).build()).beneficiary().id();
        hq.shelters().admit(id, shelter.id(), LocalDate.of(2020, 3, 2));
        Repatriation r = hq.returns()
                .plan(new ReturnPlanForm(
                        id,
                        null,
                        null,
                        TransportMode.SHIP,
                        "escort-01",
                        "Dinas Sosial Kabupaten Lombok Tengah",
                        LocalDate.of(2020, 3, 20)));
        hq.returns().depart(r.id(), LocalDate.of(2020, 3, 20));
        hq.returns().handOver(r.id(), HANDOVER, "Lalu Ahmad");
        return id;
    }

    static PlannedServiceForm service(ServiceType type, OrganisationId provider) {
        return new PlannedServiceForm(
                type, null, null, provider, LocalDate.of(2020, 7, 1), Rupiah.parse("Rp 1.500.000"));
    }
}
