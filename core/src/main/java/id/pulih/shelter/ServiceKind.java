package id.pulih.shelter;

/** Services delivered to a beneficiary during a shelter stay (DOMAIN.md, step 2). */
public enum ServiceKind {
    /** Food, three times a day. */
    MEALS,
    /** Clothing. */
    CLOTHING_KIT,
    /** Toiletries. */
    HYGIENE_KIT,
    /** Needs of women and children. */
    WOMEN_AND_CHILDREN_NEEDS,
    /** Socialisation on safe and procedural migration. */
    SAFE_MIGRATION_SOCIALISATION,
    /** Sports therapy: morning exercise, badminton, table tennis, futsal, volleyball (name it in the detail). */
    SPORTS_THERAPY,
    /** Livelihood therapy: farming. */
    LIVELIHOOD_FARMING,
    /** Livelihood therapy: handicraft. */
    LIVELIHOOD_HANDICRAFT,
    /** Livelihood therapy: cooking. */
    LIVELIHOOD_COOKING,
    /** A health check or treatment. */
    HEALTH_CARE,
    /** Psychosocial counselling. */
    PSYCHOSOCIAL_COUNSELLING
}
