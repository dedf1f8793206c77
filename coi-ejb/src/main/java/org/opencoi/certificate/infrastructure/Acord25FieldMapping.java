package org.opencoi.certificate.infrastructure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.opencoi.certificate.domain.ExtractedCertificate;
import org.opencoi.certificate.domain.ExtractedInsurer;
import org.opencoi.certificate.domain.ExtractedParty;
import org.opencoi.certificate.domain.ExtractedPolicy;
import org.opencoi.certificate.domain.ExtractedValue;
import org.opencoi.certificate.domain.ExtractionMethod;
import org.opencoi.certificate.domain.PageRegion;
import org.opencoi.certificate.domain.PrintedAmount;
import org.opencoi.certificate.domain.PrintedDate;
import org.opencoi.certificate.infrastructure.Acord25Section.Fields;
import org.opencoi.certificate.infrastructure.Acord25Section.PrintedLimit;
import org.opencoi.shared.domain.AutoSymbol;
import org.opencoi.shared.domain.CoverageType;
import org.opencoi.shared.domain.LimitKind;
import org.opencoi.shared.domain.NaicCode;
import org.opencoi.shared.domain.PolicyForm;

/**
 * Turns the values of ACORD 25 fields, keyed by the form's field names and read either from the
 * AcroForm or from the printed layout, into an {@link ExtractedCertificate}. A coverage section is
 * on the certificate when its insurer letter, policy number, a date or a limit is filled in; ticked
 * boxes alone do not make a policy. Checkbox values are "true" when ticked.
 */
final class Acord25FieldMapping {

    static final String ISSUE_DATE = "Form_CompletionDate_A";
    static final String CERTIFICATE_NUMBER = "CertificateOfInsurance_CertificateNumberIdentifier_A";
    static final String REMARKS = "CertificateOfLiabilityInsurance_ACORDForm_RemarkText_A";
    static final String PRODUCER = "Producer";
    static final String INSURED = "NamedInsured";
    static final String HOLDER = "CertificateHolder";
    static final List<String> INSURER_LETTERS = List.of("A", "B", "C", "D", "E", "F");

    private static final Map<String, AutoSymbol> AUTO_SYMBOLS = Map.of(Fields.ANY_AUTO, AutoSymbol.ANY,
            Fields.OWNED_AUTOS, AutoSymbol.OWNED, Fields.HIRED_AUTOS, AutoSymbol.HIRED,
            Fields.NON_OWNED_AUTOS, AutoSymbol.NON_OWNED, Fields.SCHEDULED_AUTOS, AutoSymbol.SCHEDULED);

    /** Every field this mapping reads: a form with none of them is not an ACORD 25. */
    private static final Set<String> READ_FIELDS = readFields();

    private final Map<String, String> fields;
    /** Where each field's value was read, for the fields whose place the reader knows. */
    private final Map<String, PageRegion> regions;
    /** The fields the document has even where left empty; none for a printed page, whose empty cells say nothing. */
    private final Set<String> formFields;
    /** How surely each field's text was recognised (OCR's word confidence, 0 to 1); fields not named are sure. */
    private final Map<String, Double> recognition;
    private final ExtractionMethod method;

    private Acord25FieldMapping(Map<String, String> fields, Set<String> formFields, Map<String, PageRegion> regions,
            Map<String, Double> recognition, ExtractionMethod method) {
        this.fields = fields;
        this.regions = regions;
        this.formFields = formFields;
        this.recognition = recognition;
        this.method = method;
    }

    /** The certificate from values read off a printed page, where an empty cell may hide a mark drawn as graphics. */
    static ExtractedCertificate toCertificate(Map<String, String> fields, ExtractionMethod method) {
        return toCertificate(fields, Set.of(), method);
    }

    /** The certificate from a form's filled-in fields and the names of all the fields it has. */
    static ExtractedCertificate toCertificate(Map<String, String> fields, Set<String> formFields, ExtractionMethod method) {
        return toCertificate(fields, formFields, Map.of(), method);
    }

    /** The certificate from the fields' values, each kept with the place on the pages it was read from. */
    static ExtractedCertificate toCertificate(Map<String, String> fields, Set<String> formFields,
            Map<String, PageRegion> regions, ExtractionMethod method) {
        return toCertificate(fields, formFields, regions, Map.of(), method);
    }

