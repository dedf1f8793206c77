package org.opencoi.certificate.application;

import org.opencoi.certificate.domain.Insurer;

/** An insurer and its AM Best rating as screens and APIs show them. */
public record InsurerView(String naicCode, String name, String amBestRating, String financialSizeCategory,
        boolean admitted) {

    public static InsurerView of(Insurer i) {
        return new InsurerView(i.getNaicCode().digits(), i.getName(),
                i.getAmBestRating() == null ? null : i.getAmBestRating().label(),
                i.getFinancialSizeCategory() == null ? null : i.getFinancialSizeCategory().name(), i.isAdmitted());
    }
}
