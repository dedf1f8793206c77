package org.opencoi.vendor.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import org.opencoi.requirement.domain.RequirementProfile;
import org.opencoi.shared.domain.ComplianceStatus;
import org.opencoi.shared.domain.ErpKey;
import org.opencoi.shared.domain.SingleLineText;

/**
 * A company the enterprise works with and whose insurance it must track. Its business key is the
 * ERP's {@link ErpKey}; its compliance status is the outcome of the latest decision.
 */
@Entity
@Table(name = "vendor")
public class Vendor {

    public static final int NAME_LENGTH = 200;
    public static final int TAX_ID_LENGTH = 40;
    public static final int TIER_LENGTH = 40;
    public static final int EMAIL_LENGTH = 254;
    public static final int ADDRESS_LINE_LENGTH = 200;
    public static final int CITY_LENGTH = 100;
    public static final int STATE_LENGTH = 40;
    public static final int POSTAL_CODE_LENGTH = 20;
    public static final int COUNTRY_LENGTH = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "vendor_seq")
    @SequenceGenerator(name = "vendor_seq", sequenceName = "vendor_seq", allocationSize = 50)
    private Long id;

    @Embedded
    private ErpKey erpKey;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(name = "tax_id", length = TAX_ID_LENGTH)
    private String taxId;

    @Column(length = TIER_LENGTH)
    private String tier;

    @Column(name = "contact_email", length = EMAIL_LENGTH)
    private String contactEmail;

    @Column(name = "agent_email", length = EMAIL_LENGTH)
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

    @Column(name = "address_line", length = ADDRESS_LINE_LENGTH)
    private String addressLine;

    @Column(length = CITY_LENGTH)
    private String city;

    @Column(length = STATE_LENGTH)
    private String state;

    @Column(name = "postal_code", length = POSTAL_CODE_LENGTH)
    private String postalCode;

    @Column(length = COUNTRY_LENGTH)
    private String country;

    @Column(name = "decision_id")
    private Long decisionId;

    @Column(name = "decision_digest", length = 64)
    private String decisionDigest;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected Vendor() {
    }

    public Vendor(ErpKey erpKey, String name, Instant createdAt) {
        this.erpKey = Objects.requireNonNull(erpKey, "erpKey");
        rename(name);
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.statusChangedAt = createdAt;
    }

    public void rename(String newName) {
        this.name = requireText(newName, "name", NAME_LENGTH);
    }

    public void describe(String taxId, String tier, String contactEmail, String agentEmail) {
        this.taxId = SingleLineText.require("taxId", taxId, TAX_ID_LENGTH);
        this.tier = SingleLineText.require("tier", tier, TIER_LENGTH);
        this.contactEmail = SingleLineText.require("contactEmail", contactEmail, EMAIL_LENGTH);
        this.agentEmail = SingleLineText.require("agentEmail", agentEmail, EMAIL_LENGTH);
    }

    public void locate(String addressLine, String city, String state, String postalCode, String country) {
        this.addressLine = SingleLineText.require("addressLine", addressLine, ADDRESS_LINE_LENGTH);
        this.city = SingleLineText.require("city", city, CITY_LENGTH);
        this.state = SingleLineText.require("state", state, STATE_LENGTH);
        this.postalCode = SingleLineText.require("postalCode", postalCode, POSTAL_CODE_LENGTH);
        this.country = SingleLineText.require("country", country, COUNTRY_LENGTH);
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

    /** Makes the decision the one in force for today; the digest sums up what it found (see ComplianceDecision). */
    public void decidedBy(long decisionId, String digest) {
        this.decisionId = decisionId;
        this.decisionDigest = Objects.requireNonNull(digest, "digest");
    }

    /** What deciding this vendor reads of it; the vendor must have a requirement profile. */
    public VendorToDecide toDecide() {
        return new VendorToDecide(id, name, complianceStatus, statusChangedAt == null ? createdAt : statusChangedAt,
                contactEmail, agentEmail, requirementProfile.getId(), decisionId, decisionDigest);
    }

    public void deactivate() {
        active = false;
    }

    public void activate() {
        active = true;
    }

    private static String requireText(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return SingleLineText.require(field, value, maxLength);
    }

    public Long getId() {
        return id;
    }

    public ErpKey getErpKey() {
        return erpKey;
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
}
