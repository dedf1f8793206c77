package org.opencoi.certificate.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.opencoi.shared.domain.Money;
import org.opencoi.shared.domain.NaicCode;
import org.opencoi.shared.domain.PolicyForm;

/**
 * One value as it was read from a certificate's document, kept for the reviewer: the field (a structured key such
 * as {@code policies[0].limits.EACH_OCCURRENCE} and a label such as "GL each occurrence limit"), the text as the
 * document shows it, the value understood from it, how far it was trusted and, when the reader knows, where on the
 * pages it was read. Kept as read: a reviewer's corrections change the certificate's policies, never its read values.
 */
@Entity
@Table(name = "certificate_read_value")
public class ReadValue {

    private static final DateTimeFormatter PEOPLES_DATE = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);

    /** The longest text or value kept; a description of operations is cut there, as the certificate cuts it. */
    static final int MAX_TEXT = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certificate_read_value_seq")
    @SequenceGenerator(name = "certificate_read_value_seq", sequenceName = "certificate_read_value_seq",
            allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "certificate_id", nullable = false)
    private Certificate certificate;

    @Column(name = "field_key", nullable = false, length = 120)
    private String field;

    @Column(nullable = false, length = 200)
    private String label;

    @Column(name = "read_text", length = MAX_TEXT)
    private String text;

    @Column(name = "read_value", length = MAX_TEXT)
    private String value;

    @Column(nullable = false)
    private double confidence;

    @Column(name = "page_number")
    private Integer page;

    @Column(name = "region_left")
    private Float left;

    @Column(name = "region_top")
    private Float top;

    @Column(name = "region_width")
    private Float width;

    @Column(name = "region_height")
    private Float height;

    protected ReadValue() {
    }

    /** The reading of one field: its text, the value understood from it (null when none was), confidence and place. */
    public ReadValue(String field, String label, ExtractedValue<?> reading) {
        this.field = Objects.requireNonNull(field, "field");
        this.label = Objects.requireNonNull(label, "label");
        this.text = ExtractedPolicy.clip(reading.text(), MAX_TEXT);
        this.value = ExtractedPolicy.clip(shown(reading.value()), MAX_TEXT);
        this.confidence = reading.confidence();
        reading.region().ifPresent(region -> {
            this.page = region.page();
            this.left = region.left();
            this.top = region.top();
            this.width = region.width();
            this.height = region.height();
        });
    }

    void attachTo(Certificate certificate) {
        this.certificate = certificate;
    }

    /**
     * A value as a reviewer reads it: amounts in dollars ("$1,000,000"), dates as "January 15, 2025", NAIC codes as
     * their digits, tick boxes as yes or no, occurrence or claims-made in words.
     */
    static String shown(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal amount) {
            return Money.of(amount).formatted();
        }
        if (value instanceof LocalDate date) {
            return PEOPLES_DATE.format(date);
        }
        if (value instanceof PolicyForm form) {
            return form == PolicyForm.OCCURRENCE ? "occurrence" : "claims-made";
        }
        if (value instanceof NaicCode code) {
            return code.digits();
        }
        if (value instanceof Boolean ticked) {
            return ticked ? "yes" : "no";
        }
        return value.toString();
    }

    public Long getId() {
        return id;
    }

    public String getField() {
        return field;
    }

    public String getLabel() {
        return label;
    }

    public String getText() {
        return text;
    }

    public String getValue() {
        return value;
    }

    public double getConfidence() {
        return confidence;
    }

    /** Where on the pages the value was read; empty when the reader does not know. */
    public Optional<PageRegion> where() {
        return page == null ? Optional.empty() : Optional.of(new PageRegion(page, left, top, width, height));
    }
}
