package org.opencoi.verification.carrier;

import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.WebServiceException;
import jakarta.xml.ws.handler.Handler;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.opencoi.verification.application.CarrierEndpoint;
import org.opencoi.verification.application.CarrierUnavailableException;
import org.opencoi.verification.application.PolicyInquiry;
import org.opencoi.verification.application.PolicyVerifier;
import org.opencoi.verification.carrier.generated.CarrierVerification;
import org.opencoi.verification.carrier.generated.CarrierVerificationService;
import org.opencoi.verification.carrier.generated.VerificationFault_Exception;
import org.opencoi.verification.domain.CarrierAnswer;

/**
 * Asks carriers through the JAX-WS client generated from the CarrierVerification WSDL, on the server's
 * own web services stack. One client port per carrier configuration, kept and reused: a port is safe for
 * concurrent calls as long as its request context is not changed, so a carrier whose configuration changes
 * gets a new one. Anything short of a well-formed answer (no connection, the carrier's timeout passed, a
 * SOAP fault, a message off the contract) is {@link CarrierUnavailableException}.
 */
public class SoapPolicyVerifier implements PolicyVerifier {

    private static final URL WSDL = SoapPolicyVerifier.class.getClassLoader().getResource("META-INF/wsdl/CarrierVerification.wsdl");

    private CarrierVerificationService service;
    private final Map<CarrierEndpoint, CarrierVerification> ports = new ConcurrentHashMap<>();

    @Override
    public CarrierAnswer verify(CarrierEndpoint carrier, PolicyInquiry inquiry) {
        CarrierVerification port = ports.get(carrier);
        if (port == null) {
            // A configuration left behind by a change is never used again.
            ports.keySet().removeIf(held -> held.naicCode().equals(carrier.naicCode()));
            port = ports.computeIfAbsent(carrier, this::port);
        }
        try {
            return CarrierTranslator.toAnswer(port.verifyPolicy(CarrierTranslator.toInquiry(inquiry)));
        } catch (VerificationFault_Exception e) {
            String code = e.getFaultInfo() == null ? "" : e.getFaultInfo().getCode() + ": ";
            throw new CarrierUnavailableException("carrier " + carrier.naicCode() + " answered with a fault: " + code
                    + (e.getFaultInfo() == null ? e.getMessage() : e.getFaultInfo().getMessage()), e);
        } catch (WebServiceException | IllegalArgumentException e) {
            throw new CarrierUnavailableException("carrier " + carrier.naicCode() + " gave no usable answer: " + e
                    + (rootCause(e) == e ? "" : " (" + rootCause(e) + ")"), e);
        }
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** Made on first use: reading the WSDL needs the server's JAX-WS runtime, which a route test does not have. */
    private synchronized CarrierVerificationService service() {
        if (service == null) {
            service = new CarrierVerificationService(WSDL);
        }
        return service;
    }

    private CarrierVerification port(CarrierEndpoint carrier) {
        CarrierVerification port = service().getCarrierVerificationPort();
        BindingProvider binding = (BindingProvider) port;
        Map<String, Object> context = binding.getRequestContext();
        context.put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, carrier.url());
        context.put("jakarta.xml.ws.client.connectionTimeout", carrier.timeoutMillis());
        context.put("jakarta.xml.ws.client.receiveTimeout", carrier.timeoutMillis());
        if (carrier.username() != null) {
            if (carrier.wsSecurity()) {
                List<Handler> chain = binding.getBinding().getHandlerChain();
                chain.add(new UsernameTokenHandler(carrier.username(), carrier.password()));
                binding.getBinding().setHandlerChain(chain);
            } else {
                context.put(BindingProvider.USERNAME_PROPERTY, carrier.username());
                context.put(BindingProvider.PASSWORD_PROPERTY, carrier.password());
            }
        }
        return port;
    }
}