    /**
     * The certificate from the fields' values with their places, where some values were recognised
     * or seen (a tick box read from the page's picture) rather than read: each such value's
     * confidence is the way's confidence scaled by how surely it was recognised.
     */
    static ExtractedCertificate toCertificate(Map<String, String> fields, Set<String> formFields,
            Map<String, PageRegion> regions, Map<String, Double> recognition, ExtractionMethod method) {
        return new Acord25FieldMapping(fields, formFields, regions, recognition, method).certificate();
    }

    /**
     * The certificate from values recognised on a page image: each value's confidence is the way's
     * confidence scaled by how surely its text was recognised, so that a poorly recognised value goes to review.
     */
    static ExtractedCertificate recognised(Map<String, String> fields, Map<String, PageRegion> regions,
            Map<String, Double> recognition, ExtractionMethod method) {
        return toCertificate(fields, Set.of(), regions, recognition, method);
    }

    /** Whether any of the named fields is one the ACORD 25 has. */
    static boolean isAcord25(Set<String> fieldNames) {
        return fieldNames.stream().anyMatch(READ_FIELDS::contains);
    }

    /** The field that holds a party's name, or the first line of its address. */
    static String nameField(String party) {
        return party + "_FullName_A";
    }

    static String addressField(String party) {
        return party + "_MailingAddress_LineOne_A";
    }

    static String insurerNameField(String letter) {
        return "Insurer_FullName_" + letter;
    }

    static String insurerNaicField(String letter) {
        return "Insurer_NAICCode_" + letter;
    }

    private ExtractedCertificate certificate() {
        List<ExtractedInsurer> insurers = new ArrayList<>();
        for (String letter : INSURER_LETTERS) {
            ExtractedValue<String> name = text(insurerNameField(letter));
            ExtractedValue<NaicCode> naic = naicCode(insurerNaicField(letter));
            if (name.isPresent() || naic.isPresent()) {
                insurers.add(new ExtractedInsurer(ExtractedValue.read(letter, letter, 1.0), name, naic));
            }
        }
        List<ExtractedPolicy> policies = new ArrayList<>();
        for (Acord25Section section : Acord25Section.values()) {
            if (isFilledIn(section)) {
                policies.add(policy(section, insurers));
            }
            for (int row = 2; fields.containsKey(stackedRow(section.policyNumber(), row)); row++) {
                policies.add(new Acord25FieldMapping(stackedFields(section, row), formFields, regions, recognition, method)
                        .policy(section, insurers));
            }
        }
        return new ExtractedCertificate(method, party(PRODUCER), party(INSURED), party(HOLDER), insurers,
                text(REMARKS), date(ISSUE_DATE), text(CERTIFICATE_NUMBER),
                policies);
    }

    /** The field of the given policy (from 2) stacked in a section's row, for the readers of printed pages. */
    static String stackedRow(String field, int row) {
        return field + "#" + row;
    }

    /**
     * The fields as the stacked policy's own: its row's values in place of the first policy's, the
     * section's boxes and limits as printed for the whole section.
     */
    private Map<String, String> stackedFields(Acord25Section section, int row) {
        Map<String, String> stacked = new HashMap<>(fields);
        for (String field : section.rowFields()) {
            stacked.remove(field);
            String value = fields.get(stackedRow(field, row));
            if (value != null) {
                stacked.put(field, value);
            }
        }
        return stacked;
    }

    private boolean isFilledIn(Acord25Section section) {
        return Stream.concat(Stream.of(section.letter(), section.policyNumber(), section.effectiveDate(),
                                section.expirationDate()), limitFields(section).stream())
                .anyMatch(field -> text(field).isPresent());
    }

