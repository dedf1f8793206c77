package org.opencoi.sync.application;

import java.util.ArrayList;
import java.util.List;

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
        required(problems, "externalId", externalId, 80);
        required(problems, "name", name, 200);
        if (version == null) {
            problems.add("version is required");
        } else if (version < 0) {
            problems.add("version must not be negative");
        }
        fits(problems, "taxId", taxId, 40);
        fits(problems, "addressLine", addressLine, 200);
        fits(problems, "city", city, 100);
        fits(problems, "state", state, 40);
        fits(problems, "postalCode", postalCode, 20);
        fits(problems, "country", country, 60);
        fits(problems, "category", category, 40);
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
        if (value != null && value.strip().length() > max) {
            problems.add(field + " is longer than " + max + " characters");
        }
    }

    private static void email(List<String> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        fits(problems, field, value, 254);
        // Deliverability is the mail server's business; this only catches values that are no address at all.
        if (!value.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problems.add(field + " is not an e-mail address");
        }
    }
}
