package id.pulih.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import id.pulih.testkit.archfixture.UsesInternal;
import org.junit.jupiter.api.Test;

/**
 * The testkit ships to users and runs against their stores, so it uses only core's public API and SPI, never
 * {@code id.pulih.internal}. (The adapters, examples and cli are checked by the cli's {@code ModuleBoundaryTest}.)
 */
class ModuleBoundaryTest {

    static final ArchRule TESTKIT_NEVER_USES_INTERNAL = noClasses()
            .that()
            .resideInAPackage("id.pulih.testkit..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("id.pulih.internal..")
            .because("id.pulih.internal is core's implementation, free to change in any release");

    @Test
    void testkitUsesNoInternalClass() {
        JavaClasses main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("id.pulih.testkit");
        assertThat(main.containPackage("id.pulih.testkit.contract")).isTrue();
        assertThat(main.containPackage("id.pulih.testkit.archfixture")).isFalse();
        TESTKIT_NEVER_USES_INTERNAL.check(main);
    }

    @Test
    void ruleReportsAClassThatUsesAnInternalOne() {
        EvaluationResult result =
                TESTKIT_NEVER_USES_INTERNAL.evaluate(new ClassFileImporter().importClasses(UsesInternal.class));

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line)
                        .contains(UsesInternal.class.getName())
                        .contains("id.pulih.internal.util.Checks"));
    }
}
