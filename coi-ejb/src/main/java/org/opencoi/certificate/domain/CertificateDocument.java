package org.opencoi.certificate.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The original bytes of a received certificate, kept unchanged in the database with their SHA-256,
 * so that the same file received twice is recognised and the original can always be shown.
 */
@Entity
@Table(name = "certificate_document")
public class CertificateDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certificate_document_seq")
    @SequenceGenerator(name = "certificate_document_seq", sequenceName = "certificate_document_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String sha256;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "stored_at", nullable = false)
    private Instant storedAt;

    protected CertificateDocument() {
    }

    public CertificateDocument(String fileName, String contentType, byte[] content, Instant storedAt) {
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        this.content = Objects.requireNonNull(content, "content").clone();
        this.sizeBytes = content.length;
        this.sha256 = sha256Of(content);
        this.storedAt = Objects.requireNonNull(storedAt, "storedAt");
    }

    public static String sha256Of(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public Long getId() {
        return id;
    }

    public String getSha256() {
        return sha256;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public byte[] getContent() {
        return content.clone();
    }
}
