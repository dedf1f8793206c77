package org.opencoi.vendor.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.opencoi.shared.domain.ComplianceStatus;

/**
 * What the nightly run reads of an active vendor with a requirement profile: enough to decide it and to tell whether
 * the decision in force still holds, without loading the vendor itself, which only a vendor whose decision changes
 * needs.
 *
 * @param profileId the id of the vendor's requirement profile version
 * @param statusSince when the vendor came to its status; when it was created, for one whose status never changed
 * @param decisionId the decision in force for today; null for a vendor never decided as of today
 * @param decisionDigest that decision's digest (see {@code ComplianceDecision#digest})
 */
public record VendorToDecide(long id, String name, ComplianceStatus status, Instant statusSince, String contactEmail,
        String agentEmail, long profileId, Long decisionId, String decisionDigest) {

    /** The id of the decision in force for today, if the decision with that digest is the one in force. */
    public Optional<Long> decisionInForceWith(String digest) {
        return decisionId != null && digest.equals(decisionDigest) ? Optional.of(decisionId) : Optional.empty();
    }

    /** The vendor's contact and agent addresses, each once, without blanks. */
    public List<String> mailRecipients() {
        return Stream.of(contactEmail, agentEmail).filter(Objects::nonNull).map(String::strip)
                .filter(a -> !a.isEmpty()).distinct().toList();
    }
}
