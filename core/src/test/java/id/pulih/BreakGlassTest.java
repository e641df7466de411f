package id.pulih;

import static id.pulih.Fixtures.AUDITOR;
import static id.pulih.Fixtures.HQ;
import static id.pulih.Fixtures.KUPANG;
import static id.pulih.Fixtures.intake;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pulih.access.AccessDeniedException;
import id.pulih.access.AccessGrant;
import id.pulih.access.AccessGranted;
import id.pulih.access.Actor;
import id.pulih.access.Jurisdiction;
import id.pulih.access.Role;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.ConflictException;
import id.pulih.shared.DomainEvent;
import id.pulih.shared.OrganisationId;
import id.pulih.shared.RegionCode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Break-the-glass (issue 13, path 2): not for partners or auditors, one grant in force per officer and case, renewed
 * only by a supervisor of the case's jurisdiction who is not the holder, every grant an event and listed for the
 * supervisors who cover the case.
 */
class BreakGlassTest {
    private static final String REASON = "admitted unconscious to RSUD Kupang";
    private static final Actor PARTNER =
            Fixtures.actor("lks-ppk-01", Role.CASE_WORKER, Jurisdiction.partner(OrganisationId.of("LKS-PANCA-KARSA")));
    private static final Actor LOMBOK_TENGAH_SUPERVISOR =
            Fixtures.actor("sup-5202", Role.SUPERVISOR, Jurisdiction.regency(RegionCode.of("52.02")));
    private static final Actor KUPANG_SUPERVISOR =
            Fixtures.actor("sup-5301", Role.SUPERVISOR, Jurisdiction.regency(RegionCode.of("53.01")));

    private final Fixtures f = new Fixtures();
    private final BeneficiaryId fromPraya =
            f.pulih.as(HQ).cases().register(intake().build()).beneficiary().id();
    private final List<DomainEvent> events = new ArrayList<>();

    {
        f.pulih.subscribe(events::add);
    }

    private AccessGrant breakGlass(Actor actor) {
        return f.pulih.as(actor).oversight().breakGlass(fromPraya, REASON, Duration.ofHours(4));
    }

