package id.pulih.shared;

import static org.assertj.core.api.Assertions.assertThat;

import id.pulih.shelter.ShelterError;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Messages in the officer's language: Indonesian from the catalogue's bundle, English from the catalogue itself. */
class MessagesInIndonesianTest {
    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    @Test
    void aRefusalReadsInIndonesianOrInEnglishWithTheSameValuesAndCode() {
        RuleViolationException full = ShelterError.FULL.violation("RPTC-BAMBU-APUS", 120, 120);

        assertThat(full.message(INDONESIAN))
                .isEqualTo("rumah perlindungan RPTC-BAMBU-APUS penuh (120 dari 120 tempat tidur terisi); akhiri masa"
                        + " tinggal atau pindahkan seseorang dulu, atau tempatkan di rumah perlindungan lain"
                        + " [shelter.full]");
        assertThat(full.message(Locale.ENGLISH)).isEqualTo(full.getMessage());
        assertThat(full.detail(Locale.ENGLISH)).isEqualTo(full.detail());
    }

    @Test
    void theFieldOfAValueRefusedStaysTheSubjectInEitherLanguage() {
        InvalidValueException refused = SharedError.SEX_FORMAT.invalid();

        assertThat(refused.message(INDONESIAN))
                .startsWith(
                        refused.getMessage().substring(0, refused.getMessage().indexOf(':') + 1))
                .contains("yang diharapkan L atau P")
                .endsWith("[sex.format]");
    }

    @Test
    void aFamilyOfCodesIsTranslatedOnceForEveryFieldOrRecord() {
        InvalidValueException required = SharedError.REQUIRED.invalidAt("returnDate", "it is empty");

        assertThat(required.code()).isEqualTo("returnDate.required");
        assertThat(required.detail(INDONESIAN)).isEqualTo("nilai wajib diisi, tetapi it is empty");
    }

    @Test
    void aLanguageWithoutMessagesIsEnglishNeverTheSystemsLanguage() {
        Locale before = Locale.getDefault();
        Locale.setDefault(INDONESIAN);
        try {
            assertThat(ShelterError.EMPTY.template(Locale.FRENCH)).isEqualTo(ShelterError.EMPTY.template());
            assertThat(ShelterError.EMPTY.template(Locale.ENGLISH)).isEqualTo(ShelterError.EMPTY.template());
        } finally {
            Locale.setDefault(before);
        }
    }
}
