package id.pulih.testkit.contract;

import static id.pulih.testkit.contract.ContractRecords.assertSameRecord;
import static id.pulih.testkit.contract.ContractRecords.conflict;
import static id.pulih.testkit.contract.ContractRecords.scheme;
import static org.assertj.core.api.Assertions.assertThat;

import id.pulih.grant.GrantScheme;
import id.pulih.grant.GrantSchemes;
import id.pulih.shared.ConflictException;
import id.pulih.shared.ProgrammeId;
import id.pulih.shared.RecordError;
import id.pulih.shared.RecordType;
import id.pulih.shared.Rupiah;
import id.pulih.shared.SchemeId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of {@link GrantSchemes}: optimistic locking, the schemes of a programme, and a round trip. */
public abstract class GrantSchemesContract extends PortContract {
    private ProgrammeId programme;

    /** For subclasses. */
    protected GrantSchemesContract() {}

    @BeforeEach
    final void storeTheProgramme() {
        programme = storedProgramme().id();
    }

    private GrantSchemes schemes() {
        return store().grantSchemes();
    }

    @Test
    void saveThenFindReturnsTheStoredVersion() {
        GrantScheme fresh = scheme(programme);

        GrantScheme saved = schemes().save(fresh);

        assertThat(saved).isEqualTo(fresh.withVersion(1));
        assertThat(schemes().find(fresh.id())).contains(saved);
    }

    @Test
    void updateAtTheReadVersionBumpsTheVersion() {
        GrantScheme v1 = schemes().save(scheme(programme));

        GrantScheme v2 = schemes().save(v1.commitOne());

        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.committed()).isEqualTo(Rupiah.of(960_000));
        assertThat(schemes().find(v1.id())).contains(v2);
    }

    @Test
    void staleUpdateFailsWithConflictAndWritesNothing() {
        GrantScheme v1 = schemes().save(scheme(programme));
        GrantScheme v2 = schemes().save(v1.commitOne());

        ConflictException stale = conflict(
                RecordError.STALE, RecordType.GRANT_SCHEME, () -> schemes().save(v1.commitOne()));

        assertThat(stale.recordId()).isEqualTo(v1.id().toString());
        assertThat(schemes().find(v1.id())).contains(v2);
    }

    @Test
    void savingANeverStoredRecordAtAVersionAboveZeroIsStale() {
        GrantScheme neverStored = scheme(programme).withVersion(4);

        conflict(RecordError.STALE, RecordType.GRANT_SCHEME, () -> schemes().save(neverStored));

        assertThat(schemes().find(neverStored.id())).isEmpty();
        assertThat(schemes().forProgramme(programme)).isEmpty();
    }

    @Test
    void findOfAnUnknownIdOrProgrammeIsEmptyNeverNull() {
        schemes().save(scheme(programme));

        assertThat(schemes().find(SchemeId.next())).isNotNull().isEmpty();
        assertThat(schemes().forProgramme(ProgrammeId.next())).isNotNull().isEmpty();
    }

    @Test
    void forProgrammeListsTheSchemesOfThatProgrammeOnly() {
        GrantScheme first = schemes().save(scheme(programme));
        GrantScheme second = schemes().save(scheme(programme));
        GrantScheme elsewhere = schemes().save(scheme(storedProgramme().id()));

        assertThat(schemes().forProgramme(programme)).containsExactlyInAnyOrder(first, second);
        assertThat(schemes().forProgramme(elsewhere.programme())).containsExactly(elsewhere);
    }

    @Test
    void aSchemeWithAwardsCommittedAndAFreshOneRoundTrip() {
        GrantScheme fresh = scheme(programme);
        GrantScheme spent = new GrantScheme(
                SchemeId.next(),
                programme,
                Rupiah.of(900_000),
                Rupiah.of(306_000_000),
                "APBN Kemensos 2019 — Direktorat Rehabilitasi Sosial Korban Perdagangan Orang",
                Rupiah.of(305_100_000),
                0);

        schemes().save(fresh);
        schemes().save(spent);

        assertSameRecord(schemes().find(fresh.id()).orElseThrow(), fresh.withVersion(1));
        assertSameRecord(schemes().find(spent.id()).orElseThrow(), spent.withVersion(1));
    }
}
