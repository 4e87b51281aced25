package vn.hocvuso.credential;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** STYLE.md's rules for credential-api, kept true by the build. */
@AnalyzeClasses(packages = "vn.hocvuso.credential", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule appsTalkOnlyOverHttp = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("vn.hocvuso.nid..", "vn.hocvuso.auth..")
            .because("the three apps talk to each other only over HTTP; keys is the only shared code");

    @ArchTest
    static final ArchRule theAppDoesNotUseTheDemoWallet = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("vn.hocvuso.wallet..", "vn.hocvuso.testsupport..")
            .because("wallets are the other side of the protocols: the app knows them only over HTTP");

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
