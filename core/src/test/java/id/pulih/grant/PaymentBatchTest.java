package id.pulih.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pulih.shared.BankCode;
import id.pulih.shared.BatchId;
import id.pulih.shared.PaymentId;
import id.pulih.shared.RuleViolationException;
import id.pulih.shared.SchemeId;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaymentBatchTest {
    private static final LocalDate DAY = LocalDate.of(2019, 11, 4);

    private static PaymentBatch prepared() {
        return new PaymentBatch(
                BatchId.next(),
                SchemeId.next(),
                BankCode.BRI,
                List.of(PaymentId.next(), PaymentId.next()),
                DAY,
                null,
                2);
    }

    @Test
    void sendingKeepsThePaymentsAndTheVersion() {
        PaymentBatch batch = prepared();

        PaymentBatch sent = batch.send(DAY.plusDays(1));

        assertThat(batch.sent()).isEmpty();
        assertThat(sent.sent()).contains(DAY.plusDays(1));
        assertThat(sent.id()).isEqualTo(batch.id());
        assertThat(sent.scheme()).isEqualTo(batch.scheme());
        assertThat(sent.bank()).isEqualTo(batch.bank());
        assertThat(sent.payments()).isEqualTo(batch.payments());
        assertThat(sent.createdOn()).isEqualTo(batch.createdOn());
        assertThat(sent.version()).isEqualTo(batch.version());
        assertThat(sent).isNotEqualTo(batch);
    }

    @Test
    void withVersionBumpsOnlyTheVersion() {
        PaymentBatch sent = prepared().send(DAY);

        PaymentBatch bumped = sent.withVersion(3);

        assertThat(bumped.version()).isEqualTo(3);
        assertThat(bumped.sent()).isEqualTo(sent.sent());
        assertThat(bumped.withVersion(sent.version())).isEqualTo(sent).hasSameHashCodeAs(sent);
    }

    @Test
    void refusesASecondSending() {
        PaymentBatch sent = prepared().send(DAY);

        assertThatThrownBy(() -> sent.send(DAY.plusDays(1)))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo(GrantError.BATCH_SENT.code()));
    }
}
