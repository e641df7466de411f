package id.pulih.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import id.pulih.Desk;
import id.pulih.access.AccessDeniedException;
import id.pulih.access.Actor;
import id.pulih.access.Jurisdiction;
import id.pulih.access.Role;
import id.pulih.audit.AccessLogEntry;
import id.pulih.audit.AccessOutcome;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.OrganisationId;
import id.pulih.shared.PersonName;
import id.pulih.shared.RegionCode;
import id.pulih.store.Store;
import id.pulih.testkit.contract.AccessMatrix.Entry;
import id.pulih.testkit.contract.AccessMatrix.Shape;
import id.pulih.testkit.contract.AccessMatrix.Target;
import id.pulih.testkit.contract.MatrixWorld.Side;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The access matrix: every read and write method of every service on the {@link Desk} ({@link AccessMatrix#ENTRIES},
 * one entry each) run by every kind of actor ({@link Who}) on a case it covers and on one it does not, each outcome
 * checked against an independent oracle ({@link Who#covers}, {@link Who#administers}) that decides from the facts the
 * world wrote down while building the cases (which region a case is in, which referral or grant exists), never from
 * the engine's own rules. A cell the oracle allows must succeed and, for a read, leave one access-log entry per case
 * it returns; a cell it refuses must throw {@link AccessDeniedException}; a list must show the case only when the
 * oracle allows, and log it only then.
 *
 * <p>Each actor gets one world (one store from {@link #newStore()}), built once and shared by all of its cells; the
 * cells that change a case get cases of their own, so that no cell depends on another.
 * {@link #everyMethodOfEveryServiceOnTheDeskHasExactlyOneMatrixEntry()} fails when a service gains a method the
 * matrix does not list: add one {@link Entry} to {@link AccessMatrix#ENTRIES}.
 */
public abstract class AccessMatrixContract {
    /** For subclasses. */
    protected AccessMatrixContract() {}

    /**
     * A new, empty store: called once per kind of actor.
     *
     * @return the store under test, holding no records
     */
    protected abstract Store newStore();

    /**
     * Releases a store made by {@link #newStore()}; does nothing unless overridden.
     *
     * @param store the store to release
     */
    protected void release(Store store) {}

    /** Every kind of actor the matrix runs as; the oracle's rules are written here, from the facts alone. */
    enum Who {
        NATIONAL("mx-national", Role.CASE_WORKER, Jurisdiction.national(), ""),
        PROVINCE("mx-province", Role.CASE_WORKER, Jurisdiction.province(RegionCode.of("52")), "52"),
        REGENCY("mx-regency", Role.CASE_WORKER, Jurisdiction.regency(RegionCode.of("52.02")), "52.02"),
        OTHER_REGENCY("mx-other-regency", Role.CASE_WORKER, Jurisdiction.regency(RegionCode.of("52.01")), "52.01"),
        OTHER_PROVINCE("mx-other-province", Role.CASE_WORKER, Jurisdiction.province(RegionCode.of("53")), "53"),
        PARTNER_REFERRED("mx-partner", Role.CASE_WORKER, Jurisdiction.partner(MatrixWorld.PANCA_KARSA), null),
        PARTNER_OTHER("mx-partner-other", Role.CASE_WORKER, Jurisdiction.partner(MatrixWorld.RUMAH_PEREMPUAN), null),
        AUDITOR("mx-auditor", Role.AUDITOR, Jurisdiction.national(), ""),
        SUPERVISOR("mx-supervisor", Role.SUPERVISOR, Jurisdiction.regency(RegionCode.of("52.02")), "52.02"),
        /** An officer of Kupang who broke the glass on every case of side A its cells touch. */
        BREAK_GLASS("mx-break-glass", Role.CASE_WORKER, Jurisdiction.regency(RegionCode.of("53.01")), "53.01");

        final Actor actor;
        /** The region the actor administers, as dotted text ({@code ""} for the whole country); none for a partner. */
        private final String area;

        Who(String id, Role role, Jurisdiction jurisdiction, String area) {
            this.actor = Actor.of(id, PersonName.of("Matrix Officer"), role, jurisdiction);
            this.area = area;
        }

        /** Whether a region lies within the actor's area, by the dotted codes alone. */
        boolean administers(String region) {
            return area != null && (area.isEmpty() || region.equals(area) || region.startsWith(area + "."));
        }

        /** Whether the actor covers a case: a region of it in the area, an open referral to it, or its grant. */
        boolean covers(MatrixWorld.Facts facts) {
            return facts.regions.stream().anyMatch(this::administers)
                    || partner().map(p -> facts.partners.contains(p.code())).orElse(false)
                    || facts.grantHolders.contains(actor.id());
        }

        Optional<OrganisationId> partner() {
            return actor.jurisdiction().organisationId();
        }

        boolean changes() {
            return this != AUDITOR;
        }

        boolean supervises() {
            return this == SUPERVISOR;
        }

        boolean oversees() {
            return this == SUPERVISOR || this == AUDITOR;
        }

        boolean governs() {
            return partner().isEmpty();
        }

        boolean national() {
            return area != null && area.isEmpty();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyMethodForEveryKindOfActorOnACoveredAndAnUncoveredCaseAgreesWithTheOracle() {
        return Arrays.stream(Who.values()).map(who -> DynamicTest.dynamicTest(who.name(), () -> runAs(who)));
    }

    private void runAs(Who who) {
        Store store = newStore();
        try {
            MatrixWorld world = new MatrixWorld(store);
            Desk desk = world.pulih.as(who.actor);
            Map<Entry, Map<Side, Target>> targets = new HashMap<>();
            for (Entry entry : AccessMatrix.ENTRIES) {
                Map<Side, Target> bySide = new HashMap<>();
                for (Side side : Side.values()) {
                    Target target = entry.setup().apply(world, side);
                    if (who == Who.BREAK_GLASS && side == Side.A) {
                        target.covering().forEach(id -> world.grant(desk, id));
                    }
                    bySide.put(side, target);
                }
                targets.put(entry, bySide);
            }
            List<String> failures = new ArrayList<>();
            for (Entry entry : AccessMatrix.ENTRIES) {
                for (Side side : Side.values()) {
                    Target target = targets.get(entry).get(side);
                    String cell = entry.method() + " × " + who + " × side " + side;
                    try {
                        check(world, desk, who, entry, target, failures, cell);
                    } catch (RuntimeException | AssertionError e) {
                        failures.add(cell + ": " + e);
                    }
                }
            }
            assertThat(failures).as("cells that disagree with the oracle").isEmpty();
        } finally {
            release(store);
        }
    }

    private static void check(
            MatrixWorld world, Desk desk, Who who, Entry entry, Target target, List<String> failures, String cell) {
        boolean gate = entry.gate().allows(who, target, world);
        boolean covered = target.covering().stream().allMatch(id -> who.covers(world.facts(id)));
        boolean allowed = gate && (entry.shape() == Shape.LIST || entry.shape() == Shape.OTHER || covered);
        Map<BeneficiaryId, Integer> before = reads(world, who, target);
        Object result;
        try {
            result = entry.call().apply(desk, target);
        } catch (AccessDeniedException denied) {
            if (allowed) {
                failures.add(cell + ": expected allowed, was refused: " + denied.getMessage());
            }
            return;
        } catch (RuntimeException other) {
            failures.add(cell + ": expected " + (allowed ? "allowed" : "refused") + ", threw " + other);
            return;
        }
        if (!allowed) {
            failures.add(cell + ": expected refused with AccessDeniedException, was allowed");
            return;
        }
        Map<BeneficiaryId, Integer> after = reads(world, who, target);
        boolean logged = entry.shape() == Shape.READ;
        if (entry.shape() == Shape.LIST) {
            boolean shown = entry.shows().test(result, target);
            boolean oracle = covered;
            if (shown != oracle) {
                failures.add(cell + ": the list " + (shown ? "shows" : "leaves out") + " the case, the oracle says "
                        + (oracle ? "show it" : "leave it out"));
                return;
            }
            logged = shown && !target.covering().isEmpty();
            if (!shown) {
                for (BeneficiaryId id : target.covering()) {
                    if (!after.get(id).equals(before.get(id))) {
                        failures.add(cell + ": a case left out of the list was logged as read");
                    }
                }
            }
        }
        if (logged) {
            for (BeneficiaryId id : target.covering()) {
                if (after.get(id) - before.get(id) != 1) {
                    failures.add(cell + ": expected one access-log entry for the case returned, found "
                            + (after.get(id) - before.get(id)));
                }
            }
        }
    }

    /** How many reads the actor has in the access log of each case of the target. */
    private static Map<BeneficiaryId, Integer> reads(MatrixWorld world, Who who, Target target) {
        AccessOutcome expected = who == Who.BREAK_GLASS ? AccessOutcome.BREAK_GLASS : AccessOutcome.ALLOWED;
        Map<BeneficiaryId, Integer> counts = new HashMap<>();
        for (BeneficiaryId id : target.covering()) {
            int n = 0;
            for (AccessLogEntry e : world.pulih.store().accessLog().forBeneficiary(id)) {
                if (e.actorId().equals(who.actor.id()) && e.outcome() == expected) {
                    n++;
                }
            }
            counts.put(id, n);
        }
        return counts;
    }

    @Test
    void everyMethodOfEveryServiceOnTheDeskHasExactlyOneMatrixEntry() {
        Map<String, Integer> methods = new TreeMap<>();
        for (Method service : Desk.class.getMethods()) {
            Class<?> type = service.getReturnType();
            if (!type.isInterface() || !type.getPackageName().equals("id.pulih")) {
                continue;
            }
            for (Method m : type.getMethods()) {
                if (!Modifier.isStatic(m.getModifiers())) {
                    methods.merge(service.getName() + "." + m.getName(), 1, Integer::sum);
                }
            }
        }
        Map<String, Integer> entries = new TreeMap<>();
        for (Entry e : AccessMatrix.ENTRIES) {
            entries.merge(e.method(), 1, Integer::sum);
        }
        assertThat(methods).as("services reached from the Desk").isNotEmpty();
        assertThat(methods.values())
                .as("overloaded methods need an entry per signature")
                .containsOnly(1);
        assertThat(new TreeSet<>(entries.keySet()))
                .as("one matrix entry per service method")
                .isEqualTo(new TreeSet<>(methods.keySet()));
        assertThat(entries.values()).as("one entry per method, no more").containsOnly(1);
    }
}
