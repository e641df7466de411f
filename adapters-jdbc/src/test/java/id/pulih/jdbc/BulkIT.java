package id.pulih.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pulih.beneficiary.Beneficiary;
import id.pulih.beneficiary.CaseHistory;
import id.pulih.beneficiary.Person;
import id.pulih.shared.ConflictException;
import id.pulih.shared.Nik;
import id.pulih.store.Store;
import id.pulih.store.memory.InMemoryStore;
import id.pulih.testkit.PulihGen;
import id.pulih.testkit.Samples;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The bulk path imports use: many new beneficiaries at once, all or nothing, on H2 and on PostgreSQL (COPY). */
class BulkIT {

    /** Generated new beneficiaries (version 0, not merged), with distinct NIKs. */
    static List<Beneficiary> fresh(int count, long seed) {
        List<Beneficiary> found = new ArrayList<>();
        Set<Nik> niks = new HashSet<>();
        Samples.each(PulihGen.beneficiaries(), seed, count * 6, b -> {
            if (found.size() < count
                    && b.mergedInto().isEmpty()
                    && b.mergedFrom().isEmpty()
                    && (b.nik().isEmpty() || niks.add(b.nik().get()))) {
                found.add(b.withVersion(0));
            }
        });
        assertThat(found.size()).as("usable generated beneficiaries").isEqualTo(count);
        return found;
    }

    @Test
    void insertsABatchIntoH2ThatReadsBackEqual() {
        bulkRoundTrip(Databases.h2());
    }

    @Test
    void copiesABatchIntoPostgresThatReadsBackEqual() {
        bulkRoundTrip(Databases.freshPostgres());
    }

    @Test
    void aFailedBulkLoadLeavesNothingBehindOnEitherDatabase() {
        for (DataSource ds : List.of(Databases.h2(), Databases.freshPostgres())) {
            JdbcStore store = JdbcStore.open(ds);
            List<Beneficiary> batch = fresh(500, 7);
            Beneficiary withNik =
                    batch.stream().filter(b -> b.nik().isPresent()).findFirst().orElseThrow();
            store.beneficiaries().save(withNik);
            List<Beneficiary> rest = new ArrayList<>(batch);
            rest.remove(withNik);
            rest.add(fresh(1, 8).get(0));
            Beneficiary clash = withClone(withNik);
            rest.add(clash);

            assertThatThrownBy(() ->
                            store.inTransaction(() -> store.beneficiaries().insertAll(rest)))
                    .isInstanceOf(ConflictException.class);
            assertThat(store.beneficiaries().count()).isEqualTo(1);
        }
    }

