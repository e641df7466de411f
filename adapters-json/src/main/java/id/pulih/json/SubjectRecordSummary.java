package id.pulih.json;

import id.pulih.audit.AccessLogEntry;
import id.pulih.beneficiary.Assessment;
import id.pulih.beneficiary.Consent;
import id.pulih.beneficiary.Correction;
import id.pulih.beneficiary.StatusChange;
import id.pulih.privacy.Identifiers;
import id.pulih.privacy.SubjectRecord;
import id.pulih.shared.FieldChange;
import id.pulih.shared.PrivateFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A readable summary of one person's whole record ({@link SubjectRecord}), in Markdown, for the person to read: the
 * same facts as the JSON document ({@link SubjectRecordJson}), section by section, headings and labels in Indonesian
 * with English in parentheses, dates as {@code dd/MM/yyyy}, amounts as {@code Rp 960.000}, codes as Pulih names them.
 * Identifiers are as the record holds them, whole or masked.
 *
 * <pre>{@code
 * SubjectRecord record = pulih.as(officer).privacy().export(caseId);
 * SubjectRecordSummary.write(record, Path.of("rekam-diri.md"));   // readable by its owner only
 * }</pre>
 */
public final class SubjectRecordSummary {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String NONE = "-";

    private final StringBuilder text = new StringBuilder();

    private SubjectRecordSummary() {}

    /**
     * The summary as text, lines ending in {@code \n}.
     *
     * @param record the record; not null
     * @return the Markdown text
     */
    public static String toText(SubjectRecord record) {
        Objects.requireNonNull(record, "record");
        return new SubjectRecordSummary().summarise(record).text.toString();
    }

