package id.pulih.examples;

import id.pulih.Desk;
import id.pulih.Pulih;
import id.pulih.Registration;
import id.pulih.access.Actor;
import id.pulih.access.Jurisdiction;
import id.pulih.access.Role;
import id.pulih.beneficiary.DocumentStatus;
import id.pulih.beneficiary.IntakeFormBuilder;
import id.pulih.beneficiary.ReturnMode;
import id.pulih.repatriation.Repatriation;
import id.pulih.repatriation.ReturnPlanForm;
import id.pulih.repatriation.TransportMode;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.InvalidFormException;
import id.pulih.shared.PersonName;
import id.pulih.shared.Sex;
import id.pulih.shelter.Shelter;
import id.pulih.shelter.ShelterForm;
import id.pulih.shelter.ShelterType;
import java.io.PrintStream;
import java.time.LocalDate;

/**
 * Embedding Pulih with the in-memory store: register a returnee, admit her to a shelter, send her home.
 *
 * <pre>{@code
 * Pulih pulih = Pulih.inMemory();
 * Desk desk = pulih.as(Actor.of("hq-01", PersonName.of("Rina"), Role.CASE_WORKER, Jurisdiction.national()));
 * Registration r = desk.cases().register(new IntakeFormBuilder()...build());
 * }</pre>
 */
public final class InMemoryExample {
    private InMemoryExample() {}

    /**
     * Runs the example.
     *
     * @param args none
     */
    public static void main(String[] args) {
        run(Pulih.inMemory(), System.out);
    }

    /**
     * The example's steps, on any Pulih.
     *
     * @param pulih the Pulih to use
     * @param out where to print what happens
     * @return the returnee's id
     */
    public static BeneficiaryId run(Pulih pulih, PrintStream out) {
        Desk desk =
                pulih.as(Actor.of("hq-01", PersonName.of("Rina Wulandari"), Role.CASE_WORKER, Jurisdiction.national()));

        // 1. Intake: every violation of a form is reported at once, with machine codes.
        try {
            desk.cases()
                    .register(new IntakeFormBuilder()
                            .name("Siti 2")
                            .sex(Sex.FEMALE)
                            .nik("9902014507900001")
                            .documentStatus(DocumentStatus.HELD)
                            .originRegion("52")
                            .returnCountry("MY")
                            .returnDate(LocalDate.of(2020, 3, 1))
                            .returnMode(ReturnMode.DEPORTED)
                            .build());
        } catch (InvalidFormException refused) {
            out.println("refused: " + refused.codes());
        }
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
        BeneficiaryId id = registration.beneficiary().id();
        out.println("registered " + registration.beneficiary());

        // 2. Shelter stay: one open stay per person, never above capacity.
        Shelter rptc = desk.shelters()
                .open(new ShelterForm("RPTC-TANJUNG-PINANG", "RPTC Tanjung Pinang", ShelterType.RPTC, "21.72", 100));
        desk.shelters().admit(id, rptc.id(), LocalDate.of(2020, 3, 2));

        // 3. Repatriation: the handover ends the stay and moves the case to REPATRIATED, in one transaction.
        Repatriation r = desk.returns()
                .plan(new ReturnPlanForm(
                        id,
                        null,
                        null,
                        TransportMode.SHIP,
                        "escort-01",
                        "Dinas Sosial Kabupaten Lombok Tengah",
                        LocalDate.of(2020, 3, 20)));
        desk.returns().depart(r.id(), LocalDate.of(2020, 3, 20));
        desk.returns().handOver(r.id(), LocalDate.of(2020, 3, 23), "Lalu Ahmad");
        out.println("now " + desk.cases().get(id).status() + "; audit entries: "
                + pulih.store().auditTrail().count());
        return id;
    }
}
