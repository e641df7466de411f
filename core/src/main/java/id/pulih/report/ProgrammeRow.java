package id.pulih.report;

import id.pulih.shared.ProgrammeId;
import id.pulih.shared.RegionCode;
import java.time.LocalDate;

/**
 * Attendance and completion of one programme.
 *
 * @param programme the programme
 * @param title its title
 * @param venue its venue
 * @param region its region
 * @param regionName the region's official name
 * @param startsOn its first day
 * @param capacity its places
 * @param enrolled enrolments
 * @param attended enrolments with any attendance
 * @param completed enrolments that attended every required topic
 */
public record ProgrammeRow(
        ProgrammeId programme,
        String title,
        String venue,
        RegionCode region,
        String regionName,
        LocalDate startsOn,
        int capacity,
        long enrolled,
        long attended,
        long completed) {}
