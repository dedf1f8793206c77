package org.opencoi.vendor.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencoi.shared.infrastructure.DatabaseScope.withEntityManager;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.opencoi.shared.domain.ErpKey;
import org.opencoi.shared.infrastructure.DatabaseScope;
import org.opencoi.shared.infrastructure.DatabaseTest;
import org.opencoi.vendor.domain.Vendor;

/** A vendor's ERP key is kept in its source_system and external_id columns and finds the vendor again. */
class JpaVendorRepositoryErpKeyTest {

    private static final Instant NOW = Instant.parse("2026-11-29T09:00:00Z");

    @BeforeEach
    void vendorsOfTwoSourceSystems(DatabaseScope scope) {
        scope.inTransaction(em -> {
            em.persist(new Vendor(ErpKey.of("SAP-EU", "V-2"), "Second", NOW));
            em.persist(new Vendor(ErpKey.of("SAP-EU", "V-1"), "First", NOW));
            em.persist(new Vendor(ErpKey.of("ORACLE", "V-1"), "Elsewhere", NOW));
        });
    }

    @DatabaseTest
    void theKeyIsStoredInTheColumnsItAlwaysHad(DatabaseScope scope) {
        List<?> rows = scope.fromTransaction(em -> em.createNativeQuery(
                "select source_system, external_id from {h-schema}vendor where name = 'First'").getResultList());

        assertThat(rows).hasSize(1);
        assertThat((Object[]) rows.get(0)).containsExactly("SAP-EU", "V-1");
    }

    @DatabaseTest
    void aVendorIsFoundByItsWholeKey(DatabaseScope scope) {
        scope.inTransaction(em -> {
            JpaVendorRepository vendors = withEntityManager(new JpaVendorRepository(), em);

            assertThat(vendors.findBySourceKey(ErpKey.of("SAP-EU", "V-1"))).get()
                    .extracting(Vendor::getName).isEqualTo("First");
            assertThat(vendors.findBySourceKey(ErpKey.of("ORACLE", "V-1"))).get()
                    .extracting(Vendor::getName).isEqualTo("Elsewhere");
            assertThat(vendors.findBySourceKey(ErpKey.of("ORACLE", "V-2"))).isEmpty();
        });
    }

    @DatabaseTest
    void oneSourceSystemsVendorsAreFoundByTheirIdsAndPagedInIdOrder(DatabaseScope scope) {
        scope.inTransaction(em -> {
            JpaVendorRepository vendors = withEntityManager(new JpaVendorRepository(), em);

            assertThat(vendors.findBySourceKeys("SAP-EU", List.of("V-1", "V-3")))
                    .extracting(Vendor::getErpKey).containsExactly(ErpKey.of("SAP-EU", "V-1"));
            assertThat(vendors.pageBySource("SAP-EU", 0, 10))
                    .extracting(Vendor::getName).containsExactly("First", "Second");
        });
    }
}
