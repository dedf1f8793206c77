package org.opencoi;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The screens ({@code <context>.web}) and the REST resources ({@code <context>.rest}) reach the contexts only through
 * their application services and the views those answer, and the shared kernel's value types: never through a
 * context's entities, repositories or infrastructure. Unlike coi-ejb and coi-integration, this module has no rule
 * against cycles between contexts: a screen or a resource legitimately combines several contexts (the vendor screen
 * shows its certificates, decision and renewal requests), and the contexts' own code is checked in coi-ejb. The shared
 * REST and screen groundwork ({@code shared.rest}, {@code shared.web}) knows no context: a context's own exceptions
 * are mapped in its rest package.
 */
@AnalyzeClasses(packages = "org.opencoi", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule screens_and_resources_use_the_contexts_only_through_their_applications =
            noClasses().that().resideInAnyPackage("org.opencoi.*.web..", "org.opencoi.*.rest..")
                    .should().dependOnClassesThat(resideInAPackage("org.opencoi..")
                            .and(not(resideInAnyPackage("org.opencoi.*.application..", "org.opencoi.shared.domain..",
                                    "org.opencoi.*.web..", "org.opencoi.*.rest..")))
                            .as("belong to a context's domain or infrastructure"));

    @ArchTest
    static final ArchRule shared_kernel_depends_on_no_context =
            noClasses().that().resideInAPackage("org.opencoi.shared..")
                    .should().dependOnClassesThat(resideInAPackage("org.opencoi..")
                            .and(not(resideInAPackage("org.opencoi.shared..")))
                            .as("belong to a context"));
}
