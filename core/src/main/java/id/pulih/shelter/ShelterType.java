package id.pulih.shelter;

/** The kinds of place that shelter returning victims. */
public enum ShelterType {
    /** Rumah Perlindungan dan Trauma Center, for example RPTC Bambu Apus (Jakarta) and Tanjung Pinang. */
    RPTC,
    /** A Kemensos balai, for example Balai "Mulya Jaya" Jakarta. */
    BALAI,
    /** A Kemensos sentra (a technical unit, UPT). */
    SENTRA,
    /** A repatriation post, for example Pos Pemulangan Pontianak. */
    POS_PEMULANGAN,
    /** A shelter run by a partner social-welfare organisation (LKS). */
    LKS_SHELTER
}
