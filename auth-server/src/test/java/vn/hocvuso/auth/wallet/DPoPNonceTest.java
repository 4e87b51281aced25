package vn.hocvuso.auth.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.nimbusds.jose.jwk.ECKey;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import javax.crypto.KeyGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hocvuso.auth.account.PersonalDataCipher;
import vn.hocvuso.auth.client.BenchmarkClientTest;
import vn.hocvuso.auth.config.AuthServerProperties;
import vn.hocvuso.auth.support.DPoPProof;
import vn.hocvuso.auth.support.FakeUpstream;
import vn.hocvuso.auth.token.DPoPNonces;
import vn.hocvuso.auth.token.JdbcDPoPProofJtiStore;

/**
 * Server-provided DPoP nonces at the token endpoint (RFC 9449 §8), with
 * {@code auth.dpop.nonce-required} on: a proof without a current nonce gets {@code use_dpop_nonce}
 * and a {@code DPoP-Nonce} to retry with, and issues nothing nor uses up its {@code jti}; every
 * token response carries a fresh nonce. The benchmark client's client_credentials grant carries the
 * proofs (the same context as {@link BenchmarkClientTest}).
 */
@SpringBootTest(
        properties = {
            "auth.benchmark-client.enabled=true",
            "auth.benchmark-client.secret=" + BenchmarkClientTest.SECRET,
            "auth.dpop.nonce-required=true"
        })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DPoPNonceTest {

    private static final String TOKEN_ENDPOINT = "http://localhost/oauth2/token";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcDPoPProofJtiStore jtis;

    @Autowired
    PersonalDataCipher cipher;

    @Autowired
    AuthServerProperties properties;

    private final ECKey key = FakeUpstream.generate();

    @Test
    void whenTheProofCarriesNoNonceThenUseDpopNonceWithANonceToRetryWith() throws Exception {
        assertAskedForANonce(proof().serialize());
    }

    @Test
    void whenTheNonceIsPastItsLifetimeThenUseDpopNonce() throws Exception {
        Duration lifetime = properties.dpop().nonceLifetime();
        Clock issuedLongAgo = Clock.fixed(Instant.now().minus(lifetime).minusSeconds(1), ZoneOffset.UTC);
        String stale = new DPoPNonces(cipher, lifetime, issuedLongAgo).issue();

        assertAskedForANonce(proof().withNonce(stale).serialize());
    }

    @Test
    void whenTheNonceIsForgedOrAnotherCiphertextThenUseDpopNonce() throws Exception {
        KeyGenerator aes = KeyGenerator.getInstance("AES");
        aes.init(256);
        String otherKey = new DPoPNonces(
                        new PersonalDataCipher(aes.generateKey()), Duration.ofMinutes(5), Clock.systemUTC())
                .issue();
        String personalData =
                cipher.encrypt(Long.toString(Instant.now().getEpochSecond()), "full_name", "some-account");

        assertAskedForANonce(proof().withNonce(otherKey).serialize());
        assertAskedForANonce(proof().withNonce(personalData).serialize());
        assertAskedForANonce(proof().withNonce("v1.made-up").serialize());
    }

    @Test
    void whenTheProofCarriesTheServersNonceThenATokenIsIssuedWithAFreshNonce() throws Exception {
        String nonce = assertAskedForANonce(proof().serialize());
        long tokens = accessTokensIssued();

        MockHttpServletResponse response = token(proof().withNonce(nonce).serialize());

        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.getContentAsString());
        assertThat(body.get("token_type").asString()).isEqualTo("DPoP");
        assertThat(response.getHeader("DPoP-Nonce")).isNotBlank();
        assertThat(accessTokensIssued()).isEqualTo(tokens + 1);
    }

    @Test
    void whenTheClientSendsNoProofThenItsBearerTokenNeedsNoNonce() throws Exception {
        MockHttpServletResponse response = token(null);

        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        assertThat(JSON.readTree(response.getContentAsString())
                        .get("token_type")
                        .asString())
                .isEqualTo("Bearer");
        assertThat(response.getHeader("DPoP-Nonce"))
                .as("no nonce for a client without DPoP")
                .isNull();
    }

    /** Sends {@code proof}, expects use_dpop_nonce and nothing changed; answers the nonce to retry with. */
    private String assertAskedForANonce(String proof) throws Exception {
        long tokens = accessTokensIssued();
        long recordedJtis = jtis.count();

        MockHttpServletResponse response = token(proof);

        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(400);
        assertThat(JSON.readTree(response.getContentAsString()).get("error").asString())
                .isEqualTo("use_dpop_nonce");
        String nonce = response.getHeader("DPoP-Nonce");
        assertThat(nonce).isNotBlank().matches("[\\x21\\x23-\\x5B\\x5D-\\x7E]+");
        assertThat(accessTokensIssued()).isEqualTo(tokens);
        assertThat(jtis.count()).as("the refused proof's jti is not used up").isEqualTo(recordedJtis);
        return nonce;
    }

    private DPoPProof proof() {
        return DPoPProof.of(key, "POST", TOKEN_ENDPOINT);
    }

    private MockHttpServletResponse token(String proof) throws Exception {
        var request = post("/oauth2/token")
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString(("bench-client:" + BenchmarkClientTest.SECRET)
                                                .getBytes(StandardCharsets.UTF_8)))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("grant_type=client_credentials");
        if (proof != null) {
            request.header("DPoP", proof);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private long accessTokensIssued() {
        return jdbc.sql("SELECT COUNT(*) FROM oauth2_authorization WHERE access_token_value IS NOT NULL")
                .query(Long.class)
                .single();
    }
}
