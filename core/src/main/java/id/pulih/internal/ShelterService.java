package id.pulih.internal;

import id.pulih.ShelterCare;
import id.pulih.access.Actor;
import id.pulih.beneficiary.Beneficiary;
import id.pulih.beneficiary.CaseStatus;
import id.pulih.beneficiary.CaseStatusChanged;
import id.pulih.internal.util.Checks;
import id.pulih.repatriation.RepatriationError;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.NotFoundException;
import id.pulih.shared.RecordType;
import id.pulih.shared.RegionCode;
import id.pulih.shared.ShelterId;
import id.pulih.shared.StayId;
import id.pulih.shelter.Admission;
import id.pulih.shelter.AdmittedToShelter;
import id.pulih.shelter.DischargeReason;
import id.pulih.shelter.DischargedFromShelter;
import id.pulih.shelter.ServiceDelivery;
import id.pulih.shelter.ServiceForm;
import id.pulih.shelter.Shelter;
import id.pulih.shelter.ShelterError;
import id.pulih.shelter.ShelterForm;
import id.pulih.shelter.Stay;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The {@link ShelterCare} service. */
final class ShelterService implements ShelterCare {
    private final Engine engine;
    private final Actor actor;

    ShelterService(Engine engine, Actor actor) {
        this.engine = engine;
        this.actor = actor;
    }

    @Override
    public Shelter open(ShelterForm form) {
        engine.forms.validate(form);
        return engine.command(actor, "shelter.open", work -> {
            RegionCode region = RegionCode.of(form.region());
            work.requireRegion(region, form.code());
            Shelter saved = engine.store
                    .shelters()
                    .save(Shelter.open(form.code(), form.name(), form.type(), region, form.capacity()));
            work.audit(RecordType.SHELTER, saved.id(), 0, saved.version(), "opened with " + saved.capacity() + " beds");
            return saved;
        });
    }

    @Override
    public Shelter changeCapacity(ShelterId shelterId, int capacity) {
        Checks.required(shelterId, "shelterId");
        return engine.command(actor, "shelter.capacity", work -> {
            Shelter shelter = shelter(shelterId);
            work.requireShelter(shelter);
            Shelter saved = engine.store.shelters().save(shelter.withCapacity(capacity));
            work.audit(
                    RecordType.SHELTER,
                    saved.id(),
                    shelter.version(),
                    saved.version(),
                    "capacity " + shelter.capacity() + " -> " + saved.capacity());
            return saved;
        });
    }

    @Override
    public Shelter get(ShelterId shelterId) {
        Checks.required(shelterId, "shelterId");
        return engine.query(actor, "shelter.read", work -> shelter(shelterId));
    }

    @Override
    public List<Shelter> list() {
        return engine.query(
                actor, "shelter.list", work -> engine.store.shelters().all());
    }

    @Override
    public Stay admit(BeneficiaryId beneficiaryId, ShelterId shelterId, LocalDate on) {
        Checks.required(beneficiaryId, "beneficiaryId");
        Checks.required(shelterId, "shelterId");
        Checks.required(on, "admittedOn");
        return engine.command(actor, "shelter.admit", work -> {
            work.requireNotFuture("admittedOn", on);
            Shelter shelter = shelter(shelterId);
            work.requireShelter(shelter);
            Beneficiary b = work.open(beneficiaryId);
            Stay admitted = Stay.admit(b.id(), shelter.id(), on, b.isChildOn(on));
            Admission.check(engine.store.stays(), admitted, work.caseIds(b));
            if (b.status() != CaseStatus.SHELTERED) {
                Beneficiary moved =
                        engine.store.beneficiaries().save(b.moveTo(CaseStatus.SHELTERED, work.now, actor.id(), ""));
                work.emit(new CaseStatusChanged(b.id(), b.status(), moved.status(), work.now, actor.id()));
            }
            Stay stay = openStay(work, shelter, admitted);
            work.audit(RecordType.STAY, stay.id(), 0, stay.version(), "admitted to " + shelter.code());
            return stay;
        });
    }

    private Stay openStay(Engine.Work work, Shelter shelter, Stay admitted) {
        engine.store.shelters().save(shelter.admitOne());
        Stay stay = engine.store.stays().save(admitted);
        work.emit(new AdmittedToShelter(
                stay.beneficiary(), shelter.id(), stay.id(), stay.childProtection(), work.now, actor.id()));
        return stay;
    }

