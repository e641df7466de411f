package id.pulih.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pulih.Desk;
import id.pulih.Pulih;
import id.pulih.access.AccessDeniedException;
import id.pulih.grant.GrantScheme;
import id.pulih.grant.PaymentBatch;
import id.pulih.grant.PaymentStatus;
import id.pulih.grant.ResultOutcome;
import id.pulih.guidance.Programme;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class BankFilesTest {
    private final Pulih pulih = Officers.pulih();
    private final Desk hq = pulih.as(Officers.HQ);

    private PaymentBatch sentBatch(int people) {
        Programme praya = Seed.programme(hq);
        GrantScheme scheme = Seed.scheme(hq, praya);
        Seed.awardAndDisburse(hq, scheme, Seed.participants(hq, praya, people, true));
        PaymentBatch batch = hq.grants().prepareBatches(scheme.id(), 100).get(0);
        hq.grants().sendBatch(batch.id(), Seed.DAY.plusDays(4));
        return batch;
    }

    @Test
    void writesOneLinePerPaymentWithAccountHolderAndAmount() {
        PaymentBatch batch = sentBatch(2);
        StringWriter out = new StringWriter();

        int written = PaymentBatchFile.of(pulih).write(Officers.HQ, batch.id(), out, ',');

        List<String> lines = out.toString().lines().toList();
        assertThat(written).isEqualTo(2);
        assertThat(lines.get(0)).isEqualTo("reference,bank_code,account_number,account_holder,amount");
        assertThat(lines.subList(1, 3))
                .allSatisfy(line -> assertThat(line).matches("[0-9a-f-]{36},002,0123\\d{8},Peserta [A-Z][a-z],960000"));
    }

    @Test
    void appliesTheBankAnswerIdempotently() {
        PaymentBatch batch = sentBatch(3);
        StringWriter out = new StringWriter();
        PaymentBatchFile.of(pulih).write(Officers.HQ, batch.id(), out, ';');
        List<String> refs =
                out.toString().lines().skip(1).map(l -> l.split(";")[0]).toList();
        String answer = "Referensi;Status;Alasan;Tanggal\r\n"
                + refs.get(0) + ";BERHASIL;;05/11/2019\r\n"
                + refs.get(1) + ";GAGAL;Nama tidak sesuai;05/11/2019\r\n"
                + refs.get(2) + ";SUKSES;;2019-11-05\r\n"
                + "not-a-reference;BERHASIL;;05/11/2019\r\n"
                + refs.get(2) + ";entah;;05/11/2019\r\n";

        BankResultReport first = apply(answer);
        BankResultReport again = apply(answer);

        assertThat(first.read()).isEqualTo(5);
        assertThat(first.counts().get(ResultOutcome.APPLIED)).isEqualTo(3);
        assertThat(first.errors())
                .extracting(RowError::line, RowError::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(5L, "paymentId.format"),
                        org.assertj.core.groups.Tuple.tuple(6L, "bankResult.status"));
        assertThat(again.counts().get(ResultOutcome.ALREADY_APPLIED)).isEqualTo(3);
        assertThat(pulih.store().payments().forBatch(batch.id()))
                .extracting(p -> p.status())
                .containsExactlyInAnyOrder(PaymentStatus.PAID, PaymentStatus.REJECTED, PaymentStatus.PAID);
    }

    @Test
    void aBankAnswerEndingInCtrlZAndWithANulInOneLineKeepsEveryOtherLine() {
        PaymentBatch batch = sentBatch(3);
        StringWriter out = new StringWriter();
        PaymentBatchFile.of(pulih).write(Officers.HQ, batch.id(), out, ';');
        List<String> refs =
                out.toString().lines().skip(1).map(l -> l.split(";")[0]).toList();
        String answer = "Referensi;Status;Alasan;Tanggal\r\n"
                + refs.get(0) + ";BERHASIL;;05/11/2019\r\n"
                + refs.get(1) + ";BERHASIL;\u0000;05/11/2019\r\n"
                + refs.get(2) + ";BERHASIL;;05/11/2019\r\n"
                + "\u001A";

        BankResultReport report = apply(answer);

        assertThat(report.read()).isEqualTo(3);
        assertThat(report.counts().get(ResultOutcome.APPLIED)).isEqualTo(2);
        assertThat(report.errors())
                .extracting(RowError::line, RowError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "csv.binary"));
        assertThat(pulih.store().payments().forBatch(batch.id()))
                .extracting(p -> p.status())
                .containsExactlyInAnyOrder(PaymentStatus.PAID, PaymentStatus.SENT, PaymentStatus.PAID);
    }

    @Test
    void anAuditorMayNeitherWriteABatchFileNorApplyResults() {
        PaymentBatch batch = sentBatch(1);

        assertThatThrownBy(
                        () -> PaymentBatchFile.of(pulih).write(Officers.AUDITOR, batch.id(), new StringWriter(), ','))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> BankResultImport.of(pulih)
                        .apply(Officers.AUDITOR, new ByteArrayInputStream(new byte[0]), ImportOptions.defaults()))
                .isInstanceOf(AccessDeniedException.class);
    }

    private BankResultReport apply(String text) {
        return BankResultImport.of(pulih)
                .apply(
                        Officers.HQ,
                        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                        ImportOptions.defaults());
    }
}
