package id.pulih.csv;

import static org.assertj.core.api.Assertions.assertThat;

import id.pulih.Pulih;
import id.pulih.access.Actor;
import id.pulih.beneficiary.PotentialDuplicate;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How an import treats rows that repeat, or may repeat, a stored person: decided by the engine, which alone sees the
 * stored cases (issue 13: the importer no longer receives stored records or NIKs of other jurisdictions).
 */
class DuplicateRowsImportTest {
    private static final String HEADER = "nik,name,sex,birth_date,region_code,return_country,return_date\n";
    private static final String WITHOUT_NIK = ",Siti Aminah,P,05/07/1990,52.02.01,MY,01/03/2020\n";
    private static final String WITH_NIK = "5202014507900001,Siti Aminah,P,05/07/1990,52.02.01,MY,01/03/2020\n";

    private final Pulih pulih = Officers.pulih();
    private final BeneficiaryImport imports = BeneficiaryImport.of(pulih);

    private ImportReport importAs(Actor actor, String text) {
        return imports.importFrom(
                actor, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), ImportOptions.defaults());
    }

    /**
     * A row without NIK repeating a stored person is skipped; a later row with a NIK and the same name, birth date and
     * regency is flagged against the stored person only. Before, the importer flagged it against the skipped row
     * too: a potential duplicate naming a record that was never written.
     */
    @Test
    void aRowIsFlaggedOnlyAgainstPeopleWhoAreStored() {
        importAs(Officers.HQ, HEADER + WITHOUT_NIK);

        ImportReport report = importAs(Officers.HQ, HEADER + WITHOUT_NIK + WITH_NIK);

        assertThat(report.duplicates()).isEqualTo(1);
        assertThat(report.imported()).isEqualTo(1);
        List<PotentialDuplicate> open = pulih.store().potentialDuplicates().open();
        assertThat(open).hasSize(1);
        assertThat(open).allSatisfy(d -> {
            assertThat(pulih.store().beneficiaries().find(d.existing())).isPresent();
            assertThat(pulih.store().beneficiaries().find(d.registered())).isPresent();
        });
        assertThat(report.flagged()).isEqualTo(1);
    }

    /**
     * A row without NIK whose name, birth date and regency only a case the officer does not cover shares is
     * registered and flagged, as a single registration is; before, it was silently counted as a duplicate of a case
     * the officer cannot open.
     */
    @Test
    void aRowWithoutNikLikeOnlyACaseElsewhereIsRegisteredAndFlagged() {
        // from Lombok Tengah, registered by the national office: not Kupang's
        importAs(Officers.HQ, HEADER + WITHOUT_NIK);

        ImportReport report = importAs(Officers.KUPANG, HEADER + WITHOUT_NIK);
        ImportReport again = importAs(Officers.KUPANG, HEADER + WITHOUT_NIK);

        assertThat(report.duplicates()).isZero();
        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.flagged()).isEqualTo(1);
        assertThat(again.duplicates()).as("its own case, the second time").isEqualTo(1);
        assertThat(pulih.store().beneficiaries().count()).isEqualTo(2);
    }
}
