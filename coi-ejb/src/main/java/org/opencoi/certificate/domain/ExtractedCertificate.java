package org.opencoi.certificate.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opencoi.shared.domain.CoverageType;

/**
 * The data read from one certificate PDF, before anyone has checked it: the parties, the insurers
 * A-F, and one policy per coverage line the certificate fills in, every value with its confidence.
 * A certificate whose key fields are missing or uncertain goes to the review queue instead of into
 * compliance decisions.
 */
public record ExtractedCertificate(
        ExtractionMethod method,
        ExtractedParty producer,
        ExtractedParty insured,
        ExtractedParty holder,
        List<ExtractedInsurer> insurers,
        ExtractedValue<String> descriptionOfOperations,
        ExtractedValue<LocalDate> issueDate,
        ExtractedValue<String> certificateNumber,
        List<ExtractedPolicy> policies) {

    public ExtractedCertificate {
        insurers = List.copyOf(insurers);
        policies = List.copyOf(policies);
    }

    /** A document nothing could be read from: every key field is missing. */
    public static ExtractedCertificate unreadable() {
        return nothingRead(ExtractionMethod.UNREADABLE);
    }

    /** A document whose pages have no text: nothing is read until OCR has read them. */
    public static ExtractedCertificate awaitingOcr() {
        return nothingRead(ExtractionMethod.NEEDS_OCR);
    }

    private static ExtractedCertificate nothingRead(ExtractionMethod method) {
        return new ExtractedCertificate(method, ExtractedParty.MISSING, ExtractedParty.MISSING,
                ExtractedParty.MISSING, List.of(), ExtractedValue.missing(), ExtractedValue.missing(),
                ExtractedValue.missing(), List.of());
    }

    /**
     * The key fields that are missing, not read with confidence or not consistent: the insured's name,
     * the insured and the holder being names ({@link ReadingConsistency}), at least one coverage line,
     * and for each line what {@link ExtractedPolicy#uncertainKeyFields()} asks. Empty when the
     * certificate can be decided on as read.
     */
    public List<String> uncertainKeyFields() {
        List<String> uncertain = new ArrayList<>();
        if (!insured.name().isConfident()) {
            uncertain.add("insured name");
        }
        uncertain.addAll(ReadingConsistency.isAName("insured", insured.name()));
        uncertain.addAll(ReadingConsistency.isAName("holder", holder.name()));
        if (policies.isEmpty()) {
            uncertain.add("coverage lines");
        }
        policies.forEach(policy -> uncertain.addAll(policy.uncertainKeyFields()));
        return uncertain;
    }

    /** Whether the pages are still to be read by OCR ({@link CertificateReader#readByOcr}). */
    public boolean needsOcr() {
        return method == ExtractionMethod.NEEDS_OCR;
    }

    public boolean needsReview() {
        return !uncertainKeyFields().isEmpty();
    }

    /**
     * Fills the received certificate with what was read, and keeps each value read for the reviewer
     * ({@link ReadValue}). A certificate with uncertain key fields, or nothing readable at all, is sent to
     * the review queue with the reason, instead of being decided on.
     */
    public void fill(Certificate certificate) {
        certificate.nameParties(ExtractedPolicy.clip(producer.name().value(), 200),
                ExtractedPolicy.clip(insured.name().value(), 200), ExtractedPolicy.clip(holder.name().value(), 200));
        certificate.describeOperations(ExtractedPolicy.clip(descriptionOfOperations.value(), 4000), issueDate.value());
        certificate.readBy(method, ExtractedPolicy.clip(certificateNumber.value(), 60));
        toPolicies().forEach(certificate::addPolicy);
        certificate.keepReadValues(ReadValues.of(this));
        if (method == ExtractionMethod.UNREADABLE) {
            certificate.sendToReview("no ACORD 25 form fields or printed ACORD 25 text were found; nothing was read");
        } else if (needsReview()) {
            certificate.sendToReview("not read with confidence: " + String.join(", ", uncertainKeyFields()));
        }
    }

    /** The endorsements the description of operations states in words. */
    public EndorsementWording endorsementWording() {
        return EndorsementWording.read(descriptionOfOperations);
    }

    /** The policies as read, each with its tick boxes and what the description of operations states about it. */
    public List<Policy> toPolicies() {
        EndorsementWording wording = endorsementWording();
        return policies.stream().map(policy -> policy.toPolicy(wording)).toList();
    }

    /** The first line of the given coverage the certificate lists. */
    public Optional<ExtractedPolicy> policy(CoverageType coverage) {
        return policies.stream().filter(p -> p.coverage() == coverage).findFirst();
    }
}
