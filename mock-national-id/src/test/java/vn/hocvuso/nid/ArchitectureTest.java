package vn.hocvuso.nid;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** STYLE.md's rules for mock-national-id, kept true by the build. */
@AnalyzeClasses(packages = "vn.hocvuso.nid", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule appsTalkOnlyOverHttp = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("vn.hocvuso.auth..", "vn.hocvuso.credential..")
            .because("the three apps talk to each other only over HTTP; keys is the only shared code");

    @ArchTest
    static final ArchRule onlyJdbcAdaptersTouchTheDatabase = noClasses()
            .that()
            .haveSimpleNameNotStartingWith("Jdbc")
            .and()
            .resideOutsideOfPackage("..config..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework.jdbc..", "java.sql..")
            .allowEmptyShould(true)
            .because("persistence adapters are named by their technology and sit at the edge");

    @ArchTest
    static final ArchRule theRegistryKnowsNothingOfTheWeb = noClasses()
            .that()
            .resideInAPackage("..citizen..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework.web..",
                    "jakarta.servlet..",
                    "vn.hocvuso.nid.admin..",
                    "vn.hocvuso.nid.login..",
                    "vn.hocvuso.nid.oidc..")
            .because("the citizen registry is the domain: pages, APIs and the OpenID provider use it, not the reverse");

    @ArchTest
    static final ArchRule recordsCarryNoFrameworkAnnotations = noClasses()
            .that()
            .areRecords()
            .and()
            .resideOutsideOfPackage("..config..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework.jdbc..", "org.springframework.web.bind..", "jakarta.servlet..")
            .allowEmptyShould(true)
            .because("domain records know nothing of web or persistence");
}
