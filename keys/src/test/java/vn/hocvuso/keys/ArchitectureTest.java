package vn.hocvuso.keys;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** STYLE.md: {@code keys} is a plain Java library that every service shares. */
@AnalyzeClasses(packages = "vn.hocvuso.keys", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule keysHasNoSpring = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "jakarta.servlet..")
            .because("keys is a plain library: the services wire it, it wires nothing");

    @ArchTest
    static final ArchRule keysKnowsNoService = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("vn.hocvuso.nid..", "vn.hocvuso.auth..", "vn.hocvuso.credential..")
            .because("the services depend on keys, never the other way round");

    @ArchTest
    static final ArchRule bouncyCastleStaysInTheX509Seam = noClasses()
            .that()
            .resideOutsideOfPackage("vn.hocvuso.keys.x509..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.bouncycastle..")
            .allowEmptyShould(true)
            .because("Bouncy Castle is kept behind the narrow x509 seam");
}