    private ExtractedPolicy policy(Acord25Section section, List<ExtractedInsurer> insurers) {
        ExtractedValue<String> letter = text(section.letter()).map(l -> l.toUpperCase(Locale.ROOT));
        ExtractedInsurer insurer = insurers.stream()
                .filter(i -> letter.isPresent() && letter.value().equals(i.letter().value()))
                .findFirst()
                .orElse(ExtractedInsurer.unknown(letter));
        Map<LimitKind, ExtractedValue<BigDecimal>> limits = new EnumMap<>(LimitKind.class);
        for (PrintedLimit limit : section.limits()) {
            putIfStated(limits, limit.kind(), amount(limit.field()));
        }
        ExtractedValue<BigDecimal> deductible = section == Acord25Section.UMBRELLA
                ? amount(Fields.RETENTION_AMOUNT) : ExtractedValue.missing();
        if (section == Acord25Section.OTHER) {
            deductible = otherLimits(limits);
        }
        return new ExtractedPolicy(coverage(section),
                section == Acord25Section.OTHER ? text(Fields.OTHER_NAME) : ExtractedValue.missing(),
                insurer, text(section.policyNumber()),
                date(section.effectiveDate()),
                date(section.expirationDate()),
                form(section),
                section.additionalInsured() == null ? ExtractedValue.missing() : yesNo(section.additionalInsured()),
                yesNo(section.subrogationWaived()),
                section == Acord25Section.AUTO ? autoSymbols() : Set.of(),
                section == Acord25Section.WC && ticked(Fields.WC_STATUTORY),
                limits, deductible);
    }

    /** Umbrella unless only the excess box is ticked. */
    private CoverageType coverage(Acord25Section section) {
        if (section == Acord25Section.UMBRELLA && ticked(Fields.EXCESS) && !ticked(Fields.UMBRELLA)) {
            return CoverageType.EXCESS;
        }
        return section.coverage();
    }

    /**
     * Occurrence or claims-made when exactly one of the two boxes is ticked; both or neither says
     * nothing. It is trusted as far as the least surely seen box of the section, since the line's
     * other boxes (umbrella or excess) decide what the line is.
     */
    private ExtractedValue<PolicyForm> form(Acord25Section section) {
        if (section.occurrence() == null) {
            return ExtractedValue.missing();
        }
        boolean occurrence = ticked(section.occurrence().field());
        boolean claimsMade = ticked(section.claimsMade().field());
        if (occurrence == claimsMade) {
            return ExtractedValue.missing();
        }
        double confidence = method.confidence() * section.checkboxes().stream()
                .mapToDouble(box -> recognition.getOrDefault(box.field(), 1.0)).min().orElse(1.0);
        return occurrence ? ExtractedValue.read(PolicyForm.OCCURRENCE, section.occurrence().label(), confidence)
                : ExtractedValue.read(PolicyForm.CLAIMS_MADE, section.claimsMade().label(), confidence);
    }

    /**
     * The OTHER line names its own limits ("Each Claim", "Aggregate", "Deductible"): an aggregate is
     * the general aggregate, a deductible or retention is the deductible, and the first other one is
     * the each-occurrence (per claim) limit. Returns the deductible.
     */
    private ExtractedValue<BigDecimal> otherLimits(Map<LimitKind, ExtractedValue<BigDecimal>> limits) {
        ExtractedValue<BigDecimal> deductible = ExtractedValue.missing();
        for (int i = 0; i < Fields.OTHER_LIMIT_AMOUNTS.size(); i++) {
            ExtractedValue<BigDecimal> amount = amount(Fields.OTHER_LIMIT_AMOUNTS.get(i));
            String name = Objects.requireNonNullElse(fields.get(Fields.OTHER_LIMIT_NAMES.get(i)), "").toUpperCase(Locale.ROOT);
            if (name.contains("DED") || name.contains("RETENTION")) {
                deductible = amount;
            } else if (name.contains("AGG")) {
                putIfStated(limits, LimitKind.GENERAL_AGGREGATE, amount);
            } else if (!limits.containsKey(LimitKind.EACH_OCCURRENCE)) {
                putIfStated(limits, LimitKind.EACH_OCCURRENCE, amount);
            }
        }
        return deductible;
    }

    private static void putIfStated(Map<LimitKind, ExtractedValue<BigDecimal>> limits, LimitKind kind,
            ExtractedValue<BigDecimal> amount) {
        if (amount.text() != null) {
            limits.put(kind, amount);
        }
    }

    private Set<AutoSymbol> autoSymbols() {
        Set<AutoSymbol> symbols = EnumSet.noneOf(AutoSymbol.class);
        AUTO_SYMBOLS.forEach((field, symbol) -> {
            if (ticked(field)) {
                symbols.add(symbol);
            }
        });
        return symbols;
    }

