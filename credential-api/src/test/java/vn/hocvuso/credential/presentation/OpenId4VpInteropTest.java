package vn.hocvuso.credential.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hocvuso.credential.issuance.CredentialSubjects;
import vn.hocvuso.credential.issuance.SdJwtVcFactory;
import vn.hocvuso.credential.status.StatusLists;
import vn.hocvuso.credential.support.EmployerPage;
import vn.hocvuso.credential.support.IntegrationTest;
import vn.hocvuso.credential.support.NodeInterop;
import vn.hocvuso.credential.support.TestCredentials;
import vn.hocvuso.keys.x509.CertificateAuthority;
import vn.hocvuso.wallet.StoredCredential;

/**
 * Interoperability of the verifier with a wallet we did not write: the OpenWallet Foundation's
 * {@code @openid4vc/openid4vp} (npm, run by Node) parses our {@code openid4vp://} link, fetches
 * and validates the signed request object (x509_san_dns Client Identifier, its certificate's DNS
 * name, response_uri host, OpenID4VP 1.0 parameters), {@code dcql} evaluates our DCQL query,
 * {@code @sd-jwt/sd-jwt-vc} builds the presentation with key binding, and the library posts it
 * with direct_post. The employer page then shows the verdict.
 */
class OpenId4VpInteropTest extends IntegrationTest {

    @Autowired
    SdJwtVcFactory factory;

    @Autowired
    CredentialSubjects subjects;

    @Autowired
    StatusLists lists;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void whenAnOpenId4VpLibraryWeDidNotWriteAnswersTheEmployerRequestThenTheVerdictIsValid() throws Exception {
        StoredCredential credential = new TestCredentials(factory, subjects, lists, transactions)
                .issue()
                .credential();
        EmployerPage.Request request = EmployerPage.createRequest(mvc, List.of("family_name"));

        Map<String, Object> output = NodeInterop.run("present.mjs", input(request, credential, root()));

        assertThat(output).as(output.toString()).containsEntry("ok", true);
        assertThat(output)
                .containsEntry("clientId", "x509_san_dns:localhost")
                .containsEntry("sendBy", "reference")
                .containsEntry("responseMode", "direct_post")
                .containsEntry("dcqlSatisfied", true)
                .containsEntry("status", 200L);
        assertThat((String) output.get("redirectUri")).startsWith(BASE_URL + "/verify/result?response_code=");
        assertThat(EmployerPage.show(mvc, request.pagePath(), "en"))
                .contains("class=\"verdict verdict-valid\"", "Nguyễn")
                .doesNotContain("Văn An", "1989-03-15");
    }

    @Test
    void whenTheLibraryTrustsAnotherRootThenItRefusesOurRequestObject() throws Exception {
        StoredCredential credential = new TestCredentials(factory, subjects, lists, transactions)
                .issue()
                .credential();
        EmployerPage.Request request = EmployerPage.createRequest(mvc, List.of());
        X509Certificate rogue = CertificateAuthority.create("rogue", Instant.now(), Duration.ofDays(1))
                .certificate();

        Map<String, Object> output = NodeInterop.run("present.mjs", input(request, credential, rogue));

        assertThat(output).containsEntry("ok", false);
        assertThat(EmployerPage.show(mvc, request.pagePath(), "en")).contains("id=\"same-device-link\"");
    }

    private static Map<String, Object> input(
            EmployerPage.Request request, StoredCredential credential, X509Certificate root) throws Exception {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("link", request.link());
        input.put(
                "rootPem",
                "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder().encodeToString(root.getEncoded())
                        + "\n-----END CERTIFICATE-----\n");
        input.put("credential", credential.sdJwt());
        input.put("holderJwk", credential.holderKey().toJSONObject());
        input.put("disclose", List.of("family_name"));
        return input;
    }
}
