package id.pulih.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import id.pulih.shared.ErrorCode;
import id.pulih.shared.PulihException;
import id.pulih.shared.RuleViolationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /**
     * Every code of every module has an English message (its catalogue's template) and an Indonesian one (the
     * bundle beside its catalogue), with the same placeholders; and no bundle holds a code its catalogue lacks.
     */
    @Test
    void everyCodeHasAnEnglishAndAnIndonesianMessageWithTheSamePlaceholders() throws IOException {
        Locale indonesian = Locale.forLanguageTag("id");
        List<String> missing = new ArrayList<>();
        Map<String, Properties> bundles = new TreeMap<>();
        Map<String, Set<String>> declared = new TreeMap<>();
        for (ErrorCode entry : everyEntry()) {
            String bundle = entry.getClass().getPackageName().replace('.', '/') + "/messages_id.properties";
            Properties translated = bundles.computeIfAbsent(bundle, ErrorCataloguesTest::load);
            declared.computeIfAbsent(bundle, k -> new TreeSet<>()).add(entry.code());
            String english = entry.template();
            if (english.isBlank()) {
                missing.add(entry.code() + ": no English message");
            } else if (!translated.containsKey(entry.code())) {
                missing.add(entry.code() + ": no Indonesian message in " + bundle);
            } else if (!new TreeSet<>(placeholders(entry.template(indonesian)))
                    .equals(new TreeSet<>(placeholders(english)))) {
                missing.add(entry.code() + ": placeholders " + placeholders(entry.template(indonesian))
                        + " in Indonesian, " + placeholders(english) + " in English");
            }
        }
        for (Map.Entry<String, Properties> bundle : bundles.entrySet()) {
            for (String key : bundle.getValue().stringPropertyNames()) {
                if (!declared.get(bundle.getKey()).contains(key)) {
                    missing.add(key + ": in " + bundle.getKey() + " but in no catalogue");
                }
            }
        }
        assertThat(missing).as("messages missing or not matching").isEmpty();
    }

    private static Properties load(String resource) {
        Properties keys = new Properties();
        try (InputStream in = ErrorCataloguesTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in != null) {
                keys.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }

    private static List<String> placeholders(String template) {
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile("\\{([^}]*)}").matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
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
