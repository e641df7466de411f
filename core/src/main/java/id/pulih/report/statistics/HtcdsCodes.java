package id.pulih.report.statistics;

import id.pulih.beneficiary.ExploitationType;
import id.pulih.beneficiary.LabourSector;
import id.pulih.beneficiary.MeansOfControl;
import id.pulih.beneficiary.RecruiterRelation;
import id.pulih.internal.util.Checks;
import id.pulih.shared.Sex;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Pulih's values as HTCDS 2.0 picklist codes: one table per enum, each complete (a test walks every constant).
 * The codes are the "Value Names" of the field sheet {@code HTCDS Field Standards 2.0.ods} in the repository
 * {@code UNMigration/HTCDS} (Human Trafficking Case Data Standard by IOM, licensed under CC BY 4.0; no endorsement by
 * IOM is implied): {@code prs_Gender}, {@code vic_TypeOfExploitation}, {@code vic_MethodsOfControl},
 * {@code vic_ForcedLabourIndustry} (ISIC Rev. 4 sections) and {@code vic_RelationshipToTrafficker}, spelt as the
 * standard spells them ({@code Unaquainted} included). Where Pulih records something HTCDS has no code for, the
 * table says which code it goes to and why; where no code fits, the value is published empty (not specified).
 */
public final class HtcdsCodes {
    private HtcdsCodes() {}

    /** Citizenship of every beneficiary, ISO 3166-1 alpha-3: Pulih serves Indonesian citizens (WNI). */
    public static final String CITIZENSHIP = "IDN";

    private static final Map<Sex, String> GENDER = table(
            Sex.class,
            Map.of(
                    Sex.FEMALE, "Feminine",
                    Sex.MALE, "Masculine"));

    private static final Map<ExploitationType, String> EXPLOITATION = table(
            ExploitationType.class,
            Map.of(
                    ExploitationType.FORCED_LABOUR, "ForcedLabour",
                    ExploitationType.SEXUAL_EXPLOITATION, "SexualExploitation",
                    ExploitationType.FORCED_MARRIAGE, "ForcedMarriage",
                    ExploitationType.ORGAN_REMOVAL, "OrganRemoval",
                    // CTDC's "slavery and similar practices" is HTCDS's servitude
                    ExploitationType.SLAVERY_AND_SIMILAR_PRACTICES, "Servitude",
                    // HTCDS 2.0 has no code for forced criminal activity
                    ExploitationType.FORCED_CRIMINAL_ACTIVITY, "Other",
                    ExploitationType.FORCED_BEGGING, "ForcedBegging",
                    ExploitationType.OTHER, "Other"));

    private static final Map<MeansOfControl, String> CONTROL = table(
            MeansOfControl.class,
            Map.ofEntries(
                    Map.entry(MeansOfControl.DEBT_BONDAGE, "DebtBondage"),
                    Map.entry(MeansOfControl.TAKES_EARNINGS, "TakesEarnings"),
                    Map.entry(MeansOfControl.RESTRICTS_FINANCIAL_ACCESS, "RestrictsFinancialAccess"),
                    Map.entry(MeansOfControl.THREATS, "PhysicalThreats"),
                    Map.entry(MeansOfControl.PSYCHOLOGICAL_ABUSE, "PsychologicalAbuse"),
                    Map.entry(MeansOfControl.PHYSICAL_ABUSE, "PhysicalAbuse"),
                    Map.entry(MeansOfControl.SEXUAL_ABUSE, "SexualAbuse"),
                    Map.entry(MeansOfControl.FALSE_PROMISES, "FalsePromises"),
                    Map.entry(MeansOfControl.PSYCHOACTIVE_SUBSTANCES, "PsychoactiveSubstance"),
                    // HTCDS 2.0 has no code for restricted movement
                    Map.entry(MeansOfControl.RESTRICTS_MOVEMENT, "Other"),
                    Map.entry(MeansOfControl.RESTRICTS_MEDICAL_CARE, "RestrictsMedicalCare"),
                    Map.entry(MeansOfControl.EXCESSIVE_WORKING_HOURS, "ExcessiveWorkingHours"),
                    // CTDC's "uses children" is HTCDS's threats to children or family
                    Map.entry(MeansOfControl.USES_CHILDREN, "ThreatensChildrenFamily"),
                    Map.entry(MeansOfControl.THREAT_OF_LAW_ENFORCEMENT, "ThreatsLawEnforcement"),
                    Map.entry(MeansOfControl.WITHHOLDS_NECESSITIES, "WithholdsNecessities"),
                    Map.entry(MeansOfControl.WITHHOLDS_DOCUMENTS, "WithholdsDocuments"),
                    Map.entry(MeansOfControl.OTHER, "Other")));