    private ExtractedParty party(String party) {
        String prefix = party + "_MailingAddress_";
        String cityLine = joined(" ", prefix + "CityName_A", prefix + "StateOrProvinceCode_A", prefix + "PostalCode_A");
        String address = Stream.of(fields.get(prefix + "LineOne_A"), fields.get(prefix + "LineTwo_A"), cityLine)
                .filter(line -> line != null && !line.isBlank())
                .map(String::strip)
                .collect(Collectors.joining(", "));
        return new ExtractedParty(text(nameField(party)),
                address.isEmpty() ? ExtractedValue.missing() : ExtractedValue.read(address, address, method.confidence()));
    }

    private String joined(String separator, String... names) {
        return Stream.of(names).map(fields::get).filter(v -> v != null && !v.isBlank()).map(String::strip)
                .collect(Collectors.joining(separator));
    }

    private ExtractedValue<String> text(String field) {
        String value = fields.get(field);
        return value == null || value.isBlank() ? ExtractedValue.missing()
                : at(field, ExtractedValue.read(value.strip(), value, method.confidence()));
    }

    private ExtractedValue<LocalDate> date(String field) {
        return at(field, PrintedDate.parse(fields.get(field)).readBy(method));
    }

    private <T> ExtractedValue<T> at(String field, ExtractedValue<T> value) {
        double recognised = recognition.getOrDefault(field, 1.0);
        ExtractedValue<T> trusted = recognised >= 1.0 ? value
                : new ExtractedValue<>(value.value(), value.text(), value.confidence() * recognised, value.where());
        PageRegion region = regions.get(field);
        return region == null ? trusted : trusted.at(region);
    }

    private ExtractedValue<NaicCode> naicCode(String field) {
        ExtractedValue<String> value = text(field);
        if (!value.isPresent()) {
            return ExtractedValue.missing();
        }
        return NaicCode.parse(value.value())
                .map(code -> ExtractedValue.read(code, value.text(), value.confidence()))
                .orElseGet(() -> ExtractedValue.unreadable(value.text())).at(value.where());
    }

    private ExtractedValue<BigDecimal> amount(String field) {
        return at(field, PrintedAmount.parse(fields.get(field)).readBy(method));
    }

    /**
     * ADDL INSD and SUBR WVD: Y or N as the form asks, or an X where agents tick the cell. An empty
     * field of a fillable form is a no; an empty cell of a printed page is not known, since the mark
     * may be drawn as graphics.
     */
    private ExtractedValue<Boolean> yesNo(String field) {
        ExtractedValue<String> value = text(field);
        if (!value.isPresent()) {
            return formFields.contains(field) ? ExtractedValue.read(false, "", method.confidence()) : ExtractedValue.missing();
        }
        ExtractedValue<Boolean> answer = switch (value.value().toUpperCase(Locale.ROOT)) {
            case "Y", "YES", "X" -> ExtractedValue.read(true, value.text(), value.confidence());
            case "N", "NO" -> ExtractedValue.read(false, value.text(), value.confidence());
            default -> ExtractedValue.unreadable(value.text());
        };
        return answer.at(value.where());
    }

    private boolean ticked(String field) {
        return "true".equals(fields.get(field));
    }

    private static List<String> limitFields(Acord25Section section) {
        if (section == Acord25Section.OTHER) {
            return Stream.concat(Stream.of(Fields.OTHER_NAME), Fields.OTHER_LIMIT_AMOUNTS.stream()).toList();
        }
        return section.limits().stream().map(PrintedLimit::field).toList();
    }

    private static Set<String> readFields() {
        Set<String> names = new HashSet<>(List.of(ISSUE_DATE, CERTIFICATE_NUMBER, REMARKS));
        for (String party : List.of(PRODUCER, INSURED, HOLDER)) {
            names.add(nameField(party));
            names.add(addressField(party));
        }
        INSURER_LETTERS.forEach(letter -> names.addAll(List.of(insurerNameField(letter), insurerNaicField(letter))));
        for (Acord25Section section : Acord25Section.values()) {
            names.addAll(List.of(section.letter(), section.policyNumber(), section.effectiveDate(), section.expirationDate()));
            names.addAll(limitFields(section));
        }
        return Set.copyOf(names);
    }
}
