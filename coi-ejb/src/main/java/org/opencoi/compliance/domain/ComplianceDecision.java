package org.opencoi.compliance.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.opencoi.shared.domain.ComplianceStatus;

/**
 * Where one vendor stands against one version of its requirement profile on one day, and why. It
 * names the stored inputs it was made from so that it can be made again and give the same result.
 *
 * @param vendorId the vendor's id; null for a vendor not stored
 * @param profileId the id of the profile version applied; null for a profile not stored
 * @param profileVersion the version number of the profile applied
 * @param deficiencies in the profile's order of lines, then in the engine's order of checks; waived ones included
 * @param certificateIds the certificates decided on or awaiting review, newest first
 * @param policyIds the policies the decision rests on, ascending
 * @param waiverIds the waivers that accepted a deficiency, ascending
 */
public record ComplianceDecision(
        Long vendorId,
        ComplianceStatus status,
        LocalDate asOf,
        Long profileId,
        int profileVersion,
        List<Deficiency> deficiencies,
        List<Long> certificateIds,
        List<Long> policyIds,
        List<Long> waiverIds) {

    public ComplianceDecision {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(asOf, "asOf");
        deficiencies = List.copyOf(deficiencies);
        certificateIds = List.copyOf(certificateIds);
        policyIds = List.copyOf(policyIds);
        waiverIds = List.copyOf(waiverIds);
    }

    /**
     * The SHA-256, in hex, of what the decision found and on which inputs: everything but the vendor and the day.
     * Two decisions of one vendor with the same digest came to the same status and deficiencies from the same
     * certificates, policies, waivers and profile version.
     */
    public String digest() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(findings().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * The text the digest is taken of, one line each for the status, the profile's id and version, the deficiencies
     * and the certificate, policy and waiver ids, every field written out here in a fixed order. It is the text
     * that earlier versions hashed, so that the digests they stored for the decisions in force still match a
     * decision that finds the same.
     */
    private String findings() {
        return String.join("\n", status.name(), String.valueOf(profileId), String.valueOf(profileVersion),
                listed(deficiencies.stream().map(ComplianceDecision::findings).toList()),
                listed(certificateIds.stream().map(String::valueOf).toList()),
                listed(policyIds.stream().map(String::valueOf).toList()),
                listed(waiverIds.stream().map(String::valueOf).toList()));
    }

    private static String findings(Deficiency d) {
        return "Deficiency[kind=" + d.kind().name() + ", coverage=" + d.coverage().name()
                + ", coverageName=" + d.coverageName()
                + ", limitKind=" + (d.limitKind() == null ? null : d.limitKind().name())
                + ", required=" + (d.required() == null ? null : d.required().toString())
                + ", found=" + (d.found() == null ? null : d.found().toString())
                + ", message=" + d.message() + ", waived=" + d.waived() + ", waiverReason=" + d.waiverReason() + "]";
    }

    private static String listed(List<String> items) {
        return "[" + String.join(", ", items) + "]";
    }
}
