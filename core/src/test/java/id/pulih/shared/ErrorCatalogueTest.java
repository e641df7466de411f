package id.pulih.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import id.pulih.access.AccessDeniedException;
import id.pulih.access.AccessError;
import id.pulih.shelter.ShelterError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The error catalogues: every code declared once, with one exception type, and templates their throw sites fill. */
class ErrorCatalogueTest {
    private enum State {
        A,
        B
    }

    /** Every catalogue in core, found by scanning, so a new catalogue cannot be forgotten here. */
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

    @Test
    void scanningFindsEveryCatalogue() {
        assertThat(everyEntry().stream().map(e -> e.getClass().getSimpleName()).distinct())
                .contains(
                        "SharedError",
                        "RecordError",
                        "AccessError",
                        "BeneficiaryError",
                        "ShelterError",
                        "RepatriationError",
                        "GuidanceError",
                        "GrantError",
                        "ReintegrationError");
    }

    @Test
    void everyCodeIsDeclaredOnceAcrossAllCatalogues() {
        Map<String, List<String>> byCode = everyEntry().stream()
                .collect(Collectors.groupingBy(
                        ErrorCode::code,
                        Collectors.mapping(e -> e.getClass().getSimpleName() + "." + e, Collectors.toList())));

        assertThat(byCode.entrySet().stream().filter(e -> e.getValue().size() > 1))
                .as("codes declared more than once")
                .isEmpty();
    }

    @Test
    void everyEntryIsThrownAsItsOwnTypeAndNoOther() {
        for (ErrorCode entry : everyEntry()) {
            Object[] values =
                    entry.parameters().stream().map(p -> "<" + p + ">").toArray();
            List<Function<ErrorCode, PulihException>> factories = List.of(
                    e -> e.invalidAt("someField", values),
                    e -> e.violation(values),
                    e -> e.conflict(RecordType.STAY, "id-1", values),
                    e -> e.transition(State.A, State.B, "none"),
                    e -> new AccessDeniedException(e, "actor-1", "case.read", "id-1", values));
            int made = 0;
            for (Function<ErrorCode, PulihException> factory : factories) {
                PulihException raised;
                try {
                    raised = factory.apply(entry);
                } catch (IllegalArgumentException refused) {
                    continue;
                }
                made++;
                assertThat(raised).as(entry.code()).isExactlyInstanceOf(entry.type());
                assertThat(raised.errorCode()).isSameAs(entry);
                assertThat(raised.code())
                        .as("a family code is filled, a plain one kept")
                        .isEqualTo(entry.code().replace("{field}", "someField").replace("{recordType}", "stay"));
                assertThat(raised.getMessage()).endsWith("[" + raised.code() + "]");
            }
            if (entry.type() == InvalidFormException.class || entry.type() == NotFoundException.class) {
                assertThat(made)
                        .as(entry.code() + " is made by its own constructor")
                        .isZero();
            } else {
                assertThat(made)
                        .as(entry.code() + " is made by exactly one factory")
                        .isEqualTo(1);
            }
        }
    }

