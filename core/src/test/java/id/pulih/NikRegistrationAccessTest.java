package id.pulih;

import static id.pulih.Fixtures.AUDITOR;
import static id.pulih.Fixtures.HQ;
import static id.pulih.Fixtures.KUPANG;
import static id.pulih.Fixtures.LOMBOK_TENGAH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pulih.access.AccessDeniedException;
import id.pulih.audit.AccessOutcome;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.ConflictException;
import id.pulih.shared.PulihException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, path 2 as far as registration goes: registering a NIK that is registered already must not tell an
 * officer who cannot open the existing case which case it is. An officer who covers it is told, to open it instead.
 */
class NikRegistrationAccessTest {
    private static final String NIK = "5202014507900001";

    private final Fixtures f = new Fixtures();
    private final BeneficiaryId existing = f.pulih
            .as(HQ)
            .cases()
            .register(Fixtures.intake().nik(NIK).build())
            .beneficiary()
            .id();

    @Test
    void anOfficerWhoCannotOpenTheCaseIsRefusedWithoutItsIdAndTheAttemptIsLogged() {
        assertThatThrownBy(() -> f.pulih
                        .as(KUPANG)
                        .cases()
                        .register(Fixtures.intake()
                                .nik(NIK)
                                .originRegion("53.01.08")
                                .build()))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> {
                    assertThat(e.code()).isEqualTo("case.elsewhere");
                    assertThat(e.getMessage()).doesNotContain(existing.toString());
                });
        assertThat(f.pulih.as(AUDITOR).oversight().accessLog(existing)).anySatisfy(e -> {
            assertThat(e.actorId()).isEqualTo(KUPANG.id());
            assertThat(e.action()).isEqualTo("case.register");
            assertThat(e.outcome()).isEqualTo(AccessOutcome.DENIED);
        });
        assertThat(f.pulih.as(HQ).cases().list(Optional.empty(), 10)).hasSize(1);
    }

    @Test
    void anOfficerWhoCoversTheCaseIsToldWhichCaseHoldsTheNik() {
        assertThatThrownBy(() -> f.pulih
                        .as(LOMBOK_TENGAH)
                        .cases()
                        .register(Fixtures.intake().nik(NIK).build()))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(((PulihException) e).code()).isEqualTo("beneficiary.nik-registered");
                    assertThat(e.getMessage()).contains(existing.toString());
                });
    }
}
