package org.opencoi.certificate.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opencoi.shared.domain.AutoSymbol;
import org.opencoi.shared.domain.CoverageType;
import org.opencoi.shared.domain.LimitKind;
import org.opencoi.shared.domain.PolicyForm;
import org.opencoi.shared.domain.PolicyNumber;
import org.opencoi.shared.domain.PolicyTerm;

/**
 * One coverage line as read from a certificate, each value with its confidence. A WC line carries
 * the employers' liability limits printed on the same line of the form; an OTHER line carries the
 * name the certificate gives it.
 */
public record ExtractedPolicy(
        CoverageType coverage,
        ExtractedValue<String> coverageName,
        ExtractedInsurer insurer,
        ExtractedValue<String> policyNumber,
        ExtractedValue<LocalDate> effectiveDate,
        ExtractedValue<LocalDate> expirationDate,
        ExtractedValue<PolicyForm> form,
        ExtractedValue<Boolean> additionalInsured,
        ExtractedValue<Boolean> waiverOfSubrogation,
        Set<AutoSymbol> autoSymbols,
        boolean wcStatutory,
        Map<LimitKind, ExtractedValue<BigDecimal>> limits,
        ExtractedValue<BigDecimal> deductible) {

    public ExtractedPolicy {
        autoSymbols = autoSymbols.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(autoSymbols));
        limits = limits.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(limits));
    }

    /** The amount of one limit as read; missing when the certificate does not state it. */
    public ExtractedValue<BigDecimal> limit(LimitKind kind) {
        return limits.getOrDefault(kind, ExtractedValue.missing());
    }

    /**
     * What cannot be decided on without a human: a policy needs both dates, an expiration after
     * its effective date, and at least one limit read with confidence (for workers' compensation
     * the statutory box counts as one, since WC limits are set by statute); and what is read must be
     * consistent as {@link ReadingConsistency} says (insurer, limits, tick boxes).
     */
    public List<String> uncertainKeyFields() {
        List<String> uncertain = new ArrayList<>();
        if (!effectiveDate.isConfident()) {
            uncertain.add(line() + " effective date");
        }
        if (!expirationDate.isConfident()) {
            uncertain.add(line() + " expiration date");
        }
        if (effectiveDate.isPresent() && expirationDate.isPresent()
                && !expirationDate.value().isAfter(effectiveDate.value())) {
            uncertain.add(line() + " policy period (it does not end after it starts)");
        }
        boolean limitRead = limits.values().stream().anyMatch(ExtractedValue::isConfident)
                || (coverage == CoverageType.WC && wcStatutory);
        if (!limitRead) {
            uncertain.add(line() + " limits");
        }
        uncertain.addAll(ReadingConsistency.insurerNamed(this));
        uncertain.addAll(ReadingConsistency.limitsAreAmounts(this));
        uncertain.addAll(ReadingConsistency.boxesFound(this));
        return uncertain;
    }

    /**
     * The policy as read, for the certificate to keep: values read are taken even when uncertain (the
     * certificate then waits for a reviewer, who sees and corrects them); a period that does not end
     * after it starts is kept without dates. Its endorsements are those its tick boxes show and those the
     * certificate's wording states, as {@link EndorsementWording} says.
     */
    public Policy toPolicy(EndorsementWording wording) {
        LocalDate effective = effectiveDate.value();
        LocalDate expiration = expirationDate.value();
        boolean periodReadable = effective == null || expiration == null || expiration.isAfter(effective);
        Policy policy = new Policy(coverage,
                PolicyNumber.parse(clip(policyNumber.value(), PolicyNumber.MAX_LENGTH)).orElse(null),
                periodReadable ? new PolicyTerm(effective, expiration) : PolicyTerm.UNDATED)
                .coverageName(clip(coverageName.value(), 120))
                .insurer(clip(insurer.letter().value(), 1), clip(insurer.name().value(), 200),
                        insurer.naic().value())
                .form(form.value())
                .endorsements(wording.endorsements(coverage, additionalInsured, waiverOfSubrogation))
                .wcStatutory(wcStatutory)
                .autoSymbols(autoSymbols);
        if (deductible.isPresent()) {
            policy.deductible(deductible.value());
        }
        limits.forEach((kind, amount) -> {
            if (amount.isPresent()) {
                policy.limit(kind, amount.value());
            }
        });
        return policy;
    }

    /** Text longer than any real value of its field is cut to fit; the reviewer sees the document. */
    static String clip(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    /** The line as a reviewer knows it: its coverage, or the name an OTHER line gives itself. */
    String line() {
        return coverage == CoverageType.OTHER && coverageName.isPresent()
                ? "OTHER (" + coverageName.value() + ")" : coverage.name();
    }
}
