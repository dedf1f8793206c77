package org.opencoi.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.ejb3.annotation.RunAsPrincipal;
import org.opencoi.certificate.domain.Certificate;
import org.opencoi.certificate.domain.CertificateSource;
import org.opencoi.certificate.domain.Insurer;
import org.opencoi.certificate.domain.Policy;
import org.opencoi.compliance.application.ComplianceService;
import org.opencoi.requirement.domain.CoverageRequirement;
import org.opencoi.requirement.domain.RequirementProfile;
import org.opencoi.shared.application.Roles;
import org.opencoi.shared.domain.AcceptedAutoSymbols;
import org.opencoi.shared.domain.AmBestRating;
import org.opencoi.shared.domain.AutoSymbol;
import org.opencoi.shared.domain.CoverageType;
import org.opencoi.shared.domain.Endorsements;
import org.opencoi.shared.domain.ErpKey;
import org.opencoi.shared.domain.FinancialSizeCategory;
import org.opencoi.shared.domain.LimitKind;
import org.opencoi.shared.domain.NaicCode;
import org.opencoi.shared.domain.PolicyForm;
import org.opencoi.shared.domain.PolicyNumber;
import org.opencoi.shared.domain.PolicyTerm;
import org.opencoi.vendor.domain.Vendor;
import org.opencoi.verification.domain.Carrier;
import org.opencoi.verification.domain.PolicyVerification;

