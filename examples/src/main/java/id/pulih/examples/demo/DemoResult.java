package id.pulih.examples.demo;

import id.pulih.shared.Rupiah;

/**
 * The figures the demo reproduces, read back from the store after the replay (never from the demo's own counters).
 *
 * @param shelters the shelters of 2020
 * @param returnedHome people handed over to their area of origin from those shelters
 * @param stillInShelters people still in them at the end of 2020
 * @param lombokTengahParticipants participants of 31 October 2019 in Lombok Tengah
 * @param lombokTengahPaid paid to them
 * @param lombokBaratParticipants participants of 31 October 2019 in Lombok Barat
 * @param lombokBaratPaid paid to them
 * @param kupangParticipants participants of 13 November 2019 in Kabupaten Kupang
 * @param kupangPaid paid to them
 * @param rejectedThenPaid transfers rejected by the bank, corrected and paid
 * @param plans reintegration plans made
 * @param visits follow-up visits recorded
 */
public record DemoResult(
        int shelters,
        long returnedHome,
        long stillInShelters,
        long lombokTengahParticipants,
        Rupiah lombokTengahPaid,
        long lombokBaratParticipants,
        Rupiah lombokBaratPaid,
        long kupangParticipants,
        Rupiah kupangPaid,
        long rejectedThenPaid,
        long plans,
        long visits) {

    /**
     * Both Lombok events together.
     *
     * @return Lombok Tengah plus Lombok Barat
     */
    public Rupiah lombokPaid() {
        return lombokTengahPaid.plus(lombokBaratPaid);
    }
}
