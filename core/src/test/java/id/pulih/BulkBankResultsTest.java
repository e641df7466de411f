package id.pulih;

import static id.pulih.Fixtures.AUDITOR;
import static id.pulih.Fixtures.HQ;
import static id.pulih.Fixtures.LOMBOK_TENGAH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pulih.access.AccessDeniedException;
import id.pulih.audit.AuditEntry;
import id.pulih.grant.Award;
import id.pulih.grant.BankResult;
import id.pulih.grant.GrantScheme;
import id.pulih.grant.Payment;
import id.pulih.grant.PaymentStatus;
import id.pulih.grant.RejectionReason;
import id.pulih.grant.ResultOutcome;
import id.pulih.guidance.Programme;
import id.pulih.shared.DomainEvent;
import id.pulih.shared.PaymentId;
import id.pulih.shared.PulihException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class BulkBankResultsTest {
    private static final LocalDate OCT_31 = LocalDate.of(2019, 10, 31);
    private static final LocalDate NOV_5 = LocalDate.of(2019, 11, 5);

    private final Fixtures f = new Fixtures();
    private final Desk hq = f.pulih.as(HQ);
    private final SeedProgrammes seed = new SeedProgrammes(hq);

    /** Payments of {@code count} participants of a programme in {@code regency}, sent to the bank. */
    private List<Payment> sent(String venue, String regency, String district, int count) {
        Programme programme = seed.programme(venue, regency, OCT_31, 10, SeedProgrammes.PANCA_KARSA);
        GrantScheme scheme = seed.scheme(programme, "Rp 960.000", "Rp 9.600.000");
        List<Payment> payments = new ArrayList<>();
        for (Award award : seed.awardAll(scheme, seed.participants(programme, district, count))) {
            payments.add(hq.grants().disburse(award.id()));
        }
        hq.grants().prepareBatches(scheme.id(), 100).forEach(b -> hq.grants().sendBatch(b.id(), NOV_5));
        return payments;
    }

    private PaymentStatus status(Payment p) {
        return f.pulih.store().payments().find(p.id()).orElseThrow().status();
    }

    @Test
    void appliesAFileInOneCommandWithOneAuditEntryAndCountsEachOutcome() {
        List<Payment> praya = sent("Aula SMKN 1 Praya", "52.02", "52.02.01", 3);
        hq.grants().applyBankResult(BankResult.paid(praya.get(2).id(), "BRI-3", NOV_5));
        long trailBefore = f.pulih.store().auditTrail().count();
        List<DomainEvent> events = new ArrayList<>();
        f.pulih.subscribe(events::add);

        List<ResultOutcome> outcomes = hq.grants()
                .applyBankResults(file -> List.of(
                        file.apply(BankResult.paid(praya.get(0).id(), "BRI-1", NOV_5)),
                        file.apply(
                                BankResult.rejected(praya.get(1).id(), "BRI-2", RejectionReason.NAME_MISMATCH, NOV_5)),
                        file.apply(BankResult.paid(praya.get(2).id(), "BRI-3", NOV_5)),
                        file.apply(BankResult.paid(praya.get(2).id(), "BRI-4", NOV_5)),
                        file.apply(BankResult.paid(PaymentId.next(), "BRI-5", NOV_5))));

        assertThat(outcomes)
                .containsExactly(
                        ResultOutcome.APPLIED,
                        ResultOutcome.APPLIED,
                        ResultOutcome.ALREADY_APPLIED,
                        ResultOutcome.CONFLICT,
                        ResultOutcome.UNKNOWN_PAYMENT);
        assertThat(praya)
                .extracting(this::status)
                .containsExactly(PaymentStatus.PAID, PaymentStatus.REJECTED, PaymentStatus.PAID);
        assertThat(f.pulih.store().auditTrail().count()).isEqualTo(trailBefore + 1);
        AuditEntry entry = f.pulih.store().auditTrail().byActor(HQ.id()).stream()
                .filter(e -> e.action().equals("grant.bank-results"))
                .findFirst()
                .orElseThrow();
        assertThat(entry.recordType()).isEqualTo("bank-result-import");
        assertThat(entry.summary())
                .isEqualTo("bank results: applied 2, already applied 1, conflict 1, not sent 0, unknown payment 1,"
                        + " refused 0");
        assertThat(events)
                .as("a bank answer publishes no event, single or in a file")
                .isEmpty();
    }

    @Test
    void anAnswerOutsideTheJurisdictionIsRefusedAloneAndChangesNothing() {
        List<Payment> praya = sent("Aula SMKN 1 Praya", "52.02", "52.02.01", 1);
        List<Payment> kupang = sent("Aula Kupang", "53.01", "53.01.08", 1);
        List<String> refusals = new ArrayList<>();

        long applied = f.pulih.as(LOMBOK_TENGAH).grants().applyBankResults(file -> {
            try {
                file.apply(BankResult.paid(kupang.get(0).id(), "BRI-K", NOV_5));
            } catch (PulihException e) {
                refusals.add(e.code());
            }
            file.apply(BankResult.paid(praya.get(0).id(), "BRI-P", NOV_5));
            assertThat(file.refused()).isEqualTo(1);
            return file.count(ResultOutcome.APPLIED);
        });

        assertThat(applied).isEqualTo(1);
        assertThat(refusals).containsExactly("access.denied");
        assertThat(status(kupang.get(0))).isEqualTo(PaymentStatus.SENT);
        assertThat(status(praya.get(0))).isEqualTo(PaymentStatus.PAID);
    }

    @Test
    void aBodyThatFailsLeavesNothingWritten() {
        List<Payment> praya = sent("Aula SMKN 1 Praya", "52.02", "52.02.01", 1);
        long trailBefore = f.pulih.store().auditTrail().count();

        assertThatThrownBy(() -> hq.grants().applyBankResults(file -> {
                    file.apply(BankResult.paid(praya.get(0).id(), "BRI-1", NOV_5));
                    throw new IllegalStateException("the file broke at line 90");
                }))
                .hasMessageContaining("line 90");

        assertThat(status(praya.get(0))).isEqualTo(PaymentStatus.SENT);
        assertThat(f.pulih.store().auditTrail().count()).isEqualTo(trailBefore);
    }

    @Test
    void anAuditorIsRefusedBeforeTheBodyRuns() {
        AtomicBoolean ran = new AtomicBoolean();

        assertThatThrownBy(() -> f.pulih.as(AUDITOR).grants().applyBankResults(file -> {
                    ran.set(true);
                    return 0L;
                }))
                .isInstanceOfSatisfying(
                        AccessDeniedException.class, e -> assertThat(e.code()).isEqualTo("access.role"));
        assertThat(ran).isFalse();
    }
}
