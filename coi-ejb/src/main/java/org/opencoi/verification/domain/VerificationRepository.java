package org.opencoi.verification.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opencoi.certificate.domain.Policy;
import org.opencoi.shared.domain.NaicCode;

public interface VerificationRepository {

    void add(PolicyVerification verification);

    void remove(PolicyVerification verification);

    Optional<PolicyVerification> find(long id);

    /** Verifications whose next attempt has come, oldest due first. */
    List<PolicyVerification> due(Instant now, int limit);

    List<PolicyVerification> ofCertificate(long certificateId);

    List<PolicyVerification> ofVendor(long vendorId);

    /** Of the vendor's policies, those that failed verification, with what differs, by policy id. */
    Map<Long, String> failuresOfVendor(long vendorId);

    /** {@link #failuresOfVendor} of each of the vendors that has any, by vendor id, in one query. */
    Map<Long, Map<Long, String>> failuresOfVendors(Collection<Long> vendorIds);

    /** Verifications of the carrier's policies, whatever their outcome. */
    List<PolicyVerification> ofCarrier(NaicCode naicCode);

    /**
     * Verifications of the carrier's policies that are not waiting for an attempt and whose policy
     * expires on or before {@code expiringBy}, or were last answered before {@code answeredBefore} (or never).
     */
    List<PolicyVerification> toRecheck(NaicCode naicCode, LocalDate expiringBy, Instant answeredBefore);

    /** NAIC codes of carriers with a service. */
    List<NaicCode> verifiableCarriers();

    Optional<Policy> policy(long policyId);

    Optional<Carrier> carrier(NaicCode naicCode);

    List<Carrier> carriers();

    void add(Carrier carrier);

    void remove(Carrier carrier);
}
