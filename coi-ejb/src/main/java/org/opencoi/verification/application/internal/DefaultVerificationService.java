package org.opencoi.verification.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opencoi.audit.application.AuditTrail;
import org.opencoi.audit.domain.AuditAction;
import org.opencoi.certificate.domain.Certificate;
import org.opencoi.certificate.domain.Policy;
import org.opencoi.shared.application.InvalidRequestException;
import org.opencoi.shared.application.NotFoundException;
import org.opencoi.shared.application.Roles;
import org.opencoi.shared.domain.NaicCode;
import org.opencoi.vendor.domain.VendorFactsChanged;
import org.opencoi.verification.application.CarrierEndpoint;
import org.opencoi.verification.application.PendingVerification;
import org.opencoi.verification.application.PolicyInquiry;
import org.opencoi.verification.application.VerificationResult;
import org.opencoi.verification.application.VerificationService;
import org.opencoi.verification.application.VerificationView;
import org.opencoi.verification.domain.Carrier;
import org.opencoi.verification.domain.CarrierAnswer;
import org.opencoi.verification.domain.PolicyVerification;
import org.opencoi.verification.domain.Verdict;
import org.opencoi.verification.domain.VerificationOutcome;
import org.opencoi.verification.domain.VerificationRepository;

@Stateless
@RolesAllowed({Roles.ADMIN, Roles.REVIEWER, Roles.VIEWER, Roles.INTEGRATION})
public class DefaultVerificationService implements VerificationService {

    static final int MAX_DUE = 500;
    private static final Pattern FEIN = Pattern.compile("\\d{2}-?\\d{7}");

    @Inject
    VerificationRepository verifications;

    @Inject
    Event<VendorFactsChanged> factsChanged;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Settings that replace the first and the longest wait of {@link PolicyVerification#DEFAULT_BACKOFF}, in seconds. */
    @Inject
    @ConfigProperty(name = "COI_VERIFICATION_RETRY_FIRST_SECONDS")
    Optional<Long> firstRetrySeconds;

    @Inject
    @ConfigProperty(name = "COI_VERIFICATION_RETRY_LONGEST_SECONDS")
    Optional<Long> longestWaitSeconds;

    @Override
    @RolesAllowed({Roles.INTEGRATION, Roles.ADMIN})
    public List<PendingVerification> due(int limit) {
        var now = clock.instant();
        List<PendingVerification> pending = new ArrayList<>();
        for (PolicyVerification verification : verifications.due(now, Math.min(Math.max(limit, 1), MAX_DUE))) {
            var carrier = verifications.carrier(verification.getNaicCode()).filter(Carrier::isVerifiable);
            var policy = verifications.policy(verification.getPolicyId());
            if (carrier.isEmpty() || policy.isEmpty() || policy.get().getPolicyNumber() == null) {
                verification.notVerifiable();
                continue;
            }
            verification.lease(now);
            pending.add(new PendingVerification(verification.getId(), CarrierEndpoint.of(carrier.get()),
                    inquiry(policy.get())));
        }
        return pending;
    }

    private PolicyInquiry inquiry(Policy policy) {
        Certificate certificate = policy.getCertificate();
        var vendor = certificate.getVendor();
        String insured = certificate.getInsuredName() == null || certificate.getInsuredName().isBlank()
                ? vendor.getName() : certificate.getInsuredName();
        String fein = vendor.getTaxId() != null && FEIN.matcher(vendor.getTaxId()).matches() ? vendor.getTaxId() : null;
        return new PolicyInquiry(policy.getPolicyNumber(), policy.getInsurerNaic(), policy.getCoverage(), insured, fein,
                LocalDate.now(clock));
    }

    @Override
    @RolesAllowed({Roles.INTEGRATION, Roles.ADMIN})
    public void record(List<VerificationResult> results) {
        Set<Long> vendorsToDecide = new TreeSet<>();
        for (VerificationResult result : results) {
            PolicyVerification verification = verification(result.verificationId());
            VerificationOutcome before = verification.getOutcome();
            if (result.answer() != null) {
                judge(verification, result.answer());
            } else {
                verification.unavailable(clock.instant(), result.error(),
                        PolicyVerification.DEFAULT_BACKOFF.withSeconds(firstRetrySeconds, longestWaitSeconds));
            }
            audit.record(result.answer() != null ? AuditAction.VERIFY : AuditAction.VERIFY_UNAVAILABLE, "Policy",
                    String.valueOf(verification.getPolicyId()), Map.of("outcome", before), VerificationView.of(verification));
            if ((before == VerificationOutcome.FAILED) != (verification.getOutcome() == VerificationOutcome.FAILED)) {
                vendorsToDecide.add(verification.getVendorId());
            }
        }
        vendorsToDecide.forEach(vendorId -> factsChanged.fire(new VendorFactsChanged(vendorId)));
    }

    private void judge(PolicyVerification verification, CarrierAnswer answer) {
        Policy policy = verifications.policy(verification.getPolicyId()).orElseThrow();
        verification.answered(answer, Verdict.judge(policy.getPolicyNumber(), policy.getTerm(), policy.getLimits(),
                policy.getEndorsements(), answer));
    }

    @Override
    public List<VerificationView> ofCertificate(long certificateId) {
        return verifications.ofCertificate(certificateId).stream().map(VerificationView::of).toList();
    }

    @Override
    public List<VerificationView> ofVendor(long vendorId) {
        return verifications.ofVendor(vendorId).stream().map(VerificationView::of).toList();
    }

    @Override
    @RolesAllowed({Roles.INTEGRATION, Roles.ADMIN})
    public List<NaicCode> verifiableCarriers() {
        return verifications.verifiableCarriers();
    }

    @Override
    @RolesAllowed({Roles.INTEGRATION, Roles.ADMIN})
    public int queueRecheck(NaicCode naicCode, int windowDays) {
        if (windowDays < 1 || windowDays > 366) {
            throw new InvalidRequestException("windowDays must be 1 to 366");
        }
        var now = clock.instant();
        List<PolicyVerification> recheck = verifications.toRecheck(naicCode, LocalDate.now(clock).plusDays(windowDays),
                now.minus(Duration.ofDays(windowDays)));
        recheck.forEach(v -> v.requeue(now));
        if (!recheck.isEmpty()) {
            audit.record(AuditAction.QUEUE_RECHECK, "Carrier", naicCode.digits(), null, Map.of("policies", recheck.size()));
        }
        return recheck.size();
    }

    private PolicyVerification verification(long id) {
        return verifications.find(id).orElseThrow(() -> new NotFoundException("verification " + id + " does not exist"));
    }
}
