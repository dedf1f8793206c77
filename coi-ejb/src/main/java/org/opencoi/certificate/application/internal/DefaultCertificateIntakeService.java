package org.opencoi.certificate.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.opencoi.audit.application.AuditTrail;
import org.opencoi.certificate.application.CertificateCriteria;
import org.opencoi.certificate.application.CertificateEntry;
import org.opencoi.certificate.application.CertificateIntakeService;
import org.opencoi.certificate.application.CertificateSearch;
import org.opencoi.certificate.application.CertificateView;
import org.opencoi.certificate.application.DocumentView;
import org.opencoi.certificate.application.DuplicateCertificateException;
import org.opencoi.certificate.domain.Certificate;
import org.opencoi.certificate.domain.CertificateAwaitingOcr;
import org.opencoi.certificate.domain.CertificateDocument;
import org.opencoi.certificate.domain.CertificateReader;
import org.opencoi.certificate.domain.CertificateReceived;
import org.opencoi.certificate.domain.CertificateRepository;
import org.opencoi.certificate.domain.CertificateSource;
import org.opencoi.certificate.domain.ExtractedCertificate;
import org.opencoi.certificate.domain.UnreadableDocumentException;
import org.opencoi.shared.application.InvalidRequestException;
import org.opencoi.shared.application.NotFoundException;
import org.opencoi.shared.application.PageBounds;
import org.opencoi.shared.application.Roles;
import org.opencoi.vendor.domain.Vendor;
import org.opencoi.vendor.domain.VendorFactsChanged;
import org.opencoi.vendor.domain.VendorRepository;

@Stateless
@RolesAllowed({Roles.ADMIN, Roles.REVIEWER, Roles.VIEWER, Roles.INTEGRATION})
public class DefaultCertificateIntakeService implements CertificateIntakeService {

    @Inject
    VendorRepository vendors;

    @Inject
    CertificateRepository certificates;

    @Inject
    CertificateSearch listings;

    @Inject
    CertificateReader reader;

    @Inject
    AuditTrail audit;

    @Inject
    Event<VendorFactsChanged> factsChanged;

    @Inject
    Clock clock;

    @Inject
    Event<CertificateReceived> received;

    @Inject
    Event<CertificateAwaitingOcr> awaitingOcr;

    @Override
    @RolesAllowed({Roles.ADMIN, Roles.REVIEWER, Roles.INTEGRATION})
    public CertificateView receive(long vendorId, String fileName, byte[] content) {
        Vendor vendor = vendors.find(vendorId)
                .orElseThrow(() -> new NotFoundException("vendor " + vendorId + " does not exist"));
        String sha256 = CertificateDocument.sha256Of(content);
        if (certificates.findDocumentBySha256(sha256).isPresent()) {
            throw new DuplicateCertificateException(sha256);
        }
        ExtractedCertificate read;
        try {
            read = reader.read(content);
        } catch (UnreadableDocumentException e) {
            throw new InvalidRequestException("the certificate was refused: " + e.getMessage());
        }
        var document = new CertificateDocument(fileName == null ? "certificate.pdf" : fileName,
                "application/pdf", content, clock.instant());
        certificates.addDocument(document);
        var certificate = new Certificate(vendor, CertificateSource.UPLOAD, document, clock.instant());
        if (read.needsOcr()) {
            return keepToReadByOcr(certificate);
        }
        read.fill(certificate);
        return keepAndDecide(certificate);
    }

    /**
     * A document whose pages have no text is kept at once, being read, and read by OCR once this upload has
     * committed ({@link OcrQueue}); nothing is decided until then.
     */
    private CertificateView keepToReadByOcr(Certificate certificate) {
        certificate.awaitOcr();
        certificates.add(certificate);
        CertificateView view = CertificateView.of(certificate);
        audit.recordCreated("Certificate", String.valueOf(certificate.getId()), view.audited());
        awaitingOcr.fire(new CertificateAwaitingOcr(certificate.getId()));
        return view;
    }

    @Override
    @RolesAllowed({Roles.ADMIN, Roles.REVIEWER, Roles.INTEGRATION})
    public CertificateView enter(long vendorId, CertificateEntry entry) {
        Vendor vendor = vendors.find(vendorId)
                .orElseThrow(() -> new NotFoundException("vendor " + vendorId + " does not exist"));
        if (entry == null || entry.policies() == null || entry.policies().isEmpty()) {
            throw new InvalidRequestException("a certificate needs at least one policy");
        }
        var certificate = new Certificate(vendor, CertificateSource.MANUAL_ENTRY, null, clock.instant());
        certificate.nameParties(entry.producerName(), entry.insuredName(), entry.holderName());
        certificate.describeOperations(entry.descriptionOfOperations(), entry.issuedOn());
        try {
            entry.policies().forEach(p -> certificate.addPolicy(p.toPolicy()));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidRequestException("invalid policy: " + e.getMessage());
        }
        return keepAndDecide(certificate);
    }

    private CertificateView keepAndDecide(Certificate certificate) {
        certificates.add(certificate);
        CertificateView view = CertificateView.of(certificate);
        audit.recordCreated("Certificate", String.valueOf(certificate.getId()), view.audited());
        received.fire(new CertificateReceived(certificate.getId()));
        factsChanged.fire(new VendorFactsChanged(certificate.getVendor().getId()));
        return view;
    }


    @Override
    public List<CertificateView> ofVendor(long vendorId) {
        if (vendors.find(vendorId).isEmpty()) {
            throw new NotFoundException("vendor " + vendorId + " does not exist");
        }
        return certificates.ofVendor(vendorId).stream().map(CertificateView::of).toList();
    }

    @Override
    public List<CertificateView> search(CertificateCriteria criteria, int offset, int limit) {
        PageBounds.require(offset, limit);
        return listings.search(criteria, offset, limit).stream().map(CertificateView::of).toList();
    }

    @Override
    public CertificateView find(long certificateId) {
        return CertificateView.of(certificate(certificateId));
    }

    @Override
    public DocumentView document(long certificateId) {
        Certificate certificate = certificate(certificateId);
        CertificateDocument document = certificate.getDocument();
        if (document == null) {
            throw new NotFoundException("certificate " + certificateId + " was keyed in by hand and has no document");
        }
        return new DocumentView(document.getFileName(), document.getContentType(), document.getSha256(),
                document.getContent());
    }

    private Certificate certificate(long certificateId) {
        return certificates.find(certificateId)
                .orElseThrow(() -> new NotFoundException("certificate " + certificateId + " does not exist"));
    }
}
