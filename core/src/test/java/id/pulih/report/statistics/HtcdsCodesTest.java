package id.pulih.report.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import id.pulih.beneficiary.ExploitationType;
import id.pulih.beneficiary.LabourSector;
import id.pulih.beneficiary.MeansOfControl;
import id.pulih.beneficiary.RecruiterRelation;
import id.pulih.shared.Sex;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every Pulih value maps to a code of the HTCDS 2.0 picklists (the "Value Names" of its field sheet). */
class HtcdsCodesTest {
    private static Set<String> picklist(String names) {
        return Set.copyOf(Arrays.asList(names.split(" ")));
    }

    @Test
    void everySexIsAnHtcdsGender() {
        Set<String> gender = picklist(
                "Feminine Masculine TransgenderFeminine TransgenderMasculine NonConforming" + " NonSpecifiedUnknown");
        for (Sex sex : Sex.values()) {
            assertThat(gender).contains(HtcdsCodes.gender(sex));
        }
    }

    @Test
    void everyExploitationTypeIsAnHtcdsType() {
        Set<String> types = picklist("ForcedLabour SexualExploitation ChildLabour ForcedMarriage Servitude"
                + " ForcedMilitaryByNonStateActors OrganRemoval ForcedBegging ForcedAdoption Surrogacy Other");
        for (ExploitationType type : ExploitationType.values()) {
            assertThat(types).contains(HtcdsCodes.exploitation(type));
        }
    }

    @Test
    void everyMeansOfControlIsAnHtcdsMethod() {
        Set<String> methods = picklist("PhysicalThreats ThreatsLawEnforcement ThreatensChildrenFamily DebtBondage"
                + " FalsePromises PhysicalAbuse SexualAbuse TakesEarnings RestrictsFinancialAccess RestrictsMedicalCare"
                + " WithholdsNecessities PsychologicalAbuse PsychoactiveSubstance ExcessiveWorkingHours"
                + " WithholdsDocuments Other");
        for (MeansOfControl means : MeansOfControl.values()) {
            assertThat(methods).contains(HtcdsCodes.control(means));
        }
    }

    @Test
    void everySectorIsAnIsicSectionOrNone() {
        for (LabourSector sector : LabourSector.values()) {
            HtcdsCodes.industry(sector).ifPresent(code -> assertThat(code).matches("[A-U]_[A-Za-z]+"));
        }
        assertThat(HtcdsCodes.industry(LabourSector.NOT_APPLICABLE)).isEmpty();
        assertThat(HtcdsCodes.industry(LabourSector.FISHING)).contains("A_AgricultureForestryAndFishing");
    }

    @Test
    void everyRecruiterRelationIsAnHtcdsRelationOrUnknown() {
        Set<String> relations = picklist("Familial Acquainted Unaquainted");
        for (RecruiterRelation relation : RecruiterRelation.values()) {
            HtcdsCodes.relation(relation)
                    .ifPresent(code -> assertThat(relations).contains(code));
        }
        assertThat(HtcdsCodes.relation(RecruiterRelation.UNKNOWN)).isEmpty();
    }

    @Test
    void countriesAreAlpha3() {
        assertThat(HtcdsCodes.country("MY")).isEqualTo("MYS");
        assertThat(HtcdsCodes.country("sa")).isEqualTo("SAU");
    }
}
