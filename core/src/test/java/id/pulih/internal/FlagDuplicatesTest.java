package id.pulih.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.pulih.access.Actor;
import id.pulih.access.Jurisdiction;
import id.pulih.access.Role;
import id.pulih.beneficiary.Beneficiary;
import id.pulih.beneficiary.DocumentStatus;
import id.pulih.beneficiary.DuplicateScoring;
import id.pulih.beneficiary.DuplicateStatus;
import id.pulih.beneficiary.IntakeFormBuilder;
import id.pulih.beneficiary.NameSimilarity;
import id.pulih.beneficiary.Person;
import id.pulih.beneficiary.PotentialDuplicate;
import id.pulih.beneficiary.ReturnMode;
import id.pulih.internal.util.Forms;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.PersonName;
import id.pulih.shared.RecordType;
import id.pulih.shared.Sex;
import id.pulih.store.memory.InMemoryStore;
import jakarta.validation.Validation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Engine.Work#flagDuplicates}, the one entry point of duplicate scoring that a correction calls after saving
 * the corrected case: it flags the pairs the correction makes, and never a pair already recorded.
 */
class FlagDuplicatesTest {
    private static final Actor HQ =
            Actor.of("hq-01", PersonName.of("Rina Wulandari"), Role.CASE_WORKER, Jurisdiction.national());
    private static final Actor SUPERVISOR =
            Actor.of("hq-sup", PersonName.of("Rina Wulandari"), Role.SUPERVISOR, Jurisdiction.national());

    private final Engine engine = new Engine(
            new InMemoryStore(),
            Clock.systemUTC(),
            new Forms(Validation.buildDefaultValidatorFactory().getValidator()),
            new DuplicateScoring(NameSimilarity.exact(), DuplicateScoring.DEFAULT_THRESHOLD));

    private BeneficiaryId register(String name) {
        return engine.desk(HQ)
                .cases()
                .register(new IntakeFormBuilder()
                        .name(name)
                        .sex(Sex.FEMALE)
                        .birthDate(LocalDate.of(1990, 7, 5))
                        .documentStatus(DocumentStatus.LOST)
                        .originRegion("52.02.01")
                        .returnCountry("MY")
                        .returnDate(LocalDate.of(2020, 3, 1))
                        .entryPoint("Tanjung Pinang")
                        .returnMode(ReturnMode.DEPORTED)
                        .build())
                .beneficiary()
                .id();
    }

    /** What a correction of the name does: save the corrected case, then flag, in one command. */
    private List<PotentialDuplicate> correctName(BeneficiaryId id, String name) {
        return engine.command(HQ, "case.correct", work -> {
            Beneficiary b = work.open(id);
            Person p = b.person();
            Person corrected = new Person(
                    PersonName.of(name),
                    p.sex(),
                    p.birth(),
                    p.nik(),
                    p.familyCard(),
                    p.documentStatus(),
                    p.origin(),
                    p.phone());
            Beneficiary saved = engine.store
                    .beneficiaries()
                    .save(Beneficiary.rebuild(
                            b.id(),
                            corrected,
                            b.returnInfo(),
                            b.profile(),
                            b.caseHistory(),
                            b.registeredBy(),
                            b.registeredAt(),
                            b.version()));
            List<PotentialDuplicate> flagged = work.flagDuplicates(saved);
            work.audit(RecordType.BENEFICIARY, saved.id(), b.version(), saved.version(), "name corrected");
            return flagged;
        });
    }

    @Test
    void aCorrectionThatMakesTwoCasesAlikeFlagsThemOnce() {
        BeneficiaryId siti = register("Siti Aminah");
        BeneficiaryId dewi = register("Dewi Lestari");
        assertThat(engine.store.potentialDuplicates().open()).isEmpty();

        List<PotentialDuplicate> flagged = correctName(dewi, "Siti Aminah binti Lalu");

        assertThat(flagged).singleElement().satisfies(d -> {
            assertThat(d.registered()).isEqualTo(dewi);
            assertThat(d.existing()).isEqualTo(siti);
            assertThat(d.score().score()).isEqualTo(1.0);
        });
        assertThat(correctName(dewi, "Siti Aminah"))
                .as("the pair is already recorded")
                .isEmpty();
        assertThat(engine.store.potentialDuplicates().open()).hasSize(1);
    }

    @Test
    void aPairDismissedAsTwoPeopleIsNotFlaggedAgainByACorrection() {
        register("Siti Aminah");
        BeneficiaryId second = register("Siti Aminah");
        PotentialDuplicate pair =
                engine.store.potentialDuplicates().involving(second).get(0);
        engine.desk(SUPERVISOR).cases().dismissDuplicate(pair.id(), "different mothers, checked by phone");

        assertThat(correctName(second, "SITI AMINAH")).isEmpty();
        assertThat(engine.store.potentialDuplicates().involving(second))
                .singleElement()
                .extracting(PotentialDuplicate::status)
                .isEqualTo(DuplicateStatus.INVALID);
    }

    @Test
    void aCorrectionAwayFromTheOtherCaseFlagsNothing() {
        register("Siti Aminah");
        BeneficiaryId other = register("Dewi Lestari");

        assertThat(correctName(other, "Dewi Sartika")).isEmpty();
    }
}
