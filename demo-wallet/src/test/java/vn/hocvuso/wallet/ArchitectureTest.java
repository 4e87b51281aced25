package vn.hocvuso.wallet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The demo wallet is a wallet of its own: plain Java, and nothing of the apps it talks to. */
@AnalyzeClasses(packages = "vn.hocvuso.wallet", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule knowsTheAppsOnlyOverHttp = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "vn.hocvuso.credential..",
                    "vn.hocvuso.auth..",
                    "vn.hocvuso.nid..",
                    "vn.hocvuso.keys..",
                    "org.springframework..")
            .because("a wallet is the other side of the protocols: it must work with any issuer and verifier");
}
