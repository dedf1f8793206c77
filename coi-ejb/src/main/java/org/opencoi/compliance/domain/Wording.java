package org.opencoi.compliance.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import org.opencoi.shared.domain.AcceptedAutoSymbols;
import org.opencoi.shared.domain.AmBestRating;
import org.opencoi.shared.domain.AutoSymbol;
import org.opencoi.shared.domain.CoverageType;
import org.opencoi.shared.domain.FinancialSizeCategory;
import org.opencoi.shared.domain.LimitKind;
import org.opencoi.shared.domain.Money;
import org.opencoi.shared.domain.PolicyForm;

/** The plain-English sentences of deficiencies, in the words an admin uses for lines, limits and amounts. */
final class Wording {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);

    private Wording() {
    }

    static String missingCoverage(CoverageLine line) {
        return "No certificate on file shows " + line(line) + "; the profile requires it.";
    }

    static String expired(CoverageLine line, PolicySnapshot policy) {
        return capitalized(line(line)) + " " + policy(policy) + " expired on " + date(policy.term().expiration()) + ".";
    }

    static String notYetEffective(CoverageLine line, PolicySnapshot policy) {
        return capitalized(line(line)) + " " + policy(policy) + " does not take effect until "
                + date(policy.term().effective()) + ".";
    }

    static String formNotAccepted(CoverageLine line, PolicyForm form, Set<PolicyForm> accepted) {
        String rule = accepted.isEmpty() ? "accepts neither form" : "accepts " + form(accepted.iterator().next()) + " forms only";
        return capitalized(line(line)) + " is written on " + article(form) + form(form) + " form; the profile "
                + rule + ".";
    }

    static String autoSymbolsNotAccepted(CoverageLine line, Set<AutoSymbol> ticked, AcceptedAutoSymbols accepted) {
        StringJoiner alternatives = new StringJoiner(", or ");
        for (Set<AutoSymbol> alternative : accepted.alternatives()) {
            alternatives.add(symbols(alternative) + (alternative.size() > 1 ? " together" : ""));
        }
        String covered = ticked.isEmpty() ? " shows no auto symbol" : " covers " + symbols(ticked) + " only";
        return capitalized(line(line)) + covered + "; the profile accepts " + alternatives + ".";
    }

    static String limitBelowMinimum(CoverageLine line, LimitKind kind, Money stated, Money required) {
        String found = stated == null ? "is not stated" : "is " + stated.formatted();
        return limitSubject(line, kind) + " " + found + "; the profile requires " + required.formatted() + ".";
    }

    static String limitBelowMinimumWithUmbrella(CoverageLine line, LimitKind kind, Money stated, Money combined,
            Money required) {
        return limitSubject(line, kind) + " is " + stated.formatted() + ", " + combined.formatted()
                + " with the umbrella; the profile requires " + required.formatted() + ".";
    }

    static String notStatutory(CoverageLine line) {
        return capitalized(line(line)) + " is not shown at statutory limits (PER STATUTE); the profile requires it.";
    }

    static String additionalInsuredMissing(CoverageLine line) {
        return capitalized(line(line))
                + " does not name the certificate holder as additional insured; the profile requires it.";
    }

    static String waiverOfSubrogationMissing(CoverageLine line) {
        return capitalized(line(line)) + " has no waiver of subrogation; the profile requires one.";
    }

    static String primaryNonContributoryMissing(CoverageLine line) {
        return capitalized(line(line)) + " is not primary and non-contributory; the profile requires it.";
    }

    static String deductibleAboveMaximum(CoverageLine line, BigDecimal deductible, BigDecimal maximum) {
        return capitalized(line(line)) + " deductible is " + money(deductible) + "; the profile allows at most "
                + money(maximum) + ".";
    }

    static String insurerUnknown(CoverageLine line, PolicySnapshot policy, AmBestRating minimumRating,
            FinancialSizeCategory minimumSize) {
        String insurer = policy.insurerName() == null ? "unnamed" : policy.insurerName();
        String naic = policy.insurerNaic() == null ? "no NAIC code" : "NAIC " + policy.insurerNaic();
        return "The insurer of " + line(line) + ", " + insurer + " (" + naic
                + "), is not in the insurer table, so its AM Best rating cannot be checked; the profile requires "
                + minimum(minimumRating, minimumSize) + ".";
    }

    static String insurerBelowMinimum(CoverageLine line, InsurerRating insurer, AmBestRating minimumRating,
            FinancialSizeCategory minimumSize) {
        String rating = insurer.rating() == null ? "has no AM Best rating" : "is rated " + insurer.rating().label() + " by AM Best";
        String size = insurer.size() == null ? " and no financial size category" : " in financial size category " + insurer.size();
        return "The insurer of " + line(line) + ", " + insurer.name() + " (NAIC " + insurer.naicCode() + "), "
                + rating + size + "; the profile requires " + minimum(minimumRating, minimumSize) + ".";
    }

    static String holderMismatch(CoverageLine line, CompanyName holder, CompanyName required) {
        String named = holder.isStated() ? "names \"" + holder.text() + "\" as certificate holder" : "names no certificate holder";
        return "The certificate showing " + line(line) + " " + named + "; the profile requires \"" + required.text() + "\".";
    }

    static String insuredMismatch(CoverageLine line, CompanyName insured, CompanyName vendor) {
        String named = insured.isStated() ? "names \"" + insured.text() + "\" as insured" : "names no insured";
        return "The certificate showing " + line(line) + " " + named + ", not the vendor \"" + vendor.text() + "\".";
    }

    static String verificationFailed(CoverageLine line, String discrepancy) {
        return capitalized(line(line)) + " was not confirmed by its carrier: " + discrepancy;
    }

    /** An amount as the sentences show it; see {@link Money#formatted()}. */
    private static String money(BigDecimal amount) {
        return Money.of(amount).formatted();
    }

    static String date(LocalDate day) {
        return DATE.format(day);
    }

    /** The line as it reads in the middle of a sentence: "general liability", or an OTHER line's own name. */
    static String line(CoverageLine line) {
        return switch (line.coverage()) {
            case GL -> "general liability";
            case AUTO -> "automobile liability";
            case UMBRELLA -> "umbrella liability";
            case EXCESS -> "excess liability";
            case WC -> "workers' compensation";
            case EL -> "employers' liability";
            case OTHER -> line.name();
        };
    }

    /** Employers' liability limits are stated on the workers' compensation line; they read as what they are. */
    private static String limitSubject(CoverageLine line, LimitKind kind) {
        String subject = kind.line() == CoverageType.EL ? line(CoverageLine.of(CoverageType.EL)) : line(line);
        return capitalized(subject) + " " + limit(kind);
    }

    private static String limit(LimitKind kind) {
        return switch (kind) {
            case EACH_OCCURRENCE, UMBRELLA_EACH_OCCURRENCE -> "each-occurrence limit";
            case GENERAL_AGGREGATE -> "general aggregate limit";
            case PRODUCTS_COMPLETED_OPS_AGGREGATE -> "products-completed operations aggregate limit";
            case PERSONAL_ADV_INJURY -> "personal and advertising injury limit";
            case MEDICAL_EXPENSE -> "medical expense limit";
            case DAMAGE_TO_RENTED_PREMISES -> "damage to rented premises limit";
            case COMBINED_SINGLE_LIMIT -> "combined single limit";
            case BODILY_INJURY_PER_PERSON -> "bodily injury per person limit";
            case BODILY_INJURY_PER_ACCIDENT -> "bodily injury per accident limit";
            case PROPERTY_DAMAGE -> "property damage limit";
            case UMBRELLA_AGGREGATE -> "aggregate limit";
            case EL_EACH_ACCIDENT -> "each-accident limit";
            case EL_DISEASE_EACH_EMPLOYEE -> "disease each-employee limit";
            case EL_DISEASE_POLICY_LIMIT -> "disease policy limit";
        };
    }

    private static String policy(PolicySnapshot policy) {
        return policy.policyNumber() == null ? "policy" : "policy " + policy.policyNumber();
    }

    private static String form(PolicyForm form) {
        return form == PolicyForm.OCCURRENCE ? "occurrence" : "claims-made";
    }

    private static String article(PolicyForm form) {
        return form == PolicyForm.OCCURRENCE ? "an " : "a ";
    }

    private static String symbols(Set<AutoSymbol> symbols) {
        StringJoiner text = new StringJoiner(" and ");
        for (AutoSymbol symbol : symbols) {
            text.add(switch (symbol) {
                case ANY -> "any auto";
                case OWNED -> "owned autos";
                case HIRED -> "hired autos";
                case NON_OWNED -> "non-owned autos";
                case SCHEDULED -> "scheduled autos";
            });
        }
        return text.toString();
    }

    private static String minimum(AmBestRating rating, FinancialSizeCategory size) {
        StringJoiner text = new StringJoiner(" and ");
        if (rating != null) {
            text.add(rating.label() + " or better");
        }
        if (size != null) {
            text.add("financial size category " + size + " or larger");
        }
        return text.toString();
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
