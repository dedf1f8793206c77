package org.opencoi.certificate.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opencoi.certificate.fixtures.ReadCertificates;
import org.opencoi.shared.domain.ErpKey;
import org.opencoi.shared.domain.ReviewState;
import org.opencoi.vendor.domain.Vendor;

/** What a certificate keeps of each value read, for the reviewer. */
class ReadValuesTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    @Test
    void everyValueReadIsKeptWithItsFieldTextValueConfidenceAndPlace() {
        List<ReadValue> values = ReadValues.of(ReadCertificates.byOcr("Acme Electrical LLC"));

        assertThat(values).extracting(ReadValue::getField, ReadValue::getLabel, ReadValue::getText, ReadValue::getValue)
                .containsExactly(
                        tuple("producer.name", "Producer", "Pacific Brokers", "Pacific Brokers"),
                        tuple("insured.name", "Insured", "Acme Electrical LLC", "Acme Electrical LLC"),
                        tuple("holder.name", "Certificate holder", "OpenCOI Demo Corporation", "OpenCOI Demo Corporation"),
                        tuple("insurers[0].letter", "Insurer A letter", "A", "A"),
                        tuple("insurers[0].name", "Insurer A", "Travelers Indemnity Company", "Travelers Indemnity Company"),
                        tuple("insurers[0].naic", "Insurer A NAIC code", "25658", "25658"),
                        tuple("issueDate", "Issue date", "01/01/2026", "January 1, 2026"),
                        tuple("certificateNumber", "Certificate number", "CN-1", "CN-1"),
                        tuple("descriptionOfOperations", "Description of operations", ReadCertificates.DESCRIPTION,
                                ReadCertificates.DESCRIPTION),
                        tuple("policies[0].insurerLetter", "GL insurer letter", "A", "A"),
                        tuple("policies[0].policyNumber", "GL policy number", "GL-2026-001", "GL-2026-001"),
                        tuple("policies[0].effectiveDate", "GL effective date", "01/01/2026", "January 1, 2026"),
                        tuple("policies[0].expirationDate", "GL expiration date", "01/01/2027", "January 1, 2027"),
                        tuple("policies[0].form", "GL occurrence or claims-made", "X", "occurrence"),
                        tuple("policies[0].additionalInsured", "GL additional insured box (ADDL INSD)", "", "no"),
                        tuple("policies[0].waiverOfSubrogation", "GL waiver of subrogation box (SUBR WVD)", "", "no"),
                        tuple("policies[0].limits.EACH_OCCURRENCE", "GL each occurrence limit", "$1,000,000", "$1,000,000"),
                        tuple("policies[0].wording.ADDITIONAL_INSURED", "GL additional insured, as the wording states",
                                "Certificate holder is named as additional insured on the GL policy.", "yes"),
                        tuple("policies[0].wording.PRIMARY_NON_CONTRIBUTORY",
                                "GL primary and non-contributory, as the wording states",
                                "Coverage is primary and non-contributory.", "yes"));
        ReadValue insured = values.get(1);
        assertThat(insured.getConfidence()).isEqualTo(0.9);
        assertThat(insured.where()).contains(ReadCertificates.INSURED_AT);
    }

    @Test
    void aStatementOfTheWordingIsShownWhereTheDescriptionWasRead() {
        List<ReadValue> values = ReadValues.of(ReadCertificates.byOcr("Acme Electrical LLC"));

        assertThat(values).filteredOn(value -> value.getField().contains(".wording."))
                .extracting(ReadValue::where)
                .containsOnly(Optional.of(ReadCertificates.DESCRIPTION_AT));
    }

    @Test
    void textThatDidNotReadAsAValueIsKeptAndAFieldShowingNothingIsLeftOut() {
        ExtractedCertificate read = new ExtractedCertificate(ExtractionMethod.TEXT_LAYOUT, ExtractedParty.MISSING,
                new ExtractedParty(ExtractedValue.read("Acme", "Acme", 0.8), ExtractedValue.missing()),
                ExtractedParty.MISSING, List.of(), ExtractedValue.missing(), ExtractedValue.unreadable("31/31/2026"),
                ExtractedValue.missing(), List.of());

        assertThat(ReadValues.of(read)).extracting(ReadValue::getField, ReadValue::getText, ReadValue::getValue,
                ReadValue::getConfidence, value -> value.where().isPresent())
                .containsExactly(tuple("insured.name", "Acme", "Acme", 0.8, false),
                        tuple("issueDate", "31/31/2026", null, ExtractedValue.UNREADABLE_CONFIDENCE, false));
    }

    @Test
    void fillingACertificateKeepsItsReadValuesAndAnOcrReadEndsTheReading() {
        Certificate certificate = new Certificate(new Vendor(ErpKey.of("TEST", "V-1"), "Acme", NOW),
                CertificateSource.UPLOAD, null, NOW);
        certificate.awaitOcr();
        assertThat(certificate.isBeingRead()).isTrue();
        assertThat(certificate.getReviewState()).isEqualTo(ReviewState.BEING_READ);

        ReadCertificates.byOcr("Acme Electrical LLC").fill(certificate);

        assertThat(certificate.isBeingRead()).isFalse();
        assertThat(certificate.getReviewState()).isEqualTo(ReviewState.ACCEPTED);
        assertThat(certificate.getReadValues()).hasSize(19).first().extracting(ReadValue::getField)
                .isEqualTo("producer.name");
    }

    @Test
    void aDocumentOcrCannotReadGoesToReviewWithTheReason() {
        Certificate certificate = new Certificate(new Vendor(ErpKey.of("TEST", "V-1"), "Acme", NOW),
                CertificateSource.UPLOAD, null, NOW);
        certificate.awaitOcr();

        certificate.notReadByOcr("the page is blank");

        assertThat(certificate.getReviewState()).isEqualTo(ReviewState.PENDING_REVIEW);
        assertThat(certificate.getReviewReason())
                .isEqualTo("the pages have no text and OCR could not read them: the page is blank");
    }
}
