package org.opencoi.verification.application;

import java.io.Serializable;
import java.time.LocalDate;
import org.opencoi.shared.domain.CoverageType;
import org.opencoi.shared.domain.NaicCode;
import org.opencoi.shared.domain.PolicyNumber;

/**
 * What a carrier is asked about one policy.
 *
 * @param fein the insured's federal employer identification number; null when unknown
 */
public record PolicyInquiry(PolicyNumber policyNumber, NaicCode naicCode, CoverageType lineOfBusiness, String insuredName,
        String fein, LocalDate asOf) implements Serializable {
}
