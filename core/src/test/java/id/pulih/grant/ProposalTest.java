package id.pulih.grant;

import static org.assertj.core.api.Assertions.assertThat;

import id.pulih.shared.AwardId;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.Rupiah;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProposalTest {
    private static final LocalDate DAY = LocalDate.of(2020, 2, 1);

    private static Proposal submitted() {
        return Proposal.submit(AwardId.next(), BeneficiaryId.next(), DAY, "warung kue", Rupiah.of(2_000_000));
    }

    @Test
    void anOpenProposalHasNoDecision() {
        Proposal open = submitted();

        assertThat(open.status()).isEqualTo(ProposalStatus.SUBMITTED);
        assertThat(open.decidedBy()).isEmpty();
        assertThat(open.decidedOn()).isEmpty();
        assertThat(open.reason()).isEmpty();
    }

    @Test
    void decidingKeepsTheProposalAndTheVersion() {
        Proposal open = submitted().withVersion(4);

        Proposal rejected = open.decide(false, "officer-9", DAY.plusDays(10), " no market ");

        assertThat(rejected.status()).isEqualTo(ProposalStatus.REJECTED);
        assertThat(rejected.decidedBy()).contains("officer-9");
        assertThat(rejected.decidedOn()).contains(DAY.plusDays(10));
        assertThat(rejected.reason()).isEqualTo("no market");
        assertThat(rejected.id()).isEqualTo(open.id());
        assertThat(rejected.award()).isEqualTo(open.award());
        assertThat(rejected.beneficiary()).isEqualTo(open.beneficiary());
        assertThat(rejected.submittedOn()).isEqualTo(open.submittedOn());
        assertThat(rejected.summary()).isEqualTo(open.summary());
        assertThat(rejected.requested()).isEqualTo(open.requested());
        assertThat(rejected.version()).isEqualTo(4);
    }

    @Test
    void withVersionKeepsTheDecision() {
        Proposal approved = submitted().decide(true, "officer-9", DAY, null);

        Proposal bumped = approved.withVersion(1);

        assertThat(bumped.version()).isEqualTo(1);
        assertThat(bumped.decidedBy()).contains("officer-9");
        assertThat(bumped.decidedOn()).contains(DAY);
        assertThat(bumped.withVersion(0)).isEqualTo(approved).hasSameHashCodeAs(approved);
        assertThat(bumped).isNotEqualTo(approved);
    }
}
