package org.opencoi.certificate.infrastructure;

import static org.opencoi.shared.domain.LimitKind.BODILY_INJURY_PER_ACCIDENT;
import static org.opencoi.shared.domain.LimitKind.BODILY_INJURY_PER_PERSON;
import static org.opencoi.shared.domain.LimitKind.COMBINED_SINGLE_LIMIT;
import static org.opencoi.shared.domain.LimitKind.DAMAGE_TO_RENTED_PREMISES;
import static org.opencoi.shared.domain.LimitKind.EACH_OCCURRENCE;
import static org.opencoi.shared.domain.LimitKind.EL_DISEASE_EACH_EMPLOYEE;
import static org.opencoi.shared.domain.LimitKind.EL_DISEASE_POLICY_LIMIT;
import static org.opencoi.shared.domain.LimitKind.EL_EACH_ACCIDENT;
import static org.opencoi.shared.domain.LimitKind.GENERAL_AGGREGATE;
import static org.opencoi.shared.domain.LimitKind.MEDICAL_EXPENSE;
import static org.opencoi.shared.domain.LimitKind.PERSONAL_ADV_INJURY;
import static org.opencoi.shared.domain.LimitKind.PRODUCTS_COMPLETED_OPS_AGGREGATE;
import static org.opencoi.shared.domain.LimitKind.PROPERTY_DAMAGE;
import static org.opencoi.shared.domain.LimitKind.UMBRELLA_AGGREGATE;
import static org.opencoi.shared.domain.LimitKind.UMBRELLA_EACH_OCCURRENCE;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.opencoi.shared.domain.CoverageType;
import org.opencoi.shared.domain.LimitKind;

/**
 * The coverage sections of the ACORD 25 (2016/03): for each, the AcroForm fields of its row
 * (insurer letter, ADDL INSD, SUBR WVD, policy number, dates), its limits with the limit kind each
 * one states, its checkboxes, and the labels the form prints for all of them, so that the form
 * fields and the printed layout are read into the same field names.
 */
enum Acord25Section {

    GL(CoverageType.GL, "COMMERCIAL GENERAL LIAB", "GeneralLiability_InsurerLetterCode_A",
            "CertificateOfInsurance_GeneralLiability_AdditionalInsuredCode_A", "Policy_GeneralLiability_SubrogationWaivedCode_A",
            "Policy_GeneralLiability_PolicyNumberIdentifier_A", "Policy_GeneralLiability_EffectiveDate_A",
            "Policy_GeneralLiability_ExpirationDate_A",
            new PrintedOption("GeneralLiability_OccurrenceIndicator_A", "OCCUR"),
            new PrintedOption("GeneralLiability_ClaimsMadeIndicator_A", "CLAIMS-MADE"),
            List.of(new PrintedLimit(EACH_OCCURRENCE, "GeneralLiability_EachOccurrence_LimitAmount_A", "EACH OCCURRENCE"),
                    new PrintedLimit(DAMAGE_TO_RENTED_PREMISES,
                            "GeneralLiability_FireDamageRentedPremises_EachOccurrenceLimitAmount_A", "DAMAGE TO RENTED"),
                    new PrintedLimit(MEDICAL_EXPENSE, "GeneralLiability_MedicalExpense_EachPersonLimitAmount_A", "MED EXP"),
                    new PrintedLimit(PERSONAL_ADV_INJURY, "GeneralLiability_PersonalAndAdvertisingInjury_LimitAmount_A",
                            "PERSONAL & ADV"),
                    new PrintedLimit(GENERAL_AGGREGATE, "GeneralLiability_GeneralAggregate_LimitAmount_A", "GENERAL AGGREGATE"),
                    new PrintedLimit(PRODUCTS_COMPLETED_OPS_AGGREGATE,
                            "GeneralLiability_ProductsAndCompletedOperations_AggregateLimitAmount_A", "PRODUCTS - COMP")),
            List.of(new PrintedOption("GeneralLiability_CoverageIndicator_A", "COMMERCIAL GENERAL LIAB"),
                    new PrintedOption("GeneralLiability_GeneralAggregate_LimitAppliesPerPolicyIndicator_A", "POLICY"),
                    new PrintedOption("GeneralLiability_GeneralAggregate_LimitAppliesPerProjectIndicator_A", "PRO-JECT"),
                    new PrintedOption("GeneralLiability_GeneralAggregate_LimitAppliesPerLocationIndicator_A", "LOC"),
                    new PrintedOption("GeneralLiability_GeneralAggregate_LimitAppliesToOtherIndicator_A", "OTHER:"))),