    @Override
    public Stay recordService(StayId stayId, ServiceForm form) {
        Checks.required(stayId, "stayId");
        engine.forms.validate(form);
        return engine.command(actor, "stay.service", work -> {
            Stay stay = stay(work, stayId);
            work.requireShelter(shelter(stay.shelter()));
            Stay saved = engine.store
                    .stays()
                    .save(stay.record(new ServiceDelivery(form.kind(), form.date(), actor.id(), form.detail())));
            work.audit(RecordType.STAY, saved.id(), stay.version(), saved.version(), "service " + form.kind());
            return saved;
        });
    }

    @Override
    public Stay transfer(StayId stayId, ShelterId target, LocalDate on) {
        Checks.required(stayId, "stayId");
        Checks.required(target, "targetShelter");
        Checks.required(on, "transferredOn");
        return engine.command(actor, "stay.transfer", work -> {
            work.requireNotFuture("transferredOn", on);
            Stay stay = stay(work, stayId);
            Shelter from = shelter(stay.shelter());
            work.requireShelter(from);
            requireNoReturnUnderWay(work, stay);
            Shelter to = shelter(target);
            Stay closed = engine.store.stays().save(stay.transferTo(target, on));
            engine.store.shelters().save(from.releaseOne());
            work.emit(new DischargedFromShelter(
                    stay.beneficiary(), from.id(), stay.id(), DischargeReason.TRANSFERRED, work.now, actor.id()));
            Beneficiary b = work.resolve(stay.beneficiary());
            Stay next = openStay(work, to, Stay.admit(b.id(), to.id(), on, b.isChildOn(on)));
            work.audit(RecordType.STAY, closed.id(), stay.version(), closed.version(), "transferred to " + to.code());
            return next;
        });
    }

    @Override
    public Stay discharge(StayId stayId, DischargeReason reason, LocalDate on, String note) {
        Checks.required(stayId, "stayId");
        Checks.required(reason, "reason");
        Checks.required(on, "dischargedOn");
        if (reason == DischargeReason.REPATRIATED) {
            throw ShelterError.STAY_DISCHARGE_REPATRIATED.violation();
        }
        return engine.command(actor, "stay.discharge", work -> {
            work.requireNotFuture("dischargedOn", on);
            Stay stay = stay(work, stayId);
            Shelter shelter = shelter(stay.shelter());
            work.requireShelter(shelter);
            requireNoReturnUnderWay(work, stay);
            Stay saved = engine.store.stays().save(stay.discharge(on, reason, note));
            engine.store.shelters().save(shelter.releaseOne());
            work.audit(RecordType.STAY, saved.id(), stay.version(), saved.version(), "discharged: " + reason);
            work.emit(new DischargedFromShelter(
                    stay.beneficiary(), shelter.id(), stay.id(), reason, work.now, actor.id()));
            return saved;
        });
    }

    @Override
    public Stay stay(StayId stayId) {
        Checks.required(stayId, "stayId");
        return engine.query(actor, "stay.read", work -> stay(work, stayId));
    }

    @Override
    public Optional<Stay> openStay(BeneficiaryId beneficiaryId) {
        Checks.required(beneficiaryId, "beneficiaryId");
        return engine.query(actor, "stay.read", work -> {
            Beneficiary b = work.open(beneficiaryId);
            return work.caseRecord(b, engine.store.stays()::findOpen);
        });
    }

    @Override
    public List<Stay> stays(BeneficiaryId beneficiaryId) {
        Checks.required(beneficiaryId, "beneficiaryId");
        return engine.query(actor, "stay.read", work -> {
            Beneficiary b = work.open(beneficiaryId);
            return work.caseRecords(b, engine.store.stays()::forBeneficiary, Comparator.comparing(Stay::admittedOn));
        });
    }

    @Override
    public int occupancyOn(ShelterId shelterId, LocalDate on) {
        Checks.required(shelterId, "shelterId");
        Checks.required(on, "date");
        return engine.query(actor, "shelter.read", work -> {
            shelter(shelterId);
            return engine.store.stays().occupancyOn(shelterId, on);
        });
    }

    private Stay stay(Engine.Work work, StayId stayId) {
        Stay stay = engine.store.stays().find(stayId).orElseThrow(() -> new NotFoundException(RecordType.STAY, stayId));
        work.open(stay.beneficiary());
        return stay;
    }

    private Shelter shelter(ShelterId shelterId) {
        return engine.store
                .shelters()
                .find(shelterId)
                .orElseThrow(() -> new NotFoundException(RecordType.SHELTER, shelterId));
    }

    /** A stay ends by the handover of a return under way: of the person's case, under any of its registrations. */
    private void requireNoReturnUnderWay(Engine.Work work, Stay stay) {
        Beneficiary b = work.resolve(stay.beneficiary());
        work.caseRecord(b, engine.store.repatriations()::findActive).ifPresent(r -> {
            throw RepatriationError.UNDER_WAY.violation(r.state());
        });
    }
}
