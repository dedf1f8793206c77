package org.opencoi.audit.infrastructure;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Counts and hashes (SHA-256) the bytes on their way to a file, so a file's hash needs no second read. */
final class HashingOutput extends FilterOutputStream {

    private final MessageDigest digest;
    private long bytes;

    HashingOutput(OutputStream out) {
        super(out);
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        digest.update((byte) b);
        bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        digest.update(b, off, len);
        bytes += len;
    }

    /** What has gone through so far; call once, after the last byte. */
    WrittenFile written(long records) {
        return new WrittenFile(records, bytes, HexFormat.of().formatHex(digest.digest()));
    }
}
