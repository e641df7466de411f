package id.pulih.internal;

import id.pulih.Returns;
import id.pulih.access.Actor;
import id.pulih.beneficiary.Beneficiary;
import id.pulih.beneficiary.CaseStatus;
import id.pulih.beneficiary.CaseStatusChanged;
import id.pulih.internal.util.Checks;
import id.pulih.repatriation.HandedOver;
import id.pulih.repatriation.OneActiveReturn;
import id.pulih.repatriation.Repatriation;
import id.pulih.repatriation.RepatriationError;
import id.pulih.repatriation.ReturnPlanForm;
import id.pulih.repatriation.ReturnPlanned;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.NotFoundException;
import id.pulih.shared.RecordType;
import id.pulih.shared.RegionCode;
import id.pulih.shared.RepatriationId;
import id.pulih.shelter.DischargeReason;
import id.pulih.shelter.DischargedFromShelter;
import id.pulih.shelter.Shelter;
import id.pulih.shelter.Stay;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;

/** The {@link Returns} service. */
final class ReturnService implements Returns {
    private final Engine engine;
    private final Actor actor;

    ReturnService(Engine engine, Actor actor) {
        this.engine = engine;
        this.actor = actor;
    }

    @Override
    public Repatriation plan(ReturnPlanForm form) {
        engine.forms.validate(form);
        return engine.command(actor, "return.plan", work -> {
            Beneficiary b = work.open(form.beneficiary());
            Stay stay = work.caseRecord(b, engine.store.stays()::findOpen)
                    .orElseThrow(() -> RepatriationError.NO_STAY.violation());
            Shelter shelter = engine.store.shelters().find(stay.shelter()).orElseThrow();
            work.requireShelter(shelter);
            RegionCode origin = b.originRegency();
            RegionCode destination = form.destination() == null ? origin : RegionCode.of(form.destination());
            String reason = form.destinationReason() == null
                    ? ""
                    : form.destinationReason().strip();
            if (!origin.contains(destination) && reason.isEmpty()) {
                throw RepatriationError.DESTINATION_REASON.violation(destination, origin);
            }
            Repatriation planned = Repatriation.plan(
                    b.id(),
                    stay.id(),
                    shelter.id(),
                    destination,
                    reason,
                    form.transport(),
                    form.escort(),
                    form.receivingOffice(),
                    form.plannedOn());
            OneActiveReturn.check(engine.store.repatriations(), planned, work.caseIds(b));
            Repatriation saved = engine.store.repatriations().save(planned);
            work.audit(RecordType.REPATRIATION, saved.id(), 0, saved.version(), "planned to " + destination);
            work.emit(new ReturnPlanned(b.id(), saved.id(), destination, work.now, actor.id()));
            return saved;
        });
    }

    @Override
    public Repatriation depart(RepatriationId id, LocalDate on) {
        Checks.required(on, "departedOn");
        return step(id, "return.depart", (r, work) -> r.depart(work.requireNotFuture("departedOn", on)));
    }

    @Override
    public Repatriation cancel(RepatriationId id, String reason) {
        return step(id, "return.cancel", (r, work) -> r.cancel(reason));
    }

    @Override
    public Repatriation handOver(RepatriationId id, LocalDate on, String receivedBy) {
        Checks.required(on, "handedOverOn");
        return step(id, "return.handover", (r, work) -> {
            Repatriation done = r.handOver(work.requireNotFuture("handedOverOn", on), receivedBy);
            Stay stay = engine.store.stays().find(r.stay()).orElseThrow();
            engine.store.stays().save(stay.discharge(on, DischargeReason.REPATRIATED, "handed over"));
            Shelter shelter = engine.store.shelters().find(stay.shelter()).orElseThrow();
            engine.store.shelters().save(shelter.releaseOne());
            Beneficiary b = work.resolve(r.beneficiary());
            Beneficiary moved = engine.store
                    .beneficiaries()
                    .save(b.moveTo(CaseStatus.REPATRIATED, work.now, actor.id(), "handed over"));
            work.emit(new DischargedFromShelter(
                    stay.beneficiary(), shelter.id(), stay.id(), DischargeReason.REPATRIATED, work.now, actor.id()));
            work.emit(new CaseStatusChanged(b.id(), b.status(), moved.status(), work.now, actor.id()));
            work.emit(new HandedOver(b.id(), r.id(), r.destination(), work.now, actor.id()));
            return done;
        });
    }

    private Repatriation step(
            RepatriationId id, String action, BiFunction<Repatriation, Engine.Work, Repatriation> rule) {
        Checks.required(id, "repatriationId");
        return engine.command(actor, action, work -> {
            Repatriation r = find(id);
            work.open(r.beneficiary());
            Repatriation saved = engine.store.repatriations().save(rule.apply(r, work));
            work.audit(
                    RecordType.REPATRIATION,
                    saved.id(),
                    r.version(),
                    saved.version(),
                    r.state() + " -> " + saved.state());
            return saved;
        });
    }

    @Override
    public Repatriation get(RepatriationId id) {
        Checks.required(id, "repatriationId");
        return engine.query(actor, "return.read", work -> {
            Repatriation r = find(id);
            work.open(r.beneficiary());
            return r;
        });
    }

    @Override
    public List<Repatriation> forBeneficiary(BeneficiaryId beneficiary) {
        Checks.required(beneficiary, "beneficiaryId");
        return engine.query(actor, "return.read", work -> {
            Beneficiary b = work.open(beneficiary);
            return work.caseRecords(
                    b, engine.store.repatriations()::forBeneficiary, Comparator.comparing(Repatriation::plannedOn));
        });
    }

    private Repatriation find(RepatriationId id) {
        return engine.store
                .repatriations()
                .find(id)
                .orElseThrow(() -> new NotFoundException(RecordType.REPATRIATION, id));
    }
}
