package org.opencoi.requirement.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opencoi.requirement.application.ProfileView;
import org.opencoi.requirement.application.RequirementRequest;
import org.opencoi.shared.domain.CoverageType;
import org.opencoi.shared.domain.LimitKind;
import org.opencoi.shared.domain.PolicyForm;

/** One coverage requirement as an admin edits it on the profile screen. */
public class RequirementForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One minimum limit, editable; a row without a kind or an amount is left out. */
    public static class MinimumLimit implements Serializable {

        private static final long serialVersionUID = 1L;

        private LimitKind kind;
        private BigDecimal amount;

        public LimitKind getKind() {
            return kind;
        }

        public void setKind(LimitKind kind) {
            this.kind = kind;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(BigDecimal amount) {
            this.amount = amount;
        }
    }

    private CoverageType coverage = CoverageType.GL;
    private String name;
    private boolean required = true;
    private PolicyForm[] acceptedForms = {};
    private boolean additionalInsured;
    private boolean waiverOfSubrogation;
    private boolean primaryNonContributory;
    private String acceptedAutoSymbols;
    private boolean wcStatutory;
    private BigDecimal maximumDeductible;
    private final List<MinimumLimit> limits = new ArrayList<>();

    RequirementForm() {
        limits.add(new MinimumLimit());
    }

    /** The requirement of a stored profile version, to edit into the next version. */
    static RequirementForm of(ProfileView.Requirement requirement) {
        RequirementForm form = new RequirementForm();
        form.coverage = requirement.coverage();
        form.name = requirement.name();
        form.required = requirement.required();
        form.acceptedForms = requirement.acceptedForms().toArray(PolicyForm[]::new);
        form.additionalInsured = requirement.additionalInsured();
        form.waiverOfSubrogation = requirement.waiverOfSubrogation();
        form.primaryNonContributory = requirement.primaryNonContributory();
        form.acceptedAutoSymbols = requirement.acceptedAutoSymbols();
        form.wcStatutory = requirement.wcStatutory();
        form.maximumDeductible = requirement.maximumDeductible();
        form.limits.clear();
        requirement.minimumLimits().forEach((kind, amount) -> {
            MinimumLimit limit = new MinimumLimit();
            limit.kind = kind;
            limit.amount = amount;
            form.limits.add(limit);
        });
        form.limits.add(new MinimumLimit());
        return form;
    }

    RequirementRequest toRequest() {
        Map<LimitKind, BigDecimal> minimumLimits = new LinkedHashMap<>();
        limits.stream().filter(l -> l.kind != null && l.amount != null).forEach(l -> minimumLimits.put(l.kind, l.amount));
        return new RequirementRequest(coverage, name, required, Set.of(acceptedForms), additionalInsured,
                waiverOfSubrogation, primaryNonContributory, acceptedAutoSymbols, wcStatutory, maximumDeductible,
                minimumLimits);
    }

    public void addLimit() {
        limits.add(new MinimumLimit());
    }

    public CoverageType getCoverage() {
        return coverage;
    }

    public void setCoverage(CoverageType coverage) {
        this.coverage = coverage;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }

    public PolicyForm[] getAcceptedForms() {
        return acceptedForms;
    }

    public void setAcceptedForms(PolicyForm[] acceptedForms) {
        this.acceptedForms = acceptedForms == null ? new PolicyForm[0] : acceptedForms;
    }

    public boolean isAdditionalInsured() {
        return additionalInsured;
    }

    public void setAdditionalInsured(boolean additionalInsured) {
        this.additionalInsured = additionalInsured;
    }

    public boolean isWaiverOfSubrogation() {
        return waiverOfSubrogation;
    }

    public void setWaiverOfSubrogation(boolean waiverOfSubrogation) {
        this.waiverOfSubrogation = waiverOfSubrogation;
    }

    public boolean isPrimaryNonContributory() {
        return primaryNonContributory;
    }

    public void setPrimaryNonContributory(boolean primaryNonContributory) {
        this.primaryNonContributory = primaryNonContributory;
    }

    public String getAcceptedAutoSymbols() {
        return acceptedAutoSymbols;
    }

    public void setAcceptedAutoSymbols(String acceptedAutoSymbols) {
        this.acceptedAutoSymbols = acceptedAutoSymbols;
    }

    public boolean isWcStatutory() {
        return wcStatutory;
    }

    public void setWcStatutory(boolean wcStatutory) {
        this.wcStatutory = wcStatutory;
    }

    public BigDecimal getMaximumDeductible() {
        return maximumDeductible;
    }

    public void setMaximumDeductible(BigDecimal maximumDeductible) {
        this.maximumDeductible = maximumDeductible;
    }

    public List<MinimumLimit> getLimits() {
        return limits;
    }
}
