package org.opencoi.verification.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.opencoi.audit.application.AuditTrail;
import org.opencoi.audit.domain.AuditAction;
import org.opencoi.shared.application.InvalidRequestException;
import org.opencoi.shared.application.NotFoundException;
import org.opencoi.shared.application.Roles;
import org.opencoi.shared.domain.NaicCode;
import org.opencoi.verification.application.CarrierRequest;
import org.opencoi.verification.application.CarrierService;
import org.opencoi.verification.application.CarrierView;
import org.opencoi.verification.domain.Carrier;
import org.opencoi.verification.domain.PolicyVerification;
import org.opencoi.verification.domain.VerificationOutcome;
import org.opencoi.verification.domain.VerificationRepository;

@Stateless
@RolesAllowed({Roles.ADMIN, Roles.REVIEWER, Roles.VIEWER, Roles.INTEGRATION})
public class DefaultCarrierService implements CarrierService {

    @Inject
    VerificationRepository verifications;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Override
    public List<CarrierView> list() {
        return verifications.carriers().stream().map(CarrierView::of).toList();
    }

    @Override
    public CarrierView find(String naicCode) {
        return CarrierView.of(carrier(naicCode));
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public CarrierView save(String naicCode, CarrierRequest request) {
        if (request == null) {
            throw new InvalidRequestException("a carrier needs at least a name");
        }
        NaicCode code;
        try {
            code = NaicCode.of(naicCode);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(e.getMessage());
        }
        var held = verifications.carrier(code);
        CarrierView before = held.map(CarrierView::of).orElse(null);
        Carrier carrier;
        try {
            carrier = held.orElseGet(() -> new Carrier(code, request.name()));
            carrier.configure(request.name(), request.endpointUrl(), request.username(), request.password(),
                    request.wsSecurity(),
                    request.timeoutMillis() == null ? Carrier.DEFAULT_TIMEOUT_MILLIS : request.timeoutMillis(),
                    request.requestsPerSecond() == null ? Carrier.DEFAULT_REQUESTS_PER_SECOND : request.requestsPerSecond());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(e.getMessage());
        }
        if (held.isEmpty()) {
            verifications.add(carrier);
        }
        var now = clock.instant();
        for (PolicyVerification verification : verifications.ofCarrier(code)) {
            if (carrier.isVerifiable() && verification.getOutcome() == VerificationOutcome.NOT_VERIFIABLE) {
                verification.requeue(now);
            } else if (!carrier.isVerifiable() && verification.getNextAttemptAt() != null) {
                verification.notVerifiable();
            }
        }
        CarrierView after = CarrierView.of(carrier);
        audit.record(held.isEmpty() ? AuditAction.CREATE : AuditAction.CONFIGURE, "Carrier", code.digits(), before, after);
        return after;
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public void remove(String naicCode) {
        Carrier carrier = carrier(naicCode);
        verifications.ofCarrier(carrier.getNaicCode()).stream().filter(v -> v.getNextAttemptAt() != null)
                .forEach(PolicyVerification::notVerifiable);
        verifications.remove(carrier);
        audit.record(AuditAction.DELETE, "Carrier", carrier.getNaicCode().digits(), CarrierView.of(carrier), Map.of());
    }

    /** The carrier of that code; text that is no NAIC code names no carrier. */
    private Carrier carrier(String naicCode) {
        return NaicCode.parse(naicCode).flatMap(verifications::carrier)
                .orElseThrow(() -> new NotFoundException("no carrier with NAIC code " + naicCode));
    }
}
