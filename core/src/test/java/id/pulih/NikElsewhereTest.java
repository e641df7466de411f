package id.pulih;

import static id.pulih.Fixtures.AUDITOR;
import static id.pulih.Fixtures.HQ;
import static id.pulih.Fixtures.HQ_SUPERVISOR;
import static id.pulih.Fixtures.KUPANG;
import static id.pulih.Fixtures.LOMBOK_TENGAH;
import static id.pulih.Fixtures.intake;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pulih.access.AccessDeniedException;
import id.pulih.access.Actor;
import id.pulih.access.Jurisdiction;
import id.pulih.access.Role;
import id.pulih.audit.AccessLogEntry;
import id.pulih.audit.AccessOutcome;
import id.pulih.beneficiary.Beneficiary;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.ConflictException;
import id.pulih.shared.InvalidValueException;
import id.pulih.shared.Nik;
import id.pulih.shared.NotFoundException;
import id.pulih.shared.OrganisationId;
import id.pulih.shared.RegionCode;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A NIK is no oracle (issue 13, path 2): an officer who does not cover the case of a NIK learns only that the person is
 * registered in another jurisdiction, with a reference that a national officer resolves, never the case's id.
 */
class NikElsewhereTest {
    private static final String NIK = "5202014507900001";
    private static final Actor PARTNER =
            Fixtures.actor("lks-ppk-01", Role.CASE_WORKER, Jurisdiction.partner(OrganisationId.of("LKS-PANCA-KARSA")));
    private static final Actor KUPANG_SUPERVISOR =
            Fixtures.actor("sup-5301", Role.SUPERVISOR, Jurisdiction.regency(RegionCode.of("53.01")));

    private final Fixtures f = new Fixtures();
    private final Beneficiary fromPraya =
            f.pulih.as(HQ).cases().register(intake().nik(NIK).build()).beneficiary();

    /** The refusal names no case: the reference is the id of its DENIED access-log entry, for that case. */
    private AccessLogEntry assertElsewhere(AccessDeniedException e, Actor actor, String action) {
        assertThat(e.code()).isEqualTo("case.elsewhere");
        assertThat(e.getMessage()).doesNotContain(fromPraya.id().toString()).doesNotContain(NIK);
        assertThat(e.recordId()).isEqualTo("-");
        assertThat(e.arguments().values())
                .noneMatch(v -> String.valueOf(v).contains(fromPraya.id().toString()));
        String reference = e.reference().orElseThrow();
        assertThat(e.getMessage()).contains(reference);
        AccessLogEntry logged =
                f.pulih.store().accessLog().find(UUID.fromString(reference)).orElseThrow();
        assertThat(logged.beneficiary()).isEqualTo(fromPraya.id());
        assertThat(logged.actorId()).isEqualTo(actor.id());
        assertThat(logged.action()).isEqualTo(action);
        assertThat(logged.outcome()).isEqualTo(AccessOutcome.DENIED);
        return logged;
    }

