package id.pulih.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import id.pulih.access.Jurisdiction;
import id.pulih.beneficiary.Assessment;
import id.pulih.beneficiary.Beneficiary;
import id.pulih.beneficiary.IntakeForm;
import id.pulih.beneficiary.PovertyCategory;
import id.pulih.testkit.PulihGen;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** Export then import gives the same domain data. */
class RoundTripProperties {
    private static final Instant AT = Instant.now().truncatedTo(ChronoUnit.MICROS);

    /** Beneficiaries as intake registers them (consistent NIK, sex and birth date), some assessed. */
    private static Gen<Beneficiary> registered() {
        Gen<Optional<PovertyCategory>> poverty =
                Generate.enumValues(PovertyCategory.class).toOptionals(50);
        return PulihGen.intakeForms().zip(poverty, RoundTripProperties::register);
    }

    private static Beneficiary register(IntakeForm form, Optional<PovertyCategory> poverty) {
        Beneficiary b = Beneficiary.register(
                form.toPerson(),
                form.toReturnInfo(),
                form.toProfile(),
                List.of(),
                Jurisdiction.national(),
                AT,
                "hq-01");
        return poverty.map(p ->
                        b.assess(new Assessment(LocalDate.of(2020, 1, 1), p, Set.of(), Set.of(), Set.of(), "hq-01")))
                .orElse(b);
    }

    @Test
    void anIdentifiedExportImportsBackToTheSamePeople() {
        qt().forAll(SourceDSL.lists().of(registered()).ofSizeBetween(1, 5), Generate.pick(List.of(';', ',', '\t')))
                .checkAssert((people, separator) -> {
                    StringWriter out = new StringWriter();
                    BeneficiaryExport.writeOpened(people, out, true, separator);

                    List<ParsedBeneficiary> back = new ArrayList<>();
                    ImportReport report = BeneficiaryImport.parse(
                            new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)),
                            Officers.HQ,
                            AT,
                            ImportOptions.defaults(),
                            back::add);

                    assertThat(report.errors()).isEmpty();
                    assertThat(back).hasSameSizeAs(people);
                    for (int i = 0; i < people.size(); i++) {
                        assertThat(domain(back.get(i).beneficiary())).isEqualTo(domain(people.get(i)));
                    }
                });
    }

    /** What a beneficiary file carries. */
    private static List<Object> domain(Beneficiary b) {
        return List.of(
                b.name(),
                b.sex(),
                b.birth(),
                b.nik(),
                b.familyCard(),
                b.documentStatus(),
                b.origin(),
                b.phone(),
                b.returnInfo(),
                b.latestAssessment().map(Assessment::poverty));
    }
}
