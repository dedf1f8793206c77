package org.opencoi.compliance.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.opencoi.shared.domain.ComplianceStatus;

/**
 * Decides where a vendor stands against one version of its requirement profile on one day. A pure
 * function of its inputs: the same vendor snapshot, profile snapshot, insurer table and date always give
 * the same decision, deficiencies in the same order.
 *
 * <h2>Which policies count</h2>
 * Only certificates accepted or approved count; several of them combine (general liability on one,
 * workers' compensation on another). Per line, the policy in force on the decision date from the newest
 * certificate wins (see {@link CertificateSnapshot#NEWEST_FIRST}); a policy not yet effective or already
 * expired does not count, and on its expiration date a policy is expired (ACORD policies end at 12:01 AM
 * that day). A required line with no policy in force is MISSING_COVERAGE, or EXPIRED / NOT_YET_EFFECTIVE
 * after the newest dated policy of that line. An optional line is checked only when a policy of it is in
 * force. Lines the profile does not name are ignored.
 *
 * <h2>Checks on a line in force</h2>
 * <ul>
 * <li>Limits: a stated limit at the minimum passes (amounts compare by value); an unstated one fails.
 *     When the profile allows it, the each-occurrence limit of the umbrella or excess policy in force
 *     makes up a shortfall of a primary line's per-occurrence limit (GL each occurrence, auto combined
 *     single limit, EL each accident), never of an aggregate; the amount found is then the sum.</li>
 * <li>Employers' liability limits are read from the workers' compensation line, as the ACORD 25 states
 *     them. Statutory WC limits not ticked where required are LIMIT_BELOW_MINIMUM without a limit kind.</li>
 * <li>Forms: a form the profile does not accept is FORM_NOT_ACCEPTED, and so are auto symbols matching
 *     none of the accepted combinations; a certificate that ticks no form is not held to the forms.</li>
 * <li>Endorsements required and not shown; a deductible or retention above the maximum (an unstated one
 *     passes).</li>
 * <li>Insurer, only when the profile sets a minimum rating or size: an insurer whose NAIC code is not in
 *     the insurer table is INSURER_UNKNOWN; one rated or sized below the minimum, or not rated, is
 *     INSURER_RATING_BELOW_MINIMUM.</li>
 * <li>Parties, on the certificate the line was read from: the holder must be the profile's (see
 *     {@link CompanyName} for what counts as the same name), the insured must be the vendor.</li>
 * </ul>
 *
 * <h2>Status, in order of precedence</h2>
 * <ol>
 * <li>No certificate counts: PENDING_REVIEW if one awaits review, else NO_CERTIFICATE (rejected
 *     certificates are as good as none); no deficiencies are listed.</li>
 * <li>A certificate awaits review and the vendor would otherwise be NON_COMPLIANT or EXPIRING:
 *     PENDING_REVIEW, with the deficiencies found on the certificates that count. The certificate a
 *     reviewer has not seen yet may be the renewal or the fix, so nothing is asked of the vendor until it
 *     has been looked at. A vendor COMPLIANT on the certificates that count stays COMPLIANT.</li>
 * <li>A deficiency no waiver accepts: NON_COMPLIANT.</li>
 * <li>A policy the decision relies on (that of a required line, or an umbrella making up a shortfall)
 *     expires within the profile's window, the window's last day included, and no policy on file takes
 *     over on that day: EXPIRING. A renewal already on file is checked when it takes effect.</li>
 * <li>Otherwise COMPLIANT.</li>
 * </ol>
 *
 * <h2>Waivers</h2>
 * A deficiency accepted by a waiver that holds on the decision date is listed as waived, with the
 * waiver's reason, and does not make the vendor non-compliant; once the waiver lapses it counts again.
 */
public final class ComplianceEngine {

    private final InsurerRatings insurers;

    public ComplianceEngine(InsurerRatings insurers) {
        this.insurers = Objects.requireNonNull(insurers, "insurers");
    }

    /**
     * Decides the vendor's status on the given day.
     *
     * @param vendor the vendor with all its current certificates (any review state) and its waivers
     * @param profile the version of the vendor's requirement profile to apply
     * @param asOf the day the decision speaks for
     */
    public ComplianceDecision decide(VendorSnapshot vendor, ProfileSnapshot profile, LocalDate asOf) {
        List<CertificateSnapshot> counting = new ArrayList<>(vendor.certificates().size());
        List<Long> certificateIds = new ArrayList<>(vendor.certificates().size());
        boolean awaitingReview = false;
        for (CertificateSnapshot certificate : vendor.certificates()) {
            if (certificate.countsForDecisions()) {
                counting.add(certificate);
            } else if (certificate.awaitsReview()) {
                awaitingReview = true;
            } else {
                continue;
            }
            if (certificate.id() != null) {
                certificateIds.add(certificate.id());
            }
        }
        if (counting.isEmpty()) {
            ComplianceStatus status = awaitingReview ? ComplianceStatus.PENDING_REVIEW : ComplianceStatus.NO_CERTIFICATE;
            return new ComplianceDecision(vendor.id(), status, asOf, profile.id(), profile.versionNumber(),
                    List.of(), certificateIds, List.of(), List.of());
        }

        Assessment assessment = new Assessment(vendor.name(), counting, vendor.verificationFailures(), profile, insurers, asOf);
        for (RequirementSnapshot requirement : profile.requirements()) {
            assessment.check(requirement);
        }
        List<Deficiency> deficiencies = assessment.deficiencies();
        List<Long> waiverIds = new ArrayList<>();
        boolean open = false;
        for (int i = 0; i < deficiencies.size(); i++) {
            Waiver waiver = waiverFor(deficiencies.get(i), vendor.waivers(), asOf);
            if (waiver == null) {
                open = true;
            } else {
                deficiencies.set(i, deficiencies.get(i).waivedBy(waiver));
                if (waiver.id() != null) {
                    waiverIds.add(waiver.id());
                }
            }
        }

        ComplianceStatus status = open ? ComplianceStatus.NON_COMPLIANT
                : assessment.expiring() ? ComplianceStatus.EXPIRING
                : ComplianceStatus.COMPLIANT;
        if (awaitingReview && status != ComplianceStatus.COMPLIANT) {
            status = ComplianceStatus.PENDING_REVIEW;
        }
        return new ComplianceDecision(vendor.id(), status, asOf, profile.id(), profile.versionNumber(),
                deficiencies, certificateIds, ascendingDistinct(assessment.policyIds()), ascendingDistinct(waiverIds));
    }

    /** The first of the vendor's waivers that holds on the day and accepts the deficiency. */
    private static Waiver waiverFor(Deficiency deficiency, List<Waiver> waivers, LocalDate asOf) {
        for (Waiver waiver : waivers) {
            if (waiver.holdsOn(asOf) && waiver.accepts(deficiency)) {
                return waiver;
            }
        }
        return null;
    }

    private static List<Long> ascendingDistinct(List<Long> ids) {
        if (ids.size() < 2) {
            return ids;
        }
        Collections.sort(ids);
        List<Long> distinct = new ArrayList<>(ids.size());
        for (Long id : ids) {
            if (distinct.isEmpty() || !distinct.get(distinct.size() - 1).equals(id)) {
                distinct.add(id);
            }
        }
        return distinct;
    }
}
