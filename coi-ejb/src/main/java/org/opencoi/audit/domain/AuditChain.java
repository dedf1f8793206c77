package org.opencoi.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The rule that makes the audit trail tamper-evident: events form one chain in the order they were
 * committed, and each carries the SHA-256 of its own content together with the hash of the event before
 * it. Changing, removing or reordering any past event breaks every link after it.
 *
 * <p>Content is hashed field by field, each field as its length and its UTF-8 bytes (null as length -1),
 * so that no two different events can be written the same way.
 */
public final class AuditChain {

    /** The hash the first event of the chain links to. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    public static String hash(String previousHash, long position, Instant occurredAt, String actor, String action,
            String recordType, String recordId, String before, String after, String sourceAddress) {
        MessageDigest digest = sha256();
        for (String field : new String[] {previousHash, Long.toString(position), occurredAt.toString(), actor, action,
            recordType, recordId, before, after, sourceAddress}) {
            if (field == null) {
                digest.update(HexFormat.of().parseHex("ffffffff"));
            } else {
                byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
                digest.update(new byte[] {(byte) (bytes.length >>> 24), (byte) (bytes.length >>> 16),
                    (byte) (bytes.length >>> 8), (byte) bytes.length});
                digest.update(bytes);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
