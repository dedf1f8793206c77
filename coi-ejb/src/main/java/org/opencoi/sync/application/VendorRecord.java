package org.opencoi.sync.application;

import java.util.ArrayList;
import java.util.List;
import org.opencoi.shared.domain.ErpKey;
import org.opencoi.shared.domain.SingleLineText;
import org.opencoi.vendor.domain.Vendor;

/**
 * One vendor as an ERP sends it, already translated into OpenCOI's terms; the source system is named
 * once per batch. {@code version} is the ERP's change version or timestamp: records of one vendor are
 * applied only in increasing version order. {@code active} null means active.
 */
public record VendorRecord(
        String externalId,
        String name,
        String taxId,
        String addressLine,
        String city,
        String state,
        String postalCode,
        String country,
        String contactEmail,
        String agentEmail,
        String category,
        Boolean active,
        Long version) {

    /**
     * Why this record cannot be applied, or null when it can: the key, the name and the version are
     * required, texts must fit what OpenCOI stores, e-mail addresses must look like ones.
     */
    public String rejectionReason() {
        List<String> problems = new ArrayList<>();
        required(problems, "externalId", externalId, ErpKey.EXTERNAL_ID_LENGTH);
        required(problems, "name", name, Vendor.NAME_LENGTH);
        if (version == null) {
            problems.add("version is required");
        } else if (version < 0) {
            problems.add("version must not be negative");
        }
        fits(problems, "taxId", taxId, Vendor.TAX_ID_LENGTH);
        fits(problems, "addressLine", addressLine, Vendor.ADDRESS_LINE_LENGTH);
        fits(problems, "city", city, Vendor.CITY_LENGTH);
        fits(problems, "state", state, Vendor.STATE_LENGTH);
        fits(problems, "postalCode", postalCode, Vendor.POSTAL_CODE_LENGTH);
        fits(problems, "country", country, Vendor.COUNTRY_LENGTH);
        fits(problems, "category", category, Vendor.TIER_LENGTH);
        email(problems, "contactEmail", contactEmail);
        email(problems, "agentEmail", agentEmail);
        return problems.isEmpty() ? null : String.join("; ", problems);
    }

    private static void required(List<String> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(field + " is required");
        } else {
            fits(problems, field, value, max);
        }
    }

    private static void fits(List<String> problems, String field, String value, int max) {
        String problem = SingleLineText.problem(field, value, max);
        if (problem != null) {
            problems.add(problem);
        }
    }

    private static void email(List<String> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        fits(problems, field, value, Vendor.EMAIL_LENGTH);
        // Deliverability is the mail server's business; this only catches values that are no address at all.
        if (!value.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problems.add(field + " is not an e-mail address");
        }
    }
}
