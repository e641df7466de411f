package id.pulih.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import id.pulih.cli.archfixture.UsesInternal;
import org.junit.jupiter.api.Test;

/**
 * The modules outside core use only its public API and SPI, never {@code id.pulih.internal}: the cli's test
 * classpath holds core, both adapters, the examples and the cli itself, so one import sees them all. (The testkit
 * is not on it; its own {@code ModuleBoundaryTest} checks it.)
 */
class ModuleBoundaryTest {

    static final ArchRule OUTSIDE_CORE_NEVER_USES_INTERNAL = noClasses()
            .that()
            .resideInAnyPackage(
                    "id.pulih.jdbc..",
                    "id.pulih.csv..",
                    "id.pulih.json..",
                    "id.pulih.cli..",
                    "id.pulih.examples..",
                    "id.pulih.testkit..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("id.pulih.internal..")
            .because("id.pulih.internal is core's implementation, free to change in any release");

    @Test
    void adaptersExamplesAndCliUseNoInternalClass() {
        JavaClasses main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("id.pulih");
        // the import must reach every module, or the rule would pass on an empty selection
        for (String module :
                new String[] {"id.pulih.jdbc", "id.pulih.csv", "id.pulih.json", "id.pulih.cli", "id.pulih.examples"}) {
            assertThat(main.containPackage(module)).as(module).isTrue();
        }
        assertThat(main.containPackage("id.pulih.cli.archfixture")).isFalse();
        OUTSIDE_CORE_NEVER_USES_INTERNAL.check(main);
    }

    @Test
    void ruleReportsAClassThatUsesAnInternalOne() {
        EvaluationResult result =
                OUTSIDE_CORE_NEVER_USES_INTERNAL.evaluate(new ClassFileImporter().importClasses(UsesInternal.class));

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line)
                        .contains(UsesInternal.class.getName())
                        .contains("id.pulih.internal.util.Checks"));
    }
}
