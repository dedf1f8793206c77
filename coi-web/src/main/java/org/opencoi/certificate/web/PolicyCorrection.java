package org.opencoi.certificate.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencoi.certificate.application.PolicyEntry;
import org.opencoi.certificate.application.PolicyView;
import org.opencoi.shared.domain.LimitKind;

/**
 * One line of a certificate as a reviewer corrects it on the screen: the fields a reviewer reads off the
 * PDF are editable, the rest is kept as read.
 */
public class PolicyCorrection implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One limit of the line, editable. */
    public static class Limit implements Serializable {

        private static final long serialVersionUID = 1L;

        private final LimitKind kind;
        private BigDecimal amount;

        Limit(LimitKind kind, BigDecimal amount) {
            this.kind = kind;
            this.amount = amount;
        }

        public LimitKind getKind() {
            return kind;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(BigDecimal amount) {
            this.amount = amount;
        }
    }

    private final PolicyView read;
    private String policyNumber;
    private String insurerName;
    private LocalDate effectiveDate;
    private LocalDate expirationDate;
    private final List<Limit> limits = new ArrayList<>();

    PolicyCorrection(PolicyView read) {
        this.read = read;
        policyNumber = read.policyNumber();
        insurerName = read.insurerName();
        effectiveDate = read.effectiveDate();
        expirationDate = read.expirationDate();
        read.limits().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(limit -> limits.add(new Limit(limit.getKey(), limit.getValue())));
    }

    /** The line with the reviewer's corrections; a limit left empty is dropped. */
    PolicyEntry toEntry() {
        PolicyEntry asRead = read.toEntry();
        Map<LimitKind, BigDecimal> corrected = new LinkedHashMap<>();
        limits.stream().filter(limit -> limit.amount != null).forEach(limit -> corrected.put(limit.kind, limit.amount));
        return new PolicyEntry(asRead.coverage(), asRead.coverageName(), asRead.insurerLetter(), insurerName,
                asRead.insurerNaic(), policyNumber, effectiveDate, expirationDate, asRead.form(),
                asRead.additionalInsured(), asRead.waiverOfSubrogation(), asRead.primaryNonContributory(),
                asRead.wcStatutory(), asRead.deductible(), asRead.autoSymbols(), corrected);
    }

    public PolicyView getRead() {
        return read;
    }

    public String getPolicyNumber() {
        return policyNumber;
    }

    public void setPolicyNumber(String policyNumber) {
        this.policyNumber = policyNumber;
    }

    public String getInsurerName() {
        return insurerName;
    }

    public void setInsurerName(String insurerName) {
        this.insurerName = insurerName;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public void setEffectiveDate(LocalDate effectiveDate) {
        this.effectiveDate = effectiveDate;
    }

    public LocalDate getExpirationDate() {
        return expirationDate;
    }

    public void setExpirationDate(LocalDate expirationDate) {
        this.expirationDate = expirationDate;
    }

    public List<Limit> getLimits() {
        return limits;
    }
}
