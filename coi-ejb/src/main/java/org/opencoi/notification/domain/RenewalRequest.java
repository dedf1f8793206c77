package org.opencoi.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.opencoi.shared.domain.RetryBackoff;

/**
 * One milestone of a vendor's renewal chase: what the vendor is asked for, whom the mail goes to, and until when its
 * upload link works. Queued in the transaction that decided the vendor, at most once per vendor, anchor day and
 * milestone (a unique key), and sent from there after that transaction committed (an outbox). A failed send is
 * tried again after a wait that doubles each time, by default from {@link #FIRST_RETRY} up to {@link #LONGEST_WAIT}.
 */
@Entity
@Table(name = "renewal_request")
public class RenewalRequest {

    public static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    public static final Duration LONGEST_WAIT = Duration.ofHours(6);
    public static final RetryBackoff DEFAULT_BACKOFF = new RetryBackoff(FIRST_RETRY, LONGEST_WAIT);
    static final int MAX_TEXT = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "renewal_request_seq")
    @SequenceGenerator(name = "renewal_request_seq", sequenceName = "renewal_request_seq", allocationSize = 50)
    private Long id;

    @Column(name = "vendor_id", nullable = false, updatable = false)
    private long vendorId;

    @Column(name = "anchor_date", nullable = false, updatable = false)
    private LocalDate anchorDate;

    @Column(name = "milestone_days", nullable = false, updatable = false)
    private int milestoneDays;

    @Column(name = "queued_on", nullable = false, updatable = false)
    private LocalDate queuedOn;

    @Column(name = "link_expires_on", nullable = false, updatable = false)
    private LocalDate linkExpiresOn;

    /** What the vendor is asked for, one line each. */
    @Column(nullable = false, updatable = false, length = MAX_TEXT)
    private String missing;

    /** The addresses the mail goes to, comma-separated: the vendor's contact, then its agent. */
    @Column(nullable = false, updatable = false, length = 600)
    private String recipients;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    /** When a send began that has not ended: set, the mail may have gone out, and it is never sent by itself again. */
    @Column(name = "sending_since")
    private Instant sendingSince;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    protected RenewalRequest() {
    }

    public RenewalRequest(long vendorId, LocalDate anchorDate, int milestoneDays, LocalDate queuedOn,
            LocalDate linkExpiresOn, List<String> missing, List<String> recipients, Instant queuedAt) {
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("a renewal request needs someone to send it to");
        }
        this.vendorId = vendorId;
        this.anchorDate = Objects.requireNonNull(anchorDate, "anchorDate");
        this.milestoneDays = milestoneDays;
        this.queuedOn = Objects.requireNonNull(queuedOn, "queuedOn");
        this.linkExpiresOn = Objects.requireNonNull(linkExpiresOn, "linkExpiresOn");
        String lines = String.join("\n", missing);
        this.missing = lines.length() <= MAX_TEXT ? lines : lines.substring(0, MAX_TEXT);
        this.recipients = String.join(",", recipients);
        this.nextAttemptAt = Objects.requireNonNull(queuedAt, "queuedAt");
    }

    /**
     * A send begins; recorded before the mail is handed to the mail server, so that a send cut short by a crash is
     * known and not repeated: a milestone goes out at most once. False when it was sent or begun before.
     */
    public boolean beginSending(Instant at) {
        if (sentAt != null || sendingSince != null) {
            return false;
        }
        sendingSince = Objects.requireNonNull(at, "at");
        return true;
    }

    /** The mail went out: it is never sent again. */
    public void sent(Instant at) {
        sentAt = Objects.requireNonNull(at, "at");
        sendingSince = null;
        lastError = null;
    }

    /** The mail server did not take it: try again after a wait that doubles with every failed attempt. */
    public void failed(Instant at, String error, RetryBackoff backoff) {
        sendingSince = null;
        attempts++;
        lastError = RetryBackoff.fit(error, 1000);
        nextAttemptAt = backoff.nextAttempt(at, attempts);
    }

    public Long getId() {
        return id;
    }

    public long getVendorId() {
        return vendorId;
    }

    public LocalDate getAnchorDate() {
        return anchorDate;
    }

    public int getMilestoneDays() {
        return milestoneDays;
    }

    public LocalDate getQueuedOn() {
        return queuedOn;
    }

    public LocalDate getLinkExpiresOn() {
        return linkExpiresOn;
    }

    public List<String> getMissing() {
        return missing.isEmpty() ? List.of() : List.of(missing.split("\n"));
    }

    public List<String> getRecipients() {
        return List.of(recipients.split(","));
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getSendingSince() {
        return sendingSince;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getLastError() {
        return lastError;
    }
}
