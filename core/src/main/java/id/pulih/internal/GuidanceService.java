package id.pulih.internal;

import id.pulih.BulkAttendance;
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
import id.pulih.shared.Nik;
import id.pulih.shared.NotFoundException;
import id.pulih.shared.ProgrammeId;
import id.pulih.shared.PulihException;
import id.pulih.shared.RecordType;
import id.pulih.shared.RegionCode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

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
            work.requireNotFuture("enrolledOn", on);
            Programme programme = programme(work, programmeId);
            Beneficiary b = work.open(beneficiaryId);
            if (b.status() == CaseStatus.CLOSED) {
                throw BeneficiaryError.CASE_CLOSED.violation("first");
            }
            if (!livesIn(work, b, programme.region()) && override.isEmpty()) {
                throw GuidanceError.ENROLMENT_REGION.violation(programme.region());
            }
            requireParticipation(work, b);
            if (!b.hasConsent(ConsentPurpose.PROGRAMME_PARTICIPATION, on)) {
                throw GuidanceError.ENROLMENT_CONSENT.violation(on);
            }
            Enrolment enrolment = Enrolment.enrol(programmeId, b.id(), on, override);
            // asked before the programme gives up a place; the store checks it again on save
            OneEnrolment.check(engine.store.enrolments(), enrolment, work.caseIds(b));
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

    private boolean livesIn(Engine.Work work, Beneficiary b, RegionCode region) {
        if (region.contains(b.origin()) || b.origin().contains(region)) {
            return true;
        }
        for (Repatriation r : work.caseRecords(
                b, engine.store.repatriations()::forBeneficiary, Comparator.comparing(Repatriation::plannedOn))) {
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
            Attendance a = attendance(work, programmeId, beneficiaryId, topic, on);
            if (!a.changes()) {
                work.unchanged();
                return a.before();
            }
            Enrolment saved = engine.store.enrolments().save(a.after());
            work.audit(RecordType.ENROLMENT, saved.id(), a.before().version(), saved.version(), "attended " + topic);
            return saved;
        });
    }

    /** An attendance checked by every rule and not yet written: the enrolment before it and after. */
    private record Attendance(Enrolment before, Enrolment after) {
        boolean changes() {
            return after != before;
        }
    }

    /**
     * Once consent to programme participation stands withdrawn (today, whatever date the record is for), no new
     * enrolment or attendance is recorded: for every path, single, bulk and CSV import.
     */
    private static void requireParticipation(Engine.Work work, Beneficiary b) {
        b.consentWithdrawnOn(ConsentPurpose.PROGRAMME_PARTICIPATION, work.today())
                .ifPresent(on -> {
                    throw GuidanceError.PARTICIPATION_WITHDRAWN.violation(on);
                });
    }

    /** The rules of an attendance, single or in a list: reads and decides, writes nothing but the access log. */
    private Attendance attendance(
            Engine.Work work, ProgrammeId programmeId, BeneficiaryId beneficiaryId, Topic topic, LocalDate on) {
        work.requireNotFuture("date", on);
        Programme programme = programme(work, programmeId);
        Beneficiary b = work.open(beneficiaryId);
        requireParticipation(work, b);
        Enrolment enrolment = OneEnrolment.enrolmentOf(engine.store.enrolments(), programmeId, work.caseIds(b))
                .orElseThrow(() -> GuidanceError.NOT_ENROLLED.violation());
        return new Attendance(enrolment, enrolment.attend(programme, topic, on, actor.id()));
    }

    @Override
    public <R> R recordAttendanceAll(ProgrammeId programmeId, Function<BulkAttendance, R> body) {
        Checks.required(programmeId, "programmeId");
        Checks.required(body, "body");
        return engine.command(actor, "programme.attend-all", work -> {
            AttendanceList list = new AttendanceList(work, programmeId);
            R result = body.apply(list);
            list.finish();
            return result;
        });
    }

    /** The {@link BulkAttendance} of one {@code programme.attend-all} command. */
    private final class AttendanceList implements BulkAttendance {
        private final Engine.Work work;
        private final ProgrammeId programmeId;
        private long recorded;
        private long repeated;
        private long refused;

        AttendanceList(Engine.Work work, ProgrammeId programmeId) {
            this.work = work;
            this.programmeId = programmeId;
        }

        @Override
        public ProgrammeId programme() {
            return programmeId;
        }

        @Override
        public Optional<BeneficiaryId> findByNik(Nik nik) {
            Checks.required(nik, "nik");
            return work.checkRow(() -> work.openByNik(nik).map(Beneficiary::id));
        }

        @Override
        public Enrolment record(BeneficiaryId beneficiaryId, Topic topic, LocalDate on) {
            Checks.required(beneficiaryId, "beneficiaryId");
            Checks.required(topic, "topic");
            Checks.required(on, "date");
            Attendance a;
            try {
                a = work.checkRow(() -> attendance(work, programmeId, beneficiaryId, topic, on));
            } catch (PulihException e) {
                refused++;
                throw e;
            }
            if (!a.changes()) {
                repeated++;
                return a.before();
            }
            Enrolment saved = work.writeRow(() -> engine.store.enrolments().save(a.after()));
            recorded++;
            return saved;
        }

        @Override
        public long recorded() {
            return recorded;
        }

        @Override
        public long repeated() {
            return repeated;
        }

        @Override
        public long refused() {
            return refused;
        }

        /** Records the list's one audit entry, or none when no line changed anything. */
        void finish() {
            if (recorded == 0) {
                work.unchanged();
                return;
            }
            work.audit(
                    RecordType.PROGRAMME,
                    programmeId,
                    0,
                    0,
                    "attendance list: recorded " + recorded + ", already recorded " + repeated + ", refused "
                            + refused);
        }
    }

    @Override
    public List<Enrolment> enrolments(ProgrammeId programmeId) {
        Checks.required(programmeId, "programmeId");
        return engine.query(actor, "programme.read", work -> {
            programme(work, programmeId);
            return work.readable(engine.store.enrolments().forProgramme(programmeId), Enrolment::beneficiary);
        });
    }

    @Override
    public boolean completed(ProgrammeId programmeId, BeneficiaryId beneficiaryId) {
        Checks.required(programmeId, "programmeId");
        Checks.required(beneficiaryId, "beneficiaryId");
        return engine.query(actor, "programme.read", work -> {
            Programme programme = programme(work, programmeId);
            Beneficiary b = work.open(beneficiaryId);
            return OneEnrolment.enrolmentOf(engine.store.enrolments(), programmeId, work.caseIds(b))
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
