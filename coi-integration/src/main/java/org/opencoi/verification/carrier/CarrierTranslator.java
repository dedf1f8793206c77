package org.opencoi.verification.carrier;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;
import org.opencoi.shared.domain.CoverageType;
import org.opencoi.verification.application.PolicyInquiry;
import org.opencoi.verification.carrier.generated.Limit;
import org.opencoi.verification.carrier.generated.LineOfBusiness;
import org.opencoi.verification.carrier.generated.PolicyStatus;
import org.opencoi.verification.domain.CarrierAnswer;
import org.opencoi.verification.domain.CarrierStatus;

/** Between the CarrierVerification contract's messages and OpenCOI's inquiry and answer (anti-corruption). */
final class CarrierTranslator {

    private static final DatatypeFactory XML_DATES;

    static {
        try {
            XML_DATES = DatatypeFactory.newInstance();
        } catch (DatatypeConfigurationException e) {
            throw new IllegalStateException("no XML date support", e);
        }
    }

    private CarrierTranslator() {
    }

    static org.opencoi.verification.carrier.generated.PolicyInquiry toInquiry(PolicyInquiry inquiry) {
        var message = new org.opencoi.verification.carrier.generated.PolicyInquiry();
        message.setPolicyNumber(inquiry.policyNumber().text());
        message.setNaicCode(inquiry.naicCode().digits());
        message.setLineOfBusiness(lineOfBusiness(inquiry.lineOfBusiness()));
        message.setInsuredName(inquiry.insuredName());
        message.setFein(inquiry.fein());
        message.setAsOfDate(xmlDate(inquiry.asOf()));
        return message;
    }

    /** Employers' liability is written with workers' compensation: carriers know it as that line. */
    static LineOfBusiness lineOfBusiness(CoverageType coverage) {
        return coverage == CoverageType.EL ? LineOfBusiness.WC : LineOfBusiness.valueOf(coverage.name());
    }

    /**
     * The carrier's answer in OpenCOI's terms.
     *
     * @throws IllegalArgumentException when the answer lacks what the contract requires
     */
    static CarrierAnswer toAnswer(PolicyStatus status) {
        if (status == null || status.getStatus() == null || status.getRespondedAt() == null) {
            throw new IllegalArgumentException("the answer carries no status or no time");
        }
        Map<String, BigDecimal> limits = new HashMap<>();
        for (Limit limit : status.getLimit()) {
            if (limit.getCoverageCode() == null || limit.getAmount() == null) {
                throw new IllegalArgumentException("a limit without coverage code or amount");
            }
            limits.merge(limit.getCoverageCode(), limit.getAmount(), BigDecimal::min);
        }
        return new CarrierAnswer(CarrierStatus.valueOf(status.getStatus().name()), status.getReasonCode(),
                localDate(status.getEffectiveDate()), localDate(status.getExpirationDate()),
                localDate(status.getCancellationDate()), limits, status.isAdditionalInsured(),
                status.isWaiverOfSubrogation(), status.getRespondedAt().toGregorianCalendar().toInstant());
    }

    static XMLGregorianCalendar xmlDate(LocalDate day) {
        return XML_DATES.newXMLGregorianCalendarDate(day.getYear(), day.getMonthValue(), day.getDayOfMonth(),
                DatatypeConstants.FIELD_UNDEFINED);
    }

    static XMLGregorianCalendar xmlTime(Instant instant) {
        return XML_DATES.newXMLGregorianCalendar(instant.toString());
    }

    static LocalDate localDate(XMLGregorianCalendar day) {
        return day == null ? null : LocalDate.of(day.getYear(), day.getMonth(), day.getDay());
    }
}
