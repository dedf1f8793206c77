package org.opencoi.sync.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opencoi.shared.domain.ComplianceStatus;

class PaymentActionTest {

    @ParameterizedTest
    @CsvSource({"NON_COMPLIANT, HOLD", "COMPLIANT, RELEASE", "EXPIRING, RELEASE", "PENDING_REVIEW, NONE",
        "NO_CERTIFICATE, NONE"})
    void paymentIsHeldOnlyWhileTheVendorIsNonCompliant(ComplianceStatus status, PaymentAction action) {
        assertThat(PaymentAction.forStatus(status)).isEqualTo(action);
    }
}
