package vn.hocvuso.credential.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import vn.hocvuso.credential.support.EmployerPage;
import vn.hocvuso.credential.support.IntegrationTest;
import vn.hocvuso.credential.support.OfferPage;
import vn.hocvuso.credential.support.TestCatalog;
import vn.hocvuso.credential.support.TestLearners;
import vn.hocvuso.wallet.cli.DemoWalletCli;

/**
 * The demo path a person follows, with the demo wallet's commands against the running app:
 * receive from the learner's offer page, list, present to the employer page (by default what it
 * asks, or only what {@code --disclose} names), and the verdict at the address the command prints.
 */
class DemoWalletCommandTest extends IntegrationTest {

    @Test
    void whenAPersonUsesTheDemoWalletThenTheEmployerPageShowsTheVerdict() throws Exception {
        TestLearners.Learner learner = TestLearners.fresh("Hạnh");
        learners.add(learner);
        completions.complete(learner.key(), TestCatalog.NATIONAL_ASSEMBLY, Instant.parse("2026-06-01T09:00:00Z"));
        Path folder = Files.createTempDirectory("demo-wallet-");
        OfferPage.Shown offer = OfferPage.requestOffer(mvc, learner, TestCatalog.NATIONAL_ASSEMBLY);

        Run withoutCode = run("receive", offer.deepLink(), "--data-dir", folder.toString(), "--trust-anchor", anchor());
        Run received = run(
                "receive",
                offer.deepLink(),
                "--tx-code",
                offer.txCode(),
                "--data-dir",
                folder.toString(),
                "--trust-anchor",
                anchor());
        Run listed = run("list", "--status", "--data-dir", folder.toString(), "--trust-anchor", anchor());

        assertThat(withoutCode.exit()).isEqualTo(1);
        assertThat(withoutCode.err()).contains("--tx-code");
        assertThat(received.exit()).as(received.err()).isZero();
        assertThat(received.out()).contains("DEMO wallet: received 1 credential", "Bình dân học vụ số – Quốc hội số");
        assertThat(Files.getPosixFilePermissions(folder.resolve("credentials.json")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(listed.out())
                .contains("1 credential(s)", "status: valid", "can disclose: given_name, family_name, birthdate");

        EmployerPage.Request asked = EmployerPage.createRequest(mvc, List.of("given_name", "family_name"));
        Run presented = run("present", asked.link(), "--data-dir", folder.toString(), "--trust-anchor", anchor());

        assertThat(presented.exit()).as(presented.err()).isZero();
        assertThat(presented.out())
                .contains(
                        "(x509_san_dns:localhost, certificate checked)",
                        "it asks you to disclose: given_name, family_name");
        String result = presented
                .out()
                .lines()
                .filter(line -> line.startsWith("Open the result: "))
                .findFirst()
                .orElseThrow()
                .substring("Open the result: ".length());
        assertThat(EmployerPage.show(mvc, result.substring(BASE_URL.length()), "en"))
                .contains("class=\"verdict verdict-valid\"", "Hạnh", "Phạm")
                .doesNotContain("1990-01-01");

        EmployerPage.Request again = EmployerPage.createRequest(mvc, List.of("given_name", "birthdate"));
        Run fewer = run(
                "present",
                again.link(),
                "--disclose",
                "given_name",
                "--data-dir",
                folder.toString(),
                "--trust-anchor",
                anchor());
        assertThat(fewer.out()).contains("disclosed: given_name");
        assertThat(EmployerPage.show(mvc, again.pagePath(), "en"))
                .contains("class=\"verdict verdict-invalid\"", "The holder did not disclose every requested claim")
                .doesNotContain("1990-01-01", "Hạnh");

        Run unknown = run(
                "present",
                "openid4vp://?client_id=x509_san_dns%3Alocalhost&request_uri="
                        + java.net.URLEncoder.encode(BASE_URL + "/oid4vp/requests/" + "Z".repeat(43), "UTF-8"),
                "--data-dir",
                folder.toString(),
                "--trust-anchor",
                anchor());
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).contains("request object failed: HTTP 404");
    }

    @Test
    void whenTheDemoWalletTrustsAnotherRootThenItRefusesTheVerifiersRequest() throws Exception {
        Path folder = Files.createTempDirectory("demo-wallet-");
        Path rogue = folder.resolve("rogue.pem");
        var root =
                vn.hocvuso.keys.x509.CertificateAuthority.create("rogue", Instant.now(), java.time.Duration.ofDays(1));
        Files.writeString(
                rogue,
                "-----BEGIN CERTIFICATE-----\n"
                        + java.util.Base64.getMimeEncoder()
                                .encodeToString(root.certificate().getEncoded())
                        + "\n-----END CERTIFICATE-----\n");
        EmployerPage.Request asked = EmployerPage.createRequest(mvc, List.of());

        Run refused = run("present", asked.link(), "--data-dir", folder.toString(), "--trust-anchor", rogue.toString());

        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("does not lead to a trusted root");
    }

    @Test
    void whenThePersonAsksForDPoPAndAnEncryptedResponseThenTheWalletReceivesTheCredentialOnABoundToken()
            throws Exception {
        TestLearners.Learner learner = TestLearners.fresh("Khoa");
        learners.add(learner);
        completions.complete(learner.key(), TestCatalog.NATIONAL_ASSEMBLY, Instant.parse("2026-06-01T09:00:00Z"));
        Path folder = Files.createTempDirectory("demo-wallet-");
        OfferPage.Shown offer = OfferPage.requestOffer(mvc, learner, TestCatalog.NATIONAL_ASSEMBLY);

        Run received = run(
                "receive",
                offer.deepLink(),
                "--tx-code",
                offer.txCode(),
                "--dpop",
                "--encrypt-response",
                "A256GCM",
                "--data-dir",
                folder.toString(),
                "--trust-anchor",
                anchor());

        assertThat(received.exit()).as(received.err()).isZero();
        assertThat(received.out()).contains("DEMO wallet: received 1 credential");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM issuance_access_token WHERE learner_key = ? AND dpop_jkt IS NOT NULL")
                        .param(learner.key().value())
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
    }

    private String anchor() {
        return dataDir().resolve("root-ca.pem").toString();
    }

    private record Run(int exit, String out, String err) {}

    private static Run run(String... arguments) {
        CommandLine command = DemoWalletCli.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));
        int exit = command.execute(new ArrayList<>(List.of(arguments)).toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }
}
