package id.pulih.shared;

import static org.assertj.core.api.Assertions.assertThat;

import id.pulih.internal.util.Violations;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ValueConstraintsTest {
    private static ValidatorFactory factory;
    private static Validator validator;

    record TransferForm(
            @ValidPersonName String name,
            @ValidPhoneNumber String phone,
            @ValidRupiah String amount,
            @ValidRupiah Long perPerson,
            @ValidRupiah BigDecimal total,
            @ValidBankCode String bank,
            @ValidBankAccountNumber String accountNumber) {}

    @BeforeAll
    static void startValidator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void closeValidator() {
        factory.close();
    }

    private static Map<String, String> codesByField(Object form) {
        Set<ConstraintViolation<Object>> violations = validator.validate(form);
        return violations.stream()
                .collect(Collectors.toMap(v -> v.getPropertyPath().toString(), Violations::codeOf));
    }

    @Test
    void acceptsAValidForm() {
        TransferForm form = new TransferForm(
                "Siti Aminah",
                "0812-3456-7890",
                "Rp 326.400.000",
                960_000L,
                new BigDecimal("326400000.00"),
                "002",
                "0123-01-000456-50-7");
        assertThat(validator.validate(form)).isEmpty();
    }

    @Test
    void treatsNullAsValid() {
        assertThat(validator.validate(new TransferForm(null, null, null, null, null, null, null)))
                .isEmpty();
    }

    @Test
    void reportsEveryViolationAtOnceWithTheFactoryCodes() {
        TransferForm form = new TransferForm(
                "Siti 2", "+60 12 345 6789", "326,400,000", -5L, new BigDecimal("1.5"), "999", "12345");
        assertThat(codesByField(form))
                .containsOnly(
                        Map.entry("name", "name.digit"),
                        Map.entry("phone", "phone.country"),
                        Map.entry("amount", "rupiah.format"),
                        Map.entry("perPerson", "rupiah.negative"),
                        Map.entry("total", "rupiah.decimals"),
                        Map.entry("bank", "bank.code"),
                        Map.entry("accountNumber", "bankAccount.length"));
    }

    @Test
    void usesTheFactoryDetailAsTheMessage() {
        TransferForm form = new TransferForm(null, null, "-5", null, null, null, null);
        assertThat(validator.validate(form))
                .singleElement()
                .satisfies(violation -> assertThat(violation.getMessage()).isEqualTo("an amount cannot be negative"));
    }

    @Test
    void refusesNumbersTooLargeForRupiah() {
        record Amounts(
                @ValidRupiah BigDecimal amount, @ValidRupiah Double approximate) {}
        Amounts amounts = new Amounts(new BigDecimal("1e30"), 2.5);
        assertThat(codesByField(amounts))
                .containsOnly(Map.entry("amount", "rupiah.overflow"), Map.entry("approximate", "rupiah.decimals"));
        assertThat(validator.validate(new Amounts(new BigDecimal("1e3"), 1000.0)))
                .isEmpty();
    }
}
