package id.pulih;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Keeps the domain free of infrastructure, and the aggregates free of each other and of the services, so that
 * adapters can depend on core and never the reverse.
 */
class ArchitectureTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.pulih");

    private static final String[] AGGREGATES = {
        "id.pulih.beneficiary..",
        "id.pulih.shelter..",
        "id.pulih.repatriation..",
        "id.pulih.guidance..",
        "id.pulih.grant..",
        "id.pulih.reintegration..",
    };

    @Test
    void coreUsesNoJdbcCsvOrAdapterTypes() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "java.sql..",
                        "javax.sql..",
                        "de.siegmar..",
                        "org.apache.commons.csv..",
                        "id.pulih.jdbc..",
                        "id.pulih.csv..",
                        "org.h2..",
                        "org.postgresql..",
                        "org.flywaydb..")
                .check(CORE);
    }

    @Test
    void aggregatesDependOnlyOnSharedValuesAndAccessNeverOnEachOtherOrTheServices() {
        for (String aggregate : AGGREGATES) {
            String[] others = java.util.Arrays.stream(AGGREGATES)
                    .filter(a -> !a.equals(aggregate))
                    .toArray(String[]::new);
            noClasses()
                    .that()
                    .resideInAPackage(aggregate)
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(others)
                    .orShould()
                    .dependOnClassesThat()
                    .resideInAnyPackage("id.pulih.store..", "id.pulih.audit..")
                    .orShould()
                    .dependOnClassesThat()
                    .resideInAPackage("id.pulih")
                    .check(CORE);
        }
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("id.pulih.(*)..").should().beFreeOfCycles().check(CORE);
    }

    @Test
    void serviceImplementationsStayPackagePrivate() {
        noClasses()
                .that()
                .haveSimpleNameEndingWith("Service")
                .and()
                .resideInAPackage("id.pulih")
                .should()
                .bePublic()
                .check(CORE);
    }
}
