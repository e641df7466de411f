package id.pulih.testkit.contract;

import static id.pulih.testkit.contract.ContractRecords.BOGOR;
import static id.pulih.testkit.contract.ContractRecords.LOMBOK_TENGAH;
import static id.pulih.testkit.contract.ContractRecords.ORGANISER;
import static id.pulih.testkit.contract.ContractRecords.PANCA_KARSA;
import static id.pulih.testkit.contract.ContractRecords.RUMAH_PELANGI;
import static id.pulih.testkit.contract.ContractRecords.assertSameRecord;
import static id.pulih.testkit.contract.ContractRecords.conflict;
import static id.pulih.testkit.contract.ContractRecords.programme;
import static org.assertj.core.api.Assertions.assertThat;

import id.pulih.guidance.Programme;
import id.pulih.guidance.Programmes;
import id.pulih.guidance.Topic;
import id.pulih.shared.ConflictException;
import id.pulih.shared.ProgrammeId;
import id.pulih.shared.RecordError;
import id.pulih.shared.RecordType;
import id.pulih.shared.RegionCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The contract of {@link Programmes}: optimistic locking, every programme earliest first, and a round trip. */
public abstract class ProgrammesContract extends PortContract {
    private static final LocalDate OCT_31 = LocalDate.of(2019, 10, 31);

    /** For subclasses. */
    protected ProgrammesContract() {}

    private Programmes programmes() {
        return store().programmes();
    }

    @Test
    void saveThenFindReturnsTheStoredVersion() {
        Programme fresh = programme("Bimbingan Sosial Praya", LOMBOK_TENGAH, OCT_31, PANCA_KARSA);

        Programme saved = programmes().save(fresh);

        assertThat(saved).isEqualTo(fresh.withVersion(1));
        assertThat(programmes().find(fresh.id())).contains(saved);
    }

    @Test
    void updateAtTheReadVersionBumpsTheVersion() {
        Programme v1 = programmes().save(programme("Bimbingan Sosial Praya", LOMBOK_TENGAH, OCT_31));

        Programme v2 = programmes().save(v1.enrolOne());

        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.enrolled()).isEqualTo(1);
        assertThat(programmes().find(v1.id())).contains(v2);
    }

    @Test
    void staleUpdateFailsWithConflictAndWritesNothing() {
        Programme v1 = programmes().save(programme("Bimbingan Sosial Praya", LOMBOK_TENGAH, OCT_31));
        Programme v2 = programmes().save(v1.enrolOne());

        ConflictException stale = conflict(
                RecordError.STALE, RecordType.PROGRAMME, () -> programmes().save(v1.enrolOne()));

        assertThat(stale.recordId()).isEqualTo(v1.id().toString());
        assertThat(programmes().find(v1.id())).contains(v2);
    }

    @Test
    void savingANeverStoredRecordAtAVersionAboveZeroIsStale() {
        Programme neverStored =
                programme("Bimbingan Sosial Praya", LOMBOK_TENGAH, OCT_31).withVersion(2);

        conflict(RecordError.STALE, RecordType.PROGRAMME, () -> programmes().save(neverStored));

        assertThat(programmes().find(neverStored.id())).isEmpty();
        assertThat(programmes().all()).isEmpty();
    }

    @Test
    void findOfAnUnknownIdIsEmptyNeverNull() {
        programmes().save(programme("Bimbingan Sosial Praya", LOMBOK_TENGAH, OCT_31));

        assertThat(programmes().find(ProgrammeId.next())).isNotNull().isEmpty();
    }

    @Test
    void allListsEveryProgrammeEarliestFirst() {
        // saved latest first, so a store that returns insertion order fails
        Programme late = programmes().save(programme("Bimbingan Sosial Kupang", BOGOR, OCT_31.plusDays(30)));
        Programme early = programmes().save(programme("Bimbingan Sosial Praya", LOMBOK_TENGAH, OCT_31));
        Programme middle = programmes().save(programme("Bimbingan Sosial Gerung", LOMBOK_TENGAH, OCT_31.plusDays(7)));

        assertThat(programmes().all()).containsExactly(early, middle, late);
    }

    @Test
    void aProgrammeWithEveryPartRoundTrips() {
        Programme full = new Programme(
                ProgrammeId.next(),
                "Bimbingan Sosial dan Bantuan Stimulan Usaha — Praya",
                ORGANISER,
                Set.of(PANCA_KARSA, RUMAH_PELANGI),
                "Aula SMKN 1 Praya",
                RegionCode.of("52.02.01"),
                OCT_31,
                OCT_31.plusDays(3),
                340,
                339,
                List.of(Topic.of("pembuatan kue"), Topic.MARKETING_STRATEGY, Topic.FOOD_PROCESSING),
                Set.of(Topic.of("pembuatan kue"), Topic.FOOD_PROCESSING),
                0);
        Programme bare = new Programme(
                ProgrammeId.next(),
                "Bimbingan",
                ORGANISER,
                Set.of(),
                "Balai Desa",
                BOGOR,
                OCT_31,
                OCT_31,
                1,
                0,
                List.of(Topic.CAKE_MAKING),
                Set.of(),
                0);

        programmes().save(full);
        programmes().save(bare);

        assertSameRecord(programmes().find(full.id()).orElseThrow(), full.withVersion(1));
        assertSameRecord(programmes().find(bare.id()).orElseThrow(), bare.withVersion(1));
    }
}
