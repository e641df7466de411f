package id.pulih.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonNameTest {

    private static void assertRefused(String text, String code) {
        assertThatThrownBy(() -> PersonName.of(text)).isInstanceOfSatisfying(InvalidValueException.class, refused -> {
            assertThat(refused.code()).isEqualTo(code);
            assertThat(refused.field()).isEqualTo("name");
        });
    }

    @Test
    void acceptsASingleName() {
        assertThat(PersonName.of("Sukarti").value()).isEqualTo("Sukarti");
    }

    @Test
    void trimsAndCollapsesEveryKindOfWhiteSpace() {
        assertThat(PersonName.of("  Siti \t\u00A0 Aminah\u3000\n").value()).isEqualTo("Siti Aminah");
    }

    @Test
    void composesToNfc() {
        String decomposed = "Rene\u0301";
        assertThat(PersonName.of(decomposed).value()).isEqualTo("Ren\u00E9");
        assertThat(PersonName.of(decomposed)).isEqualTo(PersonName.of("Ren\u00E9"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Nur'aini",
                "Nur’aini",
                "Siti Aminah, S.Pd.",
                "Dr. Ahmad Fauzi",
                "Anak Agung Gde Ngurah",
                "Jean-Pierre",
                "I Made Wirawan",
                "محمد عبد الله",
                "مُحَمَّد",
                "王秀英",
                "देवनागरी नाम",
                "ꦱꦶꦠꦶ ꦄꦩꦶꦤꦃ",
                "Ελένη Παπαδοπούλου",
                "Наталья",
                "김민지",
                "สมชาย"
            })
    void acceptsNamesInAnyScript(String name) {
        assertThat(PersonName.of(name).value()).isEqualTo(name);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Siti 2|name.digit",
                "R2D2|name.digit",
                "Siti٣|name.digit",
                "Siti@Aminah|name.character",
                "Siti_Aminah|name.character",
                "Siti / Aminah|name.character",
                "Siti 😀|name.character",
                "Siti (Ani)|name.character",
                "\u0301Siti|name.character",
                "Siti \u0301Aminah|name.character",
                "-|name.required",
                ". ,|name.required"
            })
    void refusesCharactersThatAreNotPartOfAName(String text, String code) {
        assertRefused(text, code);
    }

    @Test
    void refusesControlCharacters() {
        assertRefused("Siti\u0000Aminah", "name.control");
        assertRefused("Siti\u001BAminah", "name.control");
        assertRefused("Siti\u007F", "name.control");
    }

    @Test
    void refusesMissingNames() {
        assertRefused(null, "name.required");
        assertRefused("", "name.required");
        assertRefused(" \t\n", "name.required");
    }

    @Test
    void acceptsAHundredCharactersAndNoMore() {
        String hundred = "A".repeat(100);
        assertThat(PersonName.of(hundred).value()).hasSize(100);
        assertRefused(hundred + "B", "name.length");
        assertThat(PersonName.of("  " + "A".repeat(50) + "     " + "B".repeat(49) + "  ")
                        .value())
                .hasSize(100);
    }

    @Test
    void countsCharactersNotUtf16Units() {
        String hundredHan = "𠀀".repeat(100);
        assertThat(PersonName.of(hundredHan).value()).isEqualTo(hundredHan);
    }

    @Test
    void matchesIgnoringCaseAndSpacing() {
        PersonName name = PersonName.of("SITI AMINAH");
        assertThat(name.matches(PersonName.of("Siti  Aminah"))).isTrue();
        assertThat(name.matches(PersonName.of("SitiAminah"))).isTrue();
        assertThat(name.matches(PersonName.of("siti aminah"))).isTrue();
        assertThat(name.matches(PersonName.of("Siti Amina"))).isFalse();
        assertThat(PersonName.of("Nur'aini").matches(PersonName.of("NUR’AINI"))).isTrue();
        assertThat(PersonName.of("STRASSE").matches(PersonName.of("Straße"))).isTrue();
        assertThat(PersonName.of("ΟΔΥΣΣΕΥΣ").matches(PersonName.of("Οδυσσευς"))).isTrue();
    }

    @Test
    void masksTheNameInToString() {
        PersonName name = PersonName.of("Siti Aminah");
        assertThat(name).hasToString("PersonName[S***** (11)]");
        assertThat(name.toString()).doesNotContain("Aminah");
    }

    @Test
    void neverPutsTheNameInAMessage() {
        assertThatThrownBy(() -> PersonName.of("Siti Aminah 2"))
                .hasMessageNotContaining("Siti")
                .hasMessageContaining("name.digit");
    }
}
