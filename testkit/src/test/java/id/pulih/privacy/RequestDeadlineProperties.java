package id.pulih.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The deadlines of data-subject requests and the rule of exemptions, over generated receipts and decisions. */
class RequestDeadlineProperties {
    /** Instants from 2022 (UU PDP enacted) to 2040, to the microsecond. */
    private static final Gen<Instant> RECEIPTS = longs().between(1_640_995_200_000_000L, 2_208_988_800_000_000L)
            .map(micros -> Instant.EPOCH.plusSeconds(micros / 1_000_000).plusNanos((micros % 1_000_000) * 1_000));

    private static final Gen<RequestKind> KINDS = Generate.enumValues(RequestKind.class);

    /** The rights art. 15(1) exempts, written out from the law, not from the code. */
    private static final Set<RequestKind> ART_15 = EnumSet.of(
            RequestKind.ERASURE,
            RequestKind.WITHDRAWAL_OF_CONSENT,
            RequestKind.OBJECTION,
            RequestKind.RESTRICTION,
            RequestKind.PORTABILITY);

    @Test
    void everyRequestIsDueSeventyTwoHoursAfterReceiptAndOverdueOnlyUndecidedAfterThat() {
        qt().forAll(RECEIPTS, KINDS, longs().between(-200_000, 400_000)).checkAssert((received, kind, secondsLater) -> {
            SubjectRequest r =
                    SubjectRequest.receive(new BeneficiaryId(new UUID(0x7000, 1)), kind, null, received, "officer-1");
            Instant at = received.plusSeconds(secondsLater);

            assertThat(r.dueAt()).isEqualTo(received.plus(Duration.ofHours(72)));
            assertThat(r.isOverdueAt(at)).isEqualTo(secondsLater > 72 * 3600);
            SubjectRequest decided = r.decide(Decision.GRANTED, null, "done", "supervisor-1", at);
            assertThat(decided.isOverdueAt(at.plusSeconds(1_000_000))).isFalse();
            assertThat(decided.answeredLate()).isEqualTo(secondsLater > 72 * 3600);
        });
    }

    @Test
    void aDecisionNamesAnExemptionExactlyWhenItRefusesAndOnlyOneThatCoversItsKind() {
        Gen<Exemption> exemptions = Generate.enumValues(Exemption.class).mix(Generate.constant((Exemption) null), 20);
        qt().forAll(KINDS, Generate.enumValues(Decision.class), exemptions).checkAssert((kind, decision, exemption) -> {
            boolean covers = exemption != null
                    && (exemption.article().startsWith("15(1)") ? ART_15.contains(kind) : kind == RequestKind.ACCESS);
            boolean valid = decision == Decision.GRANTED ? exemption == null : covers;
            if (valid) {
                SubjectRequest.checkExemption(kind, decision, exemption);
            } else {
                assertThatThrownBy(() -> SubjectRequest.checkExemption(kind, decision, exemption))
                        .isInstanceOf(InvalidValueException.class)
                        .satisfies(e ->
                                assertThat(((InvalidValueException) e).code()).startsWith("request.exemption"));
            }
        });
    }
}
