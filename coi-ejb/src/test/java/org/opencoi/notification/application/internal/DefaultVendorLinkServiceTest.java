package org.opencoi.notification.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencoi.shared.infrastructure.DatabaseScope.withEntityManager;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.opencoi.notification.application.RefusedLinkException;
import org.opencoi.notification.application.RefusedLinkException.Reason;
import org.opencoi.notification.application.RenewalRequestView;
import org.opencoi.notification.domain.RenewalLink;
import org.opencoi.notification.domain.RenewalRequest;
import org.opencoi.notification.infrastructure.JpaRenewalRepository;
import org.opencoi.notification.infrastructure.RenewalLinkSettings;
import org.opencoi.shared.domain.ErpKey;
import org.opencoi.shared.infrastructure.DatabaseScope;
import org.opencoi.shared.infrastructure.DatabaseTest;
import org.opencoi.vendor.domain.Vendor;
import org.opencoi.vendor.infrastructure.JpaVendorRepository;

/**
 * Which upload links open a renewal request, with the service, its repositories and a migrated database and no
 * server: only a link signed with an accepted key, not past its day, that names a stored request of the vendor it
 * names with the day the request's link was given.
 */
class DefaultVendorLinkServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final Instant NOW = TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC);
    private static final LocalDate LINK_EXPIRES_ON = TODAY.plusDays(30);
    private static final byte[] LINK_KEY = "the link key of these tests".getBytes(StandardCharsets.UTF_8);

    /** The keys the server would read from its settings. */
    private final RenewalLinkSettings settings = new RenewalLinkSettings() {
        @Override
        public List<byte[]> acceptedKeys() {
            return List.of(LINK_KEY);
        }
    };

    private long vendorId;
    private long otherVendorId;
    private long requestId;

    @BeforeEach
    void aVendorWithARenewalRequest(DatabaseScope scope) {
        scope.inTransaction(em -> {
            Vendor vendor = new Vendor(ErpKey.of("TEST", "V-1"), "Acme Electrical", NOW);
            Vendor other = new Vendor(ErpKey.of("TEST", "V-2"), "Other Trades", NOW);
            em.persist(vendor);
            em.persist(other);
            RenewalRequest request = new RenewalRequest(vendor.getId(), TODAY.plusDays(14), 14, TODAY, LINK_EXPIRES_ON,
                    List.of("GL policy expires on " + TODAY.plusDays(14) + "."), List.of("office@example.com"), NOW);
            em.persist(request);
            vendorId = vendor.getId();
            otherVendorId = other.getId();
            requestId = request.getId();
        });
    }

    @DatabaseTest
    void aLinkOfTheRequestOpensIt(DatabaseScope scope) {
        RenewalRequestView opened = open(scope, TODAY, new RenewalLink(vendorId, requestId, LINK_EXPIRES_ON).sign(LINK_KEY));

        assertThat(opened.id()).isEqualTo(requestId);
        assertThat(opened.vendorName()).isEqualTo("Acme Electrical");
        assertThat(opened.missing()).containsExactly("GL policy expires on " + TODAY.plusDays(14) + ".");
        assertThat(opened.linkExpiresOn()).isEqualTo(LINK_EXPIRES_ON);
    }

    @DatabaseTest
    void aLinkWorksUpToAndIncludingItsLastDay(DatabaseScope scope) {
        String token = new RenewalLink(vendorId, requestId, LINK_EXPIRES_ON).sign(LINK_KEY);

        assertThat(open(scope, LINK_EXPIRES_ON, token).id()).isEqualTo(requestId);
        assertThatThrownBy(() -> open(scope, LINK_EXPIRES_ON.plusDays(1), token))
                .isInstanceOfSatisfying(RefusedLinkException.class, e -> assertThat(e.getReason()).isEqualTo(Reason.EXPIRED))
                .hasMessage("This link expired on " + LINK_EXPIRES_ON + ". Please ask us for a new one.");
    }

    @DatabaseTest
    void aChangedLinkOrOneSignedWithAnotherKeyIsNotValid(DatabaseScope scope) {
        String token = new RenewalLink(vendorId, requestId, LINK_EXPIRES_ON).sign(LINK_KEY);
        // The other vendor's id put in place of the vendor's, the signature kept.
        String changed = Base64.getUrlEncoder().withoutPadding().encodeToString(
                (otherVendorId + "." + requestId + "." + LINK_EXPIRES_ON).getBytes(StandardCharsets.US_ASCII))
                + token.substring(token.indexOf('.'));
        String otherKey = new RenewalLink(vendorId, requestId, LINK_EXPIRES_ON)
                .sign("another key".getBytes(StandardCharsets.UTF_8));

        for (String refused : new String[] {changed, otherKey, "", null}) {
            assertThatThrownBy(() -> open(scope, TODAY, refused)).as(refused)
                    .isInstanceOfSatisfying(RefusedLinkException.class, e -> assertThat(e.getReason()).isEqualTo(Reason.INVALID))
                    .hasMessage("This link is not valid: it is incomplete or has been changed.");
        }
    }

    @DatabaseTest
    void aSignedLinkNamingAnotherVendorAnotherDayOrNoRequestNamesNoRequest(DatabaseScope scope) {
        List<RenewalLink> links = List.of(
                new RenewalLink(otherVendorId, requestId, LINK_EXPIRES_ON),
                new RenewalLink(vendorId, requestId, LINK_EXPIRES_ON.plusDays(30)),
                new RenewalLink(vendorId, requestId + 1_000, LINK_EXPIRES_ON));

        for (RenewalLink link : links) {
            assertThatThrownBy(() -> open(scope, TODAY, link.sign(LINK_KEY))).as(link.toString())
                    .isInstanceOfSatisfying(RefusedLinkException.class,
                            e -> assertThat(e.getReason()).isEqualTo(Reason.UNKNOWN_REQUEST))
                    .hasMessage("This link names no request of ours.");
        }
    }

    private RenewalRequestView open(DatabaseScope scope, LocalDate today, String token) {
        return scope.fromTransaction(em -> service(em, today).open(token));
    }

    private DefaultVendorLinkService service(EntityManager em, LocalDate today) {
        DefaultVendorLinkService service = new DefaultVendorLinkService();
        service.links = settings;
        service.renewals = withEntityManager(new JpaRenewalRepository(), em);
        service.vendors = withEntityManager(new JpaVendorRepository(), em);
        service.clock = Clock.fixed(today.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        return service;
    }
}