    AUTO(CoverageType.AUTO, "AUTOMOBILE LIAB", "Vehicle_InsurerLetterCode_A",
            "CertificateOfInsurance_AutomobileLiability_AdditionalInsuredCode_A",
            "Policy_AutomobileLiability_SubrogationWaivedCode_A", "Policy_AutomobileLiability_PolicyNumberIdentifier_A",
            "Policy_AutomobileLiability_EffectiveDate_A", "Policy_AutomobileLiability_ExpirationDate_A", null, null,
            List.of(new PrintedLimit(COMBINED_SINGLE_LIMIT, "Vehicle_CombinedSingleLimit_EachAccidentAmount_A",
                            "COMBINED SINGLE LIMIT"),
                    new PrintedLimit(BODILY_INJURY_PER_PERSON, "Vehicle_BodilyInjury_PerPersonLimitAmount_A",
                            "BODILY INJURY (Per person)"),
                    new PrintedLimit(BODILY_INJURY_PER_ACCIDENT, "Vehicle_BodilyInjury_PerAccidentLimitAmount_A",
                            "BODILY INJURY (Per accident)"),
                    new PrintedLimit(PROPERTY_DAMAGE, "Vehicle_PropertyDamage_PerAccidentLimitAmount_A", "PROPERTY DAMAGE")),
            List.of(new PrintedOption(Fields.ANY_AUTO, "ANY AUTO"),
                    new PrintedOption(Fields.OWNED_AUTOS, "OWNED AUTOS"),
                    new PrintedOption(Fields.OWNED_AUTOS, "ALL OWNED AUTOS"),
                    new PrintedOption(Fields.SCHEDULED_AUTOS, "SCHEDULED AUTOS"),
                    new PrintedOption(Fields.HIRED_AUTOS, "HIRED AUTOS"),
                    new PrintedOption(Fields.NON_OWNED_AUTOS, "NON-OWNED AUTOS"))),

    /** Umbrella or excess, whichever of the two boxes is ticked; both state their limits as umbrella limits. */
    UMBRELLA(CoverageType.UMBRELLA, "UMBRELLA LIAB", "ExcessUmbrella_InsurerLetterCode_A",
            "CertificateOfInsurance_ExcessLiability_AdditionalInsuredCode_A", "Policy_ExcessLiability_SubrogationWaivedCode_A",
            "Policy_ExcessLiability_PolicyNumberIdentifier_A", "Policy_ExcessLiability_EffectiveDate_A",
            "Policy_ExcessLiability_ExpirationDate_A",
            new PrintedOption("ExcessUmbrella_OccurrenceIndicator_A", "OCCUR"),
            new PrintedOption("ExcessUmbrella_ClaimsMadeIndicator_A", "CLAIMS-MADE"),
            List.of(new PrintedLimit(UMBRELLA_EACH_OCCURRENCE, "ExcessUmbrella_Umbrella_EachOccurrenceAmount_A", "EACH OCCURRENCE"),
                    new PrintedLimit(UMBRELLA_AGGREGATE, "ExcessUmbrella_Umbrella_AggregateAmount_A", "AGGREGATE")),
            List.of(new PrintedOption(Fields.UMBRELLA, "UMBRELLA LIAB"),
                    new PrintedOption(Fields.EXCESS, "EXCESS LIAB"),
                    new PrintedOption("ExcessUmbrella_DeductibleIndicator_A", "DED"),
                    new PrintedOption("ExcessUmbrella_RetentionIndicator_A", "RETENTION"))),

    /** Workers' compensation, with the employers' liability limits the form prints on the same line. */
    WC(CoverageType.WC, "WORKERS COMP", "WorkersCompensationEmployersLiability_InsurerLetterCode_A", null,
            "Policy_WorkersCompensation_SubrogationWaivedCode_A",
            "Policy_WorkersCompensationAndEmployersLiability_PolicyNumberIdentifier_A",
            "Policy_WorkersCompensationAndEmployersLiability_EffectiveDate_A",
            "Policy_WorkersCompensationAndEmployersLiability_ExpirationDate_A", null, null,
            List.of(new PrintedLimit(EL_EACH_ACCIDENT,
                            "WorkersCompensationEmployersLiability_EmployersLiability_EachAccidentLimitAmount_A", "E.L. EACH ACCIDENT"),
                    new PrintedLimit(EL_DISEASE_EACH_EMPLOYEE,
                            "WorkersCompensationEmployersLiability_EmployersLiability_DiseaseEachEmployeeLimitAmount_A",
                            "E.L. DISEASE - EA EMPLOYEE"),
                    new PrintedLimit(EL_DISEASE_POLICY_LIMIT,
                            "WorkersCompensationEmployersLiability_EmployersLiability_DiseasePolicyLimitAmount_A",
                            "E.L. DISEASE - POLICY LIMIT")),
            List.of(new PrintedOption(Fields.WC_STATUTORY, "PER STATUTE"),
                    new PrintedOption("WorkersCompensationEmployersLiability_OtherCoverageIndicator_A", "OTH-ER"))),

