package org.opencoi.certificate.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencoi.shared.infrastructure.DatabaseScope.withEntityManager;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.opencoi.audit.domain.AuditAction;
import org.opencoi.certificate.application.CertificateView;
import org.opencoi.certificate.domain.Certificate;
import org.opencoi.certificate.domain.CertificateDocument;
import org.opencoi.certificate.domain.CertificateReceived;
import org.opencoi.certificate.domain.CertificateSource;
import org.opencoi.certificate.domain.ExtractionMethod;
import org.opencoi.certificate.domain.UnreadableDocumentException;
import org.opencoi.certificate.fixtures.ReadCertificates;
import org.opencoi.certificate.infrastructure.JpaCertificateRepository;
import org.opencoi.shared.domain.ErpKey;
import org.opencoi.shared.domain.ReviewState;
import org.opencoi.shared.infrastructure.DatabaseScope;
import org.opencoi.shared.infrastructure.DatabaseTest;
import org.opencoi.vendor.domain.Vendor;
import org.opencoi.vendor.domain.VendorFactsChanged;

/**
 * Reading a kept certificate by OCR, with the bean, its repository and a migrated database and no server: it ends
 * as a readable upload does (accepted or in review, its read values kept, verification queued, the vendor decided
 * again, the read audited), and a document OCR cannot read goes to review with the reason, never stays being read.
 */
class OcrReadingTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    private final ScriptedReader reader = new ScriptedReader();
    private final RecordedAudit audit = new RecordedAudit();
    private final FiredEvents<CertificateReceived> received = new FiredEvents<>();
    private final FiredEvents<VendorFactsChanged> factsChanged = new FiredEvents<>();
    private long vendorId;
    private long certificateId;

    @BeforeEach
    void aCertificateBeingRead(DatabaseScope scope) {
        scope.inTransaction(em -> {
            Vendor vendor = new Vendor(ErpKey.of("TEST", "V-1"), "Acme Electrical LLC", NOW);
            em.persist(vendor);
            var document = new CertificateDocument("scan.pdf", "application/pdf",
                    "%PDF-1.7 a scan".getBytes(StandardCharsets.US_ASCII), NOW);
            em.persist(document);
            Certificate certificate = new Certificate(vendor, CertificateSource.UPLOAD, document, NOW);
            certificate.awaitOcr();
            em.persist(certificate);
            vendorId = vendor.getId();
            certificateId = certificate.getId();
        });
    }

    @DatabaseTest
    void aScanReadByOcrIsDecidedOnAsAReadableUploadIs(DatabaseScope scope) {
        reader.ocr = () -> ReadCertificates.byOcr("Acme Electrical LLC");

        scope.inTransaction(em -> reading(em).read(certificateId));

        CertificateView read = find(scope);
        assertThat(read.reading()).isFalse();
        assertThat(read.reviewState()).isEqualTo(ReviewState.ACCEPTED);
        assertThat(read.insuredName()).isEqualTo("Acme Electrical LLC");
        assertThat(read.policies()).singleElement().satisfies(gl -> assertThat(gl.primaryNonContributory()).isTrue());
        assertThat(read.readValues()).hasSize(19);
        assertThat(received.fired).containsExactly(new CertificateReceived(certificateId));
        assertThat(factsChanged.fired).containsExactly(new VendorFactsChanged(vendorId));
        assertThat(audit.events).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo(AuditAction.READ);
            assertThat(event.recordId()).isEqualTo(String.valueOf(certificateId));
            assertThat(((CertificateView) event.before()).reading()).isTrue();
            assertThat(((CertificateView) event.after()).reviewState()).isEqualTo(ReviewState.ACCEPTED);
        });
    }

    @DatabaseTest
    void aScanOcrCannotReadGoesToReviewWithTheReason(DatabaseScope scope) {
        reader.ocr = () -> {
            throw new UnreadableDocumentException("the page images are larger than 100 megapixels", null);
        };

        scope.inTransaction(em -> reading(em).read(certificateId));

        CertificateView read = find(scope);
        assertThat(read.reviewState()).isEqualTo(ReviewState.PENDING_REVIEW);
        assertThat(read.reviewReason()).isEqualTo(
                "the pages have no text and OCR could not read them: the page images are larger than 100 megapixels");
        assertThat(method(scope)).isEqualTo(ExtractionMethod.UNREADABLE);
        assertThat(factsChanged.fired).containsExactly(new VendorFactsChanged(vendorId));
        assertThat(audit.events).extracting(RecordedAudit.Recorded::action).containsExactly(AuditAction.READ);
    }

    @DatabaseTest
    void anyOtherFailureOfTheReadAlsoSendsItToReview(DatabaseScope scope) {
        reader.ocr = () -> {
            throw new UnsupportedOperationException("OCR is not installed");
        };

        scope.inTransaction(em -> reading(em).read(certificateId));

        CertificateView read = find(scope);
        assertThat(read.reviewState()).isEqualTo(ReviewState.PENDING_REVIEW);
        assertThat(read.reviewReason()).startsWith("the pages have no text and OCR could not read them: the read"
                + " failed on the server (UnsupportedOperationException)");
    }

    @DatabaseTest
    void aCertificateReadAlreadyIsNotReadAgain(DatabaseScope scope) {
        reader.ocr = () -> ReadCertificates.byOcr("Acme Electrical LLC");
        scope.inTransaction(em -> reading(em).read(certificateId));

        scope.inTransaction(em -> reading(em).read(certificateId));
        scope.inTransaction(em -> reading(em).giveUp(certificateId, "too late"));

        assertThat(reader.ocrReads).isEqualTo(1);
        assertThat(audit.events).hasSize(1);
        assertThat(find(scope).reviewState()).isEqualTo(ReviewState.ACCEPTED);
    }

    @DatabaseTest
    void aReadThatFailedOnItsWayIsGivenUpToReview(DatabaseScope scope) {
        scope.inTransaction(em -> reading(em).giveUp(certificateId, OcrReading.unexpected(new IllegalStateException())));

        CertificateView read = find(scope);
        assertThat(read.reading()).isFalse();
        assertThat(read.reviewState()).isEqualTo(ReviewState.PENDING_REVIEW);
        assertThat(read.reviewReason()).contains("IllegalStateException");
        assertThat(audit.events).extracting(RecordedAudit.Recorded::action).containsExactly(AuditAction.READ);
        assertThat(factsChanged.fired).containsExactly(new VendorFactsChanged(vendorId));
    }

    private CertificateView find(DatabaseScope scope) {
        return scope.fromTransaction(em -> CertificateView.of(repository(em).find(certificateId).orElseThrow()));
    }

    private ExtractionMethod method(DatabaseScope scope) {
        return scope.fromTransaction(em -> ExtractionMethod.valueOf((String) em.createNativeQuery(
                "select extraction_method from {h-schema}certificate where id = " + certificateId).getSingleResult()));
    }

    private OcrReading reading(EntityManager em) {
        OcrReading reading = new OcrReading();
        reading.certificates = repository(em);
        reading.reader = reader;
        reading.audit = audit;
        reading.received = received;
        reading.factsChanged = factsChanged;
        return reading;
    }

    private static JpaCertificateRepository repository(EntityManager em) {
        return withEntityManager(new JpaCertificateRepository(), em);
    }
}
