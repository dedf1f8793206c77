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
 * context's entities, repositories or infrastructure.
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
}
