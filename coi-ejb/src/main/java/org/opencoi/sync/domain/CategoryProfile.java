package org.opencoi.sync.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import org.opencoi.requirement.domain.RequirementProfile;

/**
 * Which requirement profile a vendor the ERP creates in a category (risk tier) gets. Only new vendors
 * are assigned by it: a profile an admin later chose for a vendor is never overwritten by a sync.
 */
@Entity
@Table(name = "sync_category_profile")
public class CategoryProfile {

    @Id
    @Column(length = 40)
    private String category;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "requirement_profile_id", nullable = false)
    private RequirementProfile profile;

    protected CategoryProfile() {
    }

    public CategoryProfile(String category, RequirementProfile profile) {
        if (category == null || category.isBlank()) {
            throw new IllegalArgumentException("category must not be blank");
        }
        this.category = category.strip();
        assign(profile);
    }

    public void assign(RequirementProfile profile) {
        this.profile = Objects.requireNonNull(profile, "profile");
    }

    public RequirementProfile getProfile() {
        return profile;
    }
}
