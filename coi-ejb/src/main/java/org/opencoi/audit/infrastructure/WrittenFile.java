package org.opencoi.audit.infrastructure;

/** What was written to a file: how many records, how many bytes, and the SHA-256 of those bytes in hex. */
public record WrittenFile(long records, long bytes, String sha256) {
}
