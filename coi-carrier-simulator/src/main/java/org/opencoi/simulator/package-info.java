/**
 * A carrier's policy verification service for tests, the demo and the benchmark: it implements the
 * CarrierVerification WSDL and answers as scripted per policy number or per carrier (NAIC code), over a
 * small REST admin API: confirmed, cancelled, lower limits, a delay past the caller's timeout, a SOAP
 * fault, or a malformed response.
 */
package org.opencoi.simulator;
