package org.opencoi.requirement.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.opencoi.shared.domain.AmBestRating;
import org.opencoi.shared.domain.FinancialSizeCategory;
import org.opencoi.shared.domain.RenewalCadence;
import org.opencoi.shared.domain.RenewalCadenceConverter;
import org.opencoi.shared.domain.SingleLineText;

/**
 * One version of a named template of coverage requirements. A version never changes once
 * decisions have used it: editing a profile creates the next version under the same profile key,
 * so every decision can name exactly the rules it applied.
 */
@Entity
@Table(name = "requirement_profile")
public class RequirementProfile {

    public static final int NAME_LENGTH = 120;
    public static final int HOLDER_NAME_LENGTH = 200;

    public static final int DEFAULT_EXPIRING_WINDOW_DAYS = 30;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "requirement_profile_seq")
    @SequenceGenerator(name = "requirement_profile_seq", sequenceName = "requirement_profile_seq", allocationSize = 50)
    private Long id;

    /** Shared by all versions of one profile. */
    @Column(name = "profile_key", nullable = false, length = 36)
    private String profileKey;

    @Column(name = "version_number", nullable = false)
    private int versionNumber;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(name = "expiring_window_days", nullable = false)
    private int expiringWindowDays = DEFAULT_EXPIRING_WINDOW_DAYS;

    /** Days before (positive) and after (negative) expiry when the vendor is asked to renew; null: the default. */
    @Convert(converter = RenewalCadenceConverter.class)
    @Column(name = "renewal_cadence", length = 120)
    private RenewalCadence renewalCadence;

    @Column(name = "required_holder_name", length = HOLDER_NAME_LENGTH)
    private String requiredHolderName;

    @Column(name = "umbrella_may_make_up_shortfall", nullable = false)
    private boolean umbrellaMayMakeUpShortfall;

    @Enumerated(EnumType.STRING)
    @Column(name = "minimum_rating", length = 12)
    private AmBestRating minimumRating;

    @Enumerated(EnumType.STRING)
    @Column(name = "minimum_size_category", length = 5)
    private FinancialSizeCategory minimumSizeCategory;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "profile", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<CoverageRequirement> requirements = new ArrayList<>();

    protected RequirementProfile() {
    }

    /** The first version of a new profile. */
    public RequirementProfile(String name, Instant createdAt) {
        this.profileKey = UUID.randomUUID().toString();
        this.versionNumber = 1;
        rename(name);
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /**
     * The next version of this profile: same profile key, version number one higher, no requirements yet.
     * This version stays as it is, so decisions made with it can still name it.
     */
    public RequirementProfile nextVersion(String newName, Instant at) {
        RequirementProfile next = new RequirementProfile(newName, at);
        next.profileKey = profileKey;
        next.versionNumber = versionNumber + 1;
        return next;
    }

    public void rename(String newName) {
        if (newName == null || newName.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        this.name = SingleLineText.require("name", newName, NAME_LENGTH);
    }

    public void setExpiringWindowDays(int days) {
        if (days < 0) {
            throw new IllegalArgumentException("expiring window must not be negative");
        }
        this.expiringWindowDays = days;
    }

    /** Sets the renewal cadence; null keeps the default. */
    public void setRenewalCadence(RenewalCadence cadence) {
        this.renewalCadence = cadence;
    }

    /** The cadence this profile keeps, or the default when it keeps none. */
    public RenewalCadence renewalCadence() {
        return renewalCadence == null ? RenewalCadence.DEFAULT : renewalCadence;
    }

    public void setRequiredHolderName(String requiredHolderName) {
        this.requiredHolderName = SingleLineText.require("requiredHolderName", requiredHolderName, HOLDER_NAME_LENGTH);
    }

    public void setUmbrellaMayMakeUpShortfall(boolean allowed) {
        this.umbrellaMayMakeUpShortfall = allowed;
    }

    public void setMinimumInsurer(AmBestRating rating, FinancialSizeCategory sizeCategory) {
        this.minimumRating = rating;
        this.minimumSizeCategory = sizeCategory;
    }

    /** Adds the requirement of one line; a profile asks once of each line. */
    public CoverageRequirement require(CoverageRequirement requirement) {
        if (requirements.stream().anyMatch(requirement::sameLineAs)) {
            throw new IllegalArgumentException("the profile already has a requirement for "
                    + requirement.getCoverage() + (requirement.getOtherName() == null ? "" : " " + requirement.getOtherName()));
        }
        requirement.attachTo(this);
        requirements.add(requirement);
        return requirement;
    }

    public Long getId() {
        return id;
    }

    public String getProfileKey() {
        return profileKey;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public String getName() {
        return name;
    }

    public int getExpiringWindowDays() {
        return expiringWindowDays;
    }

    public String getRequiredHolderName() {
        return requiredHolderName;
    }

    public boolean isUmbrellaMayMakeUpShortfall() {
        return umbrellaMayMakeUpShortfall;
    }

    public AmBestRating getMinimumRating() {
        return minimumRating;
    }

    public FinancialSizeCategory getMinimumSizeCategory() {
        return minimumSizeCategory;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<CoverageRequirement> getRequirements() {
        return Collections.unmodifiableList(requirements);
    }
}
