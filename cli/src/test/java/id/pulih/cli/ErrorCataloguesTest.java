package id.pulih.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import id.pulih.shared.ErrorCode;
import id.pulih.shared.PulihException;
import id.pulih.shared.RuleViolationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The error catalogues of every module together: core's ErrorCatalogueTest sees only core's catalogues, but a code
 * must also be unique across the adapters' ({@code CsvError}, {@code StoreError}). The cli's test classpath holds
 * core and both adapters, so one scan finds them all.
 */
class ErrorCataloguesTest {
    /** A catalogue that repeats a code, to show the check reports it (a test class, so the scan never sees it). */
    private enum Repeats implements ErrorCode {
        FIRST;

        @Override
        public String code() {
            return "shelter.full";
        }

        @Override
        public Class<? extends PulihException> type() {
            return RuleViolationException.class;
        }

        @Override
        public String field() {
            return "";
        }

        @Override
        public String template() {
            return "full";
        }
    }

    static List<ErrorCode> everyEntry() {
        List<ErrorCode> entries = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("id.pulih")) {
            if (type.isEnum() && type.isAssignableTo(ErrorCode.class)) {
                entries.addAll(Arrays.asList((ErrorCode[]) type.reflect().getEnumConstants()));
            }
        }
        return entries;
    }

    /** Codes declared by more than one entry, each with the entries that declare it. */
    static Map<String, List<String>> repeated(List<ErrorCode> entries) {
        return entries.stream()
                .collect(Collectors.groupingBy(
                        ErrorCode::code,
                        Collectors.mapping(e -> e.getClass().getSimpleName() + "." + e, Collectors.toList())))
                .entrySet()
                .stream()
                .filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Test
    void theScanFindsTheCataloguesOfCoreAndBothAdapters() {
        assertThat(everyEntry().stream().map(e -> e.getClass().getName()).distinct())
                .contains(
                        "id.pulih.shared.SharedError",
                        "id.pulih.shared.RecordError",
                        "id.pulih.access.AccessError",
                        "id.pulih.beneficiary.BeneficiaryError",
                        "id.pulih.shelter.ShelterError",
                        "id.pulih.repatriation.RepatriationError",
                        "id.pulih.guidance.GuidanceError",
                        "id.pulih.grant.GrantError",
                        "id.pulih.reintegration.ReintegrationError",
                        "id.pulih.csv.CsvError",
                        "id.pulih.jdbc.StoreError");
    }

    @Test
    void everyCodeIsDeclaredOnceAcrossTheCataloguesOfAllModules() {
        assertThat(repeated(everyEntry())).as("codes declared more than once").isEmpty();
    }

    @Test
    void theCheckReportsACodeThatAnotherModuleAlreadyDeclares() {
        List<ErrorCode> entries = new ArrayList<>(everyEntry());
        entries.add(Repeats.FIRST);

        assertThat(repeated(entries)).containsOnlyKeys("shelter.full");
        assertThat(repeated(entries).get("shelter.full"))
                .containsExactlyInAnyOrder("ShelterError.FULL", "Repeats.FIRST");
    }
}
