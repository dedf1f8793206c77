package org.opencoi.sync.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VendorRecordTest {

    private static VendorRecord record(String externalId, String name, String contactEmail, Long version) {
        return new VendorRecord(externalId, name, "12-3456789", "1 Main St", "Springfield", "IL", "62701", "US",
                contactEmail, "agent@broker.example", "HIGH", true, version);
    }

    @Test
    void completeRecordHasNoRejectionReason() {
        assertThat(record("V-1", "Acme Roofing", "ops@acme.example", 7L).rejectionReason()).isNull();
    }

    @Test
    void missingKeyNameAndVersionAreAllNamed() {
        assertThat(record(" ", null, null, null).rejectionReason())
                .contains("externalId is required")
                .contains("name is required")
                .contains("version is required");
    }

    @Test
    void negativeVersionIsRejected() {
        assertThat(record("V-1", "Acme", null, -1L).rejectionReason()).isEqualTo("version must not be negative");
    }

    @Test
    void malformedEmailIsRejected() {
        assertThat(record("V-1", "Acme", "not-an-address", 1L).rejectionReason())
                .isEqualTo("contactEmail is not an e-mail address");
    }

    @Test
    void externalIdLongerThanStoredIsRejected() {
        assertThat(record("X".repeat(81), "Acme", null, 1L).rejectionReason())
                .isEqualTo("externalId is longer than 80 characters");
    }
}
