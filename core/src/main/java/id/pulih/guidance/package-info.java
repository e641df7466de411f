/**
 * Social guidance programmes (bimbingan sosial) in areas of origin: enrolment within the programme's region and
 * capacity, with consent on file, attendance per topic, and completion.
 */
package id.pulih.guidance;
