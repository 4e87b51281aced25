package vn.hocvuso.credential;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** The layering of the learning features (issue 6): the domain knows nothing of the web or of who calls it. */
@AnalyzeClasses(packages = "vn.hocvuso.credential", importOptions = ImportOption.DoNotIncludeTests.class)
class LearningArchitectureTest {

    @ArchTest
    static final ArchRule theLearningDomainKnowsNoCaller = noClasses()
            .that()
            .resideInAnyPackage("..framework..", "..learner..", "..learning..", "..assessment..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..portal..", "..provider..", "..operator..", "..demo..", "..config..")
            .because("pages, the provider API and the operator view use the learning domain, never the reverse");

    @ArchTest
    static final ArchRule theLearningDomainIsNotWeb = noClasses()
            .that()
            .resideInAnyPackage("..learner..", "..learning..", "..assessment..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework.web..", "jakarta.servlet..", "org.springframework.security..")
            .because("learning records and quizzes are the same whether a page, an API or a seeder drives them");

    @ArchTest
    static final ArchRule controllersArePackagePrivate = classes()
            .that()
            .areAnnotatedWith(Controller.class)
            .or()
            .areAnnotatedWith(RestController.class)
            .should()
            .notBePublic()
            .because("a feature's controller is its own business (STYLE.md: package-private controllers)");
}
