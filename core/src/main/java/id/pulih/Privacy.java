package id.pulih;

import id.pulih.privacy.SubjectRecord;
import id.pulih.shared.BeneficiaryId;

/**
 * The person's rights over their data (UU PDP No. 27/2022, arts. 5-14). Every method runs as the actor of the {@link
 * Desk} it came from, within that actor's jurisdiction.
 *
 * <pre>{@code
 * SubjectRecord record = pulih.as(officer).privacy().export(caseId);
 * SubjectRecordJson.write(record, out);     // pulih-adapters-json: one JSON document with a published schema
 * }</pre>
 */
public interface Privacy {
    /**
     * One person's whole record, for access and a copy (art. 7) and portability (art. 13): the case, corrections,
     * assessments, consents, stays, returns, enrolments, awards and payments, proposals, reintegration plans with their
     * services and referrals, follow-ups with their risk scores, and who read the case when. A read: no audit entry,
     * one access-log entry for the case (which the record's own access log shows). Officers of government units, of
     * any role, who cover the case (by jurisdiction or a break-the-glass grant). Identifiers are whole only for an
     * officer who may disclose them ({@link id.pulih.access.Actor#mayDiscloseIdentifiers()}, as {@link
     * Cases#disclose}), whose read the access log keeps with the purpose {@value #EXPORT_PURPOSE}; every other officer
     * gets them masked ({@link id.pulih.privacy.Identifiers}).
     *
     * @param id the case (a merged id exports the survivor, with every registration merged into it)
     * @return the record
     * @throws id.pulih.shared.NotFoundException when the case is unknown
     * @throws id.pulih.access.AccessDeniedException {@code access.denied} outside the jurisdiction, {@code
     *     access.partner-export} for a partner organisation (before anything is read)
     */
    SubjectRecord export(BeneficiaryId id);

    /** The purpose the access log keeps with an export that shows identifiers whole. */
    String EXPORT_PURPOSE = "the person's own record, UU PDP arts. 7 and 13 (access and portability)";
}
