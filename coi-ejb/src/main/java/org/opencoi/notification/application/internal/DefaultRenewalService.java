package org.opencoi.notification.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opencoi.audit.application.AuditTrail;
import org.opencoi.audit.domain.AuditAction;
import org.opencoi.compliance.application.DecisionView;
import org.opencoi.compliance.application.DeficiencyView;
import org.opencoi.compliance.application.RenewalCheck;
import org.opencoi.compliance.application.RenewalQueue;
import org.opencoi.compliance.domain.PolicySnapshot;
import org.opencoi.notification.application.RenewalRequestView;
import org.opencoi.notification.application.RenewalService;
import org.opencoi.notification.domain.RenewalMilestone;
import org.opencoi.notification.domain.RenewalRepository;
import org.opencoi.notification.domain.RenewalRequest;
import org.opencoi.notification.infrastructure.RenewalLinkSettings;
import org.opencoi.shared.application.NotFoundException;
import org.opencoi.shared.application.PageBounds;
import org.opencoi.shared.application.Roles;
import org.opencoi.shared.domain.RenewalCadence;
import org.opencoi.vendor.domain.Vendor;
import org.opencoi.vendor.domain.VendorRepository;
import org.opencoi.vendor.domain.VendorToDecide;

@Stateless
@RolesAllowed({Roles.ADMIN, Roles.INTEGRATION})
public class DefaultRenewalService implements RenewalService, RenewalQueue {

    @Inject
    RenewalRepository renewals;

    @Inject
    VendorRepository vendors;

    @Inject
    RenewalLinkSettings links;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Settings that replace the first and the longest wait of {@link RenewalRequest#DEFAULT_BACKOFF}, in seconds. */
    @Inject
    @ConfigProperty(name = "COI_RENEWAL_RETRY_FIRST_SECONDS")
    Optional<Long> firstRetrySeconds;

    @Inject
    @ConfigProperty(name = "COI_RENEWAL_RETRY_LONGEST_SECONDS")
    Optional<Long> longestWaitSeconds;

    @Override
    public void queueDue(List<RenewalCheck> checks, LocalDate day) {
        List<DueMilestone> due = checks.stream().map(check -> dueMilestone(check, day)).flatMap(Optional::stream).toList();
        if (due.isEmpty()) {
            return;
        }
        Set<RenewalMilestone> queuedBefore = renewals.queuedMilestones(due.stream().map(d -> d.milestone().vendorId()).toList());
        due.stream().filter(d -> !queuedBefore.contains(d.milestone())).forEach(d -> queue(d, day));
    }

    /** A milestone due today of a vendor to be chased, with the policies its decision rests on, earliest expiry first. */
    private record DueMilestone(RenewalCheck check, RenewalMilestone milestone, List<PolicySnapshot> policies) {
    }

    private static Optional<DueMilestone> dueMilestone(RenewalCheck check, LocalDate day) {
        VendorToDecide vendor = check.vendor();
        DecisionView decision = check.decision();
        Set<Long> decisionPolicies = new HashSet<>(decision.policyIds());
        List<PolicySnapshot> policies = check.certificates().stream()
                .flatMap(c -> c.policies().stream())
                .filter(p -> decisionPolicies.contains(p.id()) && p.term().expiration() != null)
                .sorted(Comparator.comparing(p -> p.term().expiration()))
                .toList();
        LocalDate earliestExpiration = policies.isEmpty() ? null : policies.get(0).term().expiration();
        Optional<LocalDate> anchor = RenewalCadence.anchor(decision.status(), earliestExpiration,
                LocalDate.ofInstant(vendor.statusSince(), ZoneOffset.UTC));
        Optional<Integer> milestone = anchor.flatMap(a -> check.cadence().due(a, day));
        if (milestone.isEmpty() || vendor.mailRecipients().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DueMilestone(check, new RenewalMilestone(vendor.id(), anchor.get(), milestone.get()), policies));
    }

    private void queue(DueMilestone due, LocalDate day) {
        VendorToDecide vendor = due.check().vendor();
        RenewalMilestone milestone = due.milestone();
        LocalDate horizon = day.plusDays(Math.max(0, due.check().cadence().milestones().get(0)));
        List<String> missing = new ArrayList<>();
        due.check().decision().deficiencies().stream().filter(d -> !d.waived()).map(DeficiencyView::message).forEach(missing::add);
        due.policies().stream().filter(p -> !p.term().expiration().isAfter(horizon))
                .map(p -> expiryLine(p, day)).forEach(missing::add);
        if (missing.isEmpty()) {
            missing.add("A current certificate of insurance.");
        }
        RenewalRequest request = new RenewalRequest(vendor.id(), milestone.anchorDate(), milestone.milestoneDays(), day,
                day.plusDays(links.validDays()), missing, vendor.mailRecipients(), clock.instant());
        renewals.add(request);
        audit.record(AuditAction.QUEUE_RENEWAL, "Vendor", String.valueOf(vendor.id()), null, Map.of("renewalRequestId", request.getId(),
                "milestoneDays", milestone.milestoneDays(), "anchorDate", milestone.anchorDate().toString()));
    }

    private static String expiryLine(PolicySnapshot p, LocalDate day) {
        String line = p.line().coverage() + (p.line().name() == null ? "" : " (" + p.line().name() + ")")
                + " policy" + (p.policyNumber() == null ? "" : " " + p.policyNumber());
        return p.term().expiration().isBefore(day)
                ? line + " expired on " + p.term().expiration() + "."
                : line + " expires on " + p.term().expiration() + ".";
    }

    @Override
    public List<RenewalRequestView> due(int limit) {
        return renewals.due(clock.instant(), limit).stream().map(this::view).toList();
    }

    @Override
    public boolean beginSending(long requestId) {
        return request(requestId).beginSending(clock.instant());
    }

    @Override
    public void sent(long requestId) {
        request(requestId).sent(clock.instant());
        audit.record(AuditAction.SEND_RENEWAL, "RenewalRequest", String.valueOf(requestId), null, null);
    }

    @Override
    public void failed(long requestId, String error) {
        request(requestId).failed(clock.instant(), error,
                RenewalRequest.DEFAULT_BACKOFF.withSeconds(firstRetrySeconds, longestWaitSeconds));
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public List<RenewalRequestView> page(Long vendorId, boolean failedOnly, int offset, int limit) {
        PageBounds.require(offset, limit);
        return renewals.page(vendorId, failedOnly, offset, limit).stream().map(this::view).toList();
    }

    @Override
    public long queuedOn(LocalDate day) {
        return renewals.countQueuedOn(day);
    }

    private RenewalRequestView view(RenewalRequest r) {
        return RenewalRequestView.of(r, vendors.find(r.getVendorId()).map(Vendor::getName).orElse(null));
    }

    private RenewalRequest request(long id) {
        return renewals.find(id).orElseThrow(() -> new NotFoundException("renewal request " + id + " does not exist"));
    }
}
