package org.opencoi.certificate.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import org.opencoi.shared.domain.AmBestRating;
import org.opencoi.shared.domain.FinancialSizeCategory;
import org.opencoi.shared.domain.NaicCode;

/** An insurance company, known by its five-digit NAIC company code. */
@Entity
@Table(name = "insurer")
public class Insurer {

    /** The code's digits: JPA converts no id, so the field holds the text and the accessors the code. */
    @Id
    @Column(name = "naic_code", length = 5)
    private String naicCode;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "am_best_rating", length = 12)
    private AmBestRating amBestRating;

    @Enumerated(EnumType.STRING)
    @Column(name = "financial_size_category", length = 5)
    private FinancialSizeCategory financialSizeCategory;

    @Column(nullable = false)
    private boolean admitted;

    protected Insurer() {
    }

    public Insurer(NaicCode naicCode, String name, AmBestRating rating, FinancialSizeCategory size, boolean admitted) {
        this.naicCode = Objects.requireNonNull(naicCode, "naicCode").digits();
        this.name = Objects.requireNonNull(name, "name");
        this.amBestRating = rating;
        this.financialSizeCategory = size;
        this.admitted = admitted;
    }

    /** Takes the newest published name, rating and size of the insurer. */
    public void rate(String newName, AmBestRating rating, FinancialSizeCategory size, boolean isAdmitted) {
        this.name = Objects.requireNonNull(newName, "name");
        this.amBestRating = rating;
        this.financialSizeCategory = size;
        this.admitted = isAdmitted;
    }

    public NaicCode getNaicCode() {
        return NaicCode.of(naicCode);
    }

    public String getName() {
        return name;
    }

    public AmBestRating getAmBestRating() {
        return amBestRating;
    }

    public FinancialSizeCategory getFinancialSizeCategory() {
        return financialSizeCategory;
    }

    public boolean isAdmitted() {
        return admitted;
    }
}