    /** ISIC Rev. 4 sections; empty where the sector names no industry. */
    private static final Map<LabourSector, Optional<String>> INDUSTRY = table(
            LabourSector.class,
            Map.ofEntries(
                    Map.entry(LabourSector.AGRICULTURE, Optional.of("A_AgricultureForestryAndFishing")),
                    Map.entry(LabourSector.AQUAFARMING, Optional.of("A_AgricultureForestryAndFishing")),
                    Map.entry(LabourSector.FISHING, Optional.of("A_AgricultureForestryAndFishing")),
                    Map.entry(LabourSector.MINING, Optional.of("B_MiningAndQuarrying")),
                    Map.entry(LabourSector.MANUFACTURING, Optional.of("C_Manufacturing")),
                    Map.entry(LabourSector.CONSTRUCTION, Optional.of("F_Construction")),
                    // street selling is retail trade (ISIC 47)
                    Map.entry(LabourSector.PEDDLING, Optional.of("G_WholesaleAndRetailTradeRepairOfMotorVehicles")),
                    Map.entry(LabourSector.TRANSPORTATION, Optional.of("H_TransportationAndStorage")),
                    Map.entry(LabourSector.HOSPITALITY, Optional.of("I_AccommodationAndFoodServiceActivities")),
                    // begging and the sex industry fall under other personal service activities (ISIC 9609)
                    Map.entry(LabourSector.BEGGING, Optional.of("S_OtherServiceActivities")),
                    Map.entry(LabourSector.SEX_INDUSTRY, Optional.of("S_OtherServiceActivities")),
                    Map.entry(LabourSector.DOMESTIC_WORK, Optional.of("T_ActivitiesOfHouseholdsAsEmployers")),
                    Map.entry(LabourSector.OTHER, Optional.empty()),
                    Map.entry(LabourSector.NOT_APPLICABLE, Optional.empty())));

    /** HTCDS knows three relations; empty where the relation is unknown. */
    private static final Map<RecruiterRelation, Optional<String>> RELATION = table(
            RecruiterRelation.class,
            Map.of(
                    // a spouse or partner counts as family
                    RecruiterRelation.INTIMATE_PARTNER, Optional.of("Familial"),
                    RecruiterRelation.FAMILY_MEMBER, Optional.of("Familial"),
                    RecruiterRelation.FRIEND_OR_ACQUAINTANCE, Optional.of("Acquainted"),
                    RecruiterRelation.EMPLOYER, Optional.of("Acquainted"),
                    // a sponsor or agent (calo) the person did not know before
                    RecruiterRelation.RECRUITMENT_AGENT, Optional.of("Unaquainted"),
                    RecruiterRelation.OTHER, Optional.empty(),
                    RecruiterRelation.UNKNOWN, Optional.empty()));

    /**
     * The {@code prs_Gender} code.
     *
     * @param sex the sex
     * @return {@code Feminine} or {@code Masculine}
     */
    public static String gender(Sex sex) {
        return GENDER.get(Checks.required(sex, "sex"));
    }

    /**
     * The {@code vic_TypeOfExploitation} code.
     *
     * @param type the type
     * @return the code, such as {@code ForcedLabour}
     */
    public static String exploitation(ExploitationType type) {
        return EXPLOITATION.get(Checks.required(type, "exploitation"));
    }

    /**
     * The {@code vic_MethodsOfControl} code.
     *
     * @param means the means of control
     * @return the code, such as {@code DebtBondage}
     */
    public static String control(MeansOfControl means) {
        return CONTROL.get(Checks.required(means, "control"));
    }

    /**
     * The {@code vic_ForcedLabourIndustry} code: an ISIC Rev. 4 section.
     *
     * @param sector the sector
     * @return the section, such as {@code T_ActivitiesOfHouseholdsAsEmployers}, or empty when none applies
     */
    public static Optional<String> industry(LabourSector sector) {
        return INDUSTRY.get(Checks.required(sector, "sector"));
    }

    /**
     * The {@code vic_RelationshipToTrafficker} code.
     *
     * @param relation the relation
     * @return {@code Familial}, {@code Acquainted} or {@code Unaquainted}, or empty when unknown
     */
    public static Optional<String> relation(RecruiterRelation relation) {
        return RELATION.get(Checks.required(relation, "recruiter"));
    }

    /**
     * A country as ISO 3166-1 alpha-3, as HTCDS and CTDC name countries.
     *
     * @param alpha2 an ISO 3166-1 alpha-2 code, such as {@code MY}
     * @return the alpha-3 code, such as {@code MYS}
     * @throws IllegalArgumentException for a code Java does not know
     */
    public static String country(String alpha2) {
        String code = Checks.requiredText(alpha2, "country").toUpperCase(Locale.ROOT);
        try {
            return new Locale("", code).getISO3Country();
        } catch (java.util.MissingResourceException e) {
            throw new IllegalArgumentException("no ISO 3166-1 alpha-3 code for " + code, e);
        }
    }

    private static <E extends Enum<E>, V> Map<E, V> table(Class<E> type, Map<E, V> entries) {
        Map<E, V> table = new EnumMap<>(type);
        table.putAll(entries);
        for (E constant : type.getEnumConstants()) {
            if (!table.containsKey(constant)) {
                throw new IllegalStateException("no HTCDS code for " + type.getSimpleName() + "." + constant);
            }
        }
        return table;
    }
}
