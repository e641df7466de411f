package id.pulih.report;

import id.pulih.shared.RegionCode;
import id.pulih.shared.ShelterId;

/**
 * Occupancy and flow of one shelter: how many it holds now and how many it discharged, by kind.
 *
 * @param shelter the shelter
 * @param code its code
 * @param name its name
 * @param region where it stands
 * @param capacity its beds
 * @param stillIn open stays now
 * @param admitted every stay ever opened there
 * @param returnedHome stays ended by a handover to the area of origin
 * @param transferred stays ended by a transfer
 * @param otherDischarges stays ended otherwise
 */
public record ShelterRow(
        ShelterId shelter,
        String code,
        String name,
        RegionCode region,
        int capacity,
        long stillIn,
        long admitted,
        long returnedHome,
        long transferred,
        long otherDischarges) {}
