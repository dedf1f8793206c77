package org.opencoi.certificate.web;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.opencoi.certificate.application.CertificateEntry;
import org.opencoi.certificate.application.CertificateReviewService;
import org.opencoi.certificate.application.CertificateView;
import org.opencoi.compliance.application.ComplianceService;
import org.opencoi.shared.application.InvalidRequestException;
import org.opencoi.shared.application.NotFoundException;

/**
 * The review queue: certificates that wait for a human, oldest first; the one under review is shown as a
 * PDF beside what was read from it, for the reviewer to approve as read, correct and approve, or reject
 * with a reason.
 */
@Named
@ViewScoped
public class ReviewQueue implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The most certificates the queue shows at once; the oldest come first. */
    static final int SHOWN = 100;

    @Inject
    transient CertificateReviewService reviews;

    @Inject
    transient ComplianceService compliance;

    private Long certificate;
    private List<CertificateView> queue;
    private CertificateView selected;
    private String producerName;
    private String insuredName;
    private String holderName;
    private List<PolicyCorrection> policies;
    private String rejectionReason;

    /** Loads the queue and the certificate named by the page's parameter, else the oldest waiting. */
    public void load() {
        try {
            queue = reviews.queue(0, SHOWN);
        } catch (EJBAccessException e) {
            refused();
            queue = List.of();
            return;
        }
        selected = queue.stream()
                .filter(c -> certificate == null || c.id() == certificate)
                .findFirst().orElse(null);
        if (selected == null) {
            if (certificate != null) {
                message(null, "certificate " + certificate + " does not wait for review");
            }
            return;
        }
        producerName = selected.producerName();
        insuredName = selected.insuredName();
        holderName = selected.holderName();
        policies = selected.policies().stream().map(PolicyCorrection::new).toList();
    }

    /** Approves the certificate as it was read. */
    public String approve() {
        return decide(() -> reviews.approve(selected.id(), null), "approved as read");
    }

    /** Approves the certificate with the fields as the reviewer corrected them. */
    public String approveCorrected() {
        CertificateEntry corrections = new CertificateEntry(producerName, insuredName, holderName, null, null,
                policies.stream().map(PolicyCorrection::toEntry).toList());
        return decide(() -> reviews.approve(selected.id(), corrections), "corrected and approved");
    }

    /** Rejects the certificate with the reviewer's reason; decisions ignore it from now on. */
    public String reject() {
        return decide(() -> reviews.reject(selected.id(), rejectionReason), "rejected");
    }

    private String decide(Review review, String done) {
        try {
            CertificateView decided = review.apply();
            String status = compliance.standing(decided.vendorId()).map(d -> "; the vendor is now " + d.status()).orElse("");
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            message(null, FacesMessage.SEVERITY_INFO, "Certificate " + decided.id() + " of " + decided.insuredName() + " "
                    + done + status + ".");
            return "/review?faces-redirect=true";
        } catch (InvalidRequestException | NotFoundException e) {
            message(null, e.getMessage());
        } catch (EJBAccessException e) {
            refused();
        }
        return null;
    }

    @FunctionalInterface
    private interface Review {
        CertificateView apply();
    }

    private static void refused() {
        message(null, "your role may not review certificates");
    }

    private static void message(String clientId, String text) {
        message(clientId, FacesMessage.SEVERITY_ERROR, text);
    }

    private static void message(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }

    public Long getCertificate() {
        return certificate;
    }

    public void setCertificate(Long certificate) {
        this.certificate = certificate;
    }

    public List<CertificateView> getQueue() {
        return queue;
    }

    public CertificateView getSelected() {
        return selected;
    }

    public String getProducerName() {
        return producerName;
    }

    public void setProducerName(String producerName) {
        this.producerName = producerName;
    }

    public String getInsuredName() {
        return insuredName;
    }

    public void setInsuredName(String insuredName) {
        this.insuredName = insuredName;
    }

    public String getHolderName() {
        return holderName;
    }

    public void setHolderName(String holderName) {
        this.holderName = holderName;
    }

    public List<PolicyCorrection> getPolicies() {
        return policies;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public void setRejectionReason(String rejectionReason) {
        this.rejectionReason = rejectionReason;
    }
}
