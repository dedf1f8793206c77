/**
 * Carrier verification over SOAP: the route that works through the verification queue with a rate limit
 * and a circuit breaker per carrier, the JAX-WS client of the CarrierVerification contract (generated
 * from its WSDL into the {@code generated} package) and the translation between that contract and
 * OpenCOI's model.
 */
package org.opencoi.verification.carrier;