    /** The free line under WC (professional, cyber, property...): its name and up to three limits are typed in, not printed. */
    OTHER(CoverageType.OTHER, null, "OtherPolicy_InsurerLetterCode_A", "CertificateOfInsurance_OtherPolicy_AdditionalInsuredCode_A",
            "OtherPolicy_SubrogationWaivedCode_A", "OtherPolicy_PolicyNumberIdentifier_A", "OtherPolicy_PolicyEffectiveDate_A",
            "OtherPolicy_PolicyExpirationDate_A", null, null, List.of(), List.of());

    /** The fields that carry a meaning of their own beyond their section's row. */
    static final class Fields {
        static final String ANY_AUTO = "Vehicle_AnyAutoIndicator_A";
        static final String OWNED_AUTOS = "Vehicle_AllOwnedAutosIndicator_A";
        static final String SCHEDULED_AUTOS = "Vehicle_ScheduledAutosIndicator_A";
        static final String HIRED_AUTOS = "Vehicle_HiredAutosIndicator_A";
        static final String NON_OWNED_AUTOS = "Vehicle_NonOwnedAutosIndicator_A";
        static final String UMBRELLA = "Policy_PolicyType_UmbrellaIndicator_A";
        static final String EXCESS = "Policy_PolicyType_ExcessIndicator_A";
        static final String RETENTION_AMOUNT = "ExcessUmbrella_Umbrella_DeductibleOrRetentionAmount_A";
        static final String WC_STATUTORY = "WorkersCompensationEmployersLiability_WorkersCompensationStatutoryLimitIndicator_A";
        static final String OTHER_NAME = "OtherPolicy_OtherPolicyDescription_A";
        /** The OTHER line's limits: what each one is (typed in) and its amount. */
        static final List<String> OTHER_LIMIT_NAMES =
                List.of("OtherPolicy_CoverageCode_A", "OtherPolicy_CoverageCode_B", "OtherPolicy_CoverageCode_C");
        static final List<String> OTHER_LIMIT_AMOUNTS = List.of("OtherPolicy_CoverageLimitAmount_A",
                "OtherPolicy_CoverageLimitAmount_B", "OtherPolicy_CoverageLimitAmount_C");

        private Fields() {
        }
    }

    /** A limit the section prints: what kind of limit it is, its field, and the start of its printed label. */
    record PrintedLimit(LimitKind kind, String field, String label) {
    }

    /** A checkbox of the section and the start of the label printed right of it. */
    record PrintedOption(String field, String label) {
    }

    private final CoverageType coverage;
    private final String printedName;
    private final String letter;
    private final String additionalInsured;
    private final String subrogationWaived;
    private final String policyNumber;
    private final String effectiveDate;
    private final String expirationDate;
    private final PrintedOption occurrence;
    private final PrintedOption claimsMade;
    private final List<PrintedLimit> limits;
    private final List<PrintedOption> options;

    Acord25Section(CoverageType coverage, String printedName, String letter, String additionalInsured,
            String subrogationWaived, String policyNumber, String effectiveDate, String expirationDate,
            PrintedOption occurrence, PrintedOption claimsMade, List<PrintedLimit> limits, List<PrintedOption> options) {
        this.coverage = coverage;
        this.printedName = printedName;
        this.letter = letter;
        this.additionalInsured = additionalInsured;
        this.subrogationWaived = subrogationWaived;
        this.policyNumber = policyNumber;
        this.effectiveDate = effectiveDate;
        this.expirationDate = expirationDate;
        this.occurrence = occurrence;
        this.claimsMade = claimsMade;
        this.limits = limits;
        this.options = options;
    }

    CoverageType coverage() {
        return coverage;
    }

    /** The start of the label that opens the section in the TYPE OF INSURANCE column; none for OTHER. */
    String printedName() {
        return printedName;
    }

    String letter() {
        return letter;
    }

    /** None for WC: the form prints N/A there, as employers cannot add insureds to a WC policy. */
    String additionalInsured() {
        return additionalInsured;
    }

    String subrogationWaived() {
        return subrogationWaived;
    }

    String policyNumber() {
        return policyNumber;
    }

    String effectiveDate() {
        return effectiveDate;
    }

    String expirationDate() {
        return expirationDate;
    }

    /** The fields of the section's row, each policy stacked in the section having its own: letter, boxes, number, dates. */
    List<String> rowFields() {
        return Stream.of(letter, additionalInsured, subrogationWaived, policyNumber, effectiveDate, expirationDate)
                .filter(Objects::nonNull).toList();
    }

    /** The OCCUR box, for the lines that can be written on an occurrence or a claims-made form. */
    PrintedOption occurrence() {
        return occurrence;
    }

    PrintedOption claimsMade() {
        return claimsMade;
    }

    List<PrintedLimit> limits() {
        return limits;
    }

    /** Every checkbox of the section with its printed label, occurrence and claims-made included. */
    List<PrintedOption> checkboxes() {
        return occurrence == null ? options : Stream.concat(options.stream(), Stream.of(occurrence, claimsMade)).toList();
    }
}
