package org.opencoi.compliance.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.opencoi.shared.infrastructure.DatabaseScope.withEntityManager;

import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.opencoi.certificate.domain.Certificate;
import org.opencoi.certificate.domain.CertificateSource;
import org.opencoi.certificate.domain.Policy;
import org.opencoi.compliance.application.WaiverSearch;
import org.opencoi.compliance.application.WaiverState;
import org.opencoi.compliance.domain.CertificateSnapshot;
import org.opencoi.compliance.domain.ComplianceDecision;
import org.opencoi.compliance.domain.ComplianceRepository;
import org.opencoi.compliance.domain.CoverageLine;
import org.opencoi.compliance.domain.Deficiency;
import org.opencoi.compliance.domain.DeficiencyKind;
import org.opencoi.compliance.domain.NamedWaiver;
import org.opencoi.compliance.domain.NightlyDecision;
import org.opencoi.compliance.domain.OpenDeficiency;
import org.opencoi.compliance.domain.PolicySnapshot;
import org.opencoi.compliance.domain.RecordedDecision;
import org.opencoi.compliance.domain.VendorWaiver;
import org.opencoi.compliance.domain.Waiver;
import org.opencoi.notification.domain.RenewalMilestone;
import org.opencoi.notification.domain.RenewalRequest;
import org.opencoi.notification.infrastructure.JpaRenewalRepository;
import org.opencoi.requirement.domain.RequirementProfile;
import org.opencoi.shared.domain.AutoSymbol;
import org.opencoi.shared.domain.ComplianceStatus;
import org.opencoi.shared.domain.CoverageType;
import org.opencoi.shared.domain.Endorsements;
import org.opencoi.shared.domain.ErpKey;
import org.opencoi.shared.domain.LimitKind;
import org.opencoi.shared.domain.PolicyNumber;
import org.opencoi.shared.domain.PolicyTerm;
import org.opencoi.shared.domain.ReviewState;
import org.opencoi.shared.infrastructure.DatabaseScope;
import org.opencoi.shared.infrastructure.DatabaseTest;
import org.opencoi.sync.domain.StatusChange;
import org.opencoi.sync.domain.SyncRepository.DueStatusChange;
import org.opencoi.sync.domain.SyncWebhook;
import org.opencoi.sync.infrastructure.JpaSyncRepository;
import org.opencoi.vendor.domain.Vendor;
import org.opencoi.vendor.infrastructure.JpaVendorRepository;
import org.opencoi.verification.domain.CarrierAnswer;
import org.opencoi.verification.domain.CarrierStatus;
import org.opencoi.verification.domain.PolicyVerification;
import org.opencoi.verification.domain.Verdict;
import org.opencoi.verification.domain.VerificationOutcome;
import org.opencoi.verification.infrastructure.JpaVerificationRepository;

/**
 * What keeps the nightly run from doing anything twice, on the real schema: a vendor is decided by the nightly run at
 * most once a day, a renewal milestone is queued at most once, and the partitions of vendors split them all with none
 * left out; the open deficiencies listed are those of non-compliant vendors' newest decisions; the waivers of all
 * vendors are listed by whether they hold on a day. Each scenario runs on every {@link DatabaseTest} database, starting
 * from the same twenty-three vendors.
 */
class NightlyRunPersistenceTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 29);
    private static final Instant NOW = Instant.parse("2026-11-29T02:00:00Z");

    /** The ids of the vendors the nightly run decides (active, with a profile), in id order. */
    private List<Long> vendorIds;

    @BeforeEach
    void twentyThreeVendorsOfWhichSeventeenAreDecided(DatabaseScope scope) {
        List<Vendor> decided = new ArrayList<>();
        scope.inTransaction(em -> {
            RequirementProfile profile = new RequirementProfile("Nightly", NOW);
            em.persist(profile);
            for (int i = 0; i < 23; i++) {
                Vendor v = new Vendor(ErpKey.of("TEST", "V-" + i), "Vendor " + i, NOW);
                if (i % 5 != 0) {
                    v.assignProfile(profile); // every fifth vendor has no profile and is not decided
                }
                if (i == 7) {
                    v.deactivate();
                }
                em.persist(v);
                if (i % 5 != 0 && i != 7) {
                    decided.add(v);
                }
            }
        });
        vendorIds = decided.stream().map(Vendor::getId).toList();
    }

    @DatabaseTest
    void partitionsCoverEveryVendorToDecideOnce(DatabaseScope scope) {
        scope.inTransaction(em -> {
            JpaVendorRepository vendors = withEntityManager(new JpaVendorRepository(), em);
            List<Long> all = new ArrayList<>();
            for (int partition = 0; partition < 3; partition++) {
                long after = 0;
                List<Long> page;
                while (!(page = vendors.idsToDecide(3, partition, after, 2)).isEmpty()) {
                    long share = partition;
                    assertThat(page).allMatch(id -> id % 3 == share);
                    all.addAll(page);
                    after = page.get(page.size() - 1);
                }
            }
            assertThat(all).doesNotHaveDuplicates().hasSize(17).hasSize((int) vendors.countToDecide())
                    .containsExactlyInAnyOrderElementsOf(vendorIds);
        });
    }

    @DatabaseTest
    void aVendorIsDecidedByTheNightlyRunOnceADay(DatabaseScope scope) {
        long vendorId = vendorIds.get(0);
        scope.inTransaction(em -> {
            ComplianceRepository decisions = withEntityManager(new JpaComplianceRepository(), em);
            RecordedDecision decision = new RecordedDecision(vendorId, new ComplianceDecision(vendorId,
                    ComplianceStatus.NON_COMPLIANT, DAY, null, 1, List.of(), List.of(), List.of(), List.of()), "nightly", NOW);
            decisions.add(decision);
            decisions.addAll(List.of(new NightlyDecision(vendorId, DAY, decision.getId(), ComplianceStatus.NO_CERTIFICATE,
                    ComplianceStatus.NON_COMPLIANT)));
        });
        scope.inTransaction(em -> {
            ComplianceRepository decisions = withEntityManager(new JpaComplianceRepository(), em);
            assertThat(decisions.decidedNightly(vendorIds, DAY)).containsExactly(vendorId);
            assertThat(decisions.decidedNightly(vendorIds, DAY.plusDays(1))).isEmpty();
            assertThat(decisions.nightlyCounts(DAY)).isEqualTo(new ComplianceRepository.NightlyCounts(1, 1, 0));
        });
        assertThatThrownBy(() -> scope.inTransaction(em -> {
            long decisionId = em.createQuery("select d.id from RecordedDecision d", Long.class).getSingleResult();
            withEntityManager(new JpaComplianceRepository(), em).addAll(List.of(new NightlyDecision(vendorId, DAY, decisionId,
                    ComplianceStatus.NON_COMPLIANT, ComplianceStatus.NON_COMPLIANT)));
            em.flush();
        })).isInstanceOf(PersistenceException.class);
    }

    @DatabaseTest
    void aRenewalMilestoneIsQueuedOnce(DatabaseScope scope) {
        long vendorId = vendorIds.get(1);
        LocalDate anchor = DAY.plusDays(14);
        scope.inTransaction(em -> withEntityManager(new JpaRenewalRepository(), em).add(request(vendorId, anchor, 14)));
        scope.inTransaction(em -> {
            JpaRenewalRepository renewals = withEntityManager(new JpaRenewalRepository(), em);
            assertThat(renewals.queuedMilestones(List.of(vendorId, vendorIds.get(2))))
                    .containsExactly(new RenewalMilestone(vendorId, anchor, 14));
            assertThat(renewals.queuedMilestones(List.of(vendorIds.get(2)))).isEmpty();
            assertThat(renewals.due(NOW, 10)).extracting(RenewalRequest::getVendorId).containsExactly(vendorId);
            assertThat(renewals.countQueuedOn(DAY)).isEqualTo(1);
            RenewalRequest queued = renewals.due(NOW, 10).get(0);
            queued.failed(NOW, "connection refused", RenewalRequest.DEFAULT_BACKOFF);
            assertThat(renewals.page(null, true, 0, 10)).containsExactly(queued);
        });
        assertThatThrownBy(() -> scope.inTransaction(em -> {
            withEntityManager(new JpaRenewalRepository(), em).add(request(vendorId, anchor, 14));
            em.flush();
        })).isInstanceOf(PersistenceException.class);
        scope.inTransaction(em -> {
            JpaRenewalRepository renewals = withEntityManager(new JpaRenewalRepository(), em);
            assertThat(renewals.due(NOW, 10)).as("waits for its retry").isEmpty();
            assertThat(renewals.due(NOW.plus(RenewalRequest.FIRST_RETRY), 10)).hasSize(1);
        });
    }

    @DatabaseTest
    void openDeficienciesAreThoseOfTheNewestDecisionsOfNonCompliantVendors(DatabaseScope scope) {
        long nonCompliant = vendorIds.get(2);
        long compliant = vendorIds.get(3);
        scope.inTransaction(em -> {
            em.find(Vendor.class, nonCompliant).changeStatus(ComplianceStatus.NON_COMPLIANT, NOW);
            em.find(Vendor.class, compliant).changeStatus(ComplianceStatus.COMPLIANT, NOW);
            ComplianceRepository decisions = withEntityManager(new JpaComplianceRepository(), em);
            decisions.add(decision(nonCompliant, NOW.minusSeconds(60), deficiency("superseded", false)));
            decisions.add(decision(nonCompliant, NOW, deficiency("GL policy expired", false), deficiency("waived", true)));
            decisions.add(decision(compliant, NOW, deficiency("of a vendor compliant since", false)));
        });
        scope.inTransaction(em -> {
            try (Stream<OpenDeficiency> open = withEntityManager(new JpaComplianceRepository(), em)
                    .openDeficienciesOfNonCompliantVendors()) {
                assertThat(open.toList()).extracting(OpenDeficiency::vendorId, OpenDeficiency::message)
                        .containsExactly(tuple(nonCompliant, "GL policy expired"));
            }
        });
    }

    private static RecordedDecision decision(long vendorId, Instant at, Deficiency... deficiencies) {
        return new RecordedDecision(vendorId, new ComplianceDecision(vendorId, ComplianceStatus.NON_COMPLIANT, DAY, null,
                1, List.of(deficiencies), List.of(), List.of(), List.of()), "nightly", at);
    }

    private static Deficiency deficiency(String message, boolean waived) {
        return new Deficiency(DeficiencyKind.EXPIRED, CoverageType.GL, null, null, null, null, message, waived,
                waived ? "agreed by the risk manager" : null);
    }

    @DatabaseTest
    void waiversOfAllVendorsAreListedActiveOrLapsed(DatabaseScope scope) {
        long lapsedVendor = vendorIds.get(2);
        long activeVendor = vendorIds.get(3);
        scope.inTransaction(em -> {
            ComplianceRepository decisions = withEntityManager(new JpaComplianceRepository(), em);
            decisions.add(new VendorWaiver(lapsedVendor, new Waiver(null, DeficiencyKind.MISSING_COVERAGE,
                    new CoverageLine(CoverageType.WC, null), null, DAY.minusDays(30), DAY.minusDays(1), "lapsed"),
                    "admin", NOW.minusSeconds(86_400 * 30)));
            decisions.add(new VendorWaiver(activeVendor, new Waiver(null, DeficiencyKind.MISSING_COVERAGE,
                    new CoverageLine(CoverageType.GL, null), null, DAY, DAY, "holds today"), "admin", NOW));
        });
        scope.inTransaction(em -> {
            WaiverSearch decisions = withEntityManager(new JpaComplianceRepository(), em);
            List<NamedWaiver> all = decisions.waivers(null, DAY, 0, 10);
            assertThat(all).as("newest grant first").extracting(w -> w.waiver().getVendorId())
                    .containsExactly(activeVendor, lapsedVendor);
            assertThat(all.get(0).vendorName()).isEqualTo(em.find(Vendor.class, activeVendor).getName());
            assertThat(decisions.waivers(WaiverState.ACTIVE, DAY, 0, 10)).extracting(w -> w.waiver().getVendorId())
                    .containsExactly(activeVendor);
            assertThat(decisions.waivers(WaiverState.LAPSED, DAY, 0, 10)).extracting(w -> w.waiver().getVendorId())
                    .containsExactly(lapsedVendor);
            assertThat(decisions.waivers(WaiverState.ACTIVE, DAY.plusDays(1), 0, 10)).isEmpty();
            assertThat(decisions.waivers(null, DAY, 1, 10)).hasSize(1);
            assertThat(decisions.countWaivers(null, DAY)).isEqualTo(2);
            assertThat(decisions.countWaivers(WaiverState.LAPSED, DAY.plusDays(1))).isEqualTo(2);
        });
    }

    @DatabaseTest
    void aChunksFactsAreReadForAllItsVendorsTogether(DatabaseScope scope) {
        long twoCertificates = vendorIds.get(4);
        long failedVerification = vendorIds.get(5);
        long nothing = vendorIds.get(6);
        long noPolicies = vendorIds.get(8);
        long[] failedPolicy = new long[1];
        scope.inTransaction(em -> {
            em.persist(new Certificate(em.find(Vendor.class, noPolicies), CertificateSource.UPLOAD, null, NOW));
            for (int i = 0; i < 2; i++) {
                Certificate certificate = new Certificate(em.find(Vendor.class, twoCertificates), CertificateSource.UPLOAD, null,
                        NOW.minusSeconds(i));
                certificate.addPolicy(new Policy(CoverageType.GL, PolicyNumber.of("GL-" + i),
                        new PolicyTerm(DAY.minusDays(10), DAY.plusDays(100 + i)))
                        .limit(LimitKind.EACH_OCCURRENCE, BigDecimal.valueOf(1_000_000 + i)));
                em.persist(certificate);
            }
            Certificate certificate = new Certificate(em.find(Vendor.class, failedVerification), CertificateSource.ERP, null, NOW);
            certificate.addPolicy(new Policy(CoverageType.GL, PolicyNumber.of("GL-F"), PolicyTerm.UNDATED)
                    .endorsements(new Endorsements(true, false, true)));
            Policy failing = certificate.addPolicy(new Policy(CoverageType.AUTO, PolicyNumber.of("AU-F"),
                    new PolicyTerm(DAY.minusDays(10), DAY.plusDays(100)))
                    .autoSymbols(Set.of(AutoSymbol.HIRED, AutoSymbol.NON_OWNED))
                    .limit(LimitKind.COMBINED_SINGLE_LIMIT, BigDecimal.valueOf(1_000_000))
                    .limit(LimitKind.PROPERTY_DAMAGE, BigDecimal.valueOf(250_000)));
            em.persist(certificate);
            em.flush();
            PolicyVerification verification = new PolicyVerification(failing, NOW);
            verification.answered(new CarrierAnswer(CarrierStatus.CANCELLED, null, null, null, DAY.minusDays(1), Map.of(),
                    null, null, NOW), new Verdict(VerificationOutcome.FAILED, "cancelled by the carrier"));
            em.persist(verification);
            failedPolicy[0] = failing.getId();
            ComplianceRepository decisions = withEntityManager(new JpaComplianceRepository(), em);
            for (String reason : List.of("first", "second")) {
                decisions.add(new VendorWaiver(twoCertificates, new Waiver(null, DeficiencyKind.MISSING_COVERAGE,
                        new CoverageLine(CoverageType.WC, null), null, DAY, DAY.plusDays(5), reason), "admin", NOW));
            }
        });
        scope.inTransaction(em -> {
            List<Long> chunk = List.of(twoCertificates, failedVerification, nothing, noPolicies);
            Map<Long, List<CertificateSnapshot>> certificates = withEntityManager(new JpaComplianceRepository(), em).certificatesOf(chunk);
            assertThat(certificates).containsOnlyKeys(twoCertificates, failedVerification, noPolicies);
            assertThat(certificates.get(noPolicies)).singleElement().satisfies(c -> assertThat(c.policies()).isEmpty());
            assertThat(certificates.get(twoCertificates)).hasSize(2).allSatisfy(c -> {
                assertThat(c.reviewState()).isEqualTo(ReviewState.ACCEPTED);
                assertThat(c.receivedAt()).isBeforeOrEqualTo(NOW);
            });
            assertThat(certificates.get(twoCertificates)).flatExtracting(CertificateSnapshot::policies)
                    .extracting(p -> p.limits().of(LimitKind.EACH_OCCURRENCE).orElseThrow().amount())
                    .extracting(BigDecimal::intValueExact).containsExactlyInAnyOrder(1_000_000, 1_000_001);
            List<PolicySnapshot> policies = certificates.get(failedVerification).get(0).policies();
            assertThat(policies).extracting(PolicySnapshot::policyNumber)
                    .containsExactly(PolicyNumber.of("GL-F"), PolicyNumber.of("AU-F"));
            assertThat(policies.get(1).autoSymbols()).as("each once, though read with every limit")
                    .containsExactlyInAnyOrder(AutoSymbol.HIRED, AutoSymbol.NON_OWNED);
            assertThat(policies.get(1).limits().amounts()).as("each once, though read with every symbol").isEqualTo(Map.of(
                    LimitKind.COMBINED_SINGLE_LIMIT, new BigDecimal("1000000.00"), LimitKind.PROPERTY_DAMAGE, new BigDecimal("250000.00")));
            assertThat(policies.get(1).line()).isEqualTo(new CoverageLine(CoverageType.AUTO, null));
            assertThat(policies.get(1).term().expiration()).isEqualTo(DAY.plusDays(100));
            assertThat(policies.get(0).term()).as("no dates, read as no term").isEqualTo(PolicyTerm.UNDATED);
            assertThat(policies.get(0).endorsements()).isEqualTo(new Endorsements(true, false, true));
            assertThat(policies.get(1).endorsements()).isEqualTo(Endorsements.NONE);
            assertThat(certificates.values()).flatMap(c -> c).allSatisfy(c -> assertThat(c)
                    .as("the same as read from the entities").isEqualTo(CertificateSnapshot.from(em.find(Certificate.class, c.id()))));
            Map<Long, List<VendorWaiver>> waivers = withEntityManager(new JpaComplianceRepository(), em).waivers(chunk);
            assertThat(waivers).containsOnlyKeys(twoCertificates);
            assertThat(waivers.get(twoCertificates)).extracting(w -> w.toWaiver().reason()).containsExactly("first", "second");
            JpaVerificationRepository verifications = withEntityManager(new JpaVerificationRepository(), em);
            assertThat(verifications.failuresOfVendors(chunk))
                    .isEqualTo(Map.of(failedVerification, Map.of(failedPolicy[0], "cancelled by the carrier")));
            assertThat(verifications.failuresOfVendor(failedVerification)).containsOnlyKeys(failedPolicy[0]);
            assertThat(verifications.failuresOfVendor(nothing)).isEmpty();
            JpaVendorRepository vendors = withEntityManager(new JpaVendorRepository(), em);
            assertThat(vendors.findAll(List.of(nothing, -1L, twoCertificates)))
                    .as("in the order asked, unknown ids left out").extracting(Vendor::getId)
                    .containsExactly(nothing, twoCertificates);
            long withoutProfile = em.createQuery("select min(v.id) from Vendor v where v.requirementProfile is null", Long.class)
                    .getSingleResult();
            long inactive = em.createQuery("select min(v.id) from Vendor v where v.active = false", Long.class).getSingleResult();
            assertThat(vendors.toDecide(List.of(nothing, withoutProfile, -1L, inactive, twoCertificates)))
                    .as("in id order, only the active vendors with a profile, as the entities read")
                    .containsExactlyElementsOf(Stream.of(nothing, twoCertificates).sorted()
                            .map(id -> em.find(Vendor.class, id).toDecide()).toList());
        });
    }

    @DatabaseTest
    void theNightsStatusChangesAreDueWhereAWebhookTakesThem(DatabaseScope scope) {
        long first = vendorIds.get(9);
        long second = vendorIds.get(10);
        long elsewhere = vendorIds.get(11);
        long[] ids = new long[4];
        scope.inTransaction(em -> {
            JpaSyncRepository sync = withEntityManager(new JpaSyncRepository(), em);
            sync.add(new SyncWebhook("ERP-A", "https://a.example/hook"));
            List<StatusChange> changes = List.of(
                    new StatusChange(first, ErpKey.of("ERP-A", "A-1"), ComplianceStatus.NON_COMPLIANT, NOW),
                    new StatusChange(first, ErpKey.of("ERP-A", "A-1"), ComplianceStatus.COMPLIANT, NOW),
                    new StatusChange(elsewhere, ErpKey.of("ERP-B", "B-1"), ComplianceStatus.EXPIRING, NOW),
                    new StatusChange(second, ErpKey.of("ERP-A", "A-2"), ComplianceStatus.COMPLIANT, NOW));
            changes.forEach(em::persist);
            em.flush();
            for (int i = 0; i < ids.length; i++) {
                ids[i] = changes.get(i).getId();
            }
        });
        scope.inTransaction(em -> {
            JpaSyncRepository sync = withEntityManager(new JpaSyncRepository(), em);
            assertThat(sync.dueStatusChanges(NOW, 10))
                    .as("a vendor's later change waits for its earlier one; ERP-B has no webhook")
                    .extracting(d -> d.change().getId(), DueStatusChange::url)
                    .containsExactly(tuple(ids[0], "https://a.example/hook"), tuple(ids[3], "https://a.example/hook"));
            assertThat(sync.dueStatusChanges(NOW, 1)).extracting(d -> d.change().getId()).containsExactly(ids[0]);
            assertThat(sync.dueStatusChanges(NOW.minusSeconds(1), 10)).as("none is due before its next attempt").isEmpty();
            em.find(StatusChange.class, ids[0]).delivered(NOW);
            sync.add(new SyncWebhook("ERP-B", "https://b.example/hook"));
            em.flush();
            assertThat(sync.dueStatusChanges(NOW, 10)).as("oldest first, whatever the source system")
                    .extracting(d -> d.change().getId(), DueStatusChange::url)
                    .containsExactly(tuple(ids[1], "https://a.example/hook"), tuple(ids[2], "https://b.example/hook"),
                            tuple(ids[3], "https://a.example/hook"));
        });
    }

    private static RenewalRequest request(long vendorId, LocalDate anchor, int milestone) {
        return new RenewalRequest(vendorId, anchor, milestone, DAY, DAY.plusDays(30), List.of("GL policy expires."),
                List.of("office@example.com"), NOW);
    }
}
