package id.pulih.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import id.pulih.shared.InvalidValueException;
import id.pulih.shared.OrganisationId;
import id.pulih.shared.RegionCode;
import id.pulih.shared.ShelterId;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class JurisdictionProperties {

    private static final Gen<RegionCode> PROVINCES = integers().between(11, 99).map(p -> RegionCode.of("" + p));

    private static final Gen<RegionCode> REGENCIES =
            PROVINCES.zip(integers().between(1, 99), (p, r) -> RegionCode.of(p + "." + String.format("%02d", r)));

    private static final Gen<ShelterId> SHELTERS =
            longs().all().zip(longs().all(), (hi, lo) -> new ShelterId(new UUID(hi, lo)));

    private static final Gen<OrganisationId> ORGANISATIONS =
            integers().between(0, 99_999).map(n -> OrganisationId.of("lks-" + n));

    /** Every kind, so that a kind added without its text form fails here. */
    private static final Gen<Jurisdiction> JURISDICTIONS = in -> {
        switch (Generate.enumValues(Jurisdiction.Kind.class).generate(in)) {
            case PROVINCE:
                return Jurisdiction.province(PROVINCES.generate(in));
            case REGENCY:
                return Jurisdiction.regency(REGENCIES.generate(in));
            case SHELTER:
                return Jurisdiction.shelter(SHELTERS.generate(in));
            case PARTNER:
                return Jurisdiction.partner(ORGANISATIONS.generate(in));
            case NATIONAL:
            default:
                return Jurisdiction.national();
        }
    };

    @Test
    void kindAndReferenceRebuildTheSameJurisdiction() {
        Set<Jurisdiction.Kind> seen = EnumSet.noneOf(Jurisdiction.Kind.class);
        qt().forAll(JURISDICTIONS).checkAssert(j -> {
            seen.add(j.kind());
            assertThat(Jurisdiction.of(j.kind(), j.reference().orElse(null))).isEqualTo(j);
            assertThat(j.reference().isEmpty()).isEqualTo(j.kind() == Jurisdiction.Kind.NATIONAL);
        });
        assertThat(seen).containsExactlyInAnyOrder(Jurisdiction.Kind.values());
    }

    @Test
    void typedPartsMatchTheKind() {
        qt().forAll(JURISDICTIONS).checkAssert(j -> {
            Jurisdiction.Kind kind = j.kind();
            assertThat(j.region().isPresent())
                    .isEqualTo(kind == Jurisdiction.Kind.PROVINCE || kind == Jurisdiction.Kind.REGENCY);
            assertThat(j.shelterId().isPresent()).isEqualTo(kind == Jurisdiction.Kind.SHELTER);
            assertThat(j.organisationId().isPresent()).isEqualTo(kind == Jurisdiction.Kind.PARTNER);
            j.region().ifPresent(r -> assertThat(j.reference()).contains(r.toString()));
            j.shelterId().ifPresent(s -> assertThat(j.reference()).contains(s.toString()));
            j.organisationId().ifPresent(o -> assertThat(j.reference()).contains(o.code()));
        });
    }

    @Test
    void rebuildsFromTextAsWritten() {
        assertThat(Jurisdiction.of(Jurisdiction.Kind.NATIONAL, null)).isEqualTo(Jurisdiction.national());
        assertThat(Jurisdiction.of(Jurisdiction.Kind.REGENCY, "5202"))
                .isEqualTo(Jurisdiction.regency(RegionCode.of("52.02")));
        assertThat(Jurisdiction.of(Jurisdiction.Kind.PARTNER, "lks-panca-karsa"))
                .isEqualTo(Jurisdiction.partner(OrganisationId.of("LKS-PANCA-KARSA")));
    }

    @Test
    void refusesAMissingKind() {
        assertCode(() -> Jurisdiction.of(null, "52"), "jurisdiction.required");
    }

    @Test
    void refusesAReferenceForNational() {
        assertCode(() -> Jurisdiction.of(Jurisdiction.Kind.NATIONAL, "52"), "jurisdiction.reference");
    }

    @Test
    void refusesARegionOfTheWrongLevel() {
        assertCode(() -> Jurisdiction.of(Jurisdiction.Kind.PROVINCE, "52.02"), "jurisdiction.level");
        assertCode(() -> Jurisdiction.of(Jurisdiction.Kind.REGENCY, "52"), "jurisdiction.level");
    }

    @Test
    void refusesAMissingOrMalformedReference() {
        assertCode(() -> Jurisdiction.of(Jurisdiction.Kind.PROVINCE, null), "region.required");
        assertThatThrownBy(() -> Jurisdiction.of(Jurisdiction.Kind.SHELTER, "not-a-uuid"))
                .isInstanceOf(InvalidValueException.class);
        assertCode(() -> Jurisdiction.of(Jurisdiction.Kind.PARTNER, " "), "organisation.required");
    }

    private static void assertCode(ThrowingCallable call, String code) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.code()).isEqualTo(code));
    }
}
