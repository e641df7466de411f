package id.pulih.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pulih.shared.BankAccount;
import id.pulih.shared.BankCode;
import id.pulih.shared.PersonName;
import id.pulih.shared.ProgrammeId;
import id.pulih.shared.RuleViolationException;
import id.pulih.shared.Rupiah;
import id.pulih.shared.SchemeId;
import org.junit.jupiter.api.Test;

class GrantSchemeTest {

    private static GrantScheme scheme() {
        return new GrantScheme(
                SchemeId.next(),
                ProgrammeId.next(),
                Rupiah.of(960_000),
                Rupiah.of(1_920_000),
                "APBN Kemensos 2019",
                Rupiah.ZERO,
                5);
    }

    @Test
    void committingKeepsTheSchemeAndTheVersionUntilTheBudgetIsSpent() {
        GrantScheme scheme = scheme();

        GrantScheme once = scheme.commitOne();
        GrantScheme twice = once.commitOne();

        assertThat(once.committed()).isEqualTo(Rupiah.of(960_000));
        assertThat(twice.remaining()).isEqualTo(Rupiah.ZERO);
        assertThat(twice.id()).isEqualTo(scheme.id());
        assertThat(twice.programme()).isEqualTo(scheme.programme());
        assertThat(twice.amountPerPerson()).isEqualTo(scheme.amountPerPerson());
        assertThat(twice.budget()).isEqualTo(scheme.budget());
        assertThat(twice.fundingSource()).isEqualTo(scheme.fundingSource());
        assertThat(twice.version()).isEqualTo(5);
        assertThatThrownBy(twice::commitOne)
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo(GrantError.SCHEME_BUDGET.code()));
    }

    @Test
    void withVersionBumpsOnlyTheVersion() {
        GrantScheme once = scheme().commitOne();

        GrantScheme bumped = once.withVersion(6);

        assertThat(bumped.version()).isEqualTo(6);
        assertThat(bumped.committed()).isEqualTo(once.committed());
        assertThat(bumped.withVersion(5)).isEqualTo(once).hasSameHashCodeAs(once);
    }

    @Test
    void correctingTheAccountKeepsTheAwardAndTheVersion() {
        Award award = PaymentTest.award().withVersion(2);
        BankAccount corrected = BankAccount.of(BankCode.BNI, "9876543210", PersonName.of("Siti Aminah"));

        Award changed = award.withAccount(corrected);

        assertThat(changed.account()).isEqualTo(corrected);
        assertThat(changed.id()).isEqualTo(award.id());
        assertThat(changed.scheme()).isEqualTo(award.scheme());
        assertThat(changed.beneficiary()).isEqualTo(award.beneficiary());
        assertThat(changed.amount()).isEqualTo(award.amount());
        assertThat(changed.awardedOn()).isEqualTo(award.awardedOn());
        assertThat(changed.version()).isEqualTo(2);
        assertThat(changed).isNotEqualTo(award);
        assertThat(changed.withAccount(award.account())).isEqualTo(award).hasSameHashCodeAs(award);
        assertThat(changed.toString()).doesNotContain("9876543210");
    }
}
