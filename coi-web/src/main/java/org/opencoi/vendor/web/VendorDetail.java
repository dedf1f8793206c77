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
import java.time.LocalDate;
import java.util.List;
import org.opencoi.audit.application.AuditEventView;
import org.opencoi.audit.application.AuditTrail;
import org.opencoi.certificate.application.CertificateIntakeService;
import org.opencoi.certificate.application.CertificateView;
import org.opencoi.certificate.application.DuplicateCertificateException;
import org.opencoi.certificate.application.PolicyView;
import org.opencoi.certificate.rest.UploadSizeLimit;
import org.opencoi.compliance.application.ComplianceService;
import org.opencoi.compliance.application.DecisionView;
import org.opencoi.compliance.application.DeficiencyView;
import org.opencoi.compliance.application.WaiverRequest;
import org.opencoi.compliance.application.WaiverView;
import org.opencoi.notification.application.RenewalRequestView;
import org.opencoi.notification.application.RenewalService;
import org.opencoi.shared.application.InvalidRequestException;
import org.opencoi.shared.application.NotFoundException;
import org.opencoi.shared.web.SignedInUser;
import org.opencoi.vendor.application.VendorService;
import org.opencoi.vendor.application.VendorView;
import org.opencoi.verification.application.VerificationService;
import org.opencoi.verification.application.VerificationView;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The vendor screen: where the vendor stands and why, its certificates and policies and what their
 * carriers said, its decisions and waivers, the renewal requests sent and what happened to it (for
 * admins), uploading a certificate and granting a waiver (the screen says "exception").
 */
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

    @Inject
    transient AuditTrail audit;

    @Inject
    transient SignedInUser user;

    @Inject
    transient RenewalService renewals;

    /** The most decisions the history shows, newest first. */
    static final int HISTORY = 20;

    /** The most renewal requests shown, newest first. */
    static final int RENEWAL_REQUESTS = 20;

    private long id;
    private VendorView vendor;
    private DecisionView decision;
    private List<CertificateView> certificates;
    private List<VerificationView> verifications;
    private CertificateView lastRead;
    private transient Part file;
    private List<DecisionView> history;
    private List<WaiverView> waivers;
    private List<AuditEventView> auditEvents;
    private List<RenewalRequestView> renewalRequests;
    private DeficiencyView toWaive;
    private LocalDate waiverUntil;
    private String waiverReason;

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
        history = compliance.history(id, HISTORY);
        waivers = compliance.waivers(id);
        auditEvents = user.isAdmin() ? audit.ofRecord("Vendor", String.valueOf(id)) : List.of();
        renewalRequests = user.isAdmin() ? renewals.page(id, false, 0, RENEWAL_REQUESTS) : List.of();
    }

    /** The policies of the vendor's certificates, newest certificate first, each with its certificate. */
    public List<CertifiedPolicy> getPolicies() {
        return certificates.stream()
                .flatMap(c -> c.policies().stream().map(p -> new CertifiedPolicy(c.id(), c.reviewState().name(), p)))
                .toList();
    }

    /** A policy and the certificate it was read from. */
    public record CertifiedPolicy(long certificateId, String reviewState, PolicyView policy) {
    }

    /** Chooses the deficiency a waiver is to be granted for; the form for it appears. */
    public void waive(DeficiencyView deficiency) {
        toWaive = deficiency;
    }

    /** Grants the chosen waiver until the day entered, with the reason entered; admins only. */
    public void grantWaiver() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            compliance.grantWaiver(id, new WaiverRequest(toWaive.kind(), toWaive.coverage(), toWaive.coverageName(),
                    toWaive.limit(), waiverUntil, waiverReason));
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    "Exception granted until " + waiverUntil + ".", null));
            toWaive = null;
            waiverUntil = null;
            waiverReason = null;
            load();
        } catch (InvalidRequestException e) {
            faces.addMessage("exception:until", new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        } catch (EJBAccessException e) {
            faces.addMessage("exception:reason", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "only an admin may grant exceptions", null));
        }
    }

    /** Whether the signed-in user may upload; the certificate service checks it again on its side. */
    public boolean isMayUpload() {
        return user.isReviewer();
    }

    /** Reads the certificate chosen in the file field and shows what was read and the vendor's new decision. */
    public void upload() {
        try (InputStream in = file.getInputStream()) {
            receive(file.getSubmittedFileName(), in.readNBytes(UploadSizeLimit.MAX_UPLOAD_BYTES + 1));
        } catch (IOException e) {
            FacesContext.getCurrentInstance().addMessage("upload:file", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "the file could not be received; please try again", null));
        }
    }

    /** Reads a certificate dropped on the drop zone (or chosen through it), as {@link #upload()} does. */
    public void drop(FileUploadEvent event) {
        UploadedFile dropped = event.getFile();
        receive(dropped.getFileName(), dropped.getContent());
    }

    private void receive(String fileName, byte[] content) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!isMayUpload()) {
            faces.addMessage("upload:file", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "your role may not upload certificates", null));
            return;
        }
        try {
            if (content.length > UploadSizeLimit.MAX_UPLOAD_BYTES) {
                throw new InvalidRequestException("a certificate upload may be at most "
                        + UploadSizeLimit.MAX_UPLOAD_BYTES / (1024 * 1024) + " MB");
            }
            lastRead = intake.receive(id, fileName, content);
            load();
        } catch (InvalidRequestException | DuplicateCertificateException e) {
            faces.addMessage("upload:file", new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        } catch (EJBAccessException e) {
            faces.addMessage("upload:file", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "your role may not upload certificates", null));
        }
    }

    /** The largest upload taken, for the drop zone to refuse a larger file before sending it. */
    public int getMaxUploadBytes() {
        return UploadSizeLimit.MAX_UPLOAD_BYTES;
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

    public List<DecisionView> getHistory() {
        return history;
    }

    public List<WaiverView> getWaivers() {
        return waivers;
    }

    public List<AuditEventView> getAuditEvents() {
        return auditEvents;
    }

    public List<RenewalRequestView> getRenewalRequests() {
        return renewalRequests;
    }

    public DeficiencyView getToWaive() {
        return toWaive;
    }

    public LocalDate getWaiverUntil() {
        return waiverUntil;
    }

    public void setWaiverUntil(LocalDate waiverUntil) {
        this.waiverUntil = waiverUntil;
    }

    public String getWaiverReason() {
        return waiverReason;
    }

    public void setWaiverReason(String waiverReason) {
        this.waiverReason = waiverReason;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
