package org.opencoi.notification.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What a vendor's upload link grants: one vendor, one renewal request, until a day (inclusive). The token is the
 * three values and their HMAC-SHA256 under the server's link key, so that nobody without the key can make or change
 * one. Keys can be rotated: a token signed with the current or the previous key is accepted.
 */
public record RenewalLink(long vendorId, long requestId, LocalDate expiresOn) {

    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    public RenewalLink {
        Objects.requireNonNull(expiresOn, "expiresOn");
    }

    /** The token for this link, signed with the given key. */
    public String sign(byte[] key) {
        String claims = vendorId + "." + requestId + "." + expiresOn;
        return ENCODE.encodeToString(claims.getBytes(StandardCharsets.US_ASCII)) + "." + ENCODE.encodeToString(mac(key, claims));
    }

    /**
     * The link a token stands for, if one of the keys signed it; empty for a token that is malformed, was changed,
     * or was signed with another key. Whether it has expired is {@link #expiredOn}'s question.
     */
    public static Optional<RenewalLink> verify(String token, List<byte[]> keys) {
        if (token == null) {
            return Optional.empty();
        }
        String[] parts = token.strip().split("\\.");
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            String claims = new String(DECODE.decode(parts[0]), StandardCharsets.US_ASCII);
            byte[] signature = DECODE.decode(parts[1]);
            if (keys.stream().noneMatch(key -> MessageDigest.isEqual(mac(key, claims), signature))) {
                return Optional.empty();
            }
            String[] values = claims.split("\\.");
            return Optional.of(new RenewalLink(Long.parseLong(values[0]), Long.parseLong(values[1]), LocalDate.parse(values[2])));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Whether the link no longer grants anything on the given day. */
    public boolean expiredOn(LocalDate today) {
        return today.isAfter(expiresOn);
    }

    private static byte[] mac(byte[] key, String claims) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(claims.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
