package org.opencoi.requirement.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.hibernate.Session;
import org.opencoi.requirement.domain.CoverageRequirement;
import org.opencoi.requirement.domain.RequirementProfile;
import org.opencoi.shared.domain.AcceptedAutoSymbols;
import org.opencoi.shared.domain.CoverageType;
import org.opencoi.shared.domain.RenewalCadence;
import org.opencoi.shared.infrastructure.DatabaseScope;
import org.opencoi.shared.infrastructure.DatabaseTest;

/**
 * A profile's renewal cadence and its requirements' accepted auto symbols keep the column text they always had,
 * read back as the same values, and a profile that is only read is not written again.
 */
class RequirementProfileColumnsTest {

    private static final Instant NOW = Instant.parse("2026-11-29T09:00:00Z");

    @DatabaseTest
    void theCadenceAndTheSymbolsAreStoredAsTheirNotationAndReadBack(DatabaseScope scope) {
        long id = scope.fromTransaction(em -> {
            RequirementProfile profile = new RequirementProfile("Trades", NOW);
            profile.setRenewalCadence(RenewalCadence.parse("0,45,-3"));
            profile.require(new CoverageRequirement(CoverageType.AUTO, null)
                    .acceptedAutoSymbols(AcceptedAutoSymbols.parse("ANY|HIRED+NON_OWNED")));
            em.persist(profile);
            return profile.getId();
        });

        assertThat(column(scope, "select renewal_cadence from {h-schema}requirement_profile where id = " + id))
                .isEqualTo("45,0,-3");
        assertThat(column(scope, "select accepted_auto_symbols from {h-schema}coverage_requirement"
                + " where profile_id = " + id)).isEqualTo("ANY|HIRED+NON_OWNED");
        scope.inTransaction(em -> {
            RequirementProfile read = em.find(RequirementProfile.class, id);
            assertThat(read.renewalCadence().milestones()).containsExactly(45, 0, -3);
            assertThat(read.getRequirements().get(0).getAcceptedAutoSymbols())
                    .isEqualTo(AcceptedAutoSymbols.parse("ANY|HIRED+NON_OWNED"));
            assertThat(em.unwrap(Session.class).isDirty()).isFalse();
        });
    }

    @DatabaseTest
    void aProfileWithTheDefaultsKeepsNoTextAndReadsAsTheDefaults(DatabaseScope scope) {
        long id = scope.fromTransaction(em -> {
            RequirementProfile profile = new RequirementProfile("Plain", NOW);
            profile.require(new CoverageRequirement(CoverageType.AUTO, null));
            em.persist(profile);
            return profile.getId();
        });

        assertThat(column(scope, "select renewal_cadence from {h-schema}requirement_profile where id = " + id)).isNull();
        assertThat(column(scope, "select accepted_auto_symbols from {h-schema}coverage_requirement"
                + " where profile_id = " + id)).isNull();
        scope.inTransaction(em -> {
            RequirementProfile read = em.find(RequirementProfile.class, id);
            assertThat(read.renewalCadence().milestones()).containsExactly(60, 30, 14, 0, -7, -14);
            assertThat(read.getRequirements().get(0).getAcceptedAutoSymbols())
                    .isEqualTo(AcceptedAutoSymbols.ANY_COMBINATION);
            assertThat(em.unwrap(Session.class).isDirty()).isFalse();
        });
    }

    @DatabaseTest
    void symbolsTypedAsTheyCameBeforeAreReadAsTheSameCombinations(DatabaseScope scope) {
        long id = scope.fromTransaction(em -> {
            RequirementProfile profile = new RequirementProfile("Typed", NOW);
            profile.require(new CoverageRequirement(CoverageType.AUTO, null));
            em.persist(profile);
            return profile.getId();
        });
        scope.inTransaction(em -> em.createNativeQuery("update {h-schema}coverage_requirement"
                + " set accepted_auto_symbols = 'any | non_owned+hired' where profile_id = " + id).executeUpdate());

        scope.inTransaction(em -> assertThat(em.find(RequirementProfile.class, id).getRequirements().get(0)
                .getAcceptedAutoSymbols()).isEqualTo(AcceptedAutoSymbols.parse("ANY|HIRED+NON_OWNED")));
    }

    private static Object column(DatabaseScope scope, String sql) {
        return scope.fromTransaction(em -> em.createNativeQuery(sql).getSingleResult());
    }
}
