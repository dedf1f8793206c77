package org.opencoi.vendor.web;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.opencoi.certificate.application.CertificateIntakeService;
import org.opencoi.certificate.application.CertificateView;
import org.opencoi.certificate.application.DuplicateCertificateException;
import org.opencoi.certificate.rest.UploadSizeLimit;
import org.opencoi.compliance.application.ComplianceService;
import org.opencoi.compliance.application.DecisionView;
import org.opencoi.shared.application.InvalidRequestException;
import org.opencoi.shared.application.NotFoundException;
import org.opencoi.shared.application.Roles;
import org.opencoi.vendor.application.VendorService;
import org.opencoi.vendor.application.VendorView;
import org.opencoi.verification.application.VerificationService;
import org.opencoi.verification.application.VerificationView;

/** The vendor screen: where the vendor stands and why, its certificates and what their carriers said, and uploading a new one. */
@Named
@ViewScoped
public class VendorDetail implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient VendorService vendors;

    @Inject
    transient ComplianceService compliance;

    @Inject
    transient CertificateIntakeService intake;

    @Inject
    transient VerificationService verification;

    private long id;
    private VendorView vendor;
    private DecisionView decision;
    private List<CertificateView> certificates;
    private List<VerificationView> verifications;
    private CertificateView lastRead;
    private transient Part file;

    /** Loads the vendor named by the page's id parameter; an unknown one gets a message instead of a page. */
    public void load() {
        try {
            vendor = vendors.get(id);
        } catch (NotFoundException e) {
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            return;
        }
        try {
            decision = compliance.current(id);
        } catch (NotFoundException e) {
            decision = null;
        }
        certificates = intake.ofVendor(id);
        verifications = verification.ofVendor(id);
    }

    /** Whether the signed-in user may upload; the certificate service checks it again on its side. */
    public boolean isMayUpload() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole(Roles.ADMIN) || external.isUserInRole(Roles.REVIEWER);
    }

    /** Reads the uploaded certificate and shows what was read and the vendor's new decision. */
    public void upload() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!isMayUpload()) {
            faces.addMessage("upload:file", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "your role may not upload certificates", null));
            return;
        }
        try (InputStream in = file.getInputStream()) {
            byte[] content = in.readNBytes(UploadSizeLimit.MAX_UPLOAD_BYTES + 1);
            if (content.length > UploadSizeLimit.MAX_UPLOAD_BYTES) {
                throw new InvalidRequestException("a certificate upload may be at most "
                        + UploadSizeLimit.MAX_UPLOAD_BYTES / (1024 * 1024) + " MB");
            }
            lastRead = intake.receive(id, file.getSubmittedFileName(), content);
            load();
        } catch (InvalidRequestException | DuplicateCertificateException e) {
            faces.addMessage("upload:file", new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        } catch (EJBAccessException e) {
            faces.addMessage("upload:file", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "your role may not upload certificates", null));
        } catch (IOException e) {
            faces.addMessage("upload:file", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "the file could not be received; please try again", null));
        }
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public VendorView getVendor() {
        return vendor;
    }

    public DecisionView getDecision() {
        return decision;
    }

    public List<CertificateView> getCertificates() {
        return certificates;
    }

    public List<VerificationView> getVerifications() {
        return verifications;
    }

    public CertificateView getLastRead() {
        return lastRead;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
