package id.pulih;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import id.pulih.grant.BankResult;
import id.pulih.grant.GrantScheme;
import id.pulih.grant.Payment;
import id.pulih.grant.PaymentStatus;
import id.pulih.grant.Reconciliation;
import id.pulih.grant.RejectionReason;
import id.pulih.shared.AwardId;
import id.pulih.shared.BankAccount;
import id.pulih.shared.BankCode;
import id.pulih.shared.BatchId;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.PersonName;
import id.pulih.shared.ProgrammeId;
import id.pulih.shared.RuleViolationException;
import id.pulih.shared.Rupiah;
import id.pulih.shared.SchemeId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Properties of grants over many generated amounts, budgets and sequences of bank answers. */
class GrantProperties {
    private static final LocalDate DAY = LocalDate.of(2019, 11, 5);

    @Test
    void theSumOfAwardsNeverExceedsTheBudget() {
        qt().forAll(
                        integers().between(1, 5_000),
                        integers().between(1, 200_000),
                        integers().between(0, 300))
                .checkAssert((amountThousands, budgetThousands, attempts) -> {
                    Rupiah amount = Rupiah.of(amountThousands * 1_000L);
                    Rupiah budget = Rupiah.of(Math.max(amountThousands, budgetThousands) * 1_000L);
                    GrantScheme scheme = new GrantScheme(
                            SchemeId.next(), ProgrammeId.next(), amount, budget, "APBN", Rupiah.ZERO, 0);
                    int awarded = 0;
                    for (int i = 0; i < attempts; i++) {
                        try {
                            scheme = scheme.commitOne();
                            awarded++;
                        } catch (RuleViolationException refused) {
                            assertThat(refused.code()).isEqualTo("scheme.budget");
                        }
                    }
                    assertThat(scheme.committed()).isEqualTo(amount.times(awarded));
                    assertThat(scheme.committed().compareTo(budget)).isNotPositive();
                    assertThat(awarded).isEqualTo((int) Math.min(attempts, budget.amount() / amount.amount()));
                });
    }

    /** One bank answer to apply: which of the payments, its reference, paid or not. */
    record Answer(int payment, int reference, boolean paid) {}

    @Test
    void noPaymentIsPaidTwiceAndReconciliationAlwaysEqualsTheSumOverPayments() {
        var answers = lists().of(
                        integers().between(0, 5 * 4 * 2 - 1).map(n -> new Answer(n % 5, (n / 5) % 4, n / 20 == 0)))
                .ofSizeBetween(0, 40);
        qt().forAll(answers).checkAssert(sequence -> {
            List<Payment> payments = new ArrayList<>();
            BatchId batch = BatchId.next();
            for (int i = 0; i < 5; i++) {
                payments.add(Payment.approve(award(), DAY).batch(batch).send());
            }
            int[] appliedPaid = new int[5];
            for (Answer a : sequence) {
                Payment before = payments.get(a.payment());
                BankResult result = a.paid()
                        ? BankResult.paid(before.id(), "REF-" + a.reference(), DAY)
                        : BankResult.rejected(before.id(), "REF-" + a.reference(), RejectionReason.OTHER, DAY);
                Payment.Applied applied = before.applyResult(result);
                if (applied.outcome() == id.pulih.grant.ResultOutcome.APPLIED) {
                    assertThat(before.status()).isEqualTo(PaymentStatus.SENT);
                    if (applied.payment().status() == PaymentStatus.PAID) {
                        appliedPaid[a.payment()]++;
                    }
                } else {
                    assertThat(applied.payment()).isSameAs(before);
                }
                payments.set(a.payment(), applied.payment());
            }
            for (int count : appliedPaid) {
                assertThat(count).isLessThanOrEqualTo(1);
            }
            Reconciliation r = Reconciliation.of(payments);
            assertThat(r.count()).isEqualTo(payments.size());
            assertThat(r.total())
                    .isEqualTo(Rupiah.sum(payments.stream().map(Payment::amount).toList()));
            assertThat(r.paidCount())
                    .isEqualTo(payments.stream()
                            .filter(p -> p.status() == PaymentStatus.PAID)
                            .count());
        });
    }

    private static id.pulih.grant.Award award() {
        return new id.pulih.grant.Award(
                AwardId.next(),
                SchemeId.next(),
                BeneficiaryId.next(),
                Rupiah.parse("Rp 960.000"),
                BankAccount.of(BankCode.BRI, "0123456789", PersonName.of("Siti Aminah")),
                DAY,
                0);
    }
}