    @Test
    void readsTheNikAndDuplicateKeyOfEveryStoredBeneficiaryOnEitherDatabaseAndInMemory() {
        List<Beneficiary> batch = fresh(1_200, 13);
        List<List<Object>> expected = batch.stream()
                .map(b -> List.<Object>of(b.nik(), b.duplicateKey()))
                .toList();
        for (Store store : List.<Store>of(
                JdbcStore.open(Databases.h2()), JdbcStore.open(Databases.freshPostgres()), new InMemoryStore())) {
            store.inTransaction(() -> store.beneficiaries().insertAll(batch));
            List<List<Object>> read = new ArrayList<>();

            store.beneficiaries().forEachIdentity((nik, key) -> read.add(List.of(nik, key)));

            assertThat(read).as(store.getClass().getSimpleName()).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void chunkLookUpsFindTheStoredNiksAndDuplicateKeysOnEitherDatabase() {
        for (DataSource ds : List.of(Databases.h2(), Databases.freshPostgres())) {
            JdbcStore store = JdbcStore.open(ds);
            List<Beneficiary> batch = fresh(300, 11);
            store.inTransaction(() -> store.beneficiaries().insertAll(batch.subList(0, 200)));
            List<Beneficiary> stored = batch.subList(0, 200);
            List<Beneficiary> absent = batch.subList(200, 300);

            var byNik = store.beneficiaries()
                    .findByNiks(batch.stream().flatMap(b -> b.nik().stream()).toList());
            Set<Nik> niks = byNik.keySet();
            var keys = store.beneficiaries()
                    .findByDuplicateKeys(
                            batch.stream().map(Beneficiary::duplicateKey).toList());

            assertThat(niks)
                    .containsExactlyInAnyOrderElementsOf(
                            stored.stream().flatMap(b -> b.nik().stream()).toList());
            assertThat(keys.keySet())
                    .containsAll(stored.stream()
                            .filter(b -> b.mergedInto().isEmpty())
                            .map(Beneficiary::duplicateKey)
                            .toList());
            assertThat(absent).noneMatch(b -> b.nik().map(niks::contains).orElse(false));
            byNik.forEach((nik, b) -> assertThat(b.nik()).contains(nik));
            assertThat(keys.values().stream().flatMap(List::stream))
                    .allMatch(b -> stored.stream().anyMatch(s -> s.id().equals(b.id())));
            keys.forEach((key, found) -> assertThat(found)
                    .usingRecursiveFieldByFieldElementComparator()
                    .containsExactlyElementsOf(store.beneficiaries().findByDuplicateKey(key)));
        }
    }

    /**
     * The summary a bulk registration reads (Bloom filters) never says "certainly not stored" of a stored identity,
     * nor of one added since, on either database, and says it of nearly every identity absent.
     */
    @Test
    void theSummaryOfStoredIdentitiesHoldsEveryStoredAndAddedOneOnEitherDatabase() {
        for (DataSource ds : List.of(Databases.h2(), Databases.freshPostgres())) {
            JdbcStore store = JdbcStore.open(ds);
            List<Beneficiary> batch = fresh(3_000, 17);
            List<Beneficiary> stored = batch.subList(0, 1_000);
            List<Beneficiary> added = batch.subList(1_000, 2_000);
            List<Beneficiary> absent = batch.subList(2_000, 3_000);
            store.inTransaction(() -> store.beneficiaries().insertAll(stored));

            var summary = store.beneficiaries().readIdentities(10_000).orElseThrow();
            added.forEach(summary::add);

            assertThat(summary.held()).isEqualTo(2_000);
            assertThat(summary.full()).isFalse();
            for (Beneficiary b : batch.subList(0, 2_000)) {
                assertThat(summary.mayHoldKey(b.duplicateKey())).isTrue();
                b.nik().ifPresent(nik -> assertThat(summary.mayHoldNik(nik)).isTrue());
            }
            long falsePositives = absent.stream()
                    .filter(b -> summary.mayHoldKey(b.duplicateKey())
                            || b.nik().map(summary::mayHoldNik).orElse(false))
                    .count();
            assertThat(falsePositives).isLessThan(10);
        }
    }

    /**
     * The chunk look-ups of an import must be index probes: a parameter of another type than the column (text[] for
     * a CHAR(16) NIK) silently turns them into a scan of the whole table or index per chunk. With sequential scans
     * priced out, the plan must still probe the index with a condition on the looked-up column.
     */
    @Test
    void chunkLookUpsOnPostgresCanUseTheIndexes() throws Exception {
        DataSource ds = Databases.freshPostgres();
        JdbcStore.open(ds);
        try (java.sql.Connection c = ds.getConnection();
                java.sql.Statement s = c.createStatement()) {
            s.execute("SET enable_seqscan = off");
            String niks = plan(
                    c,
                    "SELECT id FROM beneficiary " + JdbcBeneficiaries.NIKS_ON_POSTGRES,
                    p -> p.setArray(1, c.createArrayOf("text", new Object[] {"5202014107900001"})));
            String keys = plan(
                    c,
                    JdbcBeneficiaries.KEYS_ON_POSTGRES,
                    p -> p.setArray(1, c.createArrayOf("text", new Object[] {"siti|1990-07-01|52.02"})));

            String block = plan(c, JdbcBeneficiaries.BLOCK_CANDIDATES, p -> {
                p.setString(1, "52.02");
                p.setInt(2, 1989);
                p.setInt(3, 1991);
            });
            String card = plan(c, JdbcBeneficiaries.CARD_CANDIDATES, p -> {
                p.setString(1, "5202011503100001");
                p.setString(2, "5202011503100001");
            });

            // an index condition, not a whole-index scan with a filter (what a priced-out sequential scan becomes);
            // on an empty table the exact key may be probed through either index that leads with its columns
            assertThat(niks)
                    .contains("uq_beneficiary_nik")
                    .containsPattern("Index Cond: \\(+nik_index\\)?(::text)? = ANY");
            assertThat(keys).contains("ix_beneficiary_duplicate").containsPattern("Index Cond: .*duplicate_index");
            // the blocking key is in clear, the look-up values are blind indexes: nothing here is decrypted
            assertThat(block)
                    .contains("ix_beneficiary_block")
                    .containsPattern("Index Cond: .*origin_regency.*birth_year");
            assertThat(card).contains("ix_beneficiary_family_card").containsPattern("Index Cond: .*family_card_index");
        }
    }

    private static String plan(java.sql.Connection c, String sql, Rows.Binder binder) throws Exception {
        try (java.sql.PreparedStatement p = c.prepareStatement("EXPLAIN " + sql)) {
            binder.bind(p);
            StringBuilder plan = new StringBuilder();
            try (java.sql.ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
            return plan.toString();
        }
    }

    private static Beneficiary withClone(Beneficiary original) {
        Beneficiary other = fresh(1, 99).get(0);
        Person person = new Person(
                other.name(),
                other.sex(),
                other.birth(),
                Optional.of(original.nik().orElseThrow()),
                Optional.empty(),
                other.documentStatus(),
                other.origin(),
                Optional.empty());
        CaseHistory history = new CaseHistory(
                other.status(),
                other.outcome(),
                other.history(),
                other.assessments(),
                other.consents(),
                Optional.empty(),
                Set.of());
        return Beneficiary.rebuild(
                other.id(),
                person,
                other.returnInfo(),
                other.profile(),
                history,
                other.registeredBy(),
                other.registeredAt(),
                0);
    }

    private static void bulkRoundTrip(DataSource ds) {
        JdbcStore store = JdbcStore.open(ds);
        List<Beneficiary> batch = fresh(2_000, 42);

        long inserted = store.inTransaction(() -> store.beneficiaries().insertAll(batch));

        assertThat(inserted).isEqualTo(2_000);
        assertThat(store.beneficiaries().count()).isEqualTo(2_000);
        for (Beneficiary b : batch.subList(0, 200)) {
            assertThat(store.beneficiaries().find(b.id())).contains(b.withVersion(1));
        }
    }
}
