package org.opencoi;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.opencoi.verification.domain.CarrierAnswer;
import org.opencoi.verification.domain.CarrierStatus;

/**
 * The routes to the ERP ({@code sync.erp}) and to the carriers ({@code verification.carrier}) translate between the
 * outside model and the contexts' application services, views and the shared kernel's value types: they never touch a
 * context's entities, repositories or infrastructure. The one domain value they build is the carrier's answer, which
 * the {@code PolicyVerifier} port returns: the translator hands over our model, as an anti-corruption layer does.
 */
@AnalyzeClasses(packages = "org.opencoi", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] INTEGRATION = {
        "org.opencoi.sync.erp..", "org.opencoi.verification.carrier..", "org.opencoi.shared.integration.."
    };

    @ArchTest
    static final ArchRule routes_use_the_contexts_only_through_their_applications =
            noClasses().that().resideInAnyPackage(INTEGRATION)
                    .should().dependOnClassesThat(resideInAPackage("org.opencoi..")
                            .and(not(resideInAnyPackage("org.opencoi.*.application..", "org.opencoi.shared.domain..")))
                            .and(not(resideInAnyPackage(INTEGRATION)))
                            .and(not(belongToAnyOf(CarrierAnswer.class, CarrierStatus.class)))
                            .as("belong to a context's domain or infrastructure"));
}
