package org.opencoi.certificate.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.opencoi.certificate.domain.EndorsementWording.Statement;
import org.opencoi.shared.domain.LimitKind;

/**
 * The values read from one certificate, field by field in the order the form shows them, as the certificate keeps
 * them for the reviewer ({@link ReadValue}). A field the document shows nothing for is left out; one whose text did
 * not read as a value is kept with its text. The endorsements the description of operations states are kept for
 * each line they apply to, with the sentence that states them as their text.
 */
final class ReadValues {

    private final List<ReadValue> values = new ArrayList<>();

    private ReadValues() {
    }

    static List<ReadValue> of(ExtractedCertificate read) {
        ReadValues values = new ReadValues();
        values.party("producer", "Producer", read.producer());
        values.party("insured", "Insured", read.insured());
        values.party("holder", "Certificate holder", read.holder());
        List<ExtractedInsurer> insurers = read.insurers();
        for (int i = 0; i < insurers.size(); i++) {
            ExtractedInsurer insurer = insurers.get(i);
            String name = "Insurer " + (insurer.letter().isPresent() ? insurer.letter().value() : i + 1);
            values.add("insurers[" + i + "].letter", name + " letter", insurer.letter());
            values.add("insurers[" + i + "].name", name, insurer.name());
            values.add("insurers[" + i + "].naic", name + " NAIC code", insurer.naic());
        }
        values.add("issueDate", "Issue date", read.issueDate());
        values.add("certificateNumber", "Certificate number", read.certificateNumber());
        values.add("descriptionOfOperations", "Description of operations", read.descriptionOfOperations());
        EndorsementWording wording = read.endorsementWording();
        List<ExtractedPolicy> policies = read.policies();
        for (int i = 0; i < policies.size(); i++) {
            values.policy("policies[" + i + "]", policies.get(i), wording, read.descriptionOfOperations());
        }
        return List.copyOf(values.values);
    }

    private void party(String key, String label, ExtractedParty party) {
        add(key + ".name", label, party.name());
        add(key + ".address", label + "'s address", party.address());
    }

    private void policy(String key, ExtractedPolicy policy, EndorsementWording wording,
            ExtractedValue<String> description) {
        String line = policy.line();
        add(key + ".coverageName", line + " line name", policy.coverageName());
        add(key + ".insurerLetter", line + " insurer letter", policy.insurer().letter());
        add(key + ".policyNumber", line + " policy number", policy.policyNumber());
        add(key + ".effectiveDate", line + " effective date", policy.effectiveDate());
        add(key + ".expirationDate", line + " expiration date", policy.expirationDate());
        add(key + ".form", line + " occurrence or claims-made", policy.form());
        add(key + ".additionalInsured", line + " additional insured box (ADDL INSD)", policy.additionalInsured());
        add(key + ".waiverOfSubrogation", line + " waiver of subrogation box (SUBR WVD)",
                policy.waiverOfSubrogation());
        policy.limits().forEach((kind, amount) -> add(key + ".limits." + kind.name(),
                line + " " + limitWords(kind) + " limit", amount));
        add(key + ".deductible", line + " deductible", policy.deductible());
        for (Statement statement : Statement.values()) {
            ExtractedValue<Boolean> stated = wording.stated(statement, policy.coverage());
            // The sentence was read from the description, so it is shown where the description was read.
            add(key + ".wording." + statement.name(), line + " " + statementWords(statement) + ", as the wording states",
                    stated.where() == null ? stated.at(description.where()) : stated);
        }
    }

    private void add(String key, String label, ExtractedValue<?> reading) {
        if (reading.isPresent() || reading.text() != null) {
            values.add(new ReadValue(key, label, reading));
        }
    }

    /** The limit as the form's limit column prints it: "each occurrence", "E.L. each accident", "combined single". */
    private static String limitWords(LimitKind kind) {
        String words = kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        if (words.startsWith("el ")) {
            words = "E.L. " + words.substring(3);
        }
        return words.endsWith(" limit") ? words.substring(0, words.length() - " limit".length()) : words;
    }

    private static String statementWords(Statement statement) {
        return switch (statement) {
            case ADDITIONAL_INSURED -> "additional insured";
            case WAIVER_OF_SUBROGATION -> "waiver of subrogation";
            case PRIMARY_NON_CONTRIBUTORY -> "primary and non-contributory";
        };
    }
}
