package org.opencoi.certificate.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencoi.shared.infrastructure.DatabaseScope.withEntityManager;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.opencoi.audit.domain.AuditAction;
import org.opencoi.certificate.application.CertificateView;
import org.opencoi.certificate.domain.CertificateAwaitingOcr;
import org.opencoi.certificate.domain.CertificateReceived;
import org.opencoi.certificate.domain.ExtractedCertificate;
import org.opencoi.certificate.fixtures.ReadCertificates;
import org.opencoi.certificate.infrastructure.JpaCertificateRepository;
import org.opencoi.shared.domain.ErpKey;
import org.opencoi.shared.domain.ReviewState;
import org.opencoi.shared.infrastructure.DatabaseScope;
import org.opencoi.shared.infrastructure.DatabaseTest;
import org.opencoi.vendor.domain.Vendor;
import org.opencoi.vendor.domain.VendorFactsChanged;
import org.opencoi.vendor.infrastructure.JpaVendorRepository;

/**
 * The two ways an upload goes, with the service, its repositories and a migrated database and no server: a document
 * whose text can be read is read and decided on in the upload; one whose pages have no text is kept at once, being
 * read, and handed to the OCR read once the upload commits, with nothing decided.
 */
class DefaultCertificateIntakeServiceTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final byte[] PDF = "%PDF-1.7 a certificate".getBytes(StandardCharsets.US_ASCII);

    private final ScriptedReader reader = new ScriptedReader();
    private final RecordedAudit audit = new RecordedAudit();
    private final FiredEvents<CertificateReceived> received = new FiredEvents<>();
    private final FiredEvents<VendorFactsChanged> factsChanged = new FiredEvents<>();
    private final FiredEvents<CertificateAwaitingOcr> awaitingOcr = new FiredEvents<>();
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
    void aDocumentWithTextIsReadAndDecidedInTheUpload(DatabaseScope scope) {
        reader.read = () -> ReadCertificates.byOcr("Acme Electrical LLC");

        CertificateView view = scope.fromTransaction(em -> service(em).receive(vendorId, "acme.pdf", PDF));

        assertThat(view.reading()).isFalse();
        assertThat(view.reviewState()).isEqualTo(ReviewState.ACCEPTED);
        assertThat(view.insuredName()).isEqualTo("Acme Electrical LLC");
        assertThat(view.readValues()).hasSize(19);
        assertThat(reader.ocrReads).isZero();
        assertThat(received.fired).containsExactly(new CertificateReceived(view.id()));
        assertThat(factsChanged.fired).containsExactly(new VendorFactsChanged(vendorId));
        assertThat(awaitingOcr.fired).isEmpty();
        assertThat(audit.events).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo(AuditAction.CREATE);
            assertThat(event.recordId()).isEqualTo(String.valueOf(view.id()));
            assertThat(((CertificateView) event.after()).readValues()).as("the audit keeps no read values").isEmpty();
        });
    }

    @DatabaseTest
    void aDocumentWhosePagesHaveNoTextIsKeptBeingReadAndNothingIsDecided(DatabaseScope scope) {
        reader.read = ExtractedCertificate::awaitingOcr;

        CertificateView view = scope.fromTransaction(em -> service(em).receive(vendorId, "scan.pdf", PDF));

        assertThat(view.reading()).isTrue();
        assertThat(view.reviewState()).isEqualTo(ReviewState.BEING_READ);
        assertThat(view.reviewRequired()).isFalse();
        assertThat(view.policies()).isEmpty();
        assertThat(view.readValues()).isEmpty();
        assertThat(view.sha256()).hasSize(64);
        assertThat(reader.ocrReads).as("OCR runs after the upload is answered").isZero();
        assertThat(awaitingOcr.fired).containsExactly(new CertificateAwaitingOcr(view.id()));
        assertThat(received.fired).isEmpty();
        assertThat(factsChanged.fired).isEmpty();
        assertThat(audit.events).singleElement().extracting(RecordedAudit.Recorded::action).isEqualTo(AuditAction.CREATE);
        scope.inTransaction(em -> {
            assertThat(service(em).find(view.id()).reading()).isTrue();
            assertThat(service(em).document(view.id()).content()).isEqualTo(PDF);
            assertThat(withEntityManager(new JpaCertificateRepository(), em).beingRead()).containsExactly(view.id());
        });
    }

    private DefaultCertificateIntakeService service(EntityManager em) {
        DefaultCertificateIntakeService service = new DefaultCertificateIntakeService();
        service.vendors = withEntityManager(new JpaVendorRepository(), em);
        service.certificates = withEntityManager(new JpaCertificateRepository(), em);
        service.reader = reader;
        service.audit = audit;
        service.received = received;
        service.factsChanged = factsChanged;
        service.awaitingOcr = awaitingOcr;
        service.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        return service;
    }
}
