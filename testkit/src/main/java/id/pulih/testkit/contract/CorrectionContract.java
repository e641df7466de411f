package id.pulih.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pulih.Corrected;
import id.pulih.NikAttachment;
import id.pulih.audit.AuditEntry;
import id.pulih.beneficiary.Beneficiary;
import id.pulih.beneficiary.CaseField;
import id.pulih.beneficiary.CorrectionFormBuilder;
import id.pulih.beneficiary.DocumentStatus;
import id.pulih.beneficiary.DuplicateStatus;
import id.pulih.beneficiary.ExploitationType;
import id.pulih.beneficiary.LabourSector;
import id.pulih.beneficiary.MeansOfControl;
import id.pulih.beneficiary.NikAttachmentForm;
import id.pulih.beneficiary.PotentialDuplicate;
import id.pulih.beneficiary.RecruiterRelation;
import id.pulih.grant.Award;
import id.pulih.shared.BankAccount;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.ConflictException;
import id.pulih.shared.FieldChange;
import id.pulih.shared.Nik;
import id.pulih.shared.RecordType;
import id.pulih.testkit.contract.MatrixWorld.Side;
import id.pulih.testkit.contract.MatrixWorld.Stage;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Correcting a case, attaching a recovered NIK and the bank account on file, through the services on the store under
 * test: what a correction sets, the history of corrections, the bank account and the field changes of the audit entry
 * read back as they were written; a refused correction leaves the store as it was; a NIK of another case is refused
 * and the potential duplicate it opens is kept.
 */
public abstract class CorrectionContract extends PortContract {
    /** For subclasses. */
    protected CorrectionContract() {}

    private static Beneficiary fresh(MatrixWorld world) {
        BeneficiaryId id = world.fresh(Side.A);
        return world.pulih.store().beneficiaries().find(id).orElseThrow();
    }

    private List<AuditEntry> trail(BeneficiaryId id) {
        return store().auditTrail().forRecord(RecordType.BENEFICIARY.label(), id.toString());
    }

    @Test
    void aCorrectionOfEveryFieldReadsBackWithItsHistoryAndItsAuditedChanges() {
        MatrixWorld world = new MatrixWorld(store());
        Beneficiary b = fresh(world);

        Corrected c = world.hq
                .cases()
                .correct(
                        b.id(),
                        new CorrectionFormBuilder()
                                .name("Siti Aminah binti Lalu")
                                .birthDate(LocalDate.of(1991, 7, 5))
                                .originRegion("52.02.02")
                                .phone("0812 3456 7890")
                                .familyCardNumber("5202020101910001")
                                .documentStatus(DocumentStatus.NONE)
                                .exploitation(Set.of(ExploitationType.FORCED_LABOUR, ExploitationType.FORCED_MARRIAGE))
                                .control(Set.of(MeansOfControl.DEBT_BONDAGE))
                                .sector(LabourSector.DOMESTIC_WORK)
                                .recruiter(RecruiterRelation.FRIEND_OR_ACQUAINTANCE)
                                .bankCode("BRI")
                                .accountNumber("0123-01-000456-50-7")
                                .reason("the family card was recovered; she opened an account")
                                .expectedVersion(b.version())
                                .build());

        Beneficiary stored = store().beneficiaries().find(b.id()).orElseThrow();
        assertThat(stored).isEqualTo(c.beneficiary());
        assertThat(stored.person().bankAccount())
                .contains(BankAccount.parse("002", "012301000456507", "Siti Aminah binti Lalu"));
        assertThat(stored.corrections()).hasSize(1);
        List<FieldChange> changes = stored.corrections().get(0).changes();
        assertThat(changes)
                .extracting(FieldChange::field)
                .containsExactlyElementsOf(List.of(CaseField.values()).stream()
                        .filter(f -> f != CaseField.NIK && f != CaseField.SEX)
                        .map(CaseField::label)
                        .toList());
        AuditEntry entry = trail(b.id()).get(1);
        assertThat(entry.changes()).isEqualTo(changes);
        assertThat(store().auditTrail().byActor(entry.actorId()))
                .filteredOn(e -> e.id().equals(entry.id()))
                .singleElement()
                .satisfies(e -> assertThat(e.changes()).isEqualTo(changes));
        assertThat(changes.toString()).doesNotContain("012301000456507", "5202020101910001", "81234567890");

        Corrected again = world.hq
                .cases()
                .correct(
                        b.id(),
                        new CorrectionFormBuilder()
                                .estimatedBirthYear(1989)
                                .reason("the card's date was a guess")
                                .expectedVersion(stored.version())
                                .build());
        assertThat(store().beneficiaries().find(b.id()).orElseThrow().corrections())
                .as("corrections kept oldest first")
                .hasSize(2)
                .isEqualTo(again.beneficiary().corrections());
    }

    @Test
    void aStaleCorrectionLeavesTheStoredCaseAndTheTrailAsTheyWere() {
        MatrixWorld world = new MatrixWorld(store());
        Beneficiary b = fresh(world);
        long entries = store().auditTrail().count();

        assertThatThrownBy(() -> world.hq
                        .cases()
                        .correct(
                                b.id(),
                                new CorrectionFormBuilder()
                                        .phone("0812 3456 7890")
                                        .reason("a new number")
                                        .expectedVersion(b.version() + 1)
                                        .build()))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.code()).isEqualTo("record.stale"));

        assertThat(store().beneficiaries().find(b.id())).contains(b);
        assertThat(store().auditTrail().count()).isEqualTo(entries);
    }

    @Test
    void anAttachedNikIsStoredAndOneOfAnotherCaseIsRefusedKeepingTheDuplicate() {
        MatrixWorld world = new MatrixWorld(store());
        Beneficiary first = fresh(world);
        Beneficiary second = fresh(world);

        NikAttachment attached = world.hq
                .cases()
                .attachNik(first.id(), new NikAttachmentForm("5202014507909001", "KTP recovered", false, 1));
        assertThat(store().beneficiaries().findByNik(Nik.of("5202014507909001")))
                .contains(attached.beneficiary());
        assertThat(attached.beneficiary().documentStatus()).isEqualTo(DocumentStatus.HELD);
        long entries = store().auditTrail().count();

        NikAttachment refused = world.hq
                .cases()
                .attachNik(second.id(), new NikAttachmentForm("5202014507909001", "KTP recovered", false, 1));

        assertThat(refused.attached()).isFalse();
        assertThat(refused.otherCase()).contains(first.id());
        assertThat(store().beneficiaries().find(second.id())).contains(second);
        PotentialDuplicate d = store().potentialDuplicates()
                .find(refused.duplicate().orElseThrow())
                .orElseThrow();
        assertThat(d.status()).isEqualTo(DuplicateStatus.OPEN);
        assertThat(store().potentialDuplicates().involving(second.id())).containsExactly(d);
        assertThat(store().auditTrail().count()).isEqualTo(entries + 1);
    }

    @Test
    void anAwardGoesToTheAccountOnFileGivenAtIntake() {
        MatrixWorld world = new MatrixWorld(store());
        MatrixWorld.Grant grant = world.grant(Side.A, Stage.NO_AWARD);
        BeneficiaryId main = world.main(Side.A).id();
        BankAccount onFile = store().beneficiaries()
                .find(main)
                .orElseThrow()
                .person()
                .bankAccount()
                .orElseThrow();

        Award award = world.hq.grants().awardToAccountOnFile(grant.scheme().id(), main);

        assertThat(award.account()).isEqualTo(onFile);
        assertThat(store().awards().find(award.id()).orElseThrow().account()).isEqualTo(onFile);
    }
}
