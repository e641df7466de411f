package id.pulih.report;

import id.pulih.shared.ProgrammeId;
import id.pulih.shared.RegionCode;
import id.pulih.shared.Rupiah;

/**
 * Grants of one programme: awards, and payments paid and rejected.
 *
 * @param programme the programme
 * @param title its title
 * @param region its regency
 * @param regionName the regency's official name
 * @param awards how many awards
 * @param awarded their total
 * @param paid payments paid
 * @param paidTotal their total
 * @param rejected payments rejected
 * @param rejectedTotal their total
 */
public record GrantRow(
        ProgrammeId programme,
        String title,
        RegionCode region,
        String regionName,
        long awards,
        Rupiah awarded,
        long paid,
        Rupiah paidTotal,
        long rejected,
        Rupiah rejectedTotal) {}
