package id.pulih.jdbc;

import id.pulih.access.Jurisdiction;
import id.pulih.beneficiary.Assessment;
import id.pulih.beneficiary.Beneficiary;
import id.pulih.beneficiary.CaseHistory;
import id.pulih.beneficiary.CaseOutcome;
import id.pulih.beneficiary.CaseStatus;
import id.pulih.beneficiary.Consent;
import id.pulih.beneficiary.Person;
import id.pulih.beneficiary.ReturnInfo;
import id.pulih.beneficiary.StatusChange;
import id.pulih.beneficiary.TraffickingProfile;
import id.pulih.shared.BeneficiaryId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Maps a {@code beneficiary} row, by column name, into the typed values it holds; the beneficiary is completed once
 * the child rows (consents, assessments, status changes, merged records) of all the rows read have been loaded.
 */
final class BeneficiaryRowMapper {
    private final ReturnInfoMapper returnInfo = new ReturnInfoMapper();

    /** Maps the row with its person's key (read by the same query, {@link Sealing#key(ResultSet)}). */
    BeneficiaryRow map(ResultSet rs, Sealing.PersonKey key) throws SQLException {
        return new BeneficiaryRow(
                new BeneficiaryId(Rows.uuid(rs, "id")),
                rs.getLong("version"),
                PersonMapper.map(rs, key),
                returnInfo.map(rs),
                TraffickingProfileMapper.map(rs, key),
                CaseStatus.valueOf(rs.getString("status")),
                Optional.ofNullable(Rows.enumValue(rs, "outcome", CaseOutcome.class)),
                JdbcBeneficiaries.jurisdiction(rs.getString("registered_by_kind"), rs.getString("registered_by_ref")),
                Optional.ofNullable(Rows.uuid(rs, "merged_into")).map(BeneficiaryId::new),
                Rows.instant(rs, "registered_at"));
    }

    /** The values of one {@code beneficiary} row, before its child rows are read. */
    record BeneficiaryRow(
            BeneficiaryId id,
            long version,
            Person person,
            ReturnInfo returnInfo,
            TraffickingProfile profile,
            CaseStatus status,
            Optional<CaseOutcome> outcome,
            Jurisdiction registeredBy,
            Optional<BeneficiaryId> mergedInto,
            Instant registeredAt) {

        /** The beneficiary this row and its child rows make. */
        Beneficiary toBeneficiary(
                List<Consent> consents,
                List<Assessment> assessments,
                List<StatusChange> statusChanges,
                Set<BeneficiaryId> mergedFrom,
                List<id.pulih.beneficiary.Correction> corrections) {
            return Beneficiary.rebuild(
                    id,
                    person,
                    returnInfo,
                    profile,
                    new CaseHistory(
                            status, outcome, statusChanges, assessments, consents, mergedInto, mergedFrom, corrections),
                    registeredBy,
                    registeredAt,
                    version);
        }
    }
}
