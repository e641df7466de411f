package org.example.pulih;

import id.pulih.Desk;
import id.pulih.Pulih;
import id.pulih.Registration;
import id.pulih.access.Actor;
import id.pulih.access.Jurisdiction;
import id.pulih.access.Role;
import id.pulih.beneficiary.Beneficiary;
import id.pulih.beneficiary.DocumentStatus;
import id.pulih.beneficiary.IntakeFormBuilder;
import id.pulih.beneficiary.ReturnMode;
import id.pulih.jdbc.JdbcStore;
import id.pulih.shared.Nik;
import id.pulih.shared.PersonName;
import id.pulih.shared.Sex;
import java.time.LocalDate;

/**
 * A program that embeds Pulih through its public API only: an embedded H2 database behind {@link JdbcStore} (schema
 * created by the store's migrations on open), one beneficiary registered by a case worker and read back.
 */
public final class RegisterOne {
    private RegisterOne() {}

    /**
     * Registers one returnee and prints one line about what was read back.
     *
     * @param args none
     */
    public static void main(String[] args) {
        JdbcStore store = JdbcStore.h2InMemory("pulih-consumer");
        Pulih pulih = Pulih.builder().store(store).build();
        Desk desk = pulih.as(
                Actor.of("dinsos-ntb-01", PersonName.of("Rina Wulandari"), Role.CASE_WORKER, Jurisdiction.national()));

        Registration registration = desk.cases()
                .register(new IntakeFormBuilder()
                        .name("Siti Aminah")
                        .sex(Sex.FEMALE)
                        .birthDate(LocalDate.of(1990, 7, 5))
                        .nik("5202014507900001")
                        .documentStatus(DocumentStatus.LOST)
                        .originRegion("52.02.01")
                        .returnCountry("MY")
                        .returnDate(LocalDate.of(2020, 3, 1))
                        .entryPoint("Tanjung Pinang")
                        .returnMode(ReturnMode.DEPORTED)
                        .build());

        Beneficiary byId = desk.cases().get(registration.beneficiary().id());
        Beneficiary byNik = desk.cases().findByNik(Nik.of("5202014507900001")).orElseThrow();
        if (!byId.id().equals(byNik.id())) {
            throw new IllegalStateException("the NIK found another beneficiary than the one registered");
        }
        System.out.println(
                "pulih-consumer: registered and read back " + byId.name().value() + " (" + byId.status()
                        + ", origin " + byId.origin() + ") from H2; the store holds "
                        + store.beneficiaries().count()
                        + " beneficiary");
    }
}
