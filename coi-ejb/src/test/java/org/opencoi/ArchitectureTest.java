package org.opencoi;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.Slice;
import java.util.Set;

/**
 * The contexts and their layers as the package layout draws them ({@code org.opencoi.<context>.<layer>}): a domain
 * knows no technology and no boundary, an application leaves the other contexts' internals alone, neither the domains
 * nor the contexts as a whole depend on each other in a circle, and the shared kernel depends on no context.
 */
@AnalyzeClasses(packages = "org.opencoi", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domain_depends_on_no_application_infrastructure_or_boundary =
            noClasses().that().resideInAPackage("org.opencoi.*.domain..")
                    .should().dependOnClassesThat()
                    .resideInAnyPackage("..application..", "..infrastructure..", "..web..", "..rest..",
                            "..integration..", "..erp..", "..carrier..");

    @ArchTest
    static final ArchRule application_does_not_reach_into_another_contexts_infrastructure =
            classes().that().resideInAPackage("org.opencoi.*.application..")
                    .should(notReachIntoAnotherContexts("infrastructure"));

    @ArchTest
    static final ArchRule application_does_not_reach_into_another_contexts_service_implementations =
            classes().that().resideInAPackage("org.opencoi.*.application..")
                    .should(notReachIntoAnotherContexts("application.internal"));

    @ArchTest
    static final ArchRule domain_packages_are_free_of_cycles =
            slices().matching("org.opencoi.(*).domain..").should().beFreeOfCycles();

    /** The packages under {@code org.opencoi} that are no context, and may therefore use several. */
    private static final Set<String> NO_CONTEXT = Set.of(
            // The shared kernel is what every context builds on; the rule below keeps it from using any of them.
            "shared",
            // The demo data seeds every context at startup, so it stands outside them all.
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

    /** A class of one context that uses a class of another context's given layer. */
    private static ArchCondition<JavaClass> notReachIntoAnotherContexts(String layer) {
        return new ArchCondition<>("not depend on another context's " + layer + " classes") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    String context = context(dependency.getTargetClass());
                    if (context != null && !context.equals(context(origin))
                            && inLayer(dependency.getTargetClass(), context, layer)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static String context(JavaClass javaClass) {
        String[] segments = javaClass.getPackageName().split("\\.");
        return segments.length > 2 && segments[0].equals("org") && segments[1].equals("opencoi") ? segments[2] : null;
    }

    private static boolean inLayer(JavaClass javaClass, String context, String layer) {
        String layerPackage = "org.opencoi." + context + "." + layer;
        String name = javaClass.getPackageName();
        return name.equals(layerPackage) || name.startsWith(layerPackage + ".");
    }
}
