package id.pulih.guidance;

import id.pulih.internal.util.Checks;
import java.time.LocalDate;

/**
 * A participant's attendance of one topic on one day.
 *
 * @param topic the topic
 * @param date the day
 * @param recordedBy the officer who recorded it
 */
public record Attendance(Topic topic, LocalDate date, String recordedBy) {
    /**
     * Checks every part.
     *
     * @param topic the topic
     * @param date the day
     * @param recordedBy the officer
     */
    public Attendance {
        Checks.required(topic, "topic");
        Checks.required(date, "date");
        recordedBy = Checks.requiredText(recordedBy, "recordedBy");
    }
}
