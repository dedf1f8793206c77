package org.opencoi.vendor.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.opencoi.compliance.domain.ComplianceStatus;
import org.opencoi.requirement.domain.RequirementProfile;

/**
 * A company the enterprise works with and whose insurance it must track. Its business key is the
 * ERP's (sourceSystem, externalId); its compliance status is the outcome of the latest decision.
 */
@Entity
@Table(name = "vendor")
public class Vendor {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "vendor_seq")
    @SequenceGenerator(name = "vendor_seq", sequenceName = "vendor_seq", allocationSize = 50)
    private Long id;

    @Column(name = "source_system", nullable = false, length = 40)
    private String sourceSystem;

    @Column(name = "external_id", nullable = false, length = 80)
    private String externalId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "tax_id", length = 40)
    private String taxId;

    @Column(length = 40)
    private String tier;

    @Column(name = "contact_email", length = 254)
    private String contactEmail;

    @Column(name = "agent_email", length = 254)
    private String agentEmail;

    @Column(nullable = false)
    private boolean active = true;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "requirement_profile_id")
    private RequirementProfile requirementProfile;

    @Enumerated(EnumType.STRING)
    @Column(name = "compliance_status", nullable = false, length = 20)
    private ComplianceStatus complianceStatus = ComplianceStatus.NO_CERTIFICATE;

    @Column(name = "status_changed_at")
    private Instant statusChangedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The ERP's change version (or timestamp) of the record this vendor was last synced from. */
    @Column(name = "source_version")
    private Long sourceVersion;

    @Column(name = "address_line", length = 200)
    private String addressLine;

    @Column(length = 100)
    private String city;

    @Column(length = 40)
    private String state;

    @Column(name = "postal_code", length = 20)
    private String postalCode;

    @Column(length = 60)
    private String country;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected Vendor() {
    }

    public Vendor(String sourceSystem, String externalId, String name, Instant createdAt) {
        this.sourceSystem = requireText(sourceSystem, "sourceSystem");
        this.externalId = requireText(externalId, "externalId");
        rename(name);
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.statusChangedAt = createdAt;
    }

    public void rename(String newName) {
        this.name = requireText(newName, "name");
    }

    public void describe(String taxId, String tier, String contactEmail, String agentEmail) {
        this.taxId = taxId;
        this.tier = tier;
        this.contactEmail = contactEmail;
        this.agentEmail = agentEmail;
    }

    public void locate(String addressLine, String city, String state, String postalCode, String country) {
        this.addressLine = addressLine;
        this.city = city;
        this.state = state;
        this.postalCode = postalCode;
        this.country = country;
    }

    /**
     * Whether a record of the ERP with this change version may still change the vendor: only one newer
     * than the last one applied may, so that a late or replayed message never overwrites a newer one.
     * A vendor never synced (registered by hand) accepts any version.
     */
    public boolean acceptsSourceVersion(long version) {
        return sourceVersion == null || version > sourceVersion;
    }

    /** Remembers the change version of the ERP record just applied; versions only ever grow. */
    public void syncedAt(long version) {
        if (!acceptsSourceVersion(version)) {
            throw new IllegalArgumentException("version " + version + " is not newer than " + sourceVersion);
        }
        sourceVersion = version;
    }

    public void assignProfile(RequirementProfile profile) {
        this.requirementProfile = profile;
    }

    /** Records a new status; returns whether it differs from the one held before. */
    public boolean changeStatus(ComplianceStatus status, Instant at) {
        Objects.requireNonNull(status, "status");
        if (status == complianceStatus) {
            return false;
        }
        complianceStatus = status;
        statusChangedAt = at;
        return true;
    }

    public void deactivate() {
        active = false;
    }

    public void activate() {
        active = true;
    }

    private static String requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value.strip();
    }

    public Long getId() {
        return id;
    }

    public String getSourceSystem() {
        return sourceSystem;
    }

    public String getExternalId() {
        return externalId;
    }

    public String getName() {
        return name;
    }

    public String getTaxId() {
        return taxId;
    }

    public String getTier() {
        return tier;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getAgentEmail() {
        return agentEmail;
    }

    public boolean isActive() {
        return active;
    }

    public RequirementProfile getRequirementProfile() {
        return requirementProfile;
    }

    public ComplianceStatus getComplianceStatus() {
        return complianceStatus;
    }

    public Instant getStatusChangedAt() {
        return statusChangedAt;
    }

    public Long getSourceVersion() {
        return sourceVersion;
    }

    public String getAddressLine() {
        return addressLine;
    }

    public String getCity() {
        return city;
    }

    public String getState() {
        return state;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getCountry() {
        return country;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
