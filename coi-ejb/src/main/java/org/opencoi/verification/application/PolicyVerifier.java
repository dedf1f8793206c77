package org.opencoi.verification.application;

import org.opencoi.verification.domain.CarrierAnswer;

/**
 * Asks a carrier about one policy through its verification service. Implemented by the integration
 * adapters (SOAP, CarrierVerification contract).
 */
public interface PolicyVerifier {

    /**
     * @return the carrier's answer, whatever it says of the policy
     * @throws CarrierUnavailableException when the carrier gives no usable answer: unreachable, too slow,
     *         a fault, or a message that does not follow the contract
     */
    CarrierAnswer verify(CarrierEndpoint carrier, PolicyInquiry inquiry);
}
