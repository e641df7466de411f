package id.pulih.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import id.pulih.access.Jurisdiction;
import id.pulih.audit.AuditEntry;
import id.pulih.beneficiary.Beneficiary;
import id.pulih.beneficiary.CaseField;
import id.pulih.beneficiary.CaseStatus;
import id.pulih.grant.Award;
import id.pulih.grant.Payment;
import id.pulih.grant.PaymentStatus;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.FieldChange;
import id.pulih.shared.OrganisationId;
import id.pulih.shared.RecordType;
import id.pulih.store.Store;
import id.pulih.testkit.CaseCommand;
import id.pulih.testkit.CaseWorld;
import id.pulih.testkit.CaseWorld.Applied;
import id.pulih.testkit.PulihGen;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Random case histories ({@link PulihGen#caseCommands()}: registrations, second registrations of the same person,
 * merges, admissions, transfers, discharges, returns, closings, reopenings, assessments, some by officers of other
 * jurisdictions) run through the services on the store under test, checking after every command what must hold
 * whatever the order: a successful command leaves exactly one audit entry, a refused one leaves no entry and no
 * record changed; a person, counted over every registration merged into one case, has at most one open stay and at
 * most one return under way. A successful correction or attached NIK lists in its audit entry exactly the fields
 * that differ between the stored record before and after, each as the stored records show it, masked, and the same
 * changes as the case's history keeps. A partner sees a case exactly while a referral to it is open and consent to
 * disclosure holds (or a supervisor overrode it), or when it registered the case, as {@link
 * CaseWorld#partnersReferredTo} computes from the stored data. No award goes to a closed or merged case, no payment
 * to a closed case, and no payment approved or at the bank belongs to a closed case.
 */
public abstract class CaseSequencesContract extends PortContract {
    /** For subclasses. */
    protected CaseSequencesContract() {}

    @Test
    void everyCommandLeavesOneAuditEntryOrNothingAndAPersonHasOneBedAndOneReturnUnderWay() {
        forEachGenerated(PulihGen.caseCommands(), (store, commands) -> {
            CaseWorld world = CaseWorld.create(store);
            Set<String> paid = new HashSet<>();
            for (CaseCommand command : commands) {
                long entries = store.auditTrail().count();
                Map<String, Long> before = world.versions();
                Optional<Beneficiary> subject = changesFields(command)
                        ? world.subject(command).flatMap(store.beneficiaries()::find)
                        : Optional.empty();

                Applied applied = world.apply(command);

                applied.refusal()
                        .ifPresent(refusal -> assertThat(refusal.code())
                                .as("a single-threaded history is never stale: %s", command)
                                .isNotEqualTo("record.stale"));
                long added = store.auditTrail().count() - entries;
                if (applied.isSucceeded()) {
                    assertThat(added).as("audit entries of %s", command).isEqualTo(1);
                    subject.ifPresent(b -> assertFieldChanges(store, b, command));
                } else {
                    assertThat(added)
                            .as("audit entries of %s (%s)", command, applied)
                            .isZero();
                    assertThat(world.versions())
                            .as("records after %s (%s)", command, applied)
                            .isEqualTo(before);
                }
                for (Map.Entry<BeneficiaryId, List<BeneficiaryId>> person :
                        people(store, world).entrySet()) {
                    List<BeneficiaryId> registrations = person.getValue();
                    assertThat(registrations.stream()
                                    .filter(id -> store.stays().findOpen(id).isPresent())
                                    .count())
                            .as("open stays of %s after %s", registrations, command)
                            .isLessThanOrEqualTo(1);
                    assertThat(registrations.stream()
                                    .filter(id ->
                                            store.repatriations().findActive(id).isPresent())
                                    .count())
                            .as("returns under way of %s after %s", registrations, command)
                            .isLessThanOrEqualTo(1);
                }
                checkPartnerAccess(world, command);
                checkGrants(store, world, command, paid);
            }
        });
    }

    /** The commands whose audit entry lists field changes. */
    private static boolean changesFields(CaseCommand command) {
        CaseCommand plain = command instanceof CaseCommand.As as ? as.command() : command;
        return plain instanceof CaseCommand.Correct || plain instanceof CaseCommand.AttachNik;
    }

    /** The fields a correction may change, read from the record here, in the order a change lists them. */
    private static final Map<String, Function<Beneficiary, Object>> FIELDS = fields();

    private static Map<String, Function<Beneficiary, Object>> fields() {
        Map<String, Function<Beneficiary, Object>> f = new LinkedHashMap<>();
        f.put("name", Beneficiary::name);
        f.put("sex", Beneficiary::sex);
        f.put("birthDate", Beneficiary::birth);
        f.put("originRegion", Beneficiary::origin);
        f.put("nik", Beneficiary::nik);
        f.put("familyCardNumber", Beneficiary::familyCard);
        f.put("documentStatus", Beneficiary::documentStatus);
        f.put("phone", Beneficiary::phone);
        f.put("bankAccount", b -> b.person().bankAccount());
        f.put("exploitation", b -> b.profile().exploitation());
        f.put("control", b -> b.profile().control());
        f.put("sector", b -> b.profile().sector());
        f.put("recruiter", b -> b.profile().recruiter());
        return f;
    }

    /** Five digits in a row: more of an identifier than a masked value ever shows. */
    private static final Pattern DIGITS = Pattern.compile("\\d{5,}");

    private static void assertFieldChanges(Store store, Beneficiary before, CaseCommand command) {
        Beneficiary after = store.beneficiaries().find(before.id()).orElseThrow();
        if (after.version() == before.version()) {
            // a NIK of another case: refused, the duplicate opened is the change, and the case is as it was
            assertThat(after).as("the case after %s", command).isEqualTo(before);
            return;
        }
        List<AuditEntry> trail = store.auditTrail()
                .forRecord(RecordType.BENEFICIARY.label(), before.id().toString());
        AuditEntry entry = trail.get(trail.size() - 1);
        assertThat(entry.versionBefore()).as("version before, %s", command).isEqualTo(before.version());
        assertThat(entry.versionAfter()).as("version after, %s", command).isEqualTo(after.version());
        List<String> differing = FIELDS.entrySet().stream()
                .filter(e -> !e.getValue().apply(before).equals(e.getValue().apply(after)))
                .map(Map.Entry::getKey)
                .toList();
        assertThat(entry.changes())
                .as("the fields %s changed", command)
                .extracting(FieldChange::field)
                .containsExactlyElementsOf(differing);
        for (FieldChange change : entry.changes()) {
            CaseField field = List.of(CaseField.values()).stream()
                    .filter(f -> f.label().equals(change.field()))
                    .findFirst()
                    .orElseThrow();
            assertThat(change.before()).as("%s before", change.field()).isEqualTo(field.shown(before));
            assertThat(change.after()).as("%s after", change.field()).isEqualTo(field.shown(after));
            assertThat(change.before() + " " + change.after())
                    .as("%s masked", change.field())
                    .doesNotContainPattern(DIGITS);
        }
        assertThat(after.corrections())
                .as("the history keeps the correction of %s", command)
                .hasSize(before.corrections().size() + 1);
        assertThat(after.corrections().get(after.corrections().size() - 1).changes())
                .isEqualTo(entry.changes());
    }

    @Test
    void aPartnerSeesACaseExactlyWhileAReferralToItIsOpenAndConsentToDisclosureHolds() {
        forEachGenerated(PulihGen.referralCommands(), (store, commands) -> {
            CaseWorld world = CaseWorld.create(store);
            for (CaseCommand command : commands) {
                long entries = store.auditTrail().count();
                Applied applied = world.apply(command);
                assertThat(store.auditTrail().count() - entries)
                        .as("audit entries of %s (%s)", command, applied)
                        .isEqualTo(applied.isSucceeded() ? 1 : 0);
                checkPartnerAccess(world, command);
            }
        });
    }

    /**
     * Each partner's list of cases against the oracle: the survivors referred to it today ({@link
     * CaseWorld#partnersReferredTo}: an active plan, a referral PENDING or ACCEPTED within its period, consent to
     * disclosure holding or overridden) and those it registered.
     */
    private static void checkPartnerAccess(CaseWorld world, CaseCommand command) {
        Set<BeneficiaryId> survivors = people(world.store(), world).keySet();
        for (OrganisationId partner : PulihGen.partnerOrganisations()) {
            Set<BeneficiaryId> expected = new HashSet<>();
            for (BeneficiaryId id : survivors) {
                if (world.partnersReferredTo(id).contains(partner)
                        || world.survivor(id).registeredBy().equals(Jurisdiction.partner(partner))) {
                    expected.add(id);
                }
            }
            Set<BeneficiaryId> seen = new HashSet<>();
            for (Beneficiary b :
                    world.pulih().as(CaseWorld.partnerOfficer(partner)).cases().list(Optional.empty(), 10_000)) {
                seen.add(b.id());
            }
            assertThat(seen).as("the cases %s sees after %s", partner, command).isEqualTo(expected);
        }
    }

    /**
     * No award to a closed or merged case, no payment to a closed case: an award that a command created names a
     * registration that is not merged into another, and its case is not closed; a payment that a command created
     * belongs to a case (the survivor of its award's registration) that is not closed; and no payment approved or at
     * the bank belongs to a closed case (closing waits for the bank's answer). {@code seen} holds the awards and
     * payments already checked, by id.
     */
    private static void checkGrants(Store store, CaseWorld world, CaseCommand command, Set<String> seen) {
        for (BeneficiaryId id : world.beneficiaries()) {
            for (Award award : store.awards().forBeneficiary(id)) {
                Beneficiary holder =
                        store.beneficiaries().find(award.beneficiary()).orElseThrow();
                Beneficiary survivor = world.survivor(award.beneficiary());
                if (seen.add("award " + award.id())) {
                    assertThat(holder.mergedInto())
                            .as("the registration awarded by %s", command)
                            .isEmpty();
                    assertThat(holder.status())
                            .as("the case awarded by %s", command)
                            .isNotEqualTo(CaseStatus.CLOSED);
                }
                for (Payment payment : store.payments().forAward(award.id())) {
                    // an award follows its registration into the survivor and is paid as the survivor's
                    if (seen.add("payment " + payment.id())) {
                        assertThat(survivor.status())
                                .as("the case paid by %s", command)
                                .isNotEqualTo(CaseStatus.CLOSED);
                    }
                    if (payment.status() == PaymentStatus.APPROVED || payment.status() == PaymentStatus.SENT) {
                        assertThat(survivor.status())
                                .as("the case of a payment %s after %s", payment.status(), command)
                                .isNotEqualTo(CaseStatus.CLOSED);
                    }
                }
            }
        }
    }

    /** The world's registrations grouped by the case they are read as: each one's survivor after every merge. */
    private static Map<BeneficiaryId, List<BeneficiaryId>> people(Store store, CaseWorld world) {
        Map<BeneficiaryId, List<BeneficiaryId>> people = new LinkedHashMap<>();
        for (BeneficiaryId id : world.beneficiaries()) {
            Beneficiary b = store.beneficiaries().find(id).orElseThrow();
            while (b.mergedInto().isPresent()) {
                b = store.beneficiaries().find(b.mergedInto().get()).orElseThrow();
            }
            people.computeIfAbsent(b.id(), k -> new ArrayList<>()).add(id);
        }
        return people;
    }
}
