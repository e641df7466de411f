package id.pulih.shared;

import static org.assertj.core.api.Assertions.assertThat;

import id.pulih.internal.util.Violations;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class IdentityConstraintsTest {
    private static ValidatorFactory factory;
    private static Validator validator;

    record Registration(
            @ValidNik String nik,
            @ValidFamilyCardNumber String familyCardNumber,
            @ValidRegionCode String anyRegion,
            @ValidRegionCode(official = true) String officialRegion,

            @ValidRegionCode(official = true, level = RegionLevel.VILLAGE)
            String village,

            List<@ValidNik String> householdNiks) {}

    @BeforeAll
    static void startValidator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void closeValidator() {
        factory.close();
    }

    @Test
    void acceptsValidForm() {
        Registration valid = new Registration(
                "5202 0145 0790 0001", "5202010101150003", "99.99", "52.02", "5301081007", List.of("5202010507900002"));
        assertThat(validator.validate(valid)).isEmpty();
    }

    @Test
    void treatsNullAsValid() {
        assertThat(validator.validate(new Registration(null, null, null, null, null, List.of())))
                .isEmpty();
    }

    @Test
    void reportsEveryViolationAtOnceWithTheFactoryCodes() {
        Registration invalid = new Registration(
                "9902014507900001",
                "5202010101150000",
                "52.2",
                "52.99",
                "53.01.08",
                List.of("5202010507900002", "5202013002900001"));

        Set<ConstraintViolation<Registration>> violations = validator.validate(invalid);

        Map<String, String> codes = violations.stream()
                .collect(Collectors.toMap(v -> v.getPropertyPath().toString(), Violations::codeOf));
        assertThat(codes)
                .containsOnly(
                        Map.entry("nik", "nik.province"),
                        Map.entry("familyCardNumber", "kk.serial"),
                        Map.entry("anyRegion", "region.format"),
                        Map.entry("officialRegion", "region.unknown"),
                        Map.entry("village", "region.level"),
                        Map.entry("householdNiks[1].<list element>", "nik.date"));
    }

    @Test
    void messagesAreTheFactoryDetailsWithoutTheIdentifier() {
        Registration invalid = new Registration("9902014507900001", "5202010101150000", null, null, null, List.of());

        Map<String, String> messages = validator.validate(invalid).stream()
                .collect(Collectors.toMap(Violations::leafField, ConstraintViolation::getMessage));

        assertThat(messages.get("nik"))
                .isEqualTo("province code 99 (the first 2 digits) is not in the official Kemendagri list")
                .doesNotContain("9902014507900001");
        assertThat(messages.get("familyCardNumber")).contains("0001 to 9999").doesNotContain("5202010101150000");
    }

    @Test
    void levelViolationNamesTheLevels() {
        Registration wrongLevel = new Registration(null, null, null, null, "52", List.of());
        assertThat(validator.validate(wrongLevel))
                .singleElement()
                .extracting(ConstraintViolation::getMessage)
                .isEqualTo("expected a village code, found the province code 52");
    }
}
