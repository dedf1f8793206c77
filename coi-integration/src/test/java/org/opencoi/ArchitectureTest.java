package org.opencoi;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.Slice;
import java.util.Set;
import org.opencoi.verification.domain.CarrierAnswer;
import org.opencoi.verification.domain.CarrierStatus;

/**
 * The routes to the ERP ({@code sync.erp}) and to the carriers ({@code verification.carrier}) translate between the
 * outside model and the contexts' application services, views and the shared kernel's value types: they never touch a
 * context's entities, repositories or infrastructure. The one domain value they build is the carrier's answer, which
 * the {@code PolicyVerifier} port returns: the translator hands over our model, as an anti-corruption layer does.
 * Checked together with the contexts of coi-ejb, the contexts do not depend on each other in a circle, and the Camel
 * runtime in the shared kernel knows none of them: each context gives it its routes.
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

    /** The packages under {@code org.opencoi} that are no context, and may therefore use several. */
    private static final Set<String> NO_CONTEXT = Set.of(
            // The shared kernel is what every context builds on; the rule below keeps it from using any of them.
            "shared",
            // coi-ejb's demo data seeds every context at startup, so it stands outside them all.
            "demo");

    @ArchTest
    static final ArchRule contexts_are_free_of_cycles =
            slices().matching("org.opencoi.(*)..")
                    .that(DescribedPredicate.describe("are contexts",
                            (Slice slice) -> !NO_CONTEXT.contains(slice.getNamePart(1))))
                    .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule shared_kernel_depends_on_no_context =
            noClasses().that().resideInAPackage("org.opencoi.shared..")
                    .should().dependOnClassesThat(resideInAPackage("org.opencoi..")
                            .and(not(resideInAPackage("org.opencoi.shared..")))
                            .as("belong to a context"));
}