    /**
     * Writes the summary to a writer, which stays open.
     *
     * @param record the record; not null
     * @param out where to write; not null
     * @throws UncheckedIOException when the writer fails
     */
    public static void write(SubjectRecord record, Writer out) {
        Objects.requireNonNull(out, "out");
        try {
            out.write(toText(record));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the summary to a file in UTF-8, created readable by its owner only ({@link PrivateFiles}).
     *
     * @param record the record; not null
     * @param file the file, replaced if it exists
     * @throws UncheckedIOException when the file cannot be written
     */
    public static void write(SubjectRecord record, Path file) {
        Objects.requireNonNull(record, "record");
        try (Writer out = PrivateFiles.newWriter(file)) {
            write(record, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SubjectRecordSummary summarise(SubjectRecord r) {
        SubjectRecord.CaseFile c = r.caseFile();
        SubjectRecord.Identity p = c.person();
        line("# Rekam data pribadi (Personal data record)");
        line("");
        line("Hak atas akses dan portabilitas data, UU PDP No. 27/2022 pasal 7 dan 13"
                + " (the rights of access and portability, arts. 7 and 13).");
        line("");
        item("Kasus (Case)", r.beneficiary().value().toString());
        item("Dibuat (Exported)", r.exportedAt() + " oleh (by) " + r.exportedBy());
        item(
                "Nomor identitas (Identifiers)",
                r.identifiers() == Identifiers.WHOLE
                        ? "utuh (whole)"
                        : "disamarkan, kecuali 4 digit terakhir (masked but for the last 4 digits)");

        heading("Identitas (Identity)");
        item("Nama (Name)", p.name());
        item("Jenis kelamin (Sex)", p.sex().name());
        item(
                "Tanggal lahir (Birth date)",
                p.birthDateEstimated()
                        ? "tahun " + p.birthDate().getYear() + ", perkiraan (year, estimated)"
                        : day(p.birthDate()));
        item("NIK", p.nik().orElse(NONE));
        item("No. KK (Family card)", p.familyCardNumber().orElse(NONE));
        item("Dokumen identitas (Identity documents)", p.documentStatus().name());
        item("Daerah asal (Origin)", p.origin().value());
        item("Telepon (Phone)", p.phone().orElse(NONE));
        item(
                "Rekening bank (Bank account)",
                p.bankAccount().map(SubjectRecordSummary::account).orElse(NONE));

        heading("Kepulangan ke Indonesia (Return to Indonesia)");
        item("Negara (Country)", c.returnInfo().country());
        item("Tanggal (Date)", day(c.returnInfo().date()));
        item("Tempat masuk (Entry point)", orNone(c.returnInfo().entryPoint()));
        item("Cara (Mode)", c.returnInfo().mode().name());

        heading("Profil perdagangan orang (Trafficking profile)");
        item("Bentuk eksploitasi (Exploitation)", codes(c.profile().exploitation()));
        item("Cara pengendalian (Means of control)", codes(c.profile().control()));
        item("Sektor kerja (Labour sector)", c.profile().sector().name());
        item("Hubungan dengan perekrut (Recruiter)", c.profile().recruiter().name());

        heading("Status kasus (Case status)");
        item("Status", c.status().name());
        item("Hasil (Outcome)", c.outcome().map(Enum::name).orElse(NONE));
        item("Terdaftar (Registered)", c.registeredAt() + " oleh (by) " + c.registeredBy());
        item(
                "Pendaftaran yang digabung (Registrations merged in)",
                c.mergedFrom().isEmpty()
                        ? NONE
                        : c.mergedFrom().stream()
                                .map(id -> id.value().toString())
                                .collect(Collectors.joining(", ")));
        sub("Riwayat status (Status history)");
        each(c.statusHistory(), SubjectRecordSummary::statusChange);

        section("Koreksi data (Corrections)", r.corrections(), SubjectRecordSummary::correction);
        section("Asesmen (Assessments)", r.assessments(), SubjectRecordSummary::assessment);
        section("Persetujuan (Consents)", r.consents(), SubjectRecordSummary::consent);
        section("Tinggal di shelter (Shelter stays)", r.stays(), SubjectRecordSummary::stay);
        section("Pemulangan ke daerah asal (Returns home)", r.returns(), SubjectRecordSummary::ofReturn);
        section("Bimbingan sosial (Social guidance)", r.enrolments(), SubjectRecordSummary::enrolment);
        section(
                "Bantuan stimulan usaha (Business stimulus grants)",
                r.awards(),
                a -> a.amount().format() + " pada (on) " + day(a.awardedOn()) + ", ke rekening (to account) "
                        + account(a.account()));
        section("Pembayaran (Payments)", r.payments(), SubjectRecordSummary::payment);
        section("Usulan bantuan lanjutan (Proposals for further help)", r.proposals(), SubjectRecordSummary::proposal);
        heading("Rencana reintegrasi (Reintegration plans)");
        if (r.plans().isEmpty()) {
            none();
        }
        for (SubjectRecord.Plan plan : r.plans()) {
            plan(plan);
        }
        section("Kunjungan lanjutan (Follow-up visits)", r.followUps(), SubjectRecordSummary::visit);
        section("Log akses: siapa membaca kasus ini (Access log: who read the case)", r.accessLog(), this::read);
        return this;
    }

    private void plan(SubjectRecord.Plan plan) {
        sub("Rencana (Plan) " + day(plan.createdOn()) + ", " + plan.status().name());
        item("Tujuan (Goals)", plan.goals().isEmpty() ? NONE : String.join("; ", plan.goals()));
        item("Dibuat oleh (Made by)", plan.createdBy());
        item(
                "Ditutup (Closed)",
                plan.closedOn().map(d -> day(d) + ": " + plan.closeReason()).orElse(NONE));
        line("");
        line("Layanan (Services):");
        line("");
        if (plan.services().isEmpty()) {
            line("- " + NONE);
        }
        for (SubjectRecord.Service s : plan.services()) {
            line("- " + s.type().name() + " (" + s.component().name() + "), "
                    + s.provider().code() + ", "
                    + s.cost().format() + ", jatuh tempo (due) " + day(s.dueOn()) + ", "
                    + s.status().name()
                    + s.deliveredOn()
                            .map(d -> ", diberikan (delivered) " + day(d))
                            .orElse("")
                    + (s.cancelReason().isEmpty() ? "" : ", dibatalkan (cancelled): " + s.cancelReason())
                    + (s.detail().isEmpty() ? "" : ", " + s.detail()));
            for (SubjectRecord.Referral ref : s.referrals()) {
                line("  - rujukan ke (referral to) " + ref.to().code() + " pada (on) " + day(ref.referredOn())
                        + " oleh (by) " + ref.referredBy() + ", " + ref.status().name()
                        + ref.answeredOn()
                                .map(d -> ", dijawab (answered) " + day(d) + " oleh (by) " + ref.answeredBy())
                                .orElse("")
                        + (ref.reason().isEmpty() ? "" : ": " + ref.reason())
                        + ref.endedOn()
                                .map(d -> ", berakhir (ended) " + day(d) + ": " + ref.endReason())
                                .orElse("")
                        + (ref.overrideReason().isEmpty()
                                ? ""
                                : ", tanpa persetujuan (without consent): " + ref.overrideReason()));
            }
        }
    }

    private static String statusChange(StatusChange s) {
        return s.at() + ": " + (s.from() == null ? "" : s.from().name() + " -> ") + s.to().name() + " oleh (by) "
                + s.actorId() + (s.reason().isEmpty() ? "" : ", " + s.reason());
    }

    private static String correction(Correction c) {
        return c.at() + " oleh (by) " + c.actorId() + ": " + c.reason() + " ("
                + c.changes().stream()
                        .map((FieldChange f) -> f.field() + " " + f.before() + " -> " + f.after())
                        .collect(Collectors.joining("; "))
                + ")";
    }

    private static String assessment(Assessment a) {
        return day(a.date()) + " oleh (by) " + a.assessedBy() + ": "
                + a.poverty().name() + "; kerentanan"
                + " (vulnerabilities) " + codes(a.vulnerabilities()) + "; faktor risiko (risk factors) "
                + codes(a.risks()) + "; kebutuhan (needs) " + codes(a.needs());
    }

    private static String consent(Consent c) {
        return day(c.date()) + ": " + c.purpose().name() + ", "
                + (c.given() ? "diberikan (given)" : "dicabut" + " (withdrawn)")
                + c.expiry().map(d -> ", berlaku sampai (until) " + day(d)).orElse("")
                + ", dicatat oleh (recorded by) " + c.recordedBy();
    }

    private static String stay(SubjectRecord.ShelterStay s) {
        return s.shelterName() + ", masuk (admitted) " + day(s.admittedOn())
                + (s.childProtection() ? ", perlindungan anak (child protection)" : "")
                + s.dischargedOn()
                        .map(d -> ", keluar (discharged) " + day(d) + ", "
                                + s.dischargeReason().map(Enum::name).orElse(NONE))
                        .orElse(", masih tinggal (still staying)")
                + (s.dischargeNote().isEmpty() ? "" : ": " + s.dischargeNote())
                + (s.services().isEmpty()
                        ? ""
                        : "; layanan (services): "
                                + s.services().stream()
                                        .map(d -> day(d.date()) + " " + d.kind().name()
                                                + (d.detail().isEmpty() ? "" : " (" + d.detail() + ")"))
                                        .collect(Collectors.joining(", ")));
    }

    private static String ofReturn(SubjectRecord.Return r) {
        return "ke (to) " + r.destination().value() + ", " + r.transport().name() + ", direncanakan (planned) "
                + day(r.plannedOn()) + ", " + r.state().name()
                + r.departedOn().map(d -> ", berangkat (departed) " + day(d)).orElse("")
                + r.handedOverOn()
                        .map(d -> ", diserahkan (handed over) " + day(d) + " kepada (to) " + r.receivedBy() + ", "
                                + r.receivingOffice())
                        .orElse("")
                + (r.cancelReason().isEmpty() ? "" : ", dibatalkan (cancelled): " + r.cancelReason());
    }

    private static String enrolment(SubjectRecord.ProgrammeEnrolment e) {
        return e.programmeTitle() + ", terdaftar (enrolled) " + day(e.enrolledOn()) + "; hadir (attended): "
                + (e.attendance().isEmpty()
                        ? NONE
                        : e.attendance().stream()
                                .map(a -> a.topic().code() + " " + day(a.date()))
                                .collect(Collectors.joining(", ")));
    }

    private static String payment(SubjectRecord.GrantPayment p) {
        return p.amount().format() + ", disetujui (approved) " + day(p.approvedOn()) + ", "
                + p.status().name()
                + p.settledOn().map(d -> " pada (on) " + day(d)).orElse("")
                + p.rejectionReason()
                        .map(x -> ", ditolak bank (rejected): " + x.name())
                        .orElse("")
                + p.bankReference()
                        .map(x -> ", referensi bank (bank reference) " + x)
                        .orElse("")
                + ", ke rekening (to account) " + account(p.account());
    }

    private static String proposal(SubjectRecord.FurtherProposal p) {
        return day(p.submittedOn()) + ": " + p.summary() + ", " + p.requested().format() + ", "
                + p.status().name()
                + p.decidedOn()
                        .map(d -> " pada (on) " + day(d) + " oleh (by) "
                                + p.decidedBy().orElse(NONE))
                        .orElse("")
                + (p.reason().isEmpty() ? "" : ": " + p.reason());
    }

    private static String visit(SubjectRecord.Visit v) {
        return "bulan ke-" + v.monthsAfter() + " (month " + v.monthsAfter() + "), jatuh tempo (due) " + day(v.dueOn())
                + ", " + v.status().name() + (v.noContact() ? ", tidak dihubungi (no contact)" : "")
                + v.visitedOn()
                        .map(d -> ", dikunjungi (visited) " + day(d) + " oleh (by) " + v.visitedBy())
                        .orElse("")
                + (v.observed().isEmpty() ? "" : "; faktor risiko (risk factors) " + codes(v.observed()))
                + v.riskScore()
                        .map(s -> "; skor risiko (risk score) " + s.level().name() + " " + s.total())
                        .orElse("")
                + (v.notes().isEmpty() ? "" : "; catatan (notes): " + v.notes());
    }

    private String read(AccessLogEntry e) {
        return e.at() + ": " + e.actorId() + ", " + e.action() + ", "
                + e.outcome().name()
                + e.purpose().map(x -> ", tujuan (purpose): " + x).orElse("");
    }

    private static String account(SubjectRecord.Account a) {
        return a.bankName() + " (" + a.bank() + ") " + a.number() + " a.n. (holder) " + a.holder();
    }

    private <T> void section(String title, List<T> items, java.util.function.Function<T, String> show) {
        heading(title);
        each(items, show);
    }

    private <T> void each(List<T> items, java.util.function.Function<T, String> show) {
        if (items.isEmpty()) {
            none();
            return;
        }
        items.forEach(item -> line("- " + show.apply(item)));
    }

    private void none() {
        line("- tidak ada (none)");
    }

    private void heading(String title) {
        line("");
        line("## " + title);
        line("");
    }

    private void sub(String title) {
        if (!text.toString().endsWith("\n\n")) {
            line("");
        }
        line("### " + title);
        line("");
    }

    private void item(String label, String value) {
        line("- " + label + ": " + value);
    }

    private void line(String s) {
        text.append(s).append('\n');
    }

    private static String codes(Collection<? extends Enum<?>> codes) {
        return codes.isEmpty() ? NONE : codes.stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
    }

    private static String orNone(String text) {
        return text.isEmpty() ? NONE : text;
    }

    private static String day(LocalDate date) {
        return DAY.format(date);
    }
}
