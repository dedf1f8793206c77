package org.opencoi.audit.application;

import java.nio.file.Path;

/** A file of an audit extract to send: where it is, its type, the name to save it under, its size and SHA-256. */
public record AuditExtractFile(Path path, String contentType, String fileName, long bytes, String sha256) {
}
