package id.pulih;

import static id.pulih.testkit.PulihGen.actors;
import static id.pulih.testkit.PulihGen.caseCommands;
import static id.pulih.testkit.PulihGen.partnerOrganisations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import id.pulih.access.AccessDeniedException;
import id.pulih.access.Actor;
import id.pulih.access.Jurisdiction;
import id.pulih.access.Role;
import id.pulih.audit.AccessLogEntry;
import id.pulih.audit.AccessOutcome;
import id.pulih.beneficiary.Beneficiary;
import id.pulih.repatriation.Repatriation;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.OrganisationId;
import id.pulih.shared.PersonName;
import id.pulih.shared.RegionCode;
import id.pulih.shared.ShelterId;
import id.pulih.shelter.Stay;
import id.pulih.store.Store;
import id.pulih.testkit.CaseWorld;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessProperties {

    @Test
    void anActorNeverSeesACaseOutsideItsJurisdiction() {
        qt().forAll(caseCommands(), lists().of(actors()).ofSizeBetween(1, 5)).checkAssert((commands, generated) -> {
            CaseWorld world = CaseWorld.create();
            commands.forEach(command -> Steps.apply(world, command));
            List<Actor> viewers = new ArrayList<>(generated);
            viewers.addAll(officersNear(world));
            for (Actor viewer : viewers) {
                for (BeneficiaryId id : world.beneficiaries()) {
                    checkRead(world, viewer, id);
                }
            }
        });
    }

    /**
     * Reads one registration as {@code viewer}. A merged registration opens its survivor, so the oracle judges the
     * survivor (with the records of every registration merged into it) and the read is logged on the survivor.
     */
    private static void checkRead(CaseWorld world, Actor viewer, BeneficiaryId id) {
        Store store = world.store();
        Beneficiary survivor = survivorOf(store, id);
        boolean expected = mayRead(store, viewer.jurisdiction(), survivor)
                || viewer.jurisdiction() instanceof Jurisdiction.Partner p
                        && world.partnersReferredTo(survivor.id()).contains(p.organisation());
        int logged = store.accessLog().forBeneficiary(survivor.id()).size();
        AccessOutcome outcome;
        try {
            Beneficiary seen = world.pulih().as(viewer).cases().get(id);
            assertThat(seen.id()).isEqualTo(survivor.id());
            outcome = AccessOutcome.ALLOWED;
        } catch (AccessDeniedException denied) {
            assertThat(denied.code()).isEqualTo("access.denied");
            assertThat(denied.actorId()).isEqualTo(viewer.id());
            outcome = AccessOutcome.DENIED;
        }
        if (expected != (outcome == AccessOutcome.ALLOWED)) {
            fail("%s read %s: %s, but the oracle says %s", viewer, describe(store, survivor.id()), outcome, expected);
        }
        List<AccessLogEntry> log = store.accessLog().forBeneficiary(survivor.id());
        assertThat(log).hasSize(logged + 1);
        AccessLogEntry last = log.get(log.size() - 1);
        assertThat(last.actorId()).isEqualTo(viewer.id());
        assertThat(last.action()).isEqualTo("case.read");
        assertThat(last.outcome()).isEqualTo(outcome);
    }

    /** Follows merges from {@code id} to the registration that survived them. */
    private static Beneficiary survivorOf(Store store, BeneficiaryId id) {
        Beneficiary b = store.beneficiaries().find(id).orElseThrow();
        while (b.mergedInto().isPresent()) {
            b = store.beneficiaries().find(b.mergedInto().get()).orElseThrow();
        }
        return b;
    }

    /**
     * The oracle, from the stored data alone: national officers see everything; a province or regency sees cases
     * from, registered in, sheltered in or sent home to a place within it; a shelter sees the cases that stayed or
     * were registered there; a partner sees the cases it registered, and (checked by the caller with {@link
     * CaseWorld#partnersReferredTo}) those referred to it today with consent to disclosure holding. The
     * records of a registration merged into {@code b} count as {@code b}'s.
     */
    private static boolean mayRead(Store store, Jurisdiction jurisdiction, Beneficiary b) {
        Set<String> places = new HashSet<>();
        Set<ShelterId> shelters = new HashSet<>();
        places.add(b.origin().toString());
        Jurisdiction registrar = b.registeredBy();
        if (registrar instanceof Jurisdiction.Province p) {
            places.add(p.code().toString());
        } else if (registrar instanceof Jurisdiction.Regency r) {
            places.add(r.code().toString());
        } else if (registrar instanceof Jurisdiction.AtShelter s) {
            shelters.add(s.shelter());
        }
        List<BeneficiaryId> registrations = new ArrayList<>(b.mergedFrom());
        registrations.add(b.id());
        for (BeneficiaryId registration : registrations) {
            for (Stay stay : store.stays().forBeneficiary(registration)) {
                shelters.add(stay.shelter());
                places.add(store.shelters()
                        .find(stay.shelter())
                        .orElseThrow()
                        .region()
                        .toString());
            }
            for (Repatriation r : store.repatriations().forBeneficiary(registration)) {
                places.add(r.destination().toString());
            }
        }
        if (jurisdiction instanceof Jurisdiction.National) {
            return true;
        } else if (jurisdiction instanceof Jurisdiction.Province p) {
            return places.stream().anyMatch(place -> within(place, p.code().toString()));
        } else if (jurisdiction instanceof Jurisdiction.Regency r) {
            return places.stream().anyMatch(place -> within(place, r.code().toString()));
        } else if (jurisdiction instanceof Jurisdiction.AtShelter s) {
            return shelters.contains(s.shelter());
        } else if (jurisdiction instanceof Jurisdiction.Partner p) {
            return registrar.equals(Jurisdiction.partner(p.organisation()));
        }
        throw new AssertionError("unknown jurisdiction " + jurisdiction);
    }

    /** A dotted code lies within another when it is that code or starts with it and a dot. */
    private static boolean within(String place, String area) {
        return place.equals(area) || place.startsWith(area + ".");
    }

    /** Officers whose jurisdictions touch the world's cases, so that both answers come up often. */
    private static List<Actor> officersNear(CaseWorld world) {
        List<Jurisdiction> near = new ArrayList<>();
        for (BeneficiaryId id : world.beneficiaries()) {
            RegionCode origin =
                    world.store().beneficiaries().find(id).orElseThrow().origin();
            near.add(Jurisdiction.province(origin.province()));
            origin.regency().ifPresent(r -> near.add(Jurisdiction.regency(r)));
        }
        for (ShelterId id : world.shelters()) {
            near.add(Jurisdiction.shelter(id));
            RegionCode region = world.store().shelters().find(id).orElseThrow().region();
            near.add(Jurisdiction.province(region.province()));
        }
        for (OrganisationId partner : partnerOrganisations()) {
            near.add(Jurisdiction.partner(partner));
        }
        List<Actor> officers = new ArrayList<>();
        for (int i = 0; i < near.size(); i++) {
            officers.add(Actor.of("near-" + i, PersonName.of("Baiq Nurul"), Role.AUDITOR, near.get(i)));
        }
        return officers;
    }

    private static String describe(Store store, BeneficiaryId id) {
        Beneficiary b = store.beneficiaries().find(id).orElseThrow();
        return b + " registered by " + b.registeredBy() + ", stays "
                + store.stays().forBeneficiary(id)
                + ", returns to "
                + store.repatriations().forBeneficiary(id).stream()
                        .map(r -> r.destination().toString())
                        .toList();
    }
}
