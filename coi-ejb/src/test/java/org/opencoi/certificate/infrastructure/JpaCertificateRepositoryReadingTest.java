package org.opencoi.certificate.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencoi.shared.infrastructure.DatabaseScope.withEntityManager;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.opencoi.certificate.domain.Certificate;
import org.opencoi.certificate.domain.CertificateDocument;
import org.opencoi.certificate.domain.CertificateSource;
import org.opencoi.certificate.domain.ReadValue;
import org.opencoi.certificate.fixtures.ReadCertificates;
import org.opencoi.shared.domain.ErpKey;
import org.opencoi.shared.domain.ReviewState;
import org.opencoi.shared.infrastructure.DatabaseScope;
import org.opencoi.shared.infrastructure.DatabaseTest;
import org.opencoi.vendor.domain.Vendor;

/**
 * A certificate keeps each value read from its document (with its text, confidence and place) and, while its pages
 * are read by OCR, the state that says so, in the migrated schema.
 */
class JpaCertificateRepositoryReadingTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    private long vendorId;

    @BeforeEach
    void aVendor(DatabaseScope scope) {
        scope.inTransaction(em -> {
            Vendor vendor = new Vendor(ErpKey.of("TEST", "V-1"), "Acme Electrical LLC", NOW);
            em.persist(vendor);
            vendorId = vendor.getId();
        });
    }

    @DatabaseTest
    void theValuesReadAreKeptWithTheCertificateAndComeBackInTheirOrder(DatabaseScope scope) {
        long id = keep(scope, certificate -> ReadCertificates.byOcr("Acme Electrical LLC").fill(certificate));

        scope.inTransaction(em -> {
            Certificate certificate = repository(em).find(id).orElseThrow();
            List<ReadValue> values = certificate.getReadValues();
            assertThat(values).hasSize(19);
            assertThat(values).extracting(ReadValue::getField).startsWith("producer.name", "insured.name")
                    .endsWith("policies[0].wording.PRIMARY_NON_CONTRIBUTORY");
            ReadValue insured = values.get(1);
            assertThat(insured.getLabel()).isEqualTo("Insured");
            assertThat(insured.getText()).isEqualTo("Acme Electrical LLC");
            assertThat(insured.getConfidence()).isEqualTo(0.9);
            assertThat(insured.where()).contains(ReadCertificates.INSURED_AT);
            assertThat(values.get(values.size() - 1).getText()).isEqualTo("Coverage is primary and non-contributory.");
        });
    }

    @DatabaseTest
    void valuesKeptAgainReplaceTheOldOnes(DatabaseScope scope) {
        long id = keep(scope, certificate -> ReadCertificates.byOcr("Acme Electrical LLC").fill(certificate));

        scope.inTransaction(em -> repository(em).find(id).orElseThrow().keepReadValues(List.of()));

        Number left = scope.fromTransaction(em -> (Number) em.createNativeQuery(
                "select count(*) from {h-schema}certificate_read_value where certificate_id = " + id)
                .getSingleResult());
        assertThat(left.longValue()).isZero();
    }

    @DatabaseTest
    void aCertificateBeingReadIsFoundUntilItHasBeenRead(DatabaseScope scope) {
        long read = keep(scope, certificate -> ReadCertificates.byOcr("Acme Electrical LLC").fill(certificate));
        long beingRead = keep(scope, Certificate::awaitOcr);

        scope.inTransaction(em -> {
            JpaCertificateRepository certificates = repository(em);
            assertThat(certificates.beingRead()).containsExactly(beingRead);
            assertThat(certificates.lockBeingRead(read)).isEmpty();
            Certificate certificate = certificates.lockBeingRead(beingRead).orElseThrow();
            assertThat(certificate.getReviewState()).isEqualTo(ReviewState.BEING_READ);
            ReadCertificates.byOcr("Acme Electrical LLC").fill(certificate);
        });

        scope.inTransaction(em -> {
            assertThat(repository(em).beingRead()).isEmpty();
            assertThat(repository(em).find(beingRead).orElseThrow().getReviewState()).isEqualTo(ReviewState.ACCEPTED);
        });
    }

    @DatabaseTest
    void aReviewReasonNamingManyFieldsIsKeptShortened(DatabaseScope scope) {
        String reason = "not read with confidence: " + "GL additional insured (ADDL INSD), ".repeat(20);

        long id = keep(scope, certificate -> certificate.sendToReview(reason));

        scope.inTransaction(em -> {
            String kept = repository(em).find(id).orElseThrow().getReviewReason();
            assertThat(kept).hasSize(500).startsWith("not read with confidence: GL additional insured").endsWith("\u2026");
        });
    }

    private long keep(DatabaseScope scope, Consumer<Certificate> reading) {
        return scope.fromTransaction(em -> {
            var document = new CertificateDocument("scan.pdf", "application/pdf",
                    ("scan " + System.nanoTime()).getBytes(StandardCharsets.US_ASCII), NOW);
            em.persist(document);
            Certificate certificate = new Certificate(em.find(Vendor.class, vendorId), CertificateSource.UPLOAD,
                    document, NOW);
            reading.accept(certificate);
            em.persist(certificate);
            return certificate.getId();
        });
    }

    private static JpaCertificateRepository repository(EntityManager em) {
        return withEntityManager(new JpaCertificateRepository(), em);
    }
}