    @Test
    void findByNikOutsideTheJurisdictionSaysOnlyThatThePersonIsRegisteredElsewhere() {
        assertThatThrownBy(() -> f.pulih.as(KUPANG).cases().findByNik(Nik.of(NIK)))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertElsewhere(e, KUPANG, "case.read"));
    }

    @Test
    void findByNikAnswersEmptyForAnUnknownNikAndTheCaseWithinTheJurisdiction() {
        assertThat(f.pulih.as(KUPANG).cases().findByNik(Nik.of("5202014507900002")))
                .isEmpty();
        assertThat(f.pulih
                        .as(LOMBOK_TENGAH)
                        .cases()
                        .findByNik(Nik.of(NIK))
                        .orElseThrow()
                        .id())
                .isEqualTo(fromPraya.id());
        assertThat(f.pulih.store().accessLog().forBeneficiary(fromPraya.id())).anySatisfy(e -> {
            assertThat(e.actorId()).isEqualTo(LOMBOK_TENGAH.id());
            assertThat(e.outcome()).isEqualTo(AccessOutcome.ALLOWED);
        });
    }

    @Test
    void registeringANikOfACaseElsewhereIsRefusedWithoutItsIdAndWritesNothing() {
        assertThatThrownBy(() -> f.pulih
                        .as(KUPANG)
                        .cases()
                        .register(intake().name("Siti A.").nik(NIK).build()))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertElsewhere(e, KUPANG, "case.register"));
        assertThat(f.pulih.store().beneficiaries().count()).isEqualTo(1);
    }

    @Test
    void aPartnerRegisteringAKnownNikLearnsNoIdEither() {
        assertThatThrownBy(() -> f.pulih
                        .as(PARTNER)
                        .cases()
                        .register(intake().name("Siti A.").nik(NIK).build()))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertElsewhere(e, PARTNER, "case.register"));
    }

    @Test
    void withinTheJurisdictionTheConflictStillNamesTheExistingCase() {
        assertThatThrownBy(() -> f.pulih
                        .as(LOMBOK_TENGAH)
                        .cases()
                        .register(intake().name("Siti A.").nik(NIK).build()))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo("beneficiary.nik-registered");
                    assertThat(e.recordId()).isEqualTo(fromPraya.id().toString());
                });
    }

    @Test
    void aBulkRegistrationReportsNiksRegisteredElsewhereWithReferencesAndCountsThemApart() {
        List<BulkRegistration.Decision> decided = f.pulih.as(KUPANG).cases().registerAll(batch -> {
            List<BulkRegistration.Decision> d = batch.register(
                    List.of(newRecord(KUPANG, NIK, batch.at()), newRecord(KUPANG, "5202014507900002", batch.at())));
            assertThat(batch.registeredElsewhere()).isEqualTo(1);
            assertThat(batch.registered()).isEqualTo(1);
            return d;
        });

        assertThat(decided)
                .extracting(BulkRegistration.Decision::outcome)
                .containsExactly(BulkRegistration.Outcome.ELSEWHERE, BulkRegistration.Outcome.REGISTERED);
        String reference = decided.get(0).reference().orElseThrow();
        assertThat(reference).doesNotContain(fromPraya.id().toString());
        assertThat(decided.get(0).toString()).doesNotContain(fromPraya.id().toString());
        AccessLogEntry logged =
                f.pulih.store().accessLog().find(UUID.fromString(reference)).orElseThrow();
        assertThat(logged.outcome()).isEqualTo(AccessOutcome.DENIED);
        assertThat(logged.action()).isEqualTo("case.import");
        assertThat(f.pulih.store().auditTrail().byActor(KUPANG.id()))
                .singleElement()
                .satisfies(a -> assertThat(a.summary()).endsWith(", registered elsewhere 1"));
        assertThat(f.pulih.as(HQ).oversight().resolveReference(reference)).isEqualTo(fromPraya.id());
        assertThat(f.pulih.store().beneficiaries().findByNik(Nik.of(NIK)))
                .hasValueSatisfying(b -> assertThat(b.id()).isEqualTo(fromPraya.id()));
        assertThat(f.pulih.store().beneficiaries().count()).isEqualTo(2);
    }

    @Test
    void aBulkRegistrationThatFailsLaterKeepsTheRefusalItGaveAReferenceFor() {
        List<String> references = new java.util.ArrayList<>();

        assertThatThrownBy(() -> f.pulih.as(KUPANG).cases().registerAll(batch -> {
                    batch.register(List.of(newRecord(KUPANG, NIK, batch.at())))
                            .forEach(d -> references.add(d.reference().orElseThrow()));
                    throw new IllegalStateException("the file broke at line 900,000");
                }))
                .hasMessageContaining("900,000");

        assertThat(f.pulih.store().beneficiaries().count())
                .as("nothing registered")
                .isEqualTo(1);
        assertThat(references).hasSize(1);
        AccessLogEntry kept = f.pulih
                .store()
                .accessLog()
                .find(UUID.fromString(references.get(0)))
                .orElseThrow(() -> new AssertionError("the refusal the officer was given a reference for is lost"));
        assertThat(kept.outcome()).isEqualTo(AccessOutcome.DENIED);
        assertThat(kept.beneficiary()).isEqualTo(fromPraya.id());
        assertThat(kept.action()).isEqualTo("case.import");
        assertThat(f.pulih.as(HQ).oversight().resolveReference(references.get(0)))
                .isEqualTo(fromPraya.id());
    }

    @Test
    void aBulkRegistrationIsNotElsewhereForCasesTheActorCovers() {
        List<BulkRegistration.Decision> decided = f.pulih
                .as(LOMBOK_TENGAH)
                .cases()
                .registerAll(batch -> batch.register(List.of(newRecord(LOMBOK_TENGAH, NIK, batch.at()))));

        assertThat(decided).containsExactly(BulkRegistration.Decision.DUPLICATE);
        assertThat(f.pulih.store().beneficiaries().count()).isEqualTo(1);
    }

    /** A new record of {@code actor}, with this NIK and otherwise the intake sample. */
    private static Beneficiary newRecord(Actor actor, String nik, java.time.Instant at) {
        return Beneficiary.register(
                intake().name("Siti A.").nik(nik).build().toPerson(),
                intake().build().toReturnInfo(),
                intake().build().toProfile(),
                List.of(),
                actor.jurisdiction(),
                at,
                actor.id());
    }

    @Test
    void aNationalOfficerResolvesAReferenceAndTheResolutionIsInTheAccessLog() {
        String reference = referenceOf(() -> f.pulih.as(KUPANG).cases().findByNik(Nik.of(NIK)));

        assertThat(f.pulih.as(AUDITOR).oversight().resolveReference(reference)).isEqualTo(fromPraya.id());
        assertThat(f.pulih.as(HQ_SUPERVISOR).oversight().accessLog(fromPraya.id()))
                .anySatisfy(e -> {
                    assertThat(e.actorId()).isEqualTo(AUDITOR.id());
                    assertThat(e.action()).isEqualTo("reference.resolve");
                    assertThat(e.outcome()).isEqualTo(AccessOutcome.ALLOWED);
                });
    }

    @Test
    void onlyANationalOfficerResolvesAReference() {
        String reference = referenceOf(() -> f.pulih.as(KUPANG).cases().findByNik(Nik.of(NIK)));

        for (Actor regional : List.of(KUPANG, KUPANG_SUPERVISOR, LOMBOK_TENGAH, PARTNER)) {
            assertThatThrownBy(() -> f.pulih.as(regional).oversight().resolveReference(reference))
                    .isInstanceOfSatisfying(AccessDeniedException.class, e -> {
                        assertThat(e.code()).isEqualTo("reference.national");
                        assertThat(e.getMessage()).doesNotContain(fromPraya.id().toString());
                    });
        }
    }

    @Test
    void aReferenceThatIsNoRefusalIsUnknownAndTextThatIsNoReferenceIsRefused() {
        f.pulih.as(LOMBOK_TENGAH).cases().get(fromPraya.id());
        UUID allowedRead =
                f.pulih.store().accessLog().byActor(LOMBOK_TENGAH.id()).get(0).id();

        for (String unknown : List.of(allowedRead.toString(), UUID.randomUUID().toString())) {
            assertThatThrownBy(() -> f.pulih.as(HQ).oversight().resolveReference(unknown))
                    .isInstanceOfSatisfying(
                            NotFoundException.class, e -> assertThat(e.code()).isEqualTo("access-reference.not-found"));
        }
        assertThatThrownBy(() -> f.pulih.as(HQ).oversight().resolveReference("ref-12"))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("reference.format"));
    }

    @Test
    void aReferenceToAMergedRegistrationResolvesToItsSurvivor() {
        String reference = referenceOf(() -> f.pulih.as(KUPANG).cases().findByNik(Nik.of(NIK)));
        BeneficiaryId other =
                f.pulih.as(HQ).cases().register(intake().build()).beneficiary().id();
        var pair = f.pulih.store().potentialDuplicates().open().get(0);
        f.pulih.as(HQ_SUPERVISOR).cases().merge(pair.id(), other);

        assertThat(f.pulih.as(HQ).oversight().resolveReference(reference)).isEqualTo(other);
    }

    private static String referenceOf(Runnable refused) {
        try {
            refused.run();
        } catch (AccessDeniedException e) {
            return e.reference().orElseThrow();
        }
        throw new AssertionError("not refused");
    }
}
