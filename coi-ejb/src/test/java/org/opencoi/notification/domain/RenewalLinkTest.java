package org.opencoi.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class RenewalLinkTest {

    private static final byte[] CURRENT = "current key of at least thirty-two bytes".getBytes(StandardCharsets.UTF_8);
    private static final byte[] PREVIOUS = "previous key of at least thirty-two bytes".getBytes(StandardCharsets.UTF_8);
    private static final RenewalLink LINK = new RenewalLink(42, 7001, LocalDate.of(2026, 12, 29));

    @Test
    void aSignedLinkVerifiesToTheSameVendorRequestAndExpiry() {
        assertThat(RenewalLink.verify(LINK.sign(CURRENT), List.of(CURRENT))).hasValue(LINK);
    }

    @Test
    void linksSignedWithThePreviousKeyStillWorkAfterRotation() {
        String before = LINK.sign(PREVIOUS);

        assertThat(RenewalLink.verify(before, List.of(CURRENT, PREVIOUS))).hasValue(LINK);
        assertThat(RenewalLink.verify(before, List.of(CURRENT))).isEmpty();
    }

    @Test
    void aChangedVendorRequestOrExpiryBreaksTheSignature() {
        String token = LINK.sign(CURRENT);
        String signature = token.substring(token.indexOf('.'));
        for (String claims : List.of("43.7001.2026-12-29", "42.7002.2026-12-29", "42.7001.2027-12-29")) {
            String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes(StandardCharsets.US_ASCII)) + signature;
            assertThat(RenewalLink.verify(forged, List.of(CURRENT))).as(claims).isEmpty();
        }
    }

    @Test
    void malformedTokensGrantNothing() {
        for (String token : new String[] {null, "", "abc", "a.b.c", "!!!.???", LINK.sign(CURRENT) + "x"}) {
            assertThat(RenewalLink.verify(token, List.of(CURRENT))).as(String.valueOf(token)).isEmpty();
        }
    }

    @Test
    void aLinkWorksThroughItsLastDay() {
        assertThat(LINK.expiredOn(LocalDate.of(2026, 12, 29))).isFalse();
        assertThat(LINK.expiredOn(LocalDate.of(2026, 12, 30))).isTrue();
    }
}
