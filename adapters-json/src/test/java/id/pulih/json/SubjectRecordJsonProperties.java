package id.pulih.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pulih.access.Actor;
import id.pulih.beneficiary.Beneficiary;
import id.pulih.grant.Award;
import id.pulih.privacy.Identifiers;
import id.pulih.privacy.SubjectRecord;
import id.pulih.reintegration.PlannedService;
import id.pulih.reintegration.ReintegrationPlan;
import id.pulih.shared.BankAccount;
import id.pulih.shared.BeneficiaryId;
import id.pulih.store.Store;
import id.pulih.testkit.CaseCommand;
import id.pulih.testkit.CaseWorld;
import id.pulih.testkit.PulihGen;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Over generated case histories ({@link PulihGen#caseCommands()}): every person's record, exported by a national
 * supervisor (identifiers whole) and by a national case worker (masked), is a document valid against the published
 * schema that holds exactly as many records of each kind as the store does for the case and the registrations merged
 * into it; the masked one holds no whole NIK, No. KK, phone or account number of anyone in the world, the whole one
 * the person's own.
 */
class SubjectRecordJsonProperties {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyExportValidatesAndHoldsWhatTheStoreHoldsMaskedOrWholeByTheOfficer() {
        qt().forAll(PulihGen.caseCommands()).checkAssert(commands -> {
            CaseWorld world = CaseWorld.create();
            for (CaseCommand command : commands) {
                world.apply(command);
            }
            Set<BeneficiaryId> cases = new LinkedHashSet<>();
            world.beneficiaries().forEach(id -> cases.add(world.survivor(id).id()));
            List<String> secrets = identifiers(world.store());
            for (BeneficiaryId id : cases) {
                check(world, id, CaseWorld.operator(), Identifiers.WHOLE, List.of());
                check(world, id, CaseWorld.caseWorker(), Identifiers.MASKED, secrets);
            }
        });
    }

    private static void check(
            CaseWorld world, BeneficiaryId id, Actor officer, Identifiers expected, List<String> mustNotAppear) {
        SubjectRecord record = world.pulih().as(officer).privacy().export(id);
        String json = SubjectRecordJson.toJson(record);
        Schemas.assertValid(json);
        JsonNode doc = parse(json);
        assertThat(doc.get("identifiers").asText()).isEqualTo(expected.name());
        assertThat(counts(doc)).isEqualTo(stored(world.store(), world.survivor(id)));
        Beneficiary b = world.survivor(id);
        assertThat(doc.get("beneficiary").asText()).isEqualTo(b.id().value().toString());
        assertThat(doc.at("/case/status").asText()).isEqualTo(b.status().name());
        assertThat(doc.at("/case/person/name").asText()).isEqualTo(b.name().value());
        if (expected == Identifiers.WHOLE) {
            assertThat(
                            doc.at("/case/person/nik").isNull()
                                    ? null
                                    : doc.at("/case/person/nik").asText())
                    .isEqualTo(b.nik().map(n -> n.value()).orElse(null));
            assertThat(text(doc.at("/case/person/phone")))
                    .isEqualTo(b.phone().map(p -> p.national()).orElse(null));
        }
        for (String secret : mustNotAppear) {
            assertThat(json).as("a masked export holds no whole identifier").doesNotContain(secret);
        }
        assertThat(SubjectRecordSummary.toText(record)).contains(b.name().value());
    }

    private static String text(JsonNode node) {
        return node.isNull() ? null : node.asText();
    }

    /** The number of records of each kind a document holds. */
    private static Map<String, Integer> counts(JsonNode doc) {
        Map<String, Integer> n = new TreeMap<>();
        for (String kind : List.of(
                "corrections",
                "assessments",
                "consents",
                "stays",
                "returns",
                "enrolments",
                "awards",
                "payments",
                "proposals",
                "plans",
                "followUps",
                "accessLog")) {
            n.put(kind, doc.get(kind).size());
        }
        n.put("statusHistory", doc.at("/case/statusHistory").size());
        n.put("mergedFrom", doc.at("/case/mergedFrom").size());
        int services = 0;
        int referrals = 0;
        for (JsonNode plan : doc.get("plans")) {
            services += plan.get("services").size();
            for (JsonNode service : plan.get("services")) {
                referrals += service.get("referrals").size();
            }
        }
        n.put("services", services);
        n.put("referrals", referrals);
        int visited = 0;
        for (JsonNode f : doc.get("followUps")) {
            visited += f.get("riskScore").isNull() ? 0 : 1;
        }
        n.put("riskScores", visited);
        return n;
    }

    /** The same counts, read from the store for a case and the registrations merged into it. */
    private static Map<String, Integer> stored(Store store, Beneficiary b) {
        List<BeneficiaryId> ids = new ArrayList<>();
        ids.add(b.id());
        b.mergedFrom().stream()
                .sorted(Comparator.comparing(BeneficiaryId::value))
                .forEach(ids::add);
        Map<String, Integer> n = new TreeMap<>();
        n.put(
                "corrections",
                sum(ids, i -> store.beneficiaries().find(i).orElseThrow().corrections()));
        n.put("assessments", b.assessments().size());
        n.put("consents", b.consents().size());
        n.put("stays", sum(ids, store.stays()::forBeneficiary));
        n.put("returns", sum(ids, store.repatriations()::forBeneficiary));
        n.put("enrolments", sum(ids, store.enrolments()::forBeneficiary));
        List<Award> awards = new ArrayList<>();
        ids.forEach(i -> awards.addAll(store.awards().forBeneficiary(i)));
        n.put("awards", awards.size());
        n.put(
                "payments",
                awards.stream()
                        .mapToInt(a -> store.payments().forAward(a.id()).size())
                        .sum());
        n.put("proposals", sum(ids, store.proposals()::forBeneficiary));
        List<ReintegrationPlan> plans = new ArrayList<>();
        ids.forEach(i -> plans.addAll(store.reintegrationPlans().forBeneficiary(i)));
        n.put("plans", plans.size());
        List<PlannedService> services =
                plans.stream().flatMap(p -> p.services().stream()).toList();
        n.put("services", services.size());
        n.put("referrals", services.stream().mapToInt(s -> s.referrals().size()).sum());
        n.put("followUps", sum(ids, store.followUps()::forBeneficiary));
        n.put("riskScores", (int) ids.stream()
                .flatMap(i -> store.followUps().forBeneficiary(i).stream())
                .filter(f -> f.riskScore().isPresent())
                .count());
        n.put("accessLog", sum(ids, store.accessLog()::forBeneficiary));
        n.put("statusHistory", b.history().size());
        n.put("mergedFrom", b.mergedFrom().size());
        return n;
    }

    private static int sum(List<BeneficiaryId> ids, Function<BeneficiaryId, List<?>> reader) {
        return ids.stream().mapToInt(i -> reader.apply(i).size()).sum();
    }

    /** Every whole NIK, No. KK, phone and account number the store holds, of anyone. */
    private static List<String> identifiers(Store store) {
        List<String> all = new ArrayList<>();
        for (Beneficiary b : store.beneficiaries().page(java.util.Optional.empty(), 10_000)) {
            b.nik().ifPresent(n -> all.add(n.value()));
            b.familyCard().ifPresent(k -> all.add(k.value()));
            b.phone().ifPresent(p -> all.add(p.national()));
            b.person().bankAccount().map(BankAccount::number).ifPresent(all::add);
            store.awards()
                    .forBeneficiary(b.id())
                    .forEach(a -> all.add(a.account().number()));
        }
        return all;
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