    @Test
    void aPartnerCannotBreakTheGlassAndTheAttemptIsLogged() {
        assertThatThrownBy(() -> breakGlass(PARTNER))
                .isInstanceOfSatisfying(
                        AccessDeniedException.class, e -> assertThat(e.code()).isEqualTo("grant.partner"));
        assertThatThrownBy(() -> f.pulih.as(PARTNER).cases().get(fromPraya)).isInstanceOf(AccessDeniedException.class);
        assertThat(f.pulih.store().accessGrants().forBeneficiary(fromPraya)).isEmpty();
        assertThat(f.pulih.store().accessLog().byActor(PARTNER.id()))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("access.break-glass"));
        assertThat(events).noneMatch(AccessGranted.class::isInstance);
    }

    @Test
    void anAuditorCannotBreakTheGlass() {
        Actor regionalAuditor =
                Fixtures.actor("audit-5301", Role.AUDITOR, Jurisdiction.regency(RegionCode.of("53.01")));

        assertThatThrownBy(() -> breakGlass(regionalAuditor))
                .isInstanceOfSatisfying(
                        AccessDeniedException.class, e -> assertThat(e.code()).isEqualTo("access.role"));
        assertThat(f.pulih.store().accessGrants().forBeneficiary(fromPraya)).isEmpty();
    }

    @Test
    void theRefusalOfACaseOutsideTheJurisdictionOffersBreakingTheGlassOnlyToWhoMay() {
        Actor regionalAuditor =
                Fixtures.actor("audit-5301", Role.AUDITOR, Jurisdiction.regency(RegionCode.of("53.01")));

        assertThatThrownBy(() -> f.pulih.as(KUPANG).cases().get(fromPraya))
                .hasMessageContaining("a break-the-glass grant can open it");
        assertThatThrownBy(() -> f.pulih.as(PARTNER).cases().get(fromPraya))
                .hasMessageContaining("a partner sees a case only while a referral to it is open")
                .hasMessageNotContaining("break-the-glass");
        assertThatThrownBy(() -> f.pulih.as(regionalAuditor).cases().get(fromPraya))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageNotContaining("break-the-glass");
        assertThat(List.of(KUPANG, PARTNER, regionalAuditor).stream().map(Actor::mayBreakGlass))
                .containsExactly(true, false, false);
    }

    @Test
    void aSecondGrantWhileTheFirstIsInForceIsRefusedAndAllowedOnceItLapsed() {
        AccessGrant first = breakGlass(KUPANG);
        f.clock.advance(Duration.ofHours(3));

        assertThatThrownBy(() -> breakGlass(KUPANG)).isInstanceOfSatisfying(ConflictException.class, e -> {
            assertThat(e.code()).isEqualTo("grant.active");
            assertThat(e.recordType()).isEqualTo("access-grant");
            assertThat(e.recordId()).isEqualTo(first.id().toString());
        });
        assertThat(f.pulih.store().accessGrants().forBeneficiary(fromPraya)).containsExactly(first);
        // another officer's grant is no clash
        breakGlass(KUPANG_SUPERVISOR);

        f.clock.advance(Duration.ofHours(1));
        AccessGrant later = breakGlass(KUPANG);
        assertThat(later.grantedAt()).isEqualTo(first.expiresAt());
    }

    @Test
    void aSupervisorOfTheCasesJurisdictionRenewsAGrantFromWhenItLapses() {
        AccessGrant first = breakGlass(KUPANG);
        f.clock.advance(Duration.ofHours(1));

        AccessGrant renewed = f.pulih
                .as(LOMBOK_TENGAH_SUPERVISOR)
                .oversight()
                .renewGrant(first.id(), "still in intensive care", Duration.ofHours(6));

        assertThat(renewed.actorId()).isEqualTo(KUPANG.id());
        assertThat(renewed.beneficiary()).isEqualTo(fromPraya);
        assertThat(renewed.renewedBy()).contains(LOMBOK_TENGAH_SUPERVISOR.id());
        assertThat(first.renewedBy()).isEmpty();
        assertThat(renewed.grantedAt()).isEqualTo(first.expiresAt());
        assertThat(renewed.expiresAt()).isEqualTo(first.expiresAt().plus(Duration.ofHours(6)));
        assertThat(f.pulih.store().accessGrants().find(renewed.id())).contains(renewed);

        // a second renewal follows the latest grant, never overlaps it
        AccessGrant again = f.pulih
                .as(LOMBOK_TENGAH_SUPERVISOR)
                .oversight()
                .renewGrant(first.id(), "still in intensive care", Duration.ofHours(2));
        assertThat(again.grantedAt()).isEqualTo(renewed.expiresAt());

        f.clock.advance(Duration.ofHours(8));
        assertThat(f.pulih.as(KUPANG).cases().get(fromPraya).id()).isEqualTo(fromPraya);
        assertThat(f.pulih.as(AUDITOR).oversight().auditTrail("beneficiary", fromPraya.toString()))
                .filteredOn(e -> e.action().equals("access.renew-grant"))
                .hasSize(2)
                .allSatisfy(e -> assertThat(e.actorId()).isEqualTo(LOMBOK_TENGAH_SUPERVISOR.id()));
    }

    @Test
    void onlyASupervisorWhoCoversTheCaseByJurisdictionAndIsNotTheHolderRenews() {
        AccessGrant kupang = breakGlass(KUPANG);
        AccessGrant supervisorsOwn = breakGlass(KUPANG_SUPERVISOR);

        assertThatThrownBy(() -> f.pulih.as(KUPANG).oversight().renewGrant(kupang.id(), REASON, Duration.ofHours(4)))
                .isInstanceOfSatisfying(
                        AccessDeniedException.class, e -> assertThat(e.code()).isEqualTo("access.role"));
        assertThatThrownBy(() -> f.pulih
                        .as(KUPANG_SUPERVISOR)
                        .oversight()
                        .renewGrant(supervisorsOwn.id(), REASON, Duration.ofHours(4)))
                .isInstanceOfSatisfying(
                        AccessDeniedException.class, e -> assertThat(e.code()).isEqualTo("grant.renewal"));
        // the Kupang supervisor reaches the case only by its own grant, which does not count for renewing
        assertThatThrownBy(() ->
                        f.pulih.as(KUPANG_SUPERVISOR).oversight().renewGrant(kupang.id(), REASON, Duration.ofHours(4)))
                .isInstanceOfSatisfying(
                        AccessDeniedException.class, e -> assertThat(e.code()).isEqualTo("access.denied"));
        assertThat(f.pulih.store().accessGrants().forBeneficiary(fromPraya)).containsExactly(kupang, supervisorsOwn);
    }

    @Test
    void everyGrantRaisesAnEventAfterCommit() {
        AccessGrant first = breakGlass(KUPANG);
        AccessGrant renewed =
                f.pulih.as(LOMBOK_TENGAH_SUPERVISOR).oversight().renewGrant(first.id(), REASON, Duration.ofHours(1));

        assertThat(events)
                .filteredOn(AccessGranted.class::isInstance)
                .containsExactly(
                        AccessGranted.of(first, first.grantedAt(), KUPANG.id()),
                        AccessGranted.of(renewed, first.grantedAt(), LOMBOK_TENGAH_SUPERVISOR.id()));
        AccessGranted event = (AccessGranted) events.get(events.size() - 1);
        assertThat(event.holder()).isEqualTo(KUPANG.id());
        assertThat(event.renewedBy()).contains(LOMBOK_TENGAH_SUPERVISOR.id());
    }

    @Test
    void grantsAreListedForTheSupervisorsAndAuditorsOfTheCasesJurisdictionOnly() {
        Instant start = f.clock.instant();
        AccessGrant onPraya = breakGlass(KUPANG);
        BeneficiaryId fromKupang = f.pulih
                .as(KUPANG)
                .cases()
                .register(intake().originRegion("53.01.05").build())
                .beneficiary()
                .id();
        Actor lombokOfficer =
                Fixtures.actor("dinsos-5202-02", Role.CASE_WORKER, Jurisdiction.regency(RegionCode.of("52.02")));
        AccessGrant onKupang =
                f.pulih.as(lombokOfficer).oversight().breakGlass(fromKupang, REASON, Duration.ofHours(2));

        assertThat(f.pulih.as(LOMBOK_TENGAH_SUPERVISOR).oversight().grants(start))
                .containsExactly(onPraya);
        assertThat(f.pulih.as(AUDITOR).oversight().grants(start)).containsExactly(onPraya, onKupang);
        assertThat(f.pulih.store().accessLog().byActor(LOMBOK_TENGAH_SUPERVISOR.id()))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.beneficiary()).isEqualTo(fromPraya);
                    assertThat(e.action()).isEqualTo("access-grant.list");
                });
        assertThatThrownBy(() -> f.pulih.as(KUPANG).oversight().grants(start))
                .isInstanceOfSatisfying(
                        AccessDeniedException.class, e -> assertThat(e.code()).isEqualTo("access.role"));

        f.clock.advance(Duration.ofHours(3));
        assertThat(f.pulih.as(AUDITOR).oversight().grants(f.clock.instant())).containsExactly(onPraya);
    }
}