/**
 * Fills an empty embedded (H2) database with a small, believable demo: one requirement profile,
 * a few insurers and vendors, certificates for some of them, the insurers' verification services, and a
 * first compliance decision for each vendor made by the engine. A PostgreSQL database is never touched.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@RunAs(Roles.ADMIN)
@RunAsPrincipal("system")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    private static final BigDecimal ONE_MILLION = new BigDecimal("1000000");
    private static final BigDecimal TWO_MILLION = new BigDecimal("2000000");

    @Resource(lookup = "java:jboss/datasources/CoiDS")
    private DataSource dataSource;

    @PersistenceContext(unitName = "coi")
    private EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ComplianceService compliance;

    /** The server's HTTP port and its port offset, where the demo's carriers (the simulator beside OpenCOI) answer. */
    @Inject
    @ConfigProperty(name = "jboss.http.port", defaultValue = "8080")
    int httpPort;

    @Inject
    @ConfigProperty(name = "jboss.socket.binding.port-offset", defaultValue = "0")
    int portOffset;

    @PostConstruct
    void loadIfEmbeddedAndEmpty() {
        if (!embeddedDatabase() || em.createQuery("select count(v) from Vendor v", Long.class).getSingleResult() > 0) {
            return;
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());

        RequirementProfile profile = new RequirementProfile("Standard on-site contractor", now);
        profile.setRequiredHolderName("OpenCOI Demo Corporation");
        profile.setUmbrellaMayMakeUpShortfall(true);
        profile.setMinimumInsurer(AmBestRating.A_MINUS, FinancialSizeCategory.VII);
        profile.require(new CoverageRequirement(CoverageType.GL, null)
                .minimum(LimitKind.EACH_OCCURRENCE, ONE_MILLION)
                .minimum(LimitKind.GENERAL_AGGREGATE, TWO_MILLION)
                .endorsements(true, true, false));
        profile.require(new CoverageRequirement(CoverageType.AUTO, null)
                .minimum(LimitKind.COMBINED_SINGLE_LIMIT, ONE_MILLION)
                .acceptedAutoSymbols(AcceptedAutoSymbols.parse("ANY|HIRED+NON_OWNED")));
        profile.require(new CoverageRequirement(CoverageType.WC, null)
                .wcStatutory(true)
                .minimum(LimitKind.EL_EACH_ACCIDENT, ONE_MILLION));
        em.persist(profile);

        em.persist(new Insurer(NaicCode.of("19445"), "National Union Fire Insurance Company of Pittsburgh, PA",
                AmBestRating.A, FinancialSizeCategory.XV, true));
        em.persist(new Insurer(NaicCode.of("25658"), "Travelers Indemnity Company", AmBestRating.A_PLUS_PLUS,
                FinancialSizeCategory.XV, true));
        em.persist(new Insurer(NaicCode.of("11150"), "Arch Insurance Company", AmBestRating.A_PLUS,
                FinancialSizeCategory.XV, true));

        Vendor acme = vendor("ACME-1001", "Acme Electrical Contractors LLC", "HIGH", profile, now);
        Vendor brightline = vendor("ACME-1002", "Brightline Roofing Inc", "HIGH", profile, now);
        Vendor cobalt = vendor("ACME-1003", "Cobalt Janitorial Services Co", "MEDIUM", profile, now);
        vendor("ACME-1004", "Delta Courier Partners", "LOW", profile, now);
        vendor("ACME-1005", "Evergreen Landscaping LLC", "MEDIUM", profile, now);

        certificate(acme, now, today.minusMonths(3), today.plusMonths(9), ONE_MILLION);
        certificate(brightline, now, today.minusMonths(11), today.plusDays(20), ONE_MILLION);
        certificate(cobalt, now, today.minusMonths(1), today.plusMonths(11), new BigDecimal("500000"));
        em.flush();
        carriers(now);
        em.createQuery("select v.id from Vendor v", Long.class).getResultList().forEach(compliance::evaluateToday);
        LOG.info("Loaded the demo data into the embedded database");
    }

    /**
     * The demo's carriers, answered by the carrier simulator deployed beside OpenCOI: Travelers confirms its
     * policies except Brightline's general liability, which it reports cancelled; Arch answers too slowly
     * (UNAVAILABLE, its breaker opens); National Union has no verification service. Every demo policy is
     * queued for verification.
     */
    private void carriers(Instant now) {
        String simulator = "http://localhost:" + (httpPort + portOffset) + "/carrier-simulator/CarrierVerification";
        Carrier travelers = new Carrier(NaicCode.of("25658"), "Travelers Indemnity Company");
        travelers.configure(travelers.getName(), simulator, "opencoi", "demo", false, 5_000, 50);
        Carrier arch = new Carrier(NaicCode.of("11150"), "Arch Insurance Company");
        arch.configure(arch.getName(), simulator, "opencoi", "demo", true, 2_000, 10);
        em.persist(travelers);
        em.persist(arch);
        em.persist(new Carrier(NaicCode.of("19445"), "National Union Fire Insurance Company of Pittsburgh, PA"));
        em.createQuery("select p from Policy p", Policy.class).getResultList()
                .forEach(policy -> em.persist(new PolicyVerification(policy, now)));
    }

    private Vendor vendor(String externalId, String name, String tier, RequirementProfile profile, Instant now) {
        Vendor vendor = new Vendor(ErpKey.of("DEMO-ERP", externalId), name, now);
        String mailbox = externalId.toLowerCase();
        vendor.describe(null, tier, mailbox + "@vendor.example", "agent-" + mailbox + "@broker.example");
        vendor.assignProfile(profile);
        em.persist(vendor);
        return vendor;
    }

    private void certificate(Vendor vendor, Instant now, LocalDate effective, LocalDate expiration,
            BigDecimal eachOccurrence) {
        Certificate certificate = new Certificate(vendor, CertificateSource.MANUAL_ENTRY, null, now);
        certificate.nameParties("Harbor Risk Partners", vendor.getName(), "OpenCOI Demo Corporation");
        PolicyTerm term = new PolicyTerm(effective, expiration);
        certificate.addPolicy(new Policy(CoverageType.GL, PolicyNumber.of("GL-" + vendor.getErpKey().externalId()), term)
                .insurer("A", "Travelers Indemnity Company", NaicCode.of("25658"))
                .form(PolicyForm.OCCURRENCE)
                .endorsements(new Endorsements(true, true, false))
                .limit(LimitKind.EACH_OCCURRENCE, eachOccurrence)
                .limit(LimitKind.GENERAL_AGGREGATE, TWO_MILLION));
        certificate.addPolicy(new Policy(CoverageType.AUTO, PolicyNumber.of("CA-" + vendor.getErpKey().externalId()), term)
                .insurer("A", "Travelers Indemnity Company", NaicCode.of("25658"))
                .autoSymbols(EnumSet.of(AutoSymbol.ANY))
                .limit(LimitKind.COMBINED_SINGLE_LIMIT, ONE_MILLION));
        certificate.addPolicy(new Policy(CoverageType.WC, PolicyNumber.of("WC-" + vendor.getErpKey().externalId()), term)
                .insurer("B", "Arch Insurance Company", NaicCode.of("11150"))
                .wcStatutory(true)
                .limit(LimitKind.EL_EACH_ACCIDENT, ONE_MILLION)
                .limit(LimitKind.EL_DISEASE_EACH_EMPLOYEE, ONE_MILLION)
                .limit(LimitKind.EL_DISEASE_POLICY_LIMIT, ONE_MILLION));
        em.persist(certificate);
    }

    private boolean embeddedDatabase() {
        try (Connection connection = dataSource.getConnection()) {
            return "H2".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("the OpenCOI datasource cannot be reached", e);
        }
    }
}
