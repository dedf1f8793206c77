package org.opencoi.simulator;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.jws.WebService;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;
import org.opencoi.simulator.generated.CarrierVerification;
import org.opencoi.simulator.generated.Limit;
import org.opencoi.simulator.generated.PolicyInquiry;
import org.opencoi.simulator.generated.PolicyStatus;
import org.opencoi.simulator.generated.VerificationFault;
import org.opencoi.simulator.generated.VerificationFault_Exception;
import org.opencoi.simulator.generated.VerificationStatus;

/** The simulated carrier's CarrierVerification endpoint: answers each inquiry as scripted. */
@WebService(
        serviceName = "CarrierVerificationService",
        portName = "CarrierVerificationPort",
        targetNamespace = "urn:opencoi:carrier:verification:1",
        endpointInterface = "org.opencoi.simulator.generated.CarrierVerification",
        wsdlLocation = "META-INF/wsdl/CarrierVerification.wsdl")
public class SimulatedCarrier implements CarrierVerification {

    private static final DatatypeFactory XML_DATES;

    static {
        try {
            XML_DATES = DatatypeFactory.newInstance();
        } catch (DatatypeConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public PolicyStatus verifyPolicy(PolicyInquiry inquiry) throws VerificationFault_Exception {
        Script script = CDI.current().select(ScriptedAnswers.class).get()
                .scriptFor(inquiry.getNaicCode(), inquiry.getPolicyNumber());
        switch (script.behaviourOrDefault()) {
            case FAULT -> {
                VerificationFault fault = new VerificationFault();
                fault.setCode("SERVICE_UNAVAILABLE");
                fault.setMessage("the policy system is down for maintenance");
                throw new VerificationFault_Exception("the policy system is down for maintenance", fault);
            }
            case DELAY -> pause(script.delayMillis() == null ? 0 : script.delayMillis());
            default -> {
                // ANSWER; MALFORMED never gets here, the filter answers it.
            }
        }
        return answer(inquiry, script);
    }

    private static PolicyStatus answer(PolicyInquiry inquiry, Script script) {
        PolicyStatus status = new PolicyStatus();
        status.setStatus(VerificationStatus.fromValue(script.status() == null ? "CONFIRMED" : script.status()));
        status.setReasonCode(script.reasonCode());
        status.setPolicyNumber(inquiry.getPolicyNumber());
        status.setEffectiveDate(xmlDate(script.effectiveDate()));
        status.setExpirationDate(xmlDate(script.expirationDate()));
        status.setCancellationDate(xmlDate(script.cancellationDate()));
        if (script.limits() != null) {
            script.limits().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
                Limit limit = new Limit();
                limit.setCoverageCode(entry.getKey());
                limit.setAmount(entry.getValue());
                status.getLimit().add(limit);
            });
        }
        status.setAdditionalInsured(script.additionalInsured());
        status.setWaiverOfSubrogation(script.waiverOfSubrogation());
        status.setRespondedAt(XML_DATES.newXMLGregorianCalendar(Instant.now().toString()));
        return status;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static XMLGregorianCalendar xmlDate(LocalDate day) {
        return day == null ? null : XML_DATES.newXMLGregorianCalendarDate(day.getYear(), day.getMonthValue(),
                day.getDayOfMonth(), DatatypeConstants.FIELD_UNDEFINED);
    }
}