    @Test
    void renderingWithAMissingValueFails() {
        for (ErrorCode entry : everyEntry()) {
            if (!entry.parameters().isEmpty()) {
                assertThatThrownBy(() -> entry.render(Map.of()))
                        .as(entry.code())
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining(
                                "no value for {" + entry.parameters().get(0) + "}");
            }
            assertThatThrownBy(
                            () -> entry.arguments(new Object[entry.parameters().size() + 1]))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> ShelterError.FULL.violation("RPTC-1", 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[code, occupied, capacity]");
    }

    /**
     * Reads every throw site in core and the adapters ({@code Catalogue.ENTRY.factory(...)}) and checks it passes
     * one value per placeholder of the entry's template: a site that passes too few or too many fails here, before
     * it is ever reached at run time.
     */
    @Test
    void everyThrowSitePassesOneValuePerPlaceholder() throws IOException {
        Map<String, ErrorCode> byName = new HashMap<>();
        for (ErrorCode entry : everyEntry()) {
            byName.put(entry.getClass().getSimpleName() + "." + entry, entry);
        }
        Map<String, Integer> fixed = Map.of("invalid", 0, "invalidAt", 1, "violation", 0, "conflict", 2);
        Pattern site = Pattern.compile("\\b([A-Z]\\w*Error)\\.([A-Z_]+)\\.(invalid|invalidAt|violation|conflict)\\(");
        Pattern denied = Pattern.compile("new AccessDeniedException\\(\\s*([A-Z]\\w*Error)\\.([A-Z_]+),");
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Path source : sources()) {
            // Javadoc examples are not throw sites
            String text = BLOCK_COMMENT.matcher(Files.readString(source)).replaceAll("");
            for (Pattern pattern : List.of(site, denied)) {
                Matcher m = pattern.matcher(text);
                while (m.find()) {
                    ErrorCode entry = byName.get(m.group(1) + "." + m.group(2));
                    if (entry == null) {
                        continue; // an adapter's own catalogue, checked by its module
                    }
                    int arguments = countArguments(text, m.end());
                    int expected = pattern == denied
                            ? entry.parameters().size() + 3
                            : entry.parameters().size() + fixed.get(m.group(3));
                    checked++;
                    if (arguments != expected) {
                        problems.add(source.getFileName() + ": " + m.group() + " passes " + arguments
                                + " argument(s), expected " + expected + " for " + entry.parameters());
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(checked).as("throw sites read").isGreaterThan(150);
    }

    @Test
    void aTranslationKeyedByCodeRendersTheSameArguments() {
        RuleViolationException full = ShelterError.FULL.violation("RPTC-1", 30, 30);
        Map<String, String> messagesId = Map.of(
                "shelter.full", "rumah perlindungan {code} penuh ({occupied} dari {capacity} tempat tidur terisi)");

        assertThat(ErrorCode.format(messagesId.get(full.code()), full.arguments()))
                .isEqualTo("rumah perlindungan RPTC-1 penuh (30 dari 30 tempat tidur terisi)");
        assertThat(full.detail()).startsWith("shelter RPTC-1 is full (30 of 30 beds taken)");
        assertThat(full.arguments()).containsEntry("code", "RPTC-1").containsEntry("capacity", 30);
    }

    @Test
    void exceptionsKeepTheirDataAsArguments() {
        InvalidValueException invalid = SharedError.REQUIRED.invalidAt("intake.name", "none was given");
        ConflictException stale = ConflictException.stale(RecordType.GRANT_SCHEME, "id-1", 2, 3);
        AccessDeniedException denied =
                new AccessDeniedException(AccessError.ROLE, "actor-1", "case.read", "-", "only a supervisor");

        assertThat(invalid.code()).isEqualTo("intake.name.required");
        assertThat(invalid.withField("form.name").code()).isEqualTo("intake.name.required");
        assertThat(invalid.withField("form.name").field()).isEqualTo("form.name");
        assertThat(invalid.arguments()).containsEntry("field", "intake.name");
        assertThat(stale.code()).isEqualTo("record.stale");
        assertThat(stale.recordType()).isEqualTo("grant-scheme");
        assertThat(stale.arguments()).containsEntry("expected", 2L).containsEntry("recordType", "grant-scheme");
        assertThat(stale.getMessage()).startsWith("grant-scheme id-1: was changed by someone else");
        assertThat(new NotFoundException(RecordType.PAYMENT_BATCH, "id-2").code())
                .isEqualTo("payment-batch.not-found");
        assertThat(denied.arguments()).containsEntry("actorId", "actor-1").containsEntry("why", "only a supervisor");
        assertThat(BeneficiaryErrorsOf.transition().code()).isEqualTo("case.transition");
    }

    @Test
    void messagesNeverEchoAWholeIdentifier() {
        String nik = "5202014507900000";
        assertThatThrownBy(() -> Nik.of(nik))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(nik).contains("nik.serial"));
        assertThat(Nik.of("5202014507900001").toString()).doesNotContain("5202014507900001");
    }

    private static final class BeneficiaryErrorsOf {
        static IllegalTransitionException transition() {
            return id.pulih.beneficiary.BeneficiaryError.CASE_TRANSITION.transition(
                    State.A, State.B, LocalDate.EPOCH.toString());
        }
    }

    private static final Pattern BLOCK_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);

    private static List<Path> sources() throws IOException {
        List<Path> roots = List.of(
                Path.of("src/main/java"),
                Path.of("../adapters-jdbc/src/main/java"),
                Path.of("../adapters-csv/src/main/java"),
                Path.of("../testkit/src/main/java"));
        List<Path> found = new ArrayList<>();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(p -> p.toString().endsWith(".java")).forEach(found::add);
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            }
        }
        return found;
    }

    /** Counts the top-level arguments of a call whose opening parenthesis ends just before {@code from}. */
    private static int countArguments(String text, int from) {
        int depth = 1;
        int commas = 0;
        boolean any = false;
        boolean inString = false;
        boolean inChar = false;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString || inChar) {
                if (c == '\\') {
                    i++;
                } else if ((inString && c == '"') || (inChar && c == '\'')) {
                    inString = false;
                    inChar = false;
                }
                continue;
            }
            if (c == '"') {
                inString = true;
                any = true;
            } else if (c == '\'') {
                inChar = true;
                any = true;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
                any = true;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
                if (depth == 0) {
                    return any ? commas + 1 : 0;
                }
            } else if (c == ',' && depth == 1) {
                commas++;
            } else if (!Character.isWhitespace(c)) {
                any = true;
            }
        }
        throw new IllegalStateException("unclosed call");
    }
}
