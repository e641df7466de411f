package id.pulih.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import id.pulih.beneficiary.Beneficiary;
import id.pulih.shared.BeneficiaryId;
import id.pulih.testkit.CaseWorld;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The store without keys (the contract suites run encrypted): a generated history round-trips, look-ups find its
 * persons by their plain blind indexes, and nothing is sealed.
 */
class PlainStoreIT {
    @Test
    void aPlainStoreRoundTripsAGeneratedHistoryAndFindsItsPersons() {
        DataSource ds = Databases.h2();
        JdbcStore store = JdbcStore.open(ds);
        assertThat(store.isEncrypted()).isFalse();
        CaseWorld world = EncryptionAtRestIT.run(store, EncryptionAtRestIT.richest(71));
        List<BeneficiaryId> ids = world.beneficiaries();
        Map<BeneficiaryId, List<Object>> read = EncryptionAtRestIT.snapshot(store, ids);
        assertThat(EncryptionAtRestIT.snapshot(JdbcStore.open(ds), ids)).isEqualTo(read);
        for (List<Object> records : read.values()) {
            Beneficiary b = (Beneficiary) records.get(0);
            if (b.mergedInto().isEmpty()) {
                assertThat(store.beneficiaries().findByDuplicateKey(b.duplicateKey()))
                        .contains(b);
                b.nik()
                        .ifPresent(nik ->
                                assertThat(store.beneficiaries().findByNik(nik)).contains(b));
            }
        }
        assertThat(store.plainPersons()).isEqualTo(ids.size());
    }
}
