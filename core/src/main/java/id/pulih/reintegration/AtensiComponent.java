package id.pulih.reintegration;

/**
 * The components of ATENSI (Asistensi Rehabilitasi Sosial), Kemensos' model of social rehabilitation assistance, by
 * which every reintegration service is classified.
 */
public enum AtensiComponent {
    /** Support for a decent living (pemenuhan hidup layak): food, clothing, a habitable house. */
    DECENT_LIVING_SUPPORT,
    /** Social care and childcare (perawatan sosial dan/atau pengasuhan anak). */
    SOCIAL_CARE_AND_CHILDCARE,
    /** Family support (dukungan keluarga). */
    FAMILY_SUPPORT,
    /** Therapy: physical, psychosocial and mental-spiritual (terapi fisik, psikososial, mental spiritual). */
    THERAPY,
    /** Vocational training and entrepreneurship (pelatihan vokasional dan/atau pembinaan kewirausahaan). */
    VOCATIONAL_TRAINING_AND_ENTREPRENEURSHIP,
    /** Social assistance (bantuan sosial): money or goods, health costs, state-paid insurance. */
    SOCIAL_ASSISTANCE,
    /** Accessibility support (dukungan aksesibilitas): documents, assistive devices, access to services. */
    ACCESSIBILITY_SUPPORT
}
