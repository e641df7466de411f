package id.pulih.internal;

import id.pulih.Guidance;
import id.pulih.access.Actor;
import id.pulih.beneficiary.Beneficiary;
import id.pulih.beneficiary.BeneficiaryError;
import id.pulih.beneficiary.CaseStatus;
import id.pulih.beneficiary.ConsentPurpose;
import id.pulih.guidance.Enrolment;
import id.pulih.guidance.GuidanceError;
import id.pulih.guidance.OneEnrolment;
import id.pulih.guidance.Programme;
import id.pulih.guidance.ProgrammeForm;
import id.pulih.guidance.Topic;
import id.pulih.internal.util.Checks;
import id.pulih.repatriation.Repatriation;
import id.pulih.repatriation.RepatriationState;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.NotFoundException;
import id.pulih.shared.ProgrammeId;
import id.pulih.shared.RecordType;
import id.pulih.shared.RegionCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The {@link Guidance} service. */
final class GuidanceService implements Guidance {
    private final Engine engine;
    private final Actor actor;

    GuidanceService(Engine engine, Actor actor) {
        this.engine = engine;
        this.actor = actor;
    }

    @Override
    public Programme create(ProgrammeForm form) {
        engine.forms.validate(form);
        return engine.command(actor, "programme.create", work -> {
            RegionCode region = RegionCode.of(form.region());
            work.requireRegion(region, form.title());
            Set<Topic> required = form.required().isEmpty() ? Set.copyOf(form.topics()) : form.required();
            Programme saved = engine.store
                    .programmes()
                    .save(new Programme(
                            id.pulih.shared.ProgrammeId.next(),
                            form.title(),
                            form.organiser(),
                            form.partners(),
                            form.venue(),
                            region,
                            form.startsOn(),
                            form.endsOn(),
                            form.capacity(),
                            0,
                            form.topics(),
                            required,
                            0));
            work.audit(RecordType.PROGRAMME, saved.id(), 0, saved.version(), "created in " + region);
            return saved;
        });
    }

    @Override
    public Programme get(ProgrammeId id) {
        Checks.required(id, "programmeId");
        return engine.query(actor, "programme.read", work -> programme(work, id));
    }

    @Override
    public List<Programme> list() {
        return engine.query(
                actor,
                "programme.list",
                work -> engine.store.programmes().all().stream()
                        .filter(p -> actor.jurisdiction().coversRegion(p.region()))
                        .toList());
    }

    @Override
    public Enrolment enrol(ProgrammeId programmeId, BeneficiaryId beneficiaryId, LocalDate on, String overrideReason) {
        Checks.required(programmeId, "programmeId");
        Checks.required(beneficiaryId, "beneficiaryId");
        Checks.required(on, "enrolledOn");
        String override = overrideReason == null ? "" : overrideReason.strip();
        return engine.command(actor, "programme.enrol", work -> {
            Programme programme = programme(work, programmeId);
            Beneficiary b = work.open(beneficiaryId);
            if (b.status() == CaseStatus.CLOSED) {
                throw BeneficiaryError.CASE_CLOSED.violation("first");
            }
            if (!livesIn(b, programme.region()) && override.isEmpty()) {
                throw GuidanceError.ENROLMENT_REGION.violation(programme.region());
            }
            if (!b.hasConsent(ConsentPurpose.PROGRAMME_PARTICIPATION, on)) {
                throw GuidanceError.ENROLMENT_CONSENT.violation(on);
            }
            Enrolment enrolment = Enrolment.enrol(programmeId, b.id(), on, override);
            // asked before the programme gives up a place; the store checks it again on save
            OneEnrolment.check(engine.store.enrolments(), enrolment);
            engine.store.programmes().save(programme.enrolOne());
            Enrolment saved = engine.store.enrolments().save(enrolment);
            work.audit(
                    RecordType.ENROLMENT,
                    saved.id(),
                    0,
                    saved.version(),
                    override.isEmpty() ? "enrolled" : "enrolled by override: " + override);
            return saved;
        });
    }

    private boolean livesIn(Beneficiary b, RegionCode region) {
        if (region.contains(b.origin()) || b.origin().contains(region)) {
            return true;
        }
        for (Repatriation r : engine.store.repatriations().forBeneficiary(b.id())) {
            if (r.state() == RepatriationState.HANDED_OVER
                    && (region.contains(r.destination()) || r.destination().contains(region))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Enrolment recordAttendance(ProgrammeId programmeId, BeneficiaryId beneficiaryId, Topic topic, LocalDate on) {
        Checks.required(programmeId, "programmeId");
        Checks.required(beneficiaryId, "beneficiaryId");
        Checks.required(topic, "topic");
        Checks.required(on, "date");
        return engine.command(actor, "programme.attend", work -> {
            Programme programme = programme(work, programmeId);
            Beneficiary b = work.open(beneficiaryId);
            Enrolment enrolment = engine.store
                    .enrolments()
                    .find(programmeId, b.id())
                    .orElseThrow(() -> GuidanceError.NOT_ENROLLED.violation());
            Enrolment attended = enrolment.attend(programme, topic, on, actor.id());
            if (attended == enrolment) {
                work.unchanged();
                return enrolment;
            }
            Enrolment saved = engine.store.enrolments().save(attended);
            work.audit(RecordType.ENROLMENT, saved.id(), enrolment.version(), saved.version(), "attended " + topic);
            return saved;
        });
    }

    @Override
    public List<Enrolment> enrolments(ProgrammeId programmeId) {
        Checks.required(programmeId, "programmeId");
        return engine.query(actor, "programme.read", work -> {
            programme(work, programmeId);
            return engine.store.enrolments().forProgramme(programmeId);
        });
    }

    @Override
    public boolean completed(ProgrammeId programmeId, BeneficiaryId beneficiaryId) {
        Checks.required(programmeId, "programmeId");
        Checks.required(beneficiaryId, "beneficiaryId");
        return engine.query(actor, "programme.read", work -> {
            Programme programme = programme(work, programmeId);
            Beneficiary b = work.open(beneficiaryId);
            return engine.store
                    .enrolments()
                    .find(programmeId, b.id())
                    .map(e -> e.completed(programme))
                    .orElse(false);
        });
    }

    private Programme programme(Engine.Work work, ProgrammeId id) {
        Programme programme =
                engine.store.programmes().find(id).orElseThrow(() -> new NotFoundException(RecordType.PROGRAMME, id));
        work.requireRegion(programme.region(), id.toString());
        return programme;
    }
}
