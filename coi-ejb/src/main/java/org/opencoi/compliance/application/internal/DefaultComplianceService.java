package org.opencoi.compliance.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.opencoi.audit.application.AuditTrail;
import org.opencoi.audit.domain.AuditAction;
import org.opencoi.certificate.domain.InsurerRepository;
import org.opencoi.compliance.application.ComplianceService;
import org.opencoi.compliance.application.DecisionView;
import org.opencoi.compliance.application.WaiverListing;
import org.opencoi.compliance.application.WaiverPage;
import org.opencoi.compliance.application.WaiverRequest;
import org.opencoi.compliance.application.WaiverSearch;
import org.opencoi.compliance.application.WaiverState;
import org.opencoi.compliance.application.WaiverView;
import org.opencoi.compliance.domain.ComplianceRepository;
import org.opencoi.compliance.domain.CoverageLine;
import org.opencoi.compliance.domain.InsurerRatings;
import org.opencoi.compliance.domain.VendorWaiver;
import org.opencoi.compliance.domain.Waiver;
import org.opencoi.shared.application.InvalidRequestException;
import org.opencoi.shared.application.NotFoundException;
import org.opencoi.shared.application.PageBounds;
import org.opencoi.shared.application.Roles;
import org.opencoi.vendor.domain.Vendor;
import org.opencoi.vendor.domain.VendorRepository;
import org.opencoi.verification.domain.VerificationRepository;

@Stateless
@RolesAllowed({Roles.ADMIN, Roles.REVIEWER, Roles.VIEWER, Roles.INTEGRATION})
public class DefaultComplianceService implements ComplianceService {

    @Resource
    SessionContext session;

    @Inject
    VendorRepository vendors;

    @Inject
    InsurerRepository insurers;

    @Inject
    ComplianceRepository decisions;

    @Inject
    WaiverSearch listings;

    @Inject
    VerificationRepository verifications;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    VendorDecider decider;

    @Override
    public DecisionView current(long vendorId) {
        vendor(vendorId);
        return decisions.decisionInForce(vendorId, today()).map(DecisionView::of)
                .orElseThrow(() -> new NotFoundException("vendor " + vendorId + " has not been decided yet"));
    }

    @Override
    @RolesAllowed({Roles.ADMIN, Roles.REVIEWER, Roles.INTEGRATION})
    public DecisionView evaluate(long vendorId, LocalDate asOf) {
        Vendor vendor = vendor(vendorId);
        if (vendor.getRequirementProfile() == null) {
            throw new InvalidRequestException("vendor " + vendorId + " has no requirement profile to decide against");
        }
        // Read as the nightly run reads them, so that both come to the same digest for the same facts.
        return decider.decide(vendor, decisions.certificatesOf(List.of(vendorId)).getOrDefault(vendorId, List.of()),
                decisions.waivers(vendorId),
                verifications.failuresOfVendor(vendorId), InsurerRatings.from(insurers.all()), asOf, caller());
    }

    @Override
    @RolesAllowed({Roles.ADMIN, Roles.REVIEWER, Roles.INTEGRATION})
    public DecisionView evaluateToday(long vendorId) {
        return evaluate(vendorId, today());
    }

    @Override
    @RolesAllowed({Roles.ADMIN, Roles.REVIEWER, Roles.INTEGRATION})
    public Optional<DecisionView> redecide(long vendorId) {
        return vendor(vendorId).getRequirementProfile() == null
                ? Optional.empty()
                : Optional.of(evaluate(vendorId, today()));
    }

    @Override
    public Optional<DecisionView> standing(long vendorId) {
        return vendor(vendorId).getRequirementProfile() == null
                ? Optional.empty()
                : decisions.decisionInForce(vendorId, today()).map(DecisionView::of);
    }

    @Override
    public List<DecisionView> history(long vendorId, int limit) {
        PageBounds.require(0, limit);
        vendor(vendorId);
        return decisions.decisions(vendorId, limit).stream().map(DecisionView::of).toList();
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public WaiverView grantWaiver(long vendorId, WaiverRequest request) {
        vendor(vendorId);
        Waiver waiver;
        try {
            waiver = new Waiver(null, request.kind(), new CoverageLine(request.coverage(), request.coverageName()),
                    request.limit(), today(), request.until(), request.reason());
        } catch (NullPointerException | IllegalArgumentException e) {
            throw new InvalidRequestException("a waiver needs kind, coverage, until (not before today) and a reason: "
                    + e.getMessage());
        }
        VendorWaiver stored = new VendorWaiver(vendorId, waiver, caller(), clock.instant());
        decisions.add(stored);
        WaiverView view = WaiverView.of(stored, today());
        audit.record(AuditAction.GRANT_WAIVER, "Vendor", String.valueOf(vendorId), null, view);
        redecide(vendorId);
        return view;
    }

    @Override
    public List<WaiverView> waivers(long vendorId) {
        vendor(vendorId);
        LocalDate today = today();
        return decisions.waivers(vendorId).stream().map(w -> WaiverView.of(w, today)).toList();
    }

    @Override
    public WaiverPage allWaivers(WaiverState state, int offset, int limit) {
        PageBounds.require(offset, limit);
        LocalDate today = today();
        List<WaiverListing> items = listings.waivers(state, today, offset, limit).stream()
                .map(named -> new WaiverListing(named.vendorName(), WaiverView.of(named.waiver(), today)))
                .toList();
        return new WaiverPage(items, listings.countWaivers(state, today));
    }

    private Vendor vendor(long vendorId) {
        return vendors.find(vendorId).orElseThrow(() -> new NotFoundException("vendor " + vendorId + " does not exist"));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
