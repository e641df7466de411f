package id.pulih;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
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
                    .resideInAnyPackage("id.pulih", "id.pulih.internal")
                    .check(CORE);
        }
    }

    /**
     * Every top-level package is a slice, except that the helpers in {@code internal.util} belong with the values
     * of {@code shared} they serve (the values call them, they throw the values' exceptions).
     */
    @Test
    void packagesHaveNoCycles() {
        slices().assignedFrom(new SliceAssignment() {
                    @Override
                    public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                        String name = javaClass.getPackageName();
                        if (name.startsWith("id.pulih.internal.util")) {
                            return SliceIdentifier.of("shared");
                        }
                        if (name.equals("id.pulih.internal")) {
                            return SliceIdentifier.of("engine");
                        }
                        if (name.startsWith("id.pulih.")) {
                            return SliceIdentifier.of(
                                    name.substring("id.pulih.".length()).split("\\.")[0]);
                        }
                        return SliceIdentifier.ignore();
                    }

                    @Override
                    public String getDescription() {
                        return "top-level packages of id.pulih, internal.util with shared";
                    }
                })
                .should()
                .beFreeOfCycles()
                .check(CORE);
    }

    /** The services users call are the interfaces in {@code id.pulih}; what implements them is internal. */
    @Test
    void serviceImplementationsLiveInInternalAndStayPackagePrivate() {
        classes()
                .that()
                .implement(JavaClass.Predicates.resideInAPackage("id.pulih"))
                .should()
                .resideInAPackage("id.pulih.internal")
                .andShould()
                .notBePublic()
                .check(CORE);
    }

    /** The value types' helpers serve core only: they use nothing of the engine, the services or the stores. */
    @Test
    void internalHelpersDependOnlyOnSharedValues() {
        noClasses()
                .that()
                .resideInAPackage("id.pulih.internal.util..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "id.pulih",
                        "id.pulih.internal",
                        "id.pulih.store..",
                        "id.pulih.beneficiary..",
                        "id.pulih.shelter..",
                        "id.pulih.repatriation..",
                        "id.pulih.guidance..",
                        "id.pulih.grant..",
                        "id.pulih.reintegration..")
                .check(CORE);
    }
}
